package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.AvailableRecognizer;
import dev.newsetl.names.NameCandidates;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names in real news, scored per document through {@link ArticleExtractor} exactly as issue 13 defines it: a gold
 * (spelling, type) pair counts as found when an entity row of the article with that type lists that spelling,
 * folded for case, diacritics, dotless i and apostrophes; a listed (spelling, type) pair not in the gold is a false
 * positive. Per document sets, summed over the documents. Corpora from {@code ../shared/ner} (skipped where absent).
 * The bars (F1 0.85 on CoNLL-2003 dev and the Milliyet development split) apply when the statistical recognizer is
 * on the class path; with the dictionary alone the figures are printed only (docs/QUALITY.md, "Recognized names").
 */
class RecognitionEvaluationTest {
    static final double MIN_F1 = 0.85;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T00:00:00Z"), ZoneOffset.UTC);
    private static final AliasDictionary DICTIONARY = AliasDictionary.load(Path.of("config/aliases.tsv"));
    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(DICTIONARY, CLOCK, AvailableRecognizer.get());

    /** One document: its text (sentences as paragraphs) and gold (folded spelling, type) pairs. */
    record GoldDocument(String text, Set<String> gold) {}

    @Test
    void conll2003Dev() throws IOException {
        Path file = SharedData.resolve("ner/en-conll2003/dev.txt");
        assumeTrue(Files.exists(file), "no " + file);
        report("CoNLL-2003 dev (en)", score(conll(file)), MIN_F1);
    }

    @Test
    void milliyetDevelopmentSplit() throws IOException {
        Path file = SharedData.resolve("ner/tr-milliyet/train.txt");
        assumeTrue(Files.exists(file), "no " + file);
        report("Milliyet development split (tr)", score(MilliyetSplit.developmentDocuments(file)), MIN_F1);
    }

