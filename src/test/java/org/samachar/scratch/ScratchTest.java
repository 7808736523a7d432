package org.samachar.scratch;

import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ResolutionDecisions;
import org.samachar.pipeline.Pipeline;
import org.samachar.pipeline.model.Event;
import org.samachar.rdf.ReferenceData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

class ScratchTest {
    @Test
    void run() throws Exception {
        Pipeline pipeline = TestArticles.pipeline(Gazetteer.fromGraph(ReferenceData.load().gazetteer()), ResolutionDecisions.load(), true);
        for (String text : Files.readString(Path.of("/tmp/scratch.txt")).split("\n====\n")) {
            var a = TestArticles.run(pipeline, text, LocalDate.of(2024, 3, 12));
            System.out.println("TEXT " + text.replace('\n', ' '));
            a.mentions().forEach(m -> System.out.println("  MENTION " + m));
            for (Event e : a.events())
                System.out.println("  EV " + e.type() + " [" + e.trigger() + "] " + e.roles().stream().map(r -> r.role() + "=" + r.entity().name()).collect(Collectors.joining(", ")) + " " + e.time() + " " + e.modality());
        }
    }
}
