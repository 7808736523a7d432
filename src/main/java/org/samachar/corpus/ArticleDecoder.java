package org.samachar.corpus;

import org.samachar.corpus.metadata.DeclaredLanguage;
import org.samachar.corpus.metadata.ArticleMetadata;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.samachar.corpus.html.HtmlArticleReader;
import org.samachar.corpus.jsonl.JsonLinesFile;
import org.samachar.corpus.jsonl.JsonRecord;
import org.samachar.corpus.warc.WarcFile;

/**
 * Reads an article file as strict UTF-8. Anything that is not clean text is refused with a reason,
 * instead of being decoded into replacement characters that would end up in the graph. HTML in a
 * {@code .txt} file is refused too (rename it {@code .html} and it is read as a page); pages, WARC
 * records and JSON Lines records are turned into text by their readers first.
 */
public final class ArticleDecoder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleDecoder.class);
    private final HtmlArticleReader html = new HtmlArticleReader();

    /** Share of control characters above which a file is taken to be binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Larger than any news article: a file this big is a dump or a mistake, and is not read into memory. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** An HTML document rather than the text of an article. */
    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(
            "(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

    /**
     * The article's bytes: a text or HTML file whole; for a WARC record its decoded HTTP payload
     * (the page); for a JSON Lines record its line.
     */
    public byte[] read(ArticleSource source) throws BadArticleException {
        return read(source, () -> Files.newByteChannel(source.file()));
    }

    /** Opens the file an article is read from; called at most once per read. */
    @FunctionalInterface
    public interface Opener {
        SeekableByteChannel open() throws IOException;
    }

    /**
     * As {@link #read(ArticleSource)}, with the article's file (the container, for a record) opened
     * by {@code opener} rather than from {@link ArticleSource#file()} on the local disk: the Spark
     * job reads files on HDFS or S3 through Hadoop this way. Same limits and messages; the channel
     * is closed here. A record whose bytes the listing kept is not opened at all.
     */
    public byte[] read(ArticleSource source, Opener opener) throws BadArticleException {
        if (source.record().flatMap(RecordRef::held).isPresent()) {
            return source.record().get().held().get();
        }
        try (SeekableByteChannel channel = opener.open()) {
            if (source.record().isPresent()) {
                RecordRef ref = source.record().get();
                return switch (source.format()) {
                    case WARC -> WarcFile.readPayload(channel, ref);
                    case JSONL -> JsonLinesFile.read(channel, ref);
                    default -> throw new IllegalStateException("a record in a " + source.format() + " file");
                };
            }
            long size = channel.size();
            long max = source.format() == SourceFormat.HTML ? HtmlArticleReader.MAX_PAGE_BYTES : MAX_BYTES;
            if (size > max) {
                throw new BadArticleException(String.format(java.util.Locale.ROOT,
                        "is %.1f MB, more than the %d MB an article may have (a dump of many articles? split it)",
                        size / 1048576.0, max / 1048576));
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes) < 0) {
                    throw new java.io.EOFException("the file became shorter while it was read");
                }
            }
            return bytes.array();
        } catch (IOException e) {
            throw new BadArticleException("cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    /**
     * The article's plain text and its source with the metadata decided. Text files are decoded
     * as before; pages become their main text; JSON Lines records their headline and main text. A
     * language the article declares is kept only if its text is written in that language's script.
     */
    public ArticleText decode(ArticleSource source, byte[] bytes) throws BadArticleException {
        String text;
        ArticleMetadata found;
        switch (source.format()) {
            case TEXT -> {
                return new ArticleText(source, decode(bytes));
            }
            case HTML, WARC -> {
                String base = source.metadata().url().orElse("");
                HtmlArticleReader.Page page = html.read(bytes, base);
                text = page.text();
                found = page.metadata();
            }
            case JSONL -> {
                JsonRecord.Article article = JsonRecord.parse(bytes);
                text = article.text();
                found = article.metadata();
            }
            default -> throw new IllegalStateException(source.format().toString());
        }
        checkIsProse(text);
        ArticleMetadata merged = found.orElse(source.metadata());
        if (merged.language().isPresent() && source.entry().language().isEmpty()) {
            String declared = merged.language().get();
            java.util.Optional<String> kept = DeclaredLanguage.check(declared, text);
            if (kept.isEmpty()) {
                LOG.warn("{}: declares language '{}', but its text is in {} script; the language is detected from the text",
                        source.where(), declared, DeclaredLanguage.scriptName(text));
            }
            merged = merged.withLanguage(kept);
        }
        return new ArticleText(source.withMetadata(merged), text);
    }

    public String decode(byte[] bytes) throws BadArticleException {
        if (bytes.length == 0) {
            throw new BadArticleException("is empty");
        }
        if (startsWithUtf16Bom(bytes)) {
            throw new BadArticleException("is UTF-16 (byte order mark found); save it as UTF-8");
        }
        if (looksLikeUtf16(bytes)) {
            throw new BadArticleException("looks like UTF-16 without a byte order mark; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new BadArticleException("is not valid UTF-8 (bad byte sequence near byte "
                    + firstBadByte(bytes) + ")");
        } catch (CharacterCodingException e) {
            throw new BadArticleException("is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        checkIsText(text);
        return text;
    }

    private static void checkIsText(String text) throws BadArticleException {
        long tags = TAG.matcher(text).results().count();
        if (!text.isBlank() && (HTML.matcher(text).find() || (tags >= 5 && tags * 200 >= text.length()))) {
            throw new BadArticleException("is HTML (" + tags + " tags), not plain text; name the file .html to have it read as a web page");
        }
        checkIsProse(text);
    }

    /** Text that came out of a page or record: not blank, not binary (tags in it are the article's words). */
    private static void checkIsProse(String text) throws BadArticleException {
        if (text.isBlank()) {
            throw new BadArticleException("has no text (only whitespace)");
        }
        long controls = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (text.indexOf('\0') >= 0 || controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new BadArticleException("looks binary (" + controls + " control characters); expected plain text");
        }
    }

    /**
     * UTF-16 of Latin, Devanagari or Gujarati text has the high byte of each code unit in every
     * other position, and that byte is 0x00, 0x09 or 0x0A (U+00xx, U+09xx, U+0Axx); UTF-8 text never
     * looks like that.
     */
    private static boolean looksLikeUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += highByte(b[i]) ? 1 : 0;
            odd += highByte(b[i + 1]) ? 1 : 0;
        }
        int pairs = n / 2;
        return Math.max(even, odd) * 10 >= pairs * 9;
    }

    private static boolean highByte(byte x) {
        return x == 0x00 || x == 0x09 || x == 0x0A;
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }
}
