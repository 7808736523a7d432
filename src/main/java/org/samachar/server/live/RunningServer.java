package org.samachar.server.live;

import org.samachar.UserException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code samachar serve} that holds a store, as the other commands reach it: they go through it
 * instead of stopping at the store's lock. Found by the {@link ServerFile} in the store folder and
 * a ping.
 */
public final class RunningServer {

    private static final Duration PING = Duration.ofSeconds(3);

    private final ServerFile file;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PING).build();

    private RunningServer(ServerFile file) {
        this.file = file;
    }

    /** The server holding {@code storeDir}, when its file is there and it answers. */
    public static Optional<RunningServer> find(Path storeDir) {
        return ServerFile.read(storeDir).map(RunningServer::new).filter(RunningServer::answers);
    }

    private boolean answers() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(file.url() + "$/ping")).timeout(PING)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server's base URL, ending with '/'. */
    public String url() {
        return file.url();
    }

    /** The SPARQL query endpoint. */
    public String sparql() {
        return file.url() + "kg/sparql";
    }

    /**
     * GET {@code path} with {@code params}; the body as a stream when the answer is 200, else a
     * {@link UserException} with the server's one-line message.
     */
    public InputStream get(String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(file.url() + path + (query.isEmpty() ? "" : "?" + query)))
                .GET().build();
        return ok(send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** POST {@code path} with the token; the answer whatever its status. */
    public HttpResponse<InputStream> postWithToken(String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(file.url() + path))
                .header(ServerFile.TOKEN_HEADER, file.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UserException("the server at " + file.url() + " holds the store but did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while waiting for the server at " + file.url());
        }
    }

    private InputStream ok(HttpResponse<InputStream> response) {
        if (response.statusCode() == 200) {
            return response.body();
        }
        throw new UserException(message(response));
    }

    /** The server's message of a refused request, as one line. */
    public static String message(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            String text = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
            int line = text.indexOf('\n');
            return (line < 0 ? text : text.substring(0, line)) + " (HTTP " + response.statusCode() + ")";
        } catch (IOException e) {
            return "HTTP " + response.statusCode();
        }
    }
}
