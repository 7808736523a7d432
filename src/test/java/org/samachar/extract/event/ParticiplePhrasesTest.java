package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * An act told in a participle before a name ("the president, who came to India, met ...") is done
 * by that name, and the main act does not take the participle's names; on sentences written for
 * this test.
 */
class ParticiplePhrasesTest {

    @Test
    void whoCameIsTheNameAfterTheParticipleNotTheSubjectOfTheSentence() {
        List<Event> hindi = events("मुलाकात\nएस. जयशंकर ने मंगलवार को भारत यात्रा पर आए दक्षिण अफ्रीका के राष्ट्रपति सिरिल रामफोसा से मुलाकात की।");
        assertEquals(List.of("visitor=Cyril Ramaphosa, host=India"), roles(hindi, "Visit"));
        assertEquals(List.of("participant=S. Jaishankar, participant=Cyril Ramaphosa"), roles(hindi, "Meeting"));
        List<Event> gujarati = events("મુલાકાત\nભારતની મુલાકાતે આવેલા દક્ષિણ આફ્રિકાના પ્રમુખ સિરિલ રામાફોસાએ મંગળવારે એસ. જયશંકર સાથે મુલાકાત કરી હતી.");
        assertEquals(List.of("visitor=Cyril Ramaphosa, host=India"), roles(gujarati, "Visit"));
        assertEquals(List.of("participant=Cyril Ramaphosa, participant=S. Jaishankar"), roles(gujarati, "Meeting"));
    }

    @Test
    void aHelperVerbAfterTheParticipleMakesItTheClausesOwnVerb() {
        Event visit = only(events("दौरा\nसिरिल रामफोसा मंगलवार को भारत यात्रा पर आए थे और विदेश मंत्री एस. जयशंकर से मिले।"), "Visit");
        assertEquals("visitor=Cyril Ramaphosa", roles(visit).split(", ")[0], "'आए थे': the sentence's subject came");
    }

    @Test
    void aTitleAfterAndDoesNotSplitTwoNamesFromTheirCase() {
        assertEquals(List.of("agent=United States, target=Iran, target=Masoud Pezeshkian"), roles(events(
                "प्रतिबंध\nअमेरिका ने बुधवार को ईरान और राष्ट्रपति मसूद पेजेशकियान पर नए प्रतिबंध लगाए।"), "Sanction"));
    }
}
