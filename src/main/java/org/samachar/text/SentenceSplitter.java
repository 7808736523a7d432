package org.samachar.text;

import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.pipeline.model.Paragraph;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits each paragraph into sentences with ICU's sentence {@link BreakIterator} for the
 * paragraph's language (it ends sentences at the danda {@code ।} as well as at {@code .}).
 * Offsets are into the body, so a sentence can be found again in {@code schema:articleBody}.
 */
public final class SentenceSplitter implements Annotator {

    /**
     * One iterator per language, never used itself but cloned for each paragraph: making a new
     * one from ICU's rules per paragraph was half of splitting (ICU keeps only the last locale's).
     */
    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Paragraph.class, ArticleLanguage.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Sentence.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            // A new iterator per paragraph: BreakIterator is not thread-safe, and builds run in parallel.
            BreakIterator it = (BreakIterator) prototypes
                    .computeIfAbsent(p.language(), lang -> BreakIterator.getSentenceInstance(new ULocale(lang))).clone();
            it.setText(p.text());
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                // "एस. जयशंकर", "જે. પી. નડ્ડા": an initial is no sentence end.
                while (end != BreakIterator.DONE && end < p.text().length() && endsWithInitial(p.text(), start, end)) {
                    end = it.next();
                }
                if (end == BreakIterator.DONE) {
                    end = p.text().length();
                }
                int b = start;
                int e = end;
                while (b < e && UCharacter.isWhitespace(p.text().charAt(b))) {
                    b++;
                }
                while (e > b && UCharacter.isWhitespace(p.text().charAt(e - 1))) {
                    e--;
                }
                String text = p.text().substring(b, e);
                if (text.codePoints().anyMatch(UCharacter::isLetterOrDigit)) {
                    sentences.add(new Sentence(sentences.size(), p.index(), p.begin() + b, p.begin() + e,
                            text, p.language()));
                }
            }
        }
        return article.withSentences(sentences);
    }

    /** The letter names written as initials before names, in every known language ({@code initials.txt}). */
    private static final Set<String> INITIALS = words("initials.txt");
    /** The honorifics written before names, lower case ({@code honorifics.txt}: "डॉ.", "Dr."). */
    private static final Set<String> HONORIFICS = words("honorifics.txt");
    /** Marks that may open a word before its short form: a bracket or a quotation mark. */
    private static final String OPENING = "([{\"'“‘";

    /** Short forms written with a full stop before what they shorten, lower case ({@code abbreviations.txt}: "તા.", "Sept."). */
    private static final Set<String> ABBREVIATIONS = words("abbreviations.txt");

    private static Set<String> words(String file) {
        Set<String> out = new java.util.HashSet<>();
        for (String lang : Scripts.knownLanguages()) {
            LanguageData.lines(lang + "/" + file).forEach(l -> out.add(l.strip()));
        }
        return out;
    }

    /**
     * Whether the text from start to end ends with an initial, honorific or abbreviation and its full
     * stop ("एस.", "જે.", "S.", "डॉ.", "Dr.", "તા.", "Sept."): ICU breaks there as after any sentence,
     * and news writes them before names and dates.
     */
    static boolean endsWithInitial(String text, int start, int end) {
        int e = end;
        while (e > start && UCharacter.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= start || text.charAt(e - 1) != '.') {
            return false;
        }
        int w = e - 1;
        while (w > start && !UCharacter.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '.') {
            w--;
        }
        // an agency's short name in brackets ("(हि.स.)", "(A.P.)") is a short form too
        while (w < e - 1 && OPENING.indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        String word = text.substring(w, e - 1);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return INITIALS.contains(word) || HONORIFICS.contains(lower) || ABBREVIATIONS.contains(lower);
    }
}
