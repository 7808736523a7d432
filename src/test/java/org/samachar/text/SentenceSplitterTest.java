package org.samachar.text;

import org.samachar.pipeline.model.Sentence;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static final Pipeline PIPELINE = Pipeline.of(new TextNormalizer(), new EmbeddedPostDetector(),
            new BoilerplateRemover(), new ParagraphBuilder(), new LanguageIdentifier(), new SentenceSplitter());

    @Test
    void splitsAtDandaAndFullStopWithOffsetsIntoTheBody() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "रूस ने बयान दिया। जापान ने विरोध किया। बातचीत जारी है।\n"
                        + "ચીને નિવેદન આપ્યું. ભારતે જવાબ આપ્યો."));
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("रूस ने बयान दिया।", "जापान ने विरोध किया।", "बातचीत जारी है।",
                "ચીને નિવેદન આપ્યું.", "ભારતે જવાબ આપ્યો."), texts);
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), a.body().substring(s.begin(), s.end()));
        }
        assertEquals("hi", a.sentences().get(0).language());
        assertEquals("gu", a.sentences().get(4).language());
    }

    @Test
    void anInitialBeforeANameEndsNoSentence() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "विदेश मंत्री एस. जयशंकर ने बयान दिया। बातचीत जारी है।\n"
                        + "વિદેશ મંત્રી એસ. જયશંકરે નિવેદન આપ્યું. વાતચીત ચાલુ છે."));
        assertEquals(List.of("विदेश मंत्री एस. जयशंकर ने बयान दिया।", "बातचीत जारी है।",
                "વિદેશ મંત્રી એસ. જયશંકરે નિવેદન આપ્યું.", "વાતચીત ચાલુ છે."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void anAbbreviationBeforeADateOrANameEndsNoSentence() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "સુરત, તા. 4 નવેમ્બરે બેઠક મળી. વાતચીત ચાલુ છે.\n"
                        + "On Nov. 4 the talks began. Gen. Smith spoke later."));
        assertEquals(List.of("સુરત, તા. 4 નવેમ્બરે બેઠક મળી.", "વાતચીત ચાલુ છે.",
                "On Nov. 4 the talks began.", "Gen. Smith spoke later."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void theRupeeBeforeAnAmountEndsNoSentence() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "બંને દેશોએ રૂ. 5,000 કરોડના કરાર કર્યા. વાતચીત ચાલુ છે.\n"
                        + "दोनों देशों ने रु. 5,000 करोड़ का सौदा किया। बातचीत जारी है।\n"
                        + "The two signed a Rs. 5,000 crore deal. Talks go on."));
        assertEquals(List.of("બંને દેશોએ રૂ. 5,000 કરોડના કરાર કર્યા.", "વાતચીત ચાલુ છે.",
                "दोनों देशों ने रु. 5,000 करोड़ का सौदा किया।", "बातचीत जारी है।",
                "The two signed a Rs. 5,000 crore deal.", "Talks go on."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void anAgencysShortNameInBracketsEndsNoSentence() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of("माले, 25 जुलाई (हि.स.)। मोदी शुक्रवार को माले पहुंचे।"));
        assertEquals(List.of("माले, 25 जुलाई (हि.स.)।", "मोदी शुक्रवार को माले पहुंचे।"),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void theInitialKIsAnInitialThoughItIsAlsoAPostposition() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "प्रधानमंत्री के. पी. शर्मा ओली ने बयान दिया। बातचीत जारी है।\n"
                        + "વડાપ્રધાન કે.પી. શર્મા ઓલીએ નિવેદન આપ્યું. વાતચીત ચાલુ છે."));
        assertEquals(List.of("प्रधानमंत्री के. पी. शर्मा ओली ने बयान दिया।", "बातचीत जारी है।",
                "વડાપ્રધાન કે.પી. શર્મા ઓલીએ નિવેદન આપ્યું.", "વાતચીત ચાલુ છે."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void articleLanguageIsTheLanguageOfMostOfItsProseWhenNotGiven() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(
                "Leaders Meet: Talks In Geneva\n"
                        + "બંને દેશોના નેતાઓ જિનીવામાં મળ્યા અને લાંબી વાતચીત કરી હતી.\n"
                        + "આ બેઠક બે દિવસ ચાલશે અને વેપાર પર ચર્ચા થશે."));
        assertEquals("gu", a.language().code());
        assertEquals(false, a.language().fromManifest());
        assertEquals("en", a.paragraphs().get(0).language());
    }
}
