package org.samachar.server.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.samachar.corpus.ArticleDecoder;
import org.samachar.corpus.CorpusProblem;
import org.samachar.store.BuildReport;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * {@code POST /kg/articles}: one article into the running store. The body is the article's plain
 * text ({@code text/plain}, its manifest fields as parameters {@code file}, {@code language},
 * {@code published}, {@code publisher}), or a JSON object with those fields and {@code text}.
 * The article goes into the corpus folder (file and manifest row, {@link CorpusWriter}) and through
 * the next batch of the live ingest; the answer comes once its graph is in the store: {@code 201}
 * with the article's IRI, its graph and the events it reports (the events graph follows). Bad input
 * is a {@code 400} with the build's own one-line message, and what was written to the corpus for it
 * is taken back; a file or row the corpus has already is a {@code 409}; a body over the build's
 * limit for a text file a {@code 413}. Who may post is Fuseki's business: the endpoint is
 * registered with the admin-only policy, like {@code /kg/update}.
 */
final class ArticleUpload extends BaseActionREST {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleUpload.class);
    /** The build's limit for a text file: a larger one would be refused by the build anyway. */
    static final long MAX_BYTES = ArticleDecoder.MAX_BYTES;
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.txt");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final long WAIT_MINUTES = 10;

    private final LiveIngest ingest;
    private final CorpusWriter corpus;

    ArticleUpload(LiveIngest ingest) {
        this.ingest = ingest;
        this.corpus = new CorpusWriter(ingest.corpusDir());
    }

    /** A refusal: its status and one line for the client. */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** What was posted. */
    private record Posted(String file, byte[] text, Map<String, String> fields) {
    }

    @Override
    protected void doPost(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        try {
            Posted posted = read(action.getRequest());
            String where = ingest.corpusDir().resolve(posted.file()).toString();
            if (corpus.knows(posted.file())) {
                throw new Refused(409, where + ": the corpus has this file or a manifest row for it already;"
                        + " change the file itself, or post under another name");
            }
            corpus.add(posted.file(), posted.text(), posted.fields());
            LOG.info("{}: posted ({} bytes), building", where, posted.text().length);
            String id = posted.file().substring(0, posted.file().length() - ".txt".length());
            Node graph = Iris.articleGraph(id);
            LiveIngest.Batch batch = ingest.request();
            boolean written = batch.written(graph).get(WAIT_MINUTES, TimeUnit.MINUTES);
            if (!written && !inStore(action.getDataset(), graph)) {
                BuildReport report = batch.done().get(WAIT_MINUTES, TimeUnit.MINUTES);
                refuseAfterBuild(report, where, posted.file());
            }
            answer(action, response, id, graph, where);
        } catch (Refused r) {
            text(action, response, r.status, r.getMessage());
        } catch (IOException e) {
            LOG.error("POST /kg/articles: {}", e.getMessage());
            text(action, response, 500, "cannot write to the corpus folder: " + e.getMessage());
        } catch (ExecutionException e) {
            text(action, response, 500, "the build failed: " + e.getCause().getMessage() + " (the server log has more)");
        } catch (TimeoutException e) {
            text(action, response, 503, "the article is in the corpus, but the store did not take it within "
                    + WAIT_MINUTES + " minutes; it will be built");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text(action, response, 503, "interrupted; the article is in the corpus and will be built");
        }
    }

    private Posted read(HttpServletRequest request) throws IOException, Refused {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw new Refused(413, "the article has " + declared + " bytes; at most " + MAX_BYTES + " are taken");
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> values = new LinkedHashMap<>();
        byte[] text;
        if (type.startsWith("application/json")) {
            JsonObject json;
            try {
                json = JSON.parse(new String(body(request), StandardCharsets.UTF_8));
            } catch (JsonParseException e) {
                throw new Refused(400, "the body is not a JSON object: " + e.getMessage().replace('\n', ' '));
            }
            for (String key : List.of("file", "id", "language", "published", "publisher", "text")) {
                JsonValue v = json.get(key);
                if (v != null && !v.isNull()) {
                    if (!v.isString()) {
                        throw new Refused(400, "'" + key + "' must be a JSON string");
                    }
                    values.put(key, v.getAsString().value());
                }
            }
            if (!values.containsKey("text")) {
                throw new Refused(400, "the JSON object has no 'text' (the article as plain text)");
            }
            text = values.get("text").getBytes(StandardCharsets.UTF_8);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            for (String key : List.of("file", "id", "language", "published", "publisher", "text")) {
                if (request.getParameter(key) != null) {
                    values.put(key, request.getParameter(key));
                }
            }
            if (!values.containsKey("text")) {
                throw new Refused(400, "the form has no 'text' field (the article as plain text)");
            }
            text = values.get("text").getBytes(StandardCharsets.UTF_8);
        } else {
            for (String key : List.of("file", "id", "language", "published", "publisher")) {
                if (request.getParameter(key) != null) {
                    values.put(key, request.getParameter(key));
                }
            }
            text = body(request);
        }
        if (text.length > MAX_BYTES) {
            throw new Refused(413, "the article has more than " + MAX_BYTES + " bytes");
        }
        return new Posted(fileName(values), text, fields(values));
    }

    private static String fileName(Map<String, String> values) throws Refused {
        String file = values.getOrDefault("file", values.get("id"));
        if (file == null || file.isBlank()) {
            throw new Refused(400, "give the article's file name: file=NAME.txt (letters, digits, '.', '_', '-')");
        }
        file = file.strip();
        if (!file.endsWith(".txt")) {
            file = file + ".txt";
        }
        if (!FILE.matcher(file).matches()) {
            throw new Refused(400, "file name '" + file + "' must be a plain NAME.txt of letters, digits, '.', '_' and '-'");
        }
        return file;
    }

    /** The manifest fields, checked as the manifest's reader checks them, but refused rather than ignored. */
    private static Map<String, String> fields(Map<String, String> values) throws Refused {
        Map<String, String> fields = new LinkedHashMap<>();
        String language = values.getOrDefault("language", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            throw new Refused(400, "language '" + language + "' is not a 2- or 3-letter code (gu, hi, en, ...)");
        }
        fields.put("language", language);
        String published = values.getOrDefault("published", "").strip();
        if (!published.isEmpty()) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new Refused(400, "published date '" + published + "' is not a valid YYYY-MM-DD date");
            }
        }
        fields.put("published", published);
        String publisher = values.getOrDefault("publisher", "").strip();
        if (publisher.contains("\t") || publisher.contains("\n") || publisher.contains("\r")) {
            throw new Refused(400, "publisher must be one line without tabs");
        }
        fields.put("publisher", publisher);
        return fields;
    }

    private static byte[] body(HttpServletRequest request) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new Refused(413, "the article has more than " + MAX_BYTES + " bytes");
                }
            }
        }
        return out.toByteArray();
    }

    /** The build did not write the article: say why in its words, and take the file back out of the corpus. */
    private void refuseAfterBuild(BuildReport report, String where, String file) throws Refused, IOException {
        CorpusProblem problem = report.problems().stream().filter(p -> p.where().equals(where))
                .filter(p -> !p.warning()).findFirst()
                .or(() -> report.problems().stream().filter(p -> p.where().equals(where)).findFirst())
                .orElse(new CorpusProblem(where, "was not built (see the server log)", false));
        corpus.remove(file);
        ingest.request(); // the corpus changed back: let the store follow (it finds nothing to do)
        throw new Refused(problem.warning() ? 409 : 400, problem.toString());
    }

    private static boolean inStore(DatasetGraph dataset, Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graph));
    }

    private static void answer(HttpAction action, HttpServletResponse response, String id, Node graph, String where) {
        DatasetGraph dataset = action.getDataset();
        Node article = Iris.article(id);
        JsonArray events = new JsonArray();
        // Every report has a modality, in both layers (prov:wasGeneratedBy is written with full annotations only).
        Txn.executeRead(dataset, () -> dataset.find(graph, Node.ANY, Sam.modality.asNode(), Node.ANY)
                .forEachRemaining(q -> {
                    JsonObject event = new JsonObject();
                    event.put("iri", q.getSubject().getURI());
                    dataset.find(graph, q.getSubject(), RDF.type.asNode(), Node.ANY).forEachRemaining(
                            t -> event.put("type", t.getObject().getURI()));
                    events.add(event);
                }));
        JsonObject body = new JsonObject();
        body.put("article", article.getURI());
        body.put("graph", graph.getURI());
        body.put("file", where);
        body.put("events", events);
        response.setHeader("Location", article.getURI());
        action.setResponseStatus(201);
        response.setStatus(201);
        response.setContentType("application/json; charset=utf-8");
        try {
            response.getOutputStream().write((body + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("client gone before the answer", e);
        }
    }

    private static void text(HttpAction action, HttpServletResponse response, int status, String message) {
        action.setResponseStatus(status);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        try {
            response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("client gone before the answer", e);
        }
    }
}
