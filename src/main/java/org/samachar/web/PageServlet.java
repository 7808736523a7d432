package org.samachar.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every HTML page of Samachar does the same way: pick the language, read the graph in a
 * read transaction, add the page frame (title, language switch, search box, data links), render
 * the template, and send it with the headers a page of untrusted text needs.
 */
abstract class PageServlet extends HttpServlet {

    /** Pages run no inline script; the workbench loads its scripts from this server only. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    final Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    record Choice(String lang, String label, String href, boolean current) {
    }

    /**
     * Renders {@code template} with the model {@code build} makes from the graph, in the
     * request's language; {@code dataLinks} are the other formats of the same resource.
     */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String template,
              Function<GraphView, Map<String, Object>> build, List<Choice> dataLinks) throws IOException {
        String lang = Negotiation.language(request);
        DatasetGraph dataset = site.dataset(getServletContext()).orElse(null);
        if (dataset == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "no dataset at " + Site.DATASET);
            return;
        }
        Map<String, Object> model = new HashMap<>(Txn.calculateRead(dataset,
                () -> build.apply(new GraphView(dataset, lang, site.base))));
        Map<String, String> t = site.messages.in(lang);
        model.put("t", t);
        model.put("lang", lang);
        model.put("languages", languages(request, lang));
        model.put("dataLinks", dataLinks);
        model.putIfAbsent("query", "");
        // Mustache cannot ask whether a list is empty; has_X says it, for headings around lists.
        for (Map.Entry<String, Object> e : List.copyOf(model.entrySet())) {
            if (e.getValue() instanceof List<?> list) {
                model.put("has_" + e.getKey(), !list.isEmpty());
            }
        }
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Vary", "Accept, Accept-Language");
        response.setHeader("Content-Language", lang);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        site.render(template, model, out);
    }

    String contentSecurityPolicy() {
        return CONTENT_SECURITY_POLICY;
    }

    /** Links to this page in each language, keeping the other parameters. */
    private static List<Choice> languages(HttpServletRequest request, String current) {
        List<Choice> out = new ArrayList<>();
        for (String lang : Negotiation.LANGUAGES) {
            out.add(new Choice(lang, switch (lang) {
                case "gu" -> "ગુજરાતી";
                case "hi" -> "हिन्दी";
                default -> "English";
            }, withParameter(request, "lang", lang), lang.equals(current)));
        }
        return out;
    }

    /** This request's path and parameters, with {@code name} set to {@code value}. */
    static String withParameter(HttpServletRequest request, String name, String value) {
        StringBuilder b = new StringBuilder(request.getRequestURI());
        char sep = '?';
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals(name)) {
                continue;
            }
            for (String v : e.getValue()) {
                b.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return b.append(sep).append(encode(name)).append('=').append(encode(value)).toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
