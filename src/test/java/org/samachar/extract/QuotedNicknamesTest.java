package org.samachar.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;
import org.samachar.pipeline.model.Mention;
import org.samachar.rdf.ReferenceData;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word in quotes after a person's full name names the person alone; on sentences written for this test. */
class QuotedNicknamesTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = TestArticles.pipeline(Gazetteer.fromGraph(ReferenceData.load().gazetteer()), ResolutionDecisions.load(), false);
    }

    private static List<String> surfacesOf(String text, String person) {
        AnalyzedArticle a = TestArticles.run(pipeline, text, LocalDate.of(2024, 3, 12));
        return a.mentions().stream().filter(m -> m.entity().name().equals(person)).map(Mention::surface).toList();
    }

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
