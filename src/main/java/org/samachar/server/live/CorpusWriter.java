package org.samachar.server.live;

import org.samachar.corpus.Manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts an article posted to the server into the corpus folder as a user would: its text file and
 * its row of {@code manifest.tsv}, so that a build of the folder from scratch gives the same
 * store. The file is written under a dot name (which the corpus ignores) and moved into place, so
 * neither the watcher nor a build ever reads half of it; the manifest is rewritten whole the same
 * way, keeping its header's column order and every other row as it was.
 */
final class CorpusWriter {

    static final String HEADER = "file\tlanguage\tpublished\tpublisher";

    private final Path dir;

    CorpusWriter(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes {@code NAME.txt} and its manifest row ({@code fields}: column name → value, among
     * language, published, publisher). The row goes in first: a text file that appeared without
     * its row would be built once with its language guessed.
     */
    synchronized void add(String fileName, byte[] text, Map<String, String> fields) throws IOException {
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        List<String> lines = Files.isRegularFile(manifest)
                ? new ArrayList<>(Files.readAllLines(manifest, StandardCharsets.UTF_8)) : new ArrayList<>();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            lines.clear();
            lines.add(HEADER);
        }
        String[] columns = lines.get(0).replace("\uFEFF", "").split("\t", -1);
        String[] cells = new String[columns.length];
        boolean hasFile = false;
        for (int i = 0; i < columns.length; i++) {
            String column = columns[i].trim().toLowerCase(Locale.ROOT);
            hasFile |= column.equals("file");
            cells[i] = column.equals("file") ? fileName : fields.getOrDefault(column, "");
        }
        if (!hasFile) {
            throw new IOException(manifest + " has no 'file' column in its header");
        }
        lines.add(String.join("\t", cells));
        replace(manifest, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        replace(dir.resolve(fileName), text);
    }

    /** Whether the folder has this file, or the manifest a row for it (which would override the posted fields). */
    boolean knows(String fileName) throws IOException {
        if (Files.exists(dir.resolve(fileName))) {
            return true;
        }
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        return Files.isRegularFile(manifest) && Manifest.read(manifest).entry(fileName).isPresent();
    }

    /** Takes back what {@link #add} wrote (the row and the file), for an article the build refused after all. */
    synchronized void remove(String fileName) throws IOException {
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (Files.isRegularFile(manifest)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
            int column = lines.isEmpty() ? -1 : fileColumn(lines.get(0));
            if (column >= 0 && lines.subList(1, lines.size()).removeIf(l -> {
                String[] cells = l.split("\t", -1);
                return cells.length > column && cells[column].trim().equals(fileName);
            })) {
                replace(manifest, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.deleteIfExists(dir.resolve(fileName));
    }

    private static int fileColumn(String header) {
        String[] columns = header.replace("\uFEFF", "").split("\t", -1);
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].trim().toLowerCase(Locale.ROOT).equals("file")) {
                return i;
            }
        }
        return -1;
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".posting");
        Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
