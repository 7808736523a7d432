package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words power seized, tariffs of a leader, export curbs, accessions, posts on social
 * media, military staff recalled and vehicles given: the lexicon rows of the twenty-seventh
 * session's second round of error studies, on sentences written for this test.
 */
class CoupsTradeAndSummitsPhrasesTest {

    @Test
    void powerSeizedIsCoercion() {
        assertEquals("agent=Tatmadaw", roles(only(events("खबर\nम्यांमार की सेना ने सोमवार को सत्ता पर कब्जा कर लिया।"), "Coerce")));
        assertEquals("agent=Gabon", roles(only(events("સમાચાર\nગેબનમાં સેનાના અધિકારીઓએ બુધવારે સત્તા પોતાના હાથમાં લઈ લીધી."), "Coerce")));
    }

    @Test
    void aLeadersTariffsAreHisSanctionOnTheCountryTheyHit() {
        assertEquals("agent=Donald Trump, target=Brazil", roles(only(events(
                "News\nTrump's tariffs on Brazil took effect on Friday."), "Sanction")));
    }

    @Test
    void exportsRestrictedAreASanction() {
        assertEquals("agent=Russia, target=European Union", roles(only(events(
                "News\nRussia restricted exports of fertiliser to the European Union on Monday."), "Sanction")));
    }

    @Test
    void becomingAMemberIsAnAccession() {
        assertEquals("participant=Finland, participant=NATO", roles(only(events(
                "खबर\nफिनलैंड मंगलवार को नाटो का सदस्य बन गया।"), "AgreementSigning")));
    }

    @Test
    void aPostOnSocialMediaIsAStatement() {
        List<Event> hi = events("खबर\nट्रंप ने सोशल मीडिया पर पोस्ट किया कि वह अगले हफ्ते चीन जाएंगे।");
        assertEquals("speaker=Donald Trump", roles(only(hi, "Statement")));
        assertEquals(List.of("visitor=Donald Trump, host=China"), roles(hi, "Visit"));
    }

    @Test
    void militaryStaffRecalledIsAWithdrawal() {
        assertEquals("agent=India", roles(only(events(
                "खबर\nभारत ने मालदीव से अपने सभी सैन्यकर्मियों को वापस बुला लिया।"), "Yield")));
    }

    @Test
    void ambulancesSuppliedAreAid() {
        List<Event> en = events("News\nIndia will supply 50 ambulances to Nepal.");
        assertEquals("supplier=India, recipient=Nepal", roles(only(en, "ProvideAid")));
        assertTrue(only(en, "ProvideAid").modality().equals("Planned"), en.toString());
    }
}
