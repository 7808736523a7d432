package org.samachar.server.live;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;

/**
 * Adds the live endpoints to a server's builder, as Fuseki operations of the dataset {@code /kg},
 * so that Fuseki's own access control applies to them as to {@code /kg/update}:
 * <ul>
 *   <li>{@code POST /kg/articles} — one article in (admin login);</li>
 *   <li>{@code POST /kg/build} — a build request from the {@code build} command (the token);</li>
 *   <li>{@code GET /kg/live} — whether the ingest is busy (open);</li>
 *   <li>{@code GET /kg/export}, {@code GET /kg/explain} — the read-only commands, run by the server.</li>
 * </ul>
 */
public final class LiveEndpoints {

    public static final String DATASET = "/kg";
    private static final String NS = "https://w3id.org/samachar/fuseki#";

    private LiveEndpoints() {
    }

    /** Who may post articles: the user of Samachar's password file. */
    public static FusekiServer.Builder articles(FusekiServer.Builder builder, LiveIngest ingest, String adminUser) {
        Operation op = Operation.alloc(NS + "articles", "samachar-articles", "Samachar: one article in");
        return builder.registerOperation(op, new ArticleUpload(ingest))
                .addEndpoint(DATASET, "articles", op, Auth.policyAllowSpecific(adminUser));
    }

    /** {@code GET /kg/live}: the ingest's state, open like the query endpoint. */
    public static FusekiServer.Builder status(FusekiServer.Builder builder, LiveIngest ingest) {
        Operation op = Operation.alloc(NS + "live", "samachar-live", "Samachar: live ingest status");
        return builder.registerOperation(op, new LiveStatus(ingest)).addEndpoint(DATASET, "live", op, null);
    }

    /** The build command's way in while this server holds the store. */
    public static FusekiServer.Builder build(FusekiServer.Builder builder, LiveIngest ingest, String token) {
        Operation op = Operation.alloc(NS + "build", "samachar-build", "Samachar: build request");
        return builder.registerOperation(op, new BuildRequest(ingest, token))
                .addEndpoint(DATASET, "build", op, null);
    }

    /** A read-only command at {@code /kg/NAME}. */
    public static FusekiServer.Builder read(FusekiServer.Builder builder, String name, StoreReading reading,
                                            String contentType) {
        Operation op = Operation.alloc(NS + name, "samachar-" + name, "Samachar: " + name);
        return builder.registerOperation(op, new ReadEndpoint(reading, contentType))
                .addEndpoint(DATASET, name, op, null);
    }
}
