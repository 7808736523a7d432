package org.samachar.corpus.crawl;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.samachar.corpus.Manifest;
import org.samachar.corpus.ManifestEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The seed articles ({@code corpus/*.txt}, the team's own) as a crawler would have saved them:
 * news pages written here (site menu, ads, share buttons, a related-articles sidebar, reader
 * comments, embedded X posts, JSON-LD and meta tags), a WARC archive of those pages with requests,
 * an image, metadata records and one corrupt record, and a news-please style JSON Lines file. No
 * page, sentence or markup is copied from a real site: the furniture is made up, the URLs are under
 * {@code example.org}.
 */
public final class CrawlFixtures {

    public static final Path SEEDS = Path.of("corpus");
    /** The publisher the pages name when the manifest names none. */
    public static final String HOUSE = "Samachar Test Daily";
    private static final Pattern INDIC = Pattern.compile("[\\u0900-\\u0aff]");
    private static final Pattern ATTRIBUTION = Pattern.compile("^— (?<author>[^()]+?) \\(@(?<handle>\\w+)\\) (?<date>.+)$");

    /** One seed article and the metadata its page declares. */
    public record Seed(String id, String text, String headline, String url, LocalDate published, String publisher,
                       String language) {
    }

    private CrawlFixtures() {
    }

    /** The seeds, with a headline (the first line of more than 30 characters) and a made-up URL each. */
    public static List<Seed> seeds() throws IOException {
        return seeds(SEEDS);
    }

    /** The seeds as {@link #seeds()} makes them, read from {@code folder} (another module's path to corpus/). */
    public static List<Seed> seeds(Path folder) throws IOException {
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        List<Seed> seeds = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - 4);
                String text = Files.readString(f);
                ManifestEntry e = manifest.entry(name).orElseThrow();
                String headline = text.lines().map(String::strip).filter(l -> l.length() > 30).findFirst().orElseThrow();
                seeds.add(new Seed(id, text, headline, "https://news.example.org/" + e.language().orElseThrow()
                        + "/" + e.published().orElseThrow() + "/" + id, e.published().orElseThrow(),
                        e.publisher().orElse(HOUSE), e.language().orElseThrow()));
            }
        }
        return seeds;
    }

    /** Writes each seed as {@code ID.html} into {@code dir} (no manifest). */
    public static List<Path> writePages(Path dir, List<Seed> seeds) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Seed s : seeds) {
            Path p = dir.resolve(s.id() + ".html");
            Files.writeString(p, page(s, seeds));
            out.add(p);
        }
        return out;
    }

    /** A news page of the seed: the article's blocks as paragraphs ({@code <br>} between lines), posts as embeds. */
    public static String page(Seed s, List<Seed> all) {
        StringBuilder body = new StringBuilder();
        String[] blocks = s.text().strip().split("\n\\s*\n");
        for (String block : blocks) {
            List<String> lines = block.lines().toList();
            if (lines.size() == 1 && lines.get(0).strip().equals(s.headline())) {
                body.append("      <h1 class=\"story-title\">").append(esc(s.headline())).append("</h1>\n");
                body.append("      <div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">WhatsApp</a></div>\n");
                continue;
            }
            List<String> run = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = i + 1 < lines.size() ? ATTRIBUTION.matcher(lines.get(i + 1)) : null;
                if (m != null && m.matches()) {
                    // The post is the line above the attribution and the English lines before it (as the seed's reader takes it).
                    List<String> post = new ArrayList<>(List.of(lines.get(i)));
                    while (!run.isEmpty() && post.size() < 6 && !INDIC.matcher(run.get(run.size() - 1)).find()) {
                        post.add(0, run.remove(run.size() - 1));
                    }
                    paragraph(body, run);
                    body.append("      <blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">")
                            .append(String.join("<br>", post.stream().map(CrawlFixtures::esc).toList())).append("</p>&mdash; ").append(esc(m.group("author")))
                            .append(" (@").append(m.group("handle")).append(") <a href=\"https://twitter.com/")
                            .append(m.group("handle")).append("/status/17").append(Math.abs(lines.get(i).hashCode()))
                            .append("?ref_src=twsrc%5Etfw\">").append(esc(m.group("date"))).append("</a></blockquote>\n")
                            .append("      <script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n");
                    i++;
                } else {
                    run.add(lines.get(i));
                }
            }
            paragraph(body, run);
            if (body.length() > 0 && blocks.length > 3 && block == blocks[blocks.length / 2]) {
                body.append("      <div class=\"ad-slot\" id=\"mid-article-ad\">Advertisement <img src=\"/ads/banner.png\" alt=\"\"></div>\n");
            }
        }
        StringBuilder related = new StringBuilder();
        for (Seed o : all) {
            if (!o.id().equals(s.id())) {
                related.append("        <li><a href=\"").append(o.url()).append("\">").append(esc(o.headline())).append("</a></li>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="%1$s">
                <head>
                  <meta charset="utf-8">
                  <title>%2$s | %4$s</title>
                  <link rel="canonical" href="%3$s">
                  <meta property="og:title" content="%2$s">
                  <meta property="og:url" content="%3$s">
                  <meta property="og:site_name" content="%4$s">
                  <meta property="article:published_time" content="%5$sT09:30:00+05:30">
                  <style>.ad-slot{min-height:250px} .share-bar a{margin:0 4px}</style>
                  <script type="application/ld+json">
                  {"@context":"https://schema.org","@type":"NewsArticle","headline":"%6$s","datePublished":"%5$sT09:30:00+05:30",
                   "inLanguage":"%1$s","mainEntityOfPage":{"@type":"WebPage","@id":"%3$s"},
                   "publisher":{"@type":"Organization","name":"%7$s","logo":{"@type":"ImageObject","url":"https://news.example.org/logo.png"}}}
                  </script>
                  <script>window.dataLayer=window.dataLayer||[];function track(){dataLayer.push(arguments)}track('page');</script>
                </head>
                <body class="article-page">
                  <header class="site-header"><a class="logo" href="/">%4$s</a>
                    <nav class="main-menu"><ul><li><a href="/gu">ગુજરાત</a></li><li><a href="/hi">देश</a></li><li><a href="/world">World</a></li><li><a href="/sports">Sports</a></li></ul></nav>
                  </header>
                  <div class="ad-banner top-ad">Advertisement</div>
                  <main>
                    <article class="story">
                      <div class="byline">Test Desk | %5$s</div>
                %8$s    </article>
                    <aside class="sidebar related-stories">
                      <h3>Related stories</h3>
                      <ul>
                %9$s      </ul>
                    </aside>
                    <section id="comments" class="comments">
                      <h3>Comments (2)</h3>
                      <div class="comment"><b>reader_101</b> Very informative, thanks.</div>
                      <div class="comment"><b>chintan</b> Waiting for the next update on this story.</div>
                      <form action="/comment" method="post"><textarea name="c"></textarea><button>Post comment</button></form>
                    </section>
                  </main>
                  <!-- tracking pixel and newsletter prompt -->
                  <div class="newsletter-popup">Subscribe to our newsletter <input type="email"></div>
                  <footer class="site-footer">© 2026 %4$s. All rights reserved. <a href="/privacy">Privacy</a></footer>
                </body>
                </html>
                """.formatted(s.language(), esc(s.headline()), s.url(), HOUSE, s.published(), json(s.headline()),
                json(s.publisher()), body, related);
    }

    private static void paragraph(StringBuilder body, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        body.append("      <p>");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                body.append("<br>\n");
            }
            body.append(esc(lines.get(i)));
        }
        body.append("</p>\n");
        lines.clear();
    }

    /**
     * A WARC of the pages (with their requests), a robots.txt and an image response, a metadata
     * record, and one corrupt record between the second and third page.
     *
     * @return the offset of the corrupt record
     */
    public static long writeWarc(Path file, List<Seed> seeds, boolean gzip) throws IOException {
        Files.createDirectories(file.getParent());
        long corruptAt = -1;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
            w.write(new Warcinfo.Builder().fields(Map.of("software", List.of("samachar-test"))).build());
            w.write(new WarcResponse.Builder("https://news.example.org/robots.txt").date(Instant.parse("2026-11-01T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.PLAIN_TEXT, "User-agent: *\n".getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            int n = 0;
            for (Seed s : seeds) {
                Instant fetched = s.published().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                w.write(new WarcRequest.Builder(s.url()).date(fetched)
                        .body(MediaType.HTTP_REQUEST, ("GET " + s.url() + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                        .build());
                w.write(new WarcResponse.Builder(s.url()).date(fetched)
                        .body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), page(s, seeds).getBytes(StandardCharsets.UTF_8)).build())
                        .build());
                if (++n == 2) {
                    w.write(new WarcResponse.Builder("https://news.example.org/logo.png").date(fetched)
                            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}).build())
                            .build());
                    ch.force(false);
                    corruptAt = w.position();
                    byte[] bad = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/broken\r\n"
                            + "Content-Length: twelve\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>half a pa").getBytes(StandardCharsets.US_ASCII);
                    if (gzip) {
                        bad = gzipOf(bad, 40); // a gzip member cut short
                    }
                    ch.write(java.nio.ByteBuffer.wrap(bad));
                    w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
                }
            }
            w.write(new WarcMetadata.Builder().targetURI(seeds.get(0).url()).body(MediaType.parse("application/warc-fields"),
                    "outlink: https://news.example.org/\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            w.write(new WarcResource.Builder(java.net.URI.create("urn:test:screenshot")).body(MediaType.parse("image/png"), new byte[]{1, 2, 3}).build());
        }
        return corruptAt;
    }

    private static byte[] gzipOf(byte[] bytes, int keep) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOf(all, Math.min(keep, all.length));
    }

    /** A news-please style JSON Lines file of the seeds (maintext is the seed text), plus {@code extra} lines. */
    public static void writeJsonLines(Path file, List<Seed> seeds, List<String> extra, boolean gzip) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (Seed s : seeds) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("authors", null);
            o.put("date_download", "2026-11-01 10:00:00");
            o.put("date_publish", s.published() + " 09:30:00");
            o.put("description", null);
            o.put("image_url", "https://news.example.org/img/" + s.id() + ".jpg");
            o.put("language", s.language());
            o.put("maintext", s.text());
            o.put("source_domain", s.publisher());
            o.put("title", s.headline());
            o.put("url", s.url());
            sb.append(jsonObject(o)).append('\n');
        }
        extra.forEach(l -> sb.append(l).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
    }

    static String jsonObject(Map<String, String> o) {
        StringBuilder sb = new StringBuilder("{");
        o.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('"').append(k).append("\": ").append(v == null ? "null" : "\"" + json(v) + "\"");
        });
        return sb.append('}').toString();
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The id a record of {@code url} gets. */
    public static String recordId(String url) {
        return org.samachar.corpus.RecordIds.ofUrl(url);
    }
}
