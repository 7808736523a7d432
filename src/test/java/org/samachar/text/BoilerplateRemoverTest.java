package org.samachar.text;

import org.samachar.pipeline.model.BoilerplateReason;
import org.samachar.pipeline.model.Paragraph;
import org.samachar.pipeline.model.RemovedBlock;
import org.samachar.pipeline.model.EmbeddedPost;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateRemoverTest {

    private static final Pipeline TEXT = Pipeline.of(new TextNormalizer(), new EmbeddedPostDetector(),
            new BoilerplateRemover(), new ParagraphBuilder());

    private static AnalyzedArticle clean(String... lines) {
        return TEXT.run(TestArticles.of(String.join("\n", lines)));
    }

    private static List<String> kept(AnalyzedArticle a) {
        return a.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static BoilerplateReason reasonOf(AnalyzedArticle a, int line) {
        return a.removed().stream().filter(b -> b.firstLine() <= line && line <= b.lastLine())
                .map(RemovedBlock::reason).findFirst().orElse(null);
    }

    @Test
    void dropsNavigationAdvertisingAndFragments() {
        AnalyzedArticle a = clean(
                "Follow us on Twitter",
                "Sports",
                "ભારતે ઓસ્ટ્રેલિયા સામે મેચ જીતી લીધી અને શ્રેણી કબજે કરી.",
                "Advertisement",
                "जापान के प्रधानमंत्री ने सोमवार को दिल्ली का दौरा किया।",
                "Back to top button",
                "दिल्ली:",
                "Adblock Detected");
        assertEquals(List.of("ભારતે ઓસ્ટ્રેલિયા સામે મેચ જીતી લીધી અને શ્રેણી કબજે કરી.",
                "जापान के प्रधानमंत्री ने सोमवार को दिल्ली का दौरा किया।", "दिल्ली:"), kept(a));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 1));
        assertEquals(BoilerplateReason.FRAGMENT, reasonOf(a, 2));
        assertEquals(BoilerplateReason.ADVERTISEMENT, reasonOf(a, 4));
        assertEquals(BoilerplateReason.ADVERTISEMENT, reasonOf(a, 8));
    }

    @Test
    void anAdBlockerNoticeInsideALineIsAdvertising() {
        AnalyzedArticle a = clean(
                "ભારતે ઓસ્ટ્રેલિયા સામે મેચ જીતી લીધી અને શ્રેણી કબજે કરી.",
                "We noticed something. Please disable your ad blocker to keep reading.",
                "(please turn off adblocker)",
                "Our readers displease disable ad blocker makers, a line of prose says.");
        assertEquals(BoilerplateReason.ADVERTISEMENT, reasonOf(a, 2));
        assertEquals(BoilerplateReason.ADVERTISEMENT, reasonOf(a, 3));
        assertEquals(null, reasonOf(a, 4));
    }

    @Test
    void everythingAfterASidebarHeadingIsSidebar() {
        AnalyzedArticle a = clean(
                "ચીનના વિદેશ મંત્રીએ આજે જાપાનની મુલાકાત લીધી.",
                "બંને દેશોએ વેપાર કરાર પર ચર્ચા કરી.",
                "આ પણ વાંચો",
                "ક્રિકેટ: ભારતની ટીમ જાહેર, જાણો કોણ છે કેપ્ટન",
                "હવામાન: ગુજરાતમાં વરસાદની આગાહી, ખેડૂતો ચિંતામાં");
        assertEquals(2, a.paragraphs().size());
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(a, 3));
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(a, 5));
    }

    @Test
    void aReadAlsoHeadingBetweenParagraphsTakesItsHeadlineAndTheArticleGoesOn() {
        AnalyzedArticle a = clean(
                "ફ્રાન્સના પ્રમુખે આજે ભારતના વડાપ્રધાન સાથે વાતચીત કરી.",
                "આ પણ વાંચોઃ",
                "શેરબજારમાં મોટો કડાકો, રોકાણકારો ચિંતામાં",
                "બંને નેતાઓએ સંરક્ષણ સહયોગ વધારવા અંગે પણ ચર્ચા કરી હતી.",
                "ये भी पढ़ें",
                "मौसम: दिल्ली में आज बारिश के आसार",
                "चुनाव: आयोग ने तारीखों का एलान किया",
                "दोनों देशों के विदेश मंत्री अगले महीने फिर मिलेंगे।");
        assertEquals(List.of("ફ્રાન્સના પ્રમુખે આજે ભારતના વડાપ્રધાન સાથે વાતચીત કરી.",
                "બંને નેતાઓએ સંરક્ષણ સહયોગ વધારવા અંગે પણ ચર્ચા કરી હતી.",
                "दोनों देशों के विदेश मंत्री अगले महीने फिर मिलेंगे।"), kept(a));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 2));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 3));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 7));
    }

    @Test
    void aReadAlsoHeadingFollowedByTeasersAloneOpensASidebar() {
        AnalyzedArticle a = clean(
                "जापान के प्रधानमंत्री ने सोल में राष्ट्रपति से मुलाकात की।",
                "Also read:",
                "Markets fall as investors wait for the Fed",
                "Cricket: India name their squad for the tour",
                "Weather: heavy rain likely in Mumbai",
                "Election: the commission announces the dates",
                "Budget session to begin next week, the minister said.");
        assertEquals(List.of("जापान के प्रधानमंत्री ने सोल में राष्ट्रपति से मुलाकात की।"), kept(a),
                "more teasers than a link heading carries inside an article: the foot of the page");
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(a, 2));
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(a, 7));
    }

    @Test
    void aReadMoreLineAtThePageFootOpensItsTeasers() {
        AnalyzedArticle a = clean(
                "ઇજિપ્તના વિદેશ મંત્રીએ કૈરોમાં સુદાનના પ્રતિનિધિઓ સાથે મંત્રણા કરી.",
                "વધુ વાંચો",
                "- નાઇલના પાણી અંગે નવી બેઠક બોલાવાઈ",
                "- અમેરિકાએ આફ્રિકા માટે નવી સહાય જાહેર કરી");
        assertEquals(List.of("ઇજિપ્તના વિદેશ મંત્રીએ કૈરોમાં સુદાનના પ્રતિનિધિઓ સાથે મંત્રણા કરી."), kept(a),
                "\"read more\" with no prose after its teasers ends the article");
        AnalyzedArticle b = clean(
                "नैरोबी में केन्या और सोमालिया के मंत्रियों की बैठक हुई।",
                "और खबरें",
                "सोने के दाम में तेजी, चांदी भी चढ़ी");
        assertEquals(List.of("नैरोबी में केन्या और सोमालिया के मंत्रियों की बैठक हुई।"), kept(b));
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(b, 2));
        AnalyzedArticle c = clean(
                "The foreign ministers of Egypt and Sudan met in Cairo on Sunday.",
                "Related: Ethiopia fills the dam again | Sudan talks resume in Jeddah",
                "The two sides agreed to meet again next month.");
        assertEquals(List.of("The foreign ministers of Egypt and Sudan met in Cairo on Sunday.",
                "The two sides agreed to meet again next month."), kept(c), "a one-line list of teasers after \"Related:\"");
    }

    @Test
    void pairedTeasersStartASidebarEvenWithoutAHeading() {
        AnalyzedArticle a = clean(
                "रूस के विदेश मंत्री ने बीजिंग में चीनी नेताओं से मुलाकात की।",
                "Weather Update: दिल्ली में बारिश की संभावना, अलर्ट जारी",
                "Weather Update: दिल्ली में बारिश की संभावना, अलर्ट जारी",
                "Cricket: भारत ने सीरीज जीती, कप्तान ने कहा शुक्रिया",
                "Cricket: भारत ने सीरीज जीती, कप्तान ने कहा शुक्रिया");
        assertEquals(List.of("रूस के विदेश मंत्री ने बीजिंग में चीनी नेताओं से मुलाकात की।"), kept(a));
        assertEquals(BoilerplateReason.SIDEBAR, reasonOf(a, 2));
    }

    @Test
    void repeatedLinesAndPreviewsOfTheNextLineAreDuplicates() {
        AnalyzedArticle a = clean(
                "Leaders meet in Geneva",
                "The two presidents met in Geneva for talks",
                "The two presidents met in Geneva for talks on Tuesday, officials said.",
                "Photo caption of the meeting in Geneva today",
                "Photo caption of the meeting in Geneva today");
        assertEquals(List.of("Leaders meet in Geneva",
                "The two presidents met in Geneva for talks on Tuesday, officials said.",
                "Photo caption of the meeting in Geneva today"), kept(a));
        assertEquals(BoilerplateReason.DUPLICATE, reasonOf(a, 2));
        assertEquals(BoilerplateReason.DUPLICATE, reasonOf(a, 5));
    }

    @Test
    void embeddedPostsAreKeptAsQuotedPostsWithAuthorHandleAndDate() {
        AnalyzedArticle a = clean(
                "યુક્રેન યુદ્ધ અંગે રશિયાએ નિવેદન આપ્યું.",
                "BREAKING: Talks begin in Geneva pic.twitter.com/abc",
                "— Reuters (@Reuters) March 3, 2024",
                "વાટાઘાટો આવતીકાલે પણ ચાલુ રહેશે.");
        assertEquals(1, a.posts().size());
        EmbeddedPost post = a.posts().get(0);
        assertEquals("Reuters", post.author());
        assertEquals("Reuters", post.handle());
        assertEquals("2024-03-03", post.date().orElseThrow().toString());
        assertEquals(2, post.firstLine());
        assertEquals(3, post.lastLine());
        assertEquals("BREAKING: Talks begin in Geneva pic.twitter.com/abc", post.text());
        Paragraph quoted = a.paragraphs().get(1);
        assertEquals(0, quoted.post().orElseThrow());
        assertFalse(a.body().contains("(@Reuters)"), "the attribution line is metadata, not text");
        assertTrue(a.headline().orElseThrow().text().startsWith("યુક્રેન"));
    }

    @Test
    void inlineReadAlsoLinksTagsAndBylinesGoButTheArticleContinues() {
        AnalyzedArticle a = clean(
                "ईरान ने इजरायल पर मिसाइल हमले का आरोप लगाया है।",
                "यह भी पढ़ें: बाजार में भारी गिरावट, निवेशकों के करोड़ों डूबे",
                "तेहरान में अधिकारियों ने कहा कि जांच जारी है।",
                "Edited by: Staff Reporter",
                "Updated: 12 Sep 2023, 10:30 AM IST",
                "Tags: Iran, Israel");
        assertEquals(List.of("ईरान ने इजरायल पर मिसाइल हमले का आरोप लगाया है।",
                "तेहरान में अधिकारियों ने कहा कि जांच जारी है।"), kept(a));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 2));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 6));
    }

    @Test
    void photoCaptionsBylinesAndAgencyCreditsAreNoArticleText() {
        AnalyzedArticle a = clean(
                "ईरान ने शनिवार को इजरायल पर रॉकेट दागे।",
                "तस्वीर: तेल अवीव में हमले के बाद उठता धुआं (रॉयटर्स)",
                "By Asha Mehta",
                "ભારત અને ફ્રાન્સે સંરક્ષણ કરાર પર હસ્તાક્ષર કર્યા.",
                "(एजेंसी इनपुट के साथ)",
                "अमेरिका ने ईरान पर नए प्रतिबंध लगाए");
        assertEquals(List.of("ईरान ने शनिवार को इजरायल पर रॉकेट दागे।", "ભારત અને ફ્રાન્સે સંરક્ષણ કરાર પર હસ્તાક્ષર કર્યા."), kept(a),
                "the caption and byline are furniture; a teaser after the agency credit is a sidebar");
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 2));
        assertEquals(BoilerplateReason.NAVIGATION, reasonOf(a, 3));
    }
}
