package org.samachar.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Static files from the program's own jar (the page stylesheet, the workbench script, the YASGUI
 * WebJar), so the pages need nothing from the network. Only names of plain path segments are
 * served: nothing outside {@code root} can be reached.
 */
final class ClasspathFiles extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "map", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "html", "text/html; charset=utf-8");

    private final String root;

    ClasspathFiles(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (!path.matches("[A-Za-z0-9_.@-]+(/[A-Za-z0-9_.@-]+)*") || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(root + path)) {
            if (in == null || type == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
