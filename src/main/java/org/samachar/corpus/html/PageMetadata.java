package org.samachar.corpus.html;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.metadata.MetadataValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page's metadata, each field from the first of: JSON-LD {@code NewsArticle} (or another
 * {@code Article} type), {@code og:} and {@code article:} meta tags, {@code <html lang>},
 * {@code <title>}, the canonical link.
 */
final class PageMetadata {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting");

    private PageMetadata() {
    }

    static ArticleMetadata read(Document doc) {
        return jsonLd(doc).orElse(metaTags(doc)).orElse(document(doc));
    }

    /** From the first JSON-LD object of an article type; a script that is not JSON is passed over. */
    static ArticleMetadata jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonValue json;
            try {
                json = JSON.parseAny(script.data());
            } catch (JsonException | IllegalArgumentException e) {
                continue; // many sites write broken JSON-LD; the meta tags come next
            }
            for (JsonObject o : objects(json)) {
                if (isArticle(o.get("@type"))) {
                    return new ArticleMetadata(string(o.get("headline")).flatMap(MetadataValues::text),
                            string(o.get("url")).or(() -> id(o.get("mainEntityOfPage"))).flatMap(MetadataValues::url),
                            string(o.get("datePublished")).flatMap(MetadataValues::date),
                            name(o.get("publisher")).flatMap(MetadataValues::text),
                            name(o.get("inLanguage")).flatMap(MetadataValues::language),
                            Optional.empty());
                }
            }
        }
        return ArticleMetadata.NONE;
    }

    static ArticleMetadata metaTags(Document doc) {
        java.util.Map<String, String> meta = new java.util.HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            meta.putIfAbsent(key.strip().toLowerCase(java.util.Locale.ROOT), m.attr("content"));
        }
        return new ArticleMetadata(Optional.ofNullable(meta.get("og:title")).flatMap(MetadataValues::text),
                Optional.ofNullable(meta.get("og:url")).flatMap(MetadataValues::url),
                Optional.ofNullable(meta.get("article:published_time")).flatMap(MetadataValues::date),
                Optional.ofNullable(meta.get("og:site_name")).flatMap(MetadataValues::text),
                Optional.ofNullable(meta.get("og:locale")).flatMap(MetadataValues::language),
                Optional.empty());
    }

    /** {@code <html lang>}, {@code <title>} and the canonical link. */
    static ArticleMetadata document(Document doc) {
        Element html = doc.selectFirst("html");
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return new ArticleMetadata(Optional.of(doc.title()).flatMap(MetadataValues::text),
                Optional.ofNullable(canonical).map(l -> l.attr("href")).flatMap(MetadataValues::url),
                Optional.empty(), Optional.empty(),
                Optional.ofNullable(html).map(h -> h.attr("lang")).flatMap(MetadataValues::language),
                Optional.empty());
    }


    /** The objects of a JSON-LD value: itself, the members of an array, the nodes of an {@code @graph}. */
    private static List<JsonObject> objects(JsonValue v) {
        List<JsonObject> out = new ArrayList<>();
        if (v.isArray()) {
            v.getAsArray().forEach(x -> out.addAll(objects(x)));
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            out.add(o);
            if (o.hasKey("@graph")) {
                out.addAll(objects(o.get("@graph")));
            }
        }
        return out;
    }

    private static boolean isArticle(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            JsonArray a = type.getAsArray();
            return a.stream().anyMatch(PageMetadata::isArticle);
        }
        return type.isString() && ARTICLE_TYPES.contains(type.getAsString().value().replaceFirst("^.*[/#:]", ""));
    }

    private static Optional<String> string(JsonValue v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v.isArray() && !v.getAsArray().isEmpty()) {
            return string(v.getAsArray().get(0));
        }
        return v.isString() ? Optional.of(v.getAsString().value()) : Optional.empty();
    }

    /** A string, or the {@code name} of an object (a publisher, a language). */
    private static Optional<String> name(JsonValue v) {
        if (v != null && v.isObject()) {
            JsonObject o = v.getAsObject();
            return string(o.get("name")).or(() -> string(o.get("alternateName")));
        }
        return string(v);
    }

    /** A string, or the {@code @id} (or {@code url}) of an object ({@code mainEntityOfPage}). */
    private static Optional<String> id(JsonValue v) {
        if (v != null && v.isObject()) {
            return string(v.getAsObject().get("@id")).or(() -> string(v.getAsObject().get("url")));
        }
        return string(v);
    }
}
