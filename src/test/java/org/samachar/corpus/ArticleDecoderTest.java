package org.samachar.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleDecoderTest {

    private final ArticleDecoder decoder = new ArticleDecoder();

    private String reason(byte[] bytes) {
        return assertThrows(BadArticleException.class, () -> decoder.decode(bytes)).getMessage();
    }

    @Test
    void decodesUtf8AndDropsAByteOrderMark() throws Exception {
        byte[] text = "\uFEFFરશિયા रूस Russia".getBytes(StandardCharsets.UTF_8);
        assertEquals("રશિયા रूस Russia", decoder.decode(text));
    }

    @Test
    void refusesInvalidUtf8NamingWhere() {
        byte[] bytes = {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, 'x'};
        String reason = reason(bytes);
        assertTrue(reason.startsWith("is not valid UTF-8"), reason);
        assertTrue(reason.contains("byte 3"), reason);
    }

    @Test
    void refusesUtf16EmptyBlankAndBinary() {
        assertTrue(reason("hi".getBytes(StandardCharsets.UTF_16)).contains("UTF-16"));
        assertEquals("is empty", reason(new byte[0]));
        assertTrue(reason(" \n\t \r\n".getBytes(StandardCharsets.UTF_8)).contains("only whitespace"));
        byte[] binary = new byte[200];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 32);
        }
        assertTrue(reason(binary).contains("binary"), reason(binary));
    }
}
