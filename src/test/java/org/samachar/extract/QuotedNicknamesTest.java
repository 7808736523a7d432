package org.samachar.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.PersonMentions.surfacesOf;

/** A word in quotes after a person's full name names the person alone; on sentences written for this test. */
class QuotedNicknamesTest {

    @Test
    void aQuotedWordAfterTheFullNameNamesThePerson() {
        assertEquals(List.of("पुष्प कमल दहल", "प्रचंड", "प्रचंड"), surfacesOf(
                "नेपाल\nप्रधानमंत्री पुष्प कमल दहल 'प्रचंड' गुरुवार को काठमांडू लौटे। बाद में प्रचंड ने संसद को संबोधित किया।",
                "Pushpa Kamal Dahal"));
    }

    @Test
    void aWordNotQuotedAfterANameIsNoNickname() {
        assertEquals(List.of("पुष्प कमल दहल"), surfacesOf(
                "नेपाल\nप्रधानमंत्री पुष्प कमल दहल गुरुवार को काठमांडू लौटे। बाद में गुरुवार को संसद की बैठक हुई।",
                "Pushpa Kamal Dahal"));
    }
}
