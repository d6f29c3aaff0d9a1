package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.names.RecognizedName;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The committed models on the development data of {@code ../shared/ner} (issue 13's bars: per-document F1 at least
 * 0.85 on CoNLL-2003 dev and on the Milliyet development split), and every figure of the {@code ## Name recognizer}
 * tables of docs/QUALITY.md recomputed: the committed model must score what the docs say.
 */
class NameRecognizerEvaluationTest {

    private static final double BAR = 0.85;
    private static final Pattern ROW =
            Pattern.compile("^\\| (CoNLL-2003 dev|Milliyet dev split) \\| (mention|document) \\| (PER|ORG|LOC|ALL) \\| "
                    + "([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|");
    private static StatisticalNameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = (StatisticalNameRecognizer) NameModels.bundled();
    }

    private static Map<String, NerScores> scores() throws IOException {
        assumeTrue(
                SharedData.present("ner/en-conll2003/dev.txt") && SharedData.present("ner/tr-milliyet/train.txt"),
                "../shared/ner not present");
        Map<String, NerScores> s = new HashMap<>();
        s.put(
                "CoNLL-2003 dev",
                NerScores.of(recognizer, NerCorpora.conll(SharedData.resolve("ner/en-conll2003/dev.txt")), "en"));
        s.put(
                "Milliyet dev split",
                NerScores.of(
                        recognizer,
                        NerCorpora.milliyetSplit(
                                NerCorpora.milliyet(SharedData.resolve("ner/tr-milliyet/train.txt")), true),
                        "tr"));
        return s;
    }

    @Test
    void perDocumentF1MeetsTheBarAndQualityMdSaysWhatTheModelScores() throws IOException {
        Map<String, NerScores> scores = scores();
        scores.forEach((set, s) -> System.out.print(s.report(set)));
        assertThat(scores.get("CoNLL-2003 dev").f1("document", "ALL")).isGreaterThanOrEqualTo(BAR);
        assertThat(scores.get("Milliyet dev split").f1("document", "ALL")).isGreaterThanOrEqualTo(BAR);

        int rows = 0;
        for (String line : Files.readAllLines(Path.of("docs/QUALITY.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                NerScores s = scores.get(m.group(1));
                assertThat(String.format(Locale.ROOT, "%.3f", s.f1(m.group(2), m.group(3))))
                        .as("docs/QUALITY.md: %s", line)
                        .isEqualTo(m.group(6));
                rows++;
            }
        }
        assertThat(rows)
                .as("rows of the Name recognizer tables in docs/QUALITY.md")
                .isEqualTo(16);
    }

    /**
     * Recall of the recognizer alone on the tr-financial-news gold (Person, Company, Institution, Organization,
     * Country, City, Location): a gold name counts as found when some recognized name of its article has the same
     * spelling key, whatever its type (the gold's own types do not map one to one onto ours).
     */
    @Test
    void recallOnTurkishFinancialNews() throws IOException {
        Path gold = SharedData.resolve("realworld/gold/tr-financial-news-entities.json");
        assumeTrue(Files.exists(gold), "tr-financial-news gold not present");
        Map<String, String> textByTitle = new HashMap<>();
        try (Stream<Path> files = Files.walk(SharedData.resolve("realworld/text/tr-financial-news"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                textByTitle.put(NerScores.spellingKey(text.lines().findFirst().orElse("")), text);
            }
        }
        Set<String> types = Set.of("Person", "Company", "Institution", "Organization", "Country", "City", "Location");
        long found = 0;
        long total = 0;
        for (JsonNode article : new ObjectMapper().readTree(gold.toFile())) {
            String text =
                    textByTitle.get(NerScores.spellingKey(article.path("title").asString("")));
            if (text == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (RecognizedName r : recognizer.recognize(text, "tr")) {
                seen.add(NerScores.spellingKey(r.surface(text)));
            }
            List<String> names = new ArrayList<>();
            for (JsonNode e : article.path("entities")) {
                if (types.contains(e.path("type").asString(""))) {
                    names.add(NerScores.spellingKey(
                            e.path("attributes").path("name").asString("")));
                }
            }
            for (String n : new HashSet<>(names)) {
                total++;
                found += seen.contains(n) ? 1 : 0;
            }
        }
        assumeTrue(total > 0, "no gold article matched a text file");
        System.out.printf(
                Locale.ROOT,
                "tr-financial-news recall (recognizer alone): %.3f of %d%n",
                (double) found / total,
                total);
        assertThat((double) found / total)
                .as("an unmeasured floor: catches a broken recognizer")
                .isGreaterThan(0.25);
    }
}
