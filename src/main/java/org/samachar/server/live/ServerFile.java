package org.samachar.server.live;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file a running server leaves in its store folder ({@value #NAME}) so that the commands
 * find it instead of stopping at the store's lock: the server's URL and a random token. The token
 * lets a command ask the server to build without the admin password: whoever can read the file (it
 * is private to the server's user) can write the store folder anyway. Written when the server has
 * started, removed when it stops; one left by a killed server is recognised because nothing
 * answers at its URL ({@link RunningServer#find}), and the next server overwrites it.
 *
 * @param url   the server's base URL, ending with '/'
 * @param token the secret for requests only the store's owner may make
 */
public record ServerFile(String url, String token) {

    public static final String NAME = "samachar-server.properties";
    /** The header that carries the token. */
    public static final String TOKEN_HEADER = "X-Samachar-Token";

    /** A new random token, for a server about to start. */
    public static String newToken() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** Writes the file into {@code storeDir}, readable by its owner only. */
    public void write(Path storeDir) throws IOException {
        Path tmp = storeDir.resolve("." + NAME + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("token", token);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "samachar serve is running on this store; removed when it stops");
        }
        Files.move(tmp, storeDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file, if it is this server's (a newer server may have written its own). */
    public void remove(Path storeDir) {
        try {
            if (read(storeDir).filter(this::equals).isPresent()) {
                Files.deleteIfExists(storeDir.resolve(NAME));
            }
        } catch (IOException e) {
            // left behind: the next command finds no server at its URL and ignores it
        }
    }

    /** The file in {@code storeDir}, when there is a readable one. */
    public static Optional<ServerFile> read(Path storeDir) {
        Path file = storeDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String url = p.getProperty("url");
        String token = p.getProperty("token");
        return url == null || token == null ? Optional.empty() : Optional.of(new ServerFile(url, token));
    }
}
