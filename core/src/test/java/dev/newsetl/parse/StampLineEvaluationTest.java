package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.read.TextDecoder;
import dev.newsetl.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publication-time lines on real text (../shared/realworld): how many ECB+ web texts get a headline and a date from
 * them, how often a GVA stamp agrees with the date the set gives, and that the rule leaves the other corpora alone.
 * Figures go to docs/QUALITY.md ("Stamp lines").
 */
class StampLineEvaluationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path STORIES = SharedData.resolve("realworld/stories");

    private final ArticleParser parser = new ArticleParser();

    /** Texts of a story set, parsed, with the set's own id and date. */
    private record Parsed(String id, String givenDate, ParsedArticle article) {}

    private List<Parsed> storySet(String file) throws IOException {
        Path set = STORIES.resolve(file);
        assumeTrue(Files.isRegularFile(set), "../shared/realworld/stories is not beside this checkout");
        List<Parsed> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(set, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                String text = o.path("text").asString();
                String date = o.path("date").isNull() ? null : o.path("date").asString();
                // only the parse is kept: the text is dropped once checked, so memory stays small
                ParsedArticle a = parser.parse(text);
                assertNothingLost(o.path("id").asString(), text, a);
                out.add(new Parsed(o.path("id").asString(), date, a));
            }
        }
        return out;
    }

    /** The stamp lines taken out are the text's own lines and are not in the body. */
    private static void assertNothingLost(String id, String text, ParsedArticle a) {
        for (String f : a.furniture()) {
            if (StampLine.read(f) != null) {
                assertThat(text).as(id).contains(f);
                assertThat(a.paragraphs()).as(id).doesNotContain(f);
            }
        }
        if (a.title() != null) {
            assertThat(StampLine.read(a.title()))
                    .as("%s title %s", id, a.title())
                    .isNull();
        }
    }

    @Test
    void ecbPlusWebTextsGetTheirHeadlineAndDate() throws IOException {
        List<Parsed> all = storySet("ecbplus.jsonl");
        int[] web = new int[3]; // texts, with a title, with a date: ECB+'s added half, texts exported from web pages
        int[] original = new int[3]; // the same for the original ECB texts
        for (Parsed p : all) {
            int[] counts = p.id().endsWith("ecbplus") ? web : original;
            counts[0]++;
            counts[1] += p.article().title() != null ? 1 : 0;
            counts[2] += p.article().stampedAt() != null ? 1 : 0;
        }
        double titled = (double) web[1] / web[0];
        double dated = (double) web[2] / web[0];
        System.out.printf(
                "ECB+ web texts (ecbplus): %d, with a title %d (%.2f), with a date %d (%.2f); ECB texts (ecb): %d,"
                        + " with a title %d, with a date %d%n",
                web[0], web[1], titled, web[2], dated, original[0], original[1], original[2]);
        assertThat(titled).as("titled share, measured 0.85").isGreaterThanOrEqualTo(0.78);
        assertThat(dated).as("dated share, measured 0.73").isGreaterThanOrEqualTo(0.65);
        // the original ECB texts are first paragraphs without page furniture: nothing there is a stamp
        assertThat(original[2]).isZero();
    }

    @Test
    void gunViolenceStampsAgreeWithTheGivenDate() throws IOException {
        List<Parsed> all = storySet("gva.jsonl");
        int stamped = 0;
        int sameDay = 0;
        int withinADay = 0;
        List<String> apart = new ArrayList<>();
        for (Parsed p : all) {
            if (p.article().stampedAt() == null || p.givenDate() == null) {
                continue;
            }
            stamped++;
            LocalDate stamp = LocalDate.ofInstant(p.article().stampedAt(), ZoneOffset.UTC);
            long days = Math.abs(ChronoUnit.DAYS.between(stamp, LocalDate.parse(p.givenDate())));
            sameDay += days == 0 ? 1 : 0;
            withinADay += days <= 1 ? 1 : 0;
            if (days > 1) {
                apart.add(p.id() + " " + stamp + " vs " + p.givenDate());
            }
        }
        System.out.printf(
                "GVA: %d of %d texts dated by a stamp line; same day as the set's date %d, within a day %d; apart: %s%n",
                stamped, all.size(), sameDay, withinADay, apart);
        assertThat(stamped).isPositive();
        assertThat((double) withinADay / stamped).as("measured 0.97").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theOtherCorporaAreLeftAlone() throws IOException {
        Path root = SharedData.resolve("realworld/text");
        assumeTrue(Files.isDirectory(root), "shared corpus absent: " + root);
        TextDecoder decoder = new TextDecoder();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> touched = new ArrayList<>();
        for (Path file : files) {
            Decoded d = decoder.decode(Files.readAllBytes(file));
            if (!(d instanceof DecodedText text)) {
                continue;
            }
            ParsedArticle a = parser.parse(text.text());
            assertNothingLost(root.relativize(file).toString(), text.text(), a);
            boolean stamp = a.furniture().stream().anyMatch(f -> StampLine.read(f) != null);
            // a first line ending in a full stop inside quotes or brackets is no longer a headline
            String first =
                    LineCleaner.clean(text.text().strip().lines().findFirst().orElse(""));
            boolean quotedStop = a.title() == null && HeadlineRule.endsInFullStop(first) && !first.endsWith(".");
            if (stamp || quotedStop) {
                touched.add(root.relativize(file) + ": title " + a.title() + ", stamped " + a.stampedAt()
                        + ", furniture " + a.furniture());
            }
        }
        System.out.printf(
                "realworld/text: %d of %d files where the stamp or quoted-full-stop rule applies%s%n",
                touched.size(),
                files.size(),
                touched.isEmpty() ? "" : ", e.g. " + touched.subList(0, Math.min(10, touched.size())));
        // plain-text corpora with their own layouts (BBC, Reuters, newspaper3k, Turkish): the rule is for web exports
        assertThat((double) touched.size() / files.size()).isLessThanOrEqualTo(0.02);
    }
}
