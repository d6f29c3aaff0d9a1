package dev.newsetl.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates a corpus of small invented news articles for the operations tests: the same seed gives the same files.
 * Every {@link #EMPTY_EVERY}th file is empty, so a run has rejects as well as articles.
 */
public final class Corpus {
    public static final int EMPTY_EVERY = 250;

    private static final List<String> SOURCES = List.of("anadolu", "daily-sabah", "wire", "harbour-gazette");
    private static final List<String> PEOPLE = List.of(
            "İbrahim Kalın",
            "Hakan Fidan",
            "Recep Tayyip Erdoğan",
            "Kyriakos Mitsotakis",
            "Steve Witkoff",
            "Ali Shaath",
            "Benjamin Netanyahu",
            "Jared Kushner");
    private static final List<String> PLACES = List.of(
            "Ankara", "Istanbul", "Doha", "Cairo", "Athens", "Rafah", "Khan Yunis", "Türkiye", "Qatar", "Egypt");
    private static final List<String> TOPICS = List.of(
            "port expansion",
            "grain shipments",
            "rail link",
            "water talks",
            "ferry timetable",
            "aid convoy",
            "power grid repairs",
            "trade fair",
            "border crossing",
            "harbour dredging",
            "bus network",
            "school meals programme");
    private static final List<String> VERBS = List.of(
            "discussed", "reviewed", "announced", "questioned", "welcomed", "postponed", "defended", "outlined");
    private static final List<String> CREDITS =
            List.of("(AA Photo)", "(Reuters Photo)", "(AFP Photo)", "(Photo by the municipality)");

    private Corpus() {}

    /** Writes {@code files} articles under {@code root} (one folder per source) and returns the root. */
    public static Path generate(Path root, int files, long seed) throws IOException {
        Random random = new Random(seed);
        for (String source : SOURCES) {
            Files.createDirectories(root.resolve(source));
        }
        for (int i = 0; i < files; i++) {
            String source = SOURCES.get(i % SOURCES.size());
            String topic = pick(random, TOPICS);
            Path file = root.resolve(source)
                    .resolve(String.format("2026-01-%02d-%05d-%s.txt", 1 + i % 28, i, topic.replace(' ', '-')));
            String text = i % EMPTY_EVERY == EMPTY_EVERY - 1 ? "" : article(random, i, topic);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return root;
    }

    /** How many of {@code files} generated files are empty (and so become EMPTY rejects). */
    public static int emptyFiles(int files) {
        return files / EMPTY_EVERY;
    }

    private static String article(Random random, int index, String topic) {
        String person = pick(random, PEOPLE);
        String other = pick(random, PEOPLE);
        String place = pick(random, PLACES);
        String verb = pick(random, VERBS);
        StringBuilder text = new StringBuilder();
        text.append(person)
                .append(' ')
                .append(verb)
                .append(" the ")
                .append(topic)
                .append(" in ")
                .append(place)
                .append(" (item ")
                .append(index)
                .append(")\n");
        text.append("Officials walk past the site of the ")
                .append(topic)
                .append(" in ")
                .append(place)
                .append(", Jan. ")
                .append(1 + index % 28)
                .append(", 2026. ")
                .append(pick(random, CREDITS))
                .append("\n\n\n");
        text.append(person)
                .append(" ")
                .append(verb)
                .append(" the ")
                .append(topic)
                .append(" with local officials in ")
                .append(place)
                .append(" on Tuesday, according to a statement released after the meeting.\n\n");
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            text.append("The talks, which lasted about ")
                    .append(1 + random.nextInt(5))
                    .append(" hours, also covered the budget for next year and a timetable that ")
                    .append(other)
                    .append(" described as ambitious but workable. Residents of ")
                    .append(pick(random, PLACES))
                    .append(" have waited ")
                    .append(2 + random.nextInt(9))
                    .append(" years for the ")
                    .append(pick(random, TOPICS))
                    .append(" to be finished.\n\n");
        }
        text.append("\u201cWe will report back within ")
                .append(2 + random.nextInt(6))
                .append(" weeks,\u201d ")
                .append(other)
                .append(" told reporters.\n");
        return text.toString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
