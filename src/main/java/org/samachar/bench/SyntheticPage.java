package org.samachar.bench;

import java.time.LocalDate;
import java.util.Random;

/**
 * A SYNTHETIC news page around a synthetic article, for speed measurements of the HTML path only:
 * the furniture a real page has (menu, ads, share buttons, a related-articles sidebar, comments,
 * scripts, JSON-LD and meta tags), written here, never copied. The article's first line is its
 * headline ({@code <h1>}), every other line a paragraph.
 */
final class SyntheticPage {

    private SyntheticPage() {
    }

    static String of(String name, String text, String lang, LocalDate published, Random random) {
        String[] lines = text.strip().split("\n");
        String headline = esc(lines[0]);
        String url = "https://synthetic.example.org/" + lang + "/" + published + "/" + name;
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(headline).append("</h1>\n<div class=\"share-buttons\"><a>Share</a><a>Post</a><a>WhatsApp</a></div>\n");
        for (int i = 1; i < lines.length; i++) {
            body.append("<p>").append(esc(lines[i])).append("</p>\n");
            if (i == 2) {
                body.append("<div class=\"ad-slot\">Advertisement<script>loadAd(").append(random.nextInt(1000)).append(")</script></div>\n");
            }
        }
        StringBuilder related = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            related.append("<li><a href=\"/story/").append(random.nextInt(1_000_000)).append("\">Related story ")
                    .append(i + 1).append("</a></li>");
        }
        return """
                <!DOCTYPE html><html lang="%1$s"><head><meta charset="utf-8"><title>%2$s | Synthetic Daily</title>
                <link rel="canonical" href="%3$s"><meta property="og:title" content="%2$s"><meta property="og:url" content="%3$s">
                <meta property="og:site_name" content="Synthetic Daily"><meta property="article:published_time" content="%4$sT08:00:00+05:30">
                <style>body{font-family:sans-serif}.ad-slot{min-height:90px}</style>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%5$s",
                "datePublished":"%4$sT08:00:00+05:30","inLanguage":"%1$s","url":"%3$s","publisher":{"@type":"Organization","name":"Synthetic Daily"}}</script>
                <script>window.analytics=[];function t(e){analytics.push(e)}t('view');</script></head>
                <body><header><a href="/">Synthetic Daily</a><nav><ul><li><a href="/gu">Gujarat</a></li><li><a href="/hi">Desh</a></li>
                <li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="ad-banner">Advertisement</div>
                <main><article>
                %6$s</article>
                <aside class="related"><h3>Related</h3><ul>%7$s</ul></aside>
                <section class="comments"><h3>Comments</h3><div class="comment">A synthetic reader comment.</div>
                <form><textarea></textarea><button>Post</button></form></section></main>
                <footer>© Synthetic Daily · synthetic page for speed measurements (samachar bench generate --html)</footer>
                </body></html>
                """.formatted(lang, headline, url, published, json(lines[0]), body, related);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
    }
}
