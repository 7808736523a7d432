package org.samachar.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The example queries as JSON ({@code [{"name":…,"query":…}]}), for the workbench script. */
final class ExamplesServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(ExampleQueries.json().getBytes(StandardCharsets.UTF_8));
    }
}
