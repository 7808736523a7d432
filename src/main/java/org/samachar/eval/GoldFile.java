package org.samachar.eval;

import org.samachar.cli.UserException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the gold annotation (format: src/test/resources/gold/README.md). */
public final class GoldFile {

    private static final int COLUMNS = 10;

    private GoldFile() {
    }

    public static List<GoldEvent> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read the gold file " + file + ": " + e.getMessage());
        }
        List<GoldEvent> events = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("article\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new UserException(file + ":" + (n + 1) + ": expected " + COLUMNS + " tab-separated columns, found " + c.length);
            }
            List<String> actors = Arrays.stream(c[3].split(" ; ")).map(p -> p.substring(p.indexOf('=') + 1).strip())
                    .filter(s -> !s.isEmpty()).toList();
            List<String> claimedBy = c[7].isBlank() ? List.of() : Arrays.stream(c[7].split(" ; ")).map(String::strip).toList();
            events.add(new GoldEvent(c[0], c[1], c[2], actors, c[4], c[5], c[6], claimedBy, c[9]));
        }
        return events;
    }
}
