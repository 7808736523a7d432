package org.samachar.server.live;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.samachar.UserException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A read-only command run by the server on the store it holds, for {@code export} and
 * {@code explain} while it runs: {@code GET} with the command's options as parameters, the output
 * as the body. A user mistake (a {@link UserException}) is a {@code 400} with its one line.
 */
final class ReadEndpoint extends BaseActionREST {

    private final StoreReading reading;
    private final String contentType;

    ReadEndpoint(StoreReading reading, String contentType) {
        this.reading = reading;
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        try {
            response.setContentType(contentType);
            action.setResponseStatus(200);
            reading.write(action.getDataset(), action::getRequestParameter, response.getOutputStream());
        } catch (UserException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                action.setResponseStatus(400);
                response.setStatus(400);
                response.setContentType("text/plain; charset=utf-8");
                try {
                    response.getOutputStream().write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException gone) {
                    // the client went away
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away in the middle of the output
        }
    }
}
