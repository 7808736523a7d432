package org.samachar.server.live;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.samachar.corpus.CorpusProblem;
import org.samachar.store.BuildReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;

/**
 * {@code POST /kg/build}: {@code samachar build} of a store that a server holds. The build is
 * queued as a batch of the live ingest (it joins one waiting to start) and answered when it is
 * done: the problems, one a line, then the summary; the header {@value #FAILED} says how many
 * articles could not be built. Only the store's owner may ask: the request must carry the token
 * of the {@link ServerFile}.
 */
final class BuildRequest extends BaseActionREST {

    static final String FAILED = "X-Samachar-Failed";

    private final LiveIngest ingest;
    private final String token;

    BuildRequest(LiveIngest ingest, String token) {
        this.ingest = ingest;
        this.token = token;
    }

    @Override
    protected void doPost(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        String given = action.getRequestHeader(ServerFile.TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            write(action, response, 403, "only the owner of the store may ask for a build (the token of "
                    + ServerFile.NAME + " is missing or wrong)\n", 0);
            return;
        }
        String corpus = action.getRequestParameter("corpus");
        Path served = ingest.corpusDir().toAbsolutePath().normalize();
        if (corpus != null && !Path.of(corpus).toAbsolutePath().normalize().equals(served)) {
            write(action, response, 409, "the server on this store builds from " + served + ", not " + corpus
                    + "; stop it to build from another folder\n", 0);
            return;
        }
        String annotations = action.getRequestParameter("annotations");
        if (annotations != null && !annotations.equals(ingest.annotations().toString())) {
            write(action, response, 409, "the server on this store builds with --annotations " + ingest.annotations()
                    + ", not " + annotations + "; stop it to build with other annotations\n", 0);
            return;
        }
        try {
            BuildReport report = ingest.request().done().get();
            StringBuilder text = new StringBuilder();
            for (CorpusProblem p : report.problems()) {
                text.append(p.warning() ? "warning: " : "error: ").append(p).append('\n');
            }
            text.append("build: ").append(report.summary()).append('\n');
            write(action, response, 200, text.toString(), report.failed());
        } catch (ExecutionException e) {
            write(action, response, 500, "the build failed: " + e.getCause().getMessage() + "\n", 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(action, response, 503, "interrupted\n", 0);
        }
    }

    private static void write(HttpAction action, HttpServletResponse response, int status, String text, int failed) {
        action.setResponseStatus(status);
        response.setStatus(status);
        response.setHeader(FAILED, Integer.toString(failed));
        response.setContentType("text/plain; charset=utf-8");
        try {
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away; the build ran all the same
        }
    }
}
