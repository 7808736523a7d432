package org.samachar.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads an article file as strict UTF-8. Anything that is not clean text is refused with a reason,
 * instead of being decoded into replacement characters that would end up in the graph.
 */
public final class ArticleDecoder {

    /** Share of control characters above which a file is taken to be binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Larger than any news article: a file this big is a dump or a mistake, and is not read into memory. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** An HTML document rather than the text of an article. */
    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(
            "(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

    public byte[] read(ArticleSource source) throws BadArticleException {
        try {
            long size = Files.size(source.file());
            if (size > MAX_BYTES) {
                throw new BadArticleException(String.format(java.util.Locale.ROOT,
                        "is %.1f MB, more than the %d MB an article may have (a dump of many articles? split it)",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            return Files.readAllBytes(source.file());
        } catch (IOException e) {
            throw new BadArticleException("cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
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
        if (text.isBlank()) {
            throw new BadArticleException("has no text (only whitespace)");
        }
        long tags = TAG.matcher(text).results().count();
        if (HTML.matcher(text).find() || (tags >= 5 && tags * 200 >= text.length())) {
            throw new BadArticleException("is HTML (" + tags + " tags), not plain text; save the article's text, not the page");
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
