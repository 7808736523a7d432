package org.samachar.eval;


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
        List<GoldEvent> events = new ArrayList<>();
        for (GoldTable.Row row : GoldTable.read(file, COLUMNS)) {
            String[] c = row.cells();
            List<String> roles = Arrays.stream(c[3].split(" ; ")).map(String::strip)
                    .filter(p -> p.indexOf('=') > 0 && p.indexOf('=') < p.length() - 1).toList();
            List<String> claimedBy = c[7].isBlank() ? List.of() : Arrays.stream(c[7].split(" ; ")).map(String::strip).toList();
            events.add(new GoldEvent(c[0], c[1], c[2], roles, c[4], c[5], c[6], claimedBy, c[9]));
        }
        return events;
    }
}
