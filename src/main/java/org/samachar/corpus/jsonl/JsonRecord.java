package org.samachar.corpus.jsonl;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.metadata.MetadataValues;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * One line of a JSON Lines file as an article, with news-please's field names: {@code title},
 * {@code maintext}, {@code date_publish}, {@code language}, {@code source_domain}, {@code url}.
 * Trafilatura's {@code text}, {@code date} and {@code hostname} are read where news-please's are
 * missing. The text is the headline (unless the main text already has it as a line) and the main
 * text, so the text stage finds the headline first, as in a text file.
 */
public final class JsonRecord {

    /** The text and metadata of one record. */
    public record Article(String text, ArticleMetadata metadata) {
    }

    private JsonRecord() {
    }

    public static Article parse(byte[] line) throws BadArticleException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException("is not valid UTF-8");
        }
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (JsonParseException e) {
            throw new BadArticleException("is not JSON (at character " + e.getColumn() + ": "
                    + oneLine(e.getMessage().replaceFirst("^\\[line: \\d+, col: \\d+ *\\] *", "")) + ")");
        } catch (JsonException | IllegalArgumentException e) {
            throw new BadArticleException("is not JSON (" + oneLine(e.getMessage()) + ")");
        }
        if (!value.isObject()) {
            throw new BadArticleException("is JSON but not an object (one article per line is expected)");
        }
        JsonObject o = value.getAsObject();
        String body = string(o, "maintext").or(() -> string(o, "text")).map(String::strip).orElse("");
        if (body.isEmpty()) {
            throw new BadArticleException("has no 'maintext' (nor 'text'): no article text");
        }
        body = body.replace("\r\n", "\n").replace('\r', '\n');
        ArticleMetadata metadata = new ArticleMetadata(
                string(o, "title").flatMap(MetadataValues::text),
                string(o, "url").flatMap(MetadataValues::url),
                string(o, "date_publish").or(() -> string(o, "date")).flatMap(MetadataValues::date),
                string(o, "source_domain").or(() -> string(o, "sitename")).or(() -> string(o, "hostname"))
                        .flatMap(MetadataValues::text),
                string(o, "language").flatMap(MetadataValues::language),
                Optional.empty());
        String text = body;
        Optional<String> title = metadata.headline();
        if (title.isPresent() && Arrays.stream(body.split("\n")).noneMatch(l -> l.strip().equals(title.get()))) {
            text = title.get() + "\n\n" + body;
        }
        return new Article(text, metadata);
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? Optional.of(v.getAsString().value()) : Optional.empty();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() > 120 ? l.substring(0, 120) + "…" : l;
    }
}
