package dev.newsetl.write;

import dev.newsetl.names.NameCandidates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curator's queue: names the dictionary did not know, with their type (for recognized names), mentions,
 * number of articles and the spellings seen, per partition and then merged for the run into name_candidates.csv.
 */
final class NameCandidateCounts {
    /** One row of the queue. */
    record Candidate(String name, String type, long mentions, long articles, List<String> spellings) {
        /** The ready-to-paste aliases.tsv line. */
        String aliasesLine() {
            return NameCandidates.aliasesLine(name, type, spellings);
        }
    }

    private static final class Counts {
        long mentions;
        long articles;
        final Map<String, Long> spellings = new HashMap<>();
    }

    private final Map<String, Counts> counts = new HashMap<>();

    void addArticle(List<String> entries) {
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            String[] f = NameCandidates.parse(entry);
            String key = f[0] + '\t' + f[1];
            Counts c = counts.computeIfAbsent(key, k -> new Counts());
            c.mentions++;
            if (seen.add(key)) {
                c.articles++;
            }
            c.spellings.merge(f[2], 1L, Long::sum);
        }
    }

    /** Most mentioned first, then by name and type, so the file is the same for the same input. */
    List<Candidate> sorted() {
        List<Candidate> out = new ArrayList<>(counts.size());
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            out.add(new Candidate(
                    e.getKey().substring(0, tab),
                    e.getKey().substring(tab + 1),
                    e.getValue().mentions,
                    e.getValue().articles,
                    NameCandidates.topSpellings(e.getValue().spellings)));
        }
        out.sort((a, b) -> a.mentions() != b.mentions()
                ? Long.compare(b.mentions(), a.mentions())
                : !a.name().equals(b.name())
                        ? a.name().compareTo(b.name())
                        : a.type().compareTo(b.type()));
        return out;
    }

    /** name, type, mentions, articles, then spelling and count pairs: one tab-separated line per name. */
    void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Counts> e : counts.entrySet()) {
                out.write(clean(e.getKey()));
                out.write('\t');
                out.write(Long.toString(e.getValue().mentions));
                out.write('\t');
                out.write(Long.toString(e.getValue().articles));
                for (Map.Entry<String, Long> s : e.getValue().spellings.entrySet()) {
                    out.write('\t');
                    out.write(s.getKey().replace('\t', ' ').replace('\n', ' '));
                    out.write('\t');
                    out.write(Long.toString(s.getValue()));
                }
                out.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String clean(String key) {
        int tab = key.indexOf('\t');
        return key.substring(0, tab).replace('\t', ' ').replace('\n', ' ') + '\t' + key.substring(tab + 1);
    }

    void load(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                Counts c = counts.computeIfAbsent(f[0] + '\t' + f[1], k -> new Counts());
                c.mentions += Long.parseLong(f[2]);
                c.articles += Long.parseLong(f[3]);
                for (int i = 4; i + 1 < f.length; i += 2) {
                    c.spellings.merge(f[i], Long.parseLong(f[i + 1]), Long::sum);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
