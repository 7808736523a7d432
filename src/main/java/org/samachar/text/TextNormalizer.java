package org.samachar.text;

import org.samachar.pipeline.model.SourceLine;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.text.Normalizer2;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the raw text into lines (any of CRLF, CR, LF), normalises each to NFC, drops control and
 * invisible format characters (bidi marks, zero-width spaces, BOMs) and collapses white space, and
 * notes each line's script. Zero-width (non-)joiners are kept: in Indic text they choose the
 * conjunct form and belong to the spelling.
 */
public final class TextNormalizer implements Annotator {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    @Override
    public Set<Class<?>> requires() {
        return Set.of(RawText.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(SourceLine.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<String> raw = lines(article.rawText());
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String text = normalize(raw.get(i));
            lines.add(new SourceLine(i + 1, text, Scripts.dominant(text)));
        }
        return article.withLines(lines);
    }

    /**
     * The text's lines, ended by CR LF, CR or LF, the last one also when empty (as
     * {@code split("\r\n|\r|\n", -1)} gives them, without a regex over the whole article).
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static final byte KEEP = 0;
    private static final byte SPACE = 1;
    private static final byte DROP = 2;

    /**
     * What {@link #kind} says of each character of the Basic Multilingual Plane, worked out once:
     * asking ICU for three properties of every character of every line was most of this stage.
     */
    private static final byte[] BMP_KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_KINDS[c] = kind(c);
        }
    }

    /** White space (collapsed), control and invisible format characters (dropped), or a character kept. */
    private static byte kind(int cp) {
        int type = UCharacter.getType(cp);
        if (UCharacter.isWhitespace(cp) || UCharacter.isSpaceChar(cp) || cp == '\t') {
            return SPACE;
        }
        // dropped: invisible, and never part of a word the extractors should see
        return type == ECharacterCategory.CONTROL || (type == ECharacterCategory.FORMAT && cp != ZWNJ && cp != ZWJ)
                ? DROP : KEEP;
    }

    /** NFC, no invisible or control characters, single spaces, trimmed. */
    public static String normalize(String line) {
        String nfc = NFC.normalize(line);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            byte kind = cp <= Character.MAX_VALUE ? BMP_KINDS[cp] : kind(cp);
            if (kind == SPACE) {
                pendingSpace = out.length() > 0;
            } else if (kind == DROP) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
