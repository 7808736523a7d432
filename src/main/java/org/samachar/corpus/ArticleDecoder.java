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

    public byte[] read(ArticleSource source) throws BadArticleException {
        try {
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
        long controls = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (text.indexOf('\0') >= 0 || controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new BadArticleException("looks binary (" + controls + " control characters); expected plain text");
        }
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
