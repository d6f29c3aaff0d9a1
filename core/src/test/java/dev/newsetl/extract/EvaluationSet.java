package dev.newsetl.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The annotated evaluation set under {@code src/test/resources/eval}: article files and their ground truth. */
final class EvaluationSet {

    static final Path ROOT = Path.of("core/src/test/resources/eval");

    /** One quote as annotated; {@code speaker} and {@code entityId} may be null. */
    record ExpectedQuote(String quote, String speaker, String entityId) {}

    /** One article's ground truth, one object of {@code expected.json}. */
    record ExpectedArticle(
            String file,
            String title,
            Instant publishedAt,
            String dateSource,
            String language,
            Map<String, Integer> entities,
            Set<String> agencies,
            List<ExpectedQuote> quotes) {

        byte[] bytes() {
            try {
                return Files.readAllBytes(ROOT.resolve("articles").resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException("eval article " + file, e);
            }
        }
    }

    private EvaluationSet() {}

    static List<ExpectedArticle> load() {
        JsonNode root =
                new ObjectMapper().readTree(ROOT.resolve("expected.json").toFile());
        List<ExpectedArticle> out = new ArrayList<>();
        for (JsonNode a : root) {
            Map<String, Integer> entities = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : a.get("entities").properties()) {
                entities.put(e.getKey(), e.getValue().intValue());
            }
            Set<String> agencies = new LinkedHashSet<>();
            a.get("agencies").forEach(n -> agencies.add(n.stringValue()));
            List<ExpectedQuote> quotes = new ArrayList<>();
            a.get("quotes")
                    .forEach(q -> quotes.add(
                            new ExpectedQuote(q.get("quote").stringValue(), text(q, "speaker"), text(q, "entity_id"))));
            String published = text(a, "published_at");
            out.add(new ExpectedArticle(
                    a.get("file").stringValue(),
                    text(a, "title"),
                    published == null ? null : Instant.parse(published),
                    text(a, "date_source"),
                    text(a, "language"),
                    entities,
                    agencies,
                    quotes));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.stringValue();
    }
}
