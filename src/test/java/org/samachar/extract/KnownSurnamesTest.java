package org.samachar.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.PersonMentions.surfacesOf;

/**
 * A known person named in full is named again by surname; on sentences written for this test
 * about a person the gazetteer gives no short name.
 */
class KnownSurnamesTest {

    @Test
    void aKnownPersonIsNamedAgainBySurname() {
        assertEquals(List.of("રણધીર જયસ્વાલે", "જયસ્વાલે"), surfacesOf(
                "બ્રીફિંગ\nપ્રવક્તા રણધીર જયસ્વાલે ગુરુવારે પત્રકારોને માહિતી આપી. પછી શ્રી જયસ્વાલે ઉમેર્યું કે વાતચીત ચાલુ છે.",
                "Randhir Jaiswal"));
        assertEquals(List.of("रणधीर जायसवाल", "जायसवाल"), surfacesOf(
                "ब्रीफिंग\nप्रवक्ता रणधीर जायसवाल ने गुरुवार को पत्रकारों से बात की। जायसवाल ने कहा कि बातचीत जारी है।",
                "Randhir Jaiswal"));
    }

    @Test
    void aSurnameAloneNamesNoOne() {
        assertEquals(List.of(), surfacesOf("ब्रीफिंग\nजायसवाल ने कहा कि बातचीत जारी है।", "Randhir Jaiswal"));
    }

    @Test
    void aSurnameTwoPeopleOfTheArticleShareNamesNeither() {
        String text = "भूटान\nराजा जिग्मे खेसर नामग्याल वांगचुक और उनके पिता जिग्मे सिंग्ये वांगचुक समारोह में थे। "
                + "वांगचुक ने मेहमानों का स्वागत किया।";
        assertEquals(List.of("जिग्मे खेसर नामग्याल वांगचुक"), surfacesOf(text, "Jigme Khesar Namgyel Wangchuck"));
        assertEquals(List.of("जिग्मे सिंग्ये वांगचुक"), surfacesOf(text, "Jigme Singye Wangchuck"));
    }
}