    /**
     * Recall on the Turkish business news gold: each article of {@code realworld/text/tr-financial-news} with gold
     * names, scored per document like the others. The gold is the layout ../shared/realworld/README.md describes: a
     * list of {@code {title, content, ..., entities: [{type, attributes: {name}}]}}, matched to the text files (written
     * as {@code title + "\n\n" + content}) by their first line; Person is PERSON, Company / Institution /
     * Organization are ORGANIZATION, Country / City / Location are LOCATION, the financial types are not scored.
     */
    @Test
    void trFinancialNewsRecall() throws IOException {
        Path gold = SharedData.resolve("realworld/gold/tr-financial-news-entities.json");
        Path texts = SharedData.resolve("realworld/text/tr-financial-news");
        assumeTrue(Files.exists(gold) && Files.isDirectory(texts), "no " + gold);
        Map<String, Set<String>> byTitle = FinancialGold.read(gold);
        assumeTrue(!byTitle.isEmpty(), gold + ": no documents in the layout its README describes");
        List<GoldDocument> documents = new ArrayList<>();
        try (var files = Files.walk(texts)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Set<String> pairs = byTitle.get(
                        FinancialGold.titleKey(text.lines().findFirst().orElse("")));
                if (pairs != null && !pairs.isEmpty()) {
                    documents.add(new GoldDocument(text, pairs));
                }
            }
        }
        assumeTrue(!documents.isEmpty(), "no article of " + texts + " is in " + gold);
        Tally t = score(documents);
        System.out.printf(
                "tr-financial-news, per document, %s: recall %.3f (%d documents, %d gold names)%n",
                "dictionary + recognizer", t.recall(), t.documents, t.expected);
        t.byType.forEach((type, byType) -> System.out.printf(
                "  %-12s recall %.3f (%d of %d)%n", type, byType.recall(), byType.tp, byType.expected));
        assertThat(t.recall()).as("tr-financial-news recall").isGreaterThanOrEqualTo(MIN_FINANCIAL_RECALL);
    }

    static final double MIN_FINANCIAL_RECALL = 0.60;

    @Test
    void theFinancialGoldReaderReadsTheLayoutItsReadmeDescribes(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path gold = temp.resolve("gold.json");
        Files.writeString(
                gold,
                "[{\"title\": \"QNB Türkiye'den yeni kredi\", \"content\": \"...\", \"source\": \"x\", \"entities\": ["
                        + "{\"type\": \"Company\", \"attributes\": {\"name\": \"QNB Türkiye\"}},"
                        + "{\"type\": \"Person\", \"attributes\": {\"name\": \"Ömür Tan\", \"role\": \"CEO\"}},"
                        + "{\"type\": \"City\", \"attributes\": {\"name\": \"İstanbul\"}},"
                        + "{\"type\": \"Currency\", \"attributes\": {\"name\": \"TL\"}}]},"
                        + "{\"title\": \"Boş\", \"entities\": []}]");
        Map<String, Set<String>> read = FinancialGold.read(gold);
        assertThat(read).containsOnlyKeys(FinancialGold.titleKey("QNB TÜRKİYE'DEN YENİ KREDİ  "));
        assertThat(read.values().iterator().next())
                .containsExactlyInAnyOrder("qnb turkiye\tORGANIZATION", "omur tan\tPERSON", "istanbul\tLOCATION");
    }

    /** The tr-financial-news gold as (folded spelling, type) pairs per article title. */
    static final class FinancialGold {
        static Map<String, Set<String>> read(Path file) throws IOException {
            tools.jackson.databind.JsonNode root =
                    tools.jackson.databind.json.JsonMapper.builder().build().readTree(file.toFile());
            Map<String, Set<String>> out = new java.util.HashMap<>();
            if (!root.isArray()) {
                return out;
            }
            for (tools.jackson.databind.JsonNode doc : root) {
                if (!doc.path("title").isString() || !doc.path("entities").isArray()) {
                    continue;
                }
                Set<String> pairs = new HashSet<>();
                for (tools.jackson.databind.JsonNode e : doc.get("entities")) {
                    tools.jackson.databind.JsonNode name = e.path("attributes").path("name");
                    EntityType type = type(e.path("type").asString(""));
                    if (name.isString() && type != null && !name.asString().isBlank()) {
                        pairs.add(pair(name.asString(), type));
                    }
                }
                if (!pairs.isEmpty()) {
                    out.computeIfAbsent(titleKey(doc.get("title").asString()), k -> new HashSet<>())
                            .addAll(pairs);
                }
            }
            return out;
        }

        /** A title folded for case, diacritics and spacing, so a file's first line finds its gold. */
        static String titleKey(String title) {
            return dev.newsetl.names.TurkishFolding.key(NameCandidates.oneLine(title))
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        private static EntityType type(String type) {
            return switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "person" -> EntityType.PERSON;
                case "company", "institution", "organization", "organisation" -> EntityType.ORGANIZATION;
                case "country", "city", "location" -> EntityType.LOCATION;
                default -> null;
            };
        }
    }

    private static void report(String corpus, Tally t, double minF1) {
        System.out.printf(
                "%s, per document, %s: precision %.3f recall %.3f F1 %.3f (%d documents)%n",
                corpus, "dictionary + recognizer", t.precision(), t.recall(), t.f1(), t.documents);
        for (EntityType type : EntityType.values()) {
            Tally byType = t.byType.get(type);
            if (byType != null) {
                System.out.printf(
                        "  %-12s precision %.3f recall %.3f F1 %.3f%n",
                        type, byType.precision(), byType.recall(), byType.f1());
            }
        }
        assertThat(t.documents).isPositive();
        assertThat(t.f1()).as(corpus + " per-document F1").isGreaterThanOrEqualTo(minF1);
    }

    static final class Tally {
        long tp;
        long found;
        long expected;
        int documents;
        final Map<EntityType, Tally> byType = new EnumMap<>(EntityType.class);

        void add(long tp, long found, long expected) {
            this.tp += tp;
            this.found += found;
            this.expected += expected;
        }

        double precision() {
            return found == 0 ? 0 : tp / (double) found;
        }

        double recall() {
            return expected == 0 ? 0 : tp / (double) expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Tally score(List<GoldDocument> documents) {
        Tally total = new Tally();
        int n = 0;
        for (GoldDocument doc : documents) {
            Set<String> found = foundPairs(EXTRACTOR.extract(
                    InputDocument.of("gold/" + n++ + ".txt", "gold", doc.text().getBytes(StandardCharsets.UTF_8))));
            total.documents++;
            for (EntityType type : EntityType.values()) {
                String suffix = "\t" + type.name();
                long g = doc.gold().stream().filter(p -> p.endsWith(suffix)).count();
                long f = found.stream().filter(p -> p.endsWith(suffix)).count();
                long tp = found.stream()
                        .filter(p -> p.endsWith(suffix) && doc.gold().contains(p))
                        .count();
                total.add(tp, f, g);
                total.byType.computeIfAbsent(type, k -> new Tally()).add(tp, f, g);
            }
        }
        return total;
    }

    /** The (folded spelling, type) pairs the entity rows of an outcome list: what the rule compares. */
    static Set<String> foundPairs(FileOutcome outcome) {
        Set<String> found = new HashSet<>();
        if (outcome instanceof Article a) {
            for (EntityStat e : a.entities()) {
                for (String s : e.surfaceForms()) {
                    found.add(pair(s, e.type()));
                }
            }
        }
        return found;
    }

    /** A spelling folded as the issue scores it (case, diacritics, dotless i, apostrophes), with its type. */
    static String pair(String spelling, EntityType type) {
        String key = dev.newsetl.names.TurkishFolding.key(NameCandidates.oneLine(spelling))
                .replace("'", "");
        return key + "\t" + type.name();
    }

    static EntityType type(String tag) {
        return switch (tag) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> null; // MISC and noise: not scored
        };
    }

    /** CoNLL IOB2: documents at -DOCSTART-, sentences as paragraphs, tokens joined by spaces. */
    static List<GoldDocument> conll(Path file) throws IOException {
        List<GoldDocument> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        Set<String> gold = new HashSet<>();
        StringBuilder span = new StringBuilder();
        EntityType spanType = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ");
            boolean boundary = line.isBlank() || f[0].equals("-DOCSTART-");
            String tag = boundary ? "O" : f[f.length - 1];
            if (spanType != null && !tag.startsWith("I-")) {
                gold.add(pair(span.toString(), spanType));
                spanType = null;
            }
            if (boundary) {
                if (!sentence.isEmpty()) {
                    text.append(sentence).append("\n\n");
                    sentence.setLength(0);
                }
                if (f[0].equals("-DOCSTART-") && !text.isEmpty()) {
                    out.add(new GoldDocument(text.toString(), Set.copyOf(gold)));
                    text.setLength(0);
                    gold.clear();
                }
                continue;
            }
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append(f[0]);
            if (tag.startsWith("B-")) {
                spanType = type(tag.substring(2));
                span.setLength(0);
                span.append(f[0]);
            } else if (tag.startsWith("I-") && spanType != null) {
                span.append(' ').append(f[0]);
            }
        }
        if (spanType != null) {
            gold.add(pair(span.toString(), spanType));
        }
        if (!sentence.isEmpty()) {
            text.append(sentence);
        }
        if (!text.isEmpty()) {
            out.add(new GoldDocument(text.toString(), Set.copyOf(gold)));
        }
        return out;
    }

    /**
     * The Milliyet development split, the one the recognizer's training leaves out (NerCorpora in names.ner): the
     * file has no document boundaries, so every {@link #SENTENCES_PER_DOCUMENT} consecutive non-blank lines
     * (sentences) are one document, and every tenth document ({@code index % 10 == 9}) is the development split.
     */
    static final class MilliyetSplit {
        static final int SENTENCES_PER_DOCUMENT = 20;
        static final int DEV_REMAINDER = 9;
        private static final Pattern SPAN = Pattern.compile("\\[(PER|ORG|LOC|MISC)\\s+([^\\]]*?)\\s*\\]");

        static boolean isDevelopment(int sentenceIndex) {
            return (sentenceIndex / SENTENCES_PER_DOCUMENT) % 10 == DEV_REMAINDER;
        }

        static List<GoldDocument> developmentDocuments(Path file) throws IOException {
            String content = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<String> sentences = content.lines().filter(l -> !l.isBlank()).toList();
            List<GoldDocument> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Set<String> gold = new HashSet<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (!isDevelopment(i)) {
                    continue;
                }
                Matcher m = SPAN.matcher(sentences.get(i));
                StringBuilder plain = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(plain, Matcher.quoteReplacement(m.group(2)));
                    EntityType type = type(m.group(1));
                    if (type != null && m.group(2).chars().anyMatch(Character::isLetter)) {
                        gold.add(pair(m.group(2), type));
                    }
                }
                m.appendTail(plain);
                // a suffix is its own token ("Almanya 'nın"): put it back on its word
                text.append(plain.toString()
                                .replaceAll("\\s+(['’][\\p{L}]+)", "$1")
                                .strip())
                        .append("\n\n");
                if ((i + 1) % SENTENCES_PER_DOCUMENT == 0 || i == sentences.size() - 1) {
                    out.add(new GoldDocument(text.toString(), Set.copyOf(gold)));
                    text.setLength(0);
                    gold.clear();
                }
            }
            return out;
        }
    }
}
