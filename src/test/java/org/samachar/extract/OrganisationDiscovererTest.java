package org.samachar.extract;

import org.samachar.pipeline.model.RoleMention;
import org.samachar.pipeline.model.Mention;
import org.samachar.vocab.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;
import org.samachar.TestArticles;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations found from the word that ends their name, on names the gazetteer does not list. */
class OrganisationDiscovererTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        Gazetteer gazetteer = Gazetteer.fromGraph(ReferenceData.load().gazetteer());
        pipeline = TestArticles.pipeline(gazetteer, ResolutionDecisions.load(), false);
    }

    private static AnalyzedArticle run(String text) {
        return TestArticles.run(pipeline, text, LocalDate.of(2024, 3, 12));
    }

    private static List<String> organisations(AnalyzedArticle a) {
        return a.mentions().stream().filter(m -> Iris.isDiscovered(m.entity().iri())
                && m.entity().type() == EntityType.ORGANIZATION).map(Mention::surface).toList();
    }

    @Test
    void aParticleAndAPronounBeforeTheCueAreNoName() {
        // "तो उनकी पार्टी" (then their party): no party of that name
        assertTrue(organisations(run("खबर\nअगर चुनाव टाले गए तो उनकी पार्टी आंदोलन करेगी।")).isEmpty());
    }

    @Test
    void theWordBeforeTheCueNamesTheOrganisationInEveryScript() {
        AnalyzedArticle gu = run("સમાચાર\nસિયોલની યોન્સેઈ યુનિવર્સિટીના નિષ્ણાત જોન ડેલ્યુરીએ કહ્યું કે યોન્સેઈ યુનિવર્સિટીમાં ચર્ચા થશે.");
        assertEquals(List.of("યોન્સેઈ યુનિવર્સિટીના", "યોન્સેઈ યુનિવર્સિટીમાં"), organisations(gu));
        RoleMention role = gu.roles().get(0);
        assertEquals("expert", role.role());
        assertEquals(gu.mentions().get(1).entity().iri(), role.organisation().orElseThrow().iri(),
                "the expert is of the university, not of the city before it");
        AnalyzedArticle en = run("News\nA Yonsei University professor said talks continue.");
        assertEquals(gu.mentions().get(1).entity().iri(), en.mentions().get(0).entity().iri(), "one node for both scripts");
    }

    @Test
    void qualifyingWordsAndLowerCaseCuesAreNotNames() {
        assertTrue(organisations(run("સમાચાર\nસરકારી એજન્સીએ માહિતી આપી.")).isEmpty());
        assertTrue(organisations(run("खबर\nसमाचार एजेंसी ने कहा।")).isEmpty());
        assertTrue(organisations(run("News\nThe news agency and a state university said so.")).isEmpty());
    }

    @Test
    void aNameEndsAtABracket() {
        assertTrue(organisations(run("खबर\n\nवॉशिंगटन, 14 फरवरी (एजेंसी)\n\nअमेरिका ने बयान जारी किया।")).isEmpty());
        assertTrue(organisations(run("સમાચાર\n\nનવી દિલ્હી, 3 મે (એજન્સી)\n\nભારતે નિવેદન આપ્યું.")).isEmpty());
    }

    @Test
    void theSameOfficeOfTwoCountriesIsTwoOrganisations() {
        AnalyzedArticle gu = run("સમાચાર\nમાલદીવના વિદેશ મંત્રાલયે કહ્યું કે ઇજિપ્તના વિદેશ મંત્રાલયને પત્ર મળ્યો છે.");
        List<Mention> offices = gu.mentions().stream().filter(m -> Iris.isDiscovered(m.entity().iri())).toList();
        assertEquals(List.of("વિદેશ મંત્રાલયે", "વિદેશ મંત્રાલયને"), offices.stream().map(Mention::surface).toList());
        assertTrue(!offices.get(0).entity().iri().equals(offices.get(1).entity().iri()), offices.toString());
        AnalyzedArticle en = run("News\nA Kenyan Yonsei University professor and Yonsei University staff spoke.");
        assertEquals(1, en.mentions().stream().filter(m -> Iris.isDiscovered(m.entity().iri()))
                .map(m -> m.entity().iri()).distinct().count(), "a university is one whatever country is named");
    }

    @Test
    void twoWordsBeforeTheCueInIndicScripts() {
        AnalyzedArticle gu = run("સમાચાર\nકમ્બોડિયાની ખ્મેર રિપબ્લિક ઓથોરિટીએ સોમવારે નિવેદન બહાર પાડ્યું.");
        assertEquals(List.of("ખ્મેર રિપબ્લિક ઓથોરિટીએ"), organisations(gu));
        AnalyzedArticle hi = run("खबर\nकंबोडिया की ख्मेर रिपब्लिक यूनियन ने सोमवार को बयान जारी किया।");
        assertEquals(List.of("ख्मेर रिपब्लिक यूनियन"), organisations(hi));
    }
}
