package org.samachar.eval;

import org.samachar.UserException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a gold annotation file: UTF-8, tab-separated, a header row, {@code #} comments and
 * blank lines skipped, every row with the same number of columns (or the file and line are named).
 */
final class GoldTable {

    /** A row's cells and its line number in the file. */
    record Row(int line, String[] cells) {
    }

    private GoldTable() {
    }

    static List<Row> read(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read the gold file " + file + ": " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new UserException(file + ":" + (n + 1) + ": expected " + columns + " tab-separated columns, found "
                        + cells.length);
            }
            rows.add(new Row(n + 1, cells));
        }
        return rows;
    }
}
