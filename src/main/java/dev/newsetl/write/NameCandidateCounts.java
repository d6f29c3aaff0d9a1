package dev.newsetl.write;

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
 * Counts of capitalized names the dictionary did not know: mentions and number of articles, per partition and
 * then merged for the run into name_candidates.csv, so a curator sees which names to add.
 */
final class NameCandidateCounts {
    private final Map<String, long[]> counts = new HashMap<>();

    void addArticle(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            long[] c = counts.computeIfAbsent(name, k -> new long[2]);
            c[0]++;
            if (seen.add(name)) {
                c[1]++;
            }
        }
    }

    void merge(String name, long mentions, long articles) {
        long[] c = counts.computeIfAbsent(name, k -> new long[2]);
        c[0] += mentions;
        c[1] += articles;
    }

    /** Most mentioned first, then by name, so the file is the same for the same input. */
    List<Map.Entry<String, long[]>> sorted() {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        return entries;
    }

    void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, long[]> e : sorted()) {
                out.write(e.getKey().replace('\t', ' ').replace('\n', ' '));
                out.write('\t');
                out.write(Long.toString(e.getValue()[0]));
                out.write('\t');
                out.write(Long.toString(e.getValue()[1]));
                out.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void load(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t");
                merge(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
