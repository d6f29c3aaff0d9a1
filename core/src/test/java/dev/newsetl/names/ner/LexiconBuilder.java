package dev.newsetl.names.ner;

import dev.newsetl.names.TurkishFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Derives the recognizer's gazetteer lexicon from the open lists in {@code ../shared/gazetteers} (GeoNames cities
 * and countries, mledoze countries with their Turkish names, SSA and Turkish given names, zemberek places and proper
 * nouns, Turkish organizations): each phrase tokenized and folded the way the recognizer reads text.
 */
final class LexiconBuilder {

    /** SSA given names rarer than this (births 1880-2023) are mostly spelling variants and noise. */
    private static final int MIN_SSA_COUNT = 500;

    private static final int MIN_LOWER = 3;

    private final Map<String, EnumSet<Gazetteer.Kind>> phrases = new TreeMap<>();

    static Map<String, EnumSet<Gazetteer.Kind>> build(Path gazetteers) throws IOException {
        LexiconBuilder b = new LexiconBuilder();
        b.cities(gazetteers.resolve("geonames-cities15000/cities15000.txt"));
        b.countries(
                gazetteers.resolve("geonames-cities15000/countryInfo.tsv"),
                gazetteers.resolve("countries-mledoze/countries.json"));
        b.ssaNames(gazetteers.resolve("names-en-us-ssa/ssa_national_1880_2023_by_name_sex.csv"));
        b.turkishNames(
                gazetteers.resolve("names-tr-kerteriz/names_tr.txt"),
                gazetteers.resolve("tr-zemberek/person-names.dict"));
        b.lines(gazetteers.resolve("tr-zemberek/locations-tr.dict"), Gazetteer.Kind.PLACE_TR);
        b.lines(gazetteers.resolve("orgs-tr-onurardab/ORGANIZATION.txt"), Gazetteer.Kind.ORG_TR);
        b.lines(gazetteers.resolve("tr-zemberek/proper-from-corpus.dict"), Gazetteer.Kind.PROPER_TR);
        return b.phrases;
    }

    /**
     * Adds the words the training documents write in lower case (at least {@value #MIN_LOWER} times, capitalized
     * inside a sentence at most a tenth as often) as {@link Gazetteer.Kind#LOWER}.
     */
    static void addLowerCaseWords(Map<String, EnumSet<Gazetteer.Kind>> phrases, List<GoldDocument> docs) {
        Map<String, int[]> counts = new HashMap<>();
        for (GoldDocument d : docs) {
            boolean[] starts = SentenceStarts.of(d.words(), d.sentenceFirst());
            for (int i = 0; i < d.words().length; i++) {
                String w = d.words()[i];
                if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || w.length() > 30) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(TurkishFolding.fold(w), k -> new int[2]);
                if (Character.isLowerCase(w.charAt(0))) {
                    c[0]++;
                } else if (!starts[i]) {
                    c[1]++;
                }
            }
        }
        counts.forEach((word, c) -> {
            if (c[0] >= MIN_LOWER && c[1] * 10 <= c[0]) {
                phrases.computeIfAbsent(word, k -> EnumSet.noneOf(Gazetteer.Kind.class))
                        .add(Gazetteer.Kind.LOWER);
            }
        });
    }

    static void write(Map<String, EnumSet<Gazetteer.Kind>> phrases, Path file) throws IOException {
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, EnumSet<Gazetteer.Kind>> e : phrases.entrySet()) {
                List<String> kinds = new ArrayList<>();
                e.getValue().forEach(k -> kinds.add(k.name()));
                w.write(e.getKey() + "\t" + String.join(",", kinds) + "\n");
            }
        }
    }

    private void add(String phrase, Gazetteer.Kind kind) {
        String p = phrase.strip();
        if (p.length() < 2 || !Character.isUpperCase(p.charAt(0))) {
            return;
        }
        List<Token> tokens = NameTokenizer.tokenize(p);
        if (tokens.isEmpty() || tokens.size() > Gazetteer.MAX_TOKENS) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            String w = t.text().length() > 30 ? t.text().substring(0, 30) : t.text();
            key.append(TurkishFolding.fold(w));
        }
        phrases.computeIfAbsent(key.toString(), k -> EnumSet.noneOf(Gazetteer.Kind.class))
                .add(kind);
    }

    private void cities(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                add(cols[1], Gazetteer.Kind.CITY);
                add(cols[2], Gazetteer.Kind.CITY);
                for (String alt : cols[3].split(",")) {
                    if (alt.length() >= 3 && isLatinWord(alt)) {
                        add(alt, Gazetteer.Kind.CITY);
                    }
                }
            }
        }
    }

    private void countries(Path countryInfo, Path mledoze) throws IOException {
        for (String line : Files.readAllLines(countryInfo, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 4) {
                    add(cols[4], Gazetteer.Kind.COUNTRY);
                }
            }
        }
        JsonNode root = new ObjectMapper().readTree(mledoze.toFile());
        for (JsonNode c : root) {
            add(c.path("name").path("common").asString(""), Gazetteer.Kind.COUNTRY);
            add(c.path("name").path("official").asString(""), Gazetteer.Kind.COUNTRY);
            for (JsonNode alt : c.path("altSpellings")) {
                if (alt.asString("").length() >= 3) {
                    add(alt.asString(""), Gazetteer.Kind.COUNTRY);
                }
            }
            for (String lang : Set.of("tur", "eng")) {
                JsonNode t = c.path("translations").path(lang);
                add(t.path("common").asString(""), Gazetteer.Kind.COUNTRY);
                add(t.path("official").asString(""), Gazetteer.Kind.COUNTRY);
            }
        }
    }

    private void ssaNames(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            if (Long.parseLong(cols[2]) >= MIN_SSA_COUNT) {
                add(cols[0], Gazetteer.Kind.GIVEN_EN);
            }
        }
    }

    private void turkishNames(Path kerteriz, Path zemberek) throws IOException {
        for (String line : Files.readAllLines(kerteriz, StandardCharsets.UTF_8)) {
            int q = line.indexOf('\'');
            int end = q < 0 ? -1 : line.indexOf('\'', q + 1);
            if (end > q + 1) {
                add(line.substring(q + 1, end), Gazetteer.Kind.GIVEN_TR);
            }
        }
        for (String line : Files.readAllLines(zemberek, StandardCharsets.UTF_8)) {
            int bracket = line.indexOf('[');
            add(bracket > 0 ? line.substring(0, bracket) : line, Gazetteer.Kind.GIVEN_TR);
        }
    }

    private void lines(Path file, Gazetteer.Kind kind) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                int bracket = line.indexOf('[');
                add(bracket > 0 ? line.substring(0, bracket) : line, kind);
            }
        }
    }

    private static boolean isLatinWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            } else if (c != ' ' && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
