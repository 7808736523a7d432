package org.samachar.text;

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
        String[] raw = article.rawText().split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String text = normalize(raw[i]);
            lines.add(new SourceLine(i + 1, text, Scripts.dominant(text)));
        }
        return article.withLines(lines);
    }

    /** NFC, no invisible or control characters, single spaces, trimmed. */
    public static String normalize(String line) {
        String nfc = NFC.normalize(line);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            if (UCharacter.isWhitespace(cp) || UCharacter.isSpaceChar(cp) || cp == '\t') {
                pendingSpace = out.length() > 0;
            } else if (type == ECharacterCategory.CONTROL
                    || (type == ECharacterCategory.FORMAT && cp != ZWNJ && cp != ZWJ)) {
                // dropped: invisible, and never part of a word the extractors should see
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
