package dev.newsetl.write;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small aggregates behind report.html: articles per source and per published day, mentions per entity.
 * Counts only, never articles: its size is bounded by the number of sources, days and dictionary entities, so a
 * partition keeps one beside its work files and the publish step merges them without reading the dataset back.
 */
public final class ReportCounts {
    static final String FILE = "report-counts.tsv";
    /** The day key of articles without a publication date. */
    public static final String NO_DATE = "";

    private final Map<String, Long> bySource = new HashMap<>();
    private final Map<String, Long> byDay = new TreeMap<>();
    private final Map<String, EntityTotal> entities = new HashMap<>();

    /** Mentions and articles of one entity over the run. */
    public record EntityTotal(String entityId, String name, String type, long mentions, long articles) {
        EntityTotal plus(long moreMentions, long moreArticles) {
            return new EntityTotal(entityId, name, type, mentions + moreMentions, articles + moreArticles);
        }
    }

    public void add(Article article) {
        bySource.merge(article.source() == null ? "" : article.source(), 1L, Long::sum);
        String day = article.publishedAt() == null
                ? NO_DATE
                : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC).toString();
        byDay.merge(day, 1L, Long::sum);
        for (EntityStat e : article.entities()) {
            addEntity(e.entityId(), e.name(), e.type().name(), e.mentions(), 1);
        }
    }

    private void addEntity(String id, String name, String type, long mentions, long articles) {
        entities.merge(
                id,
                new EntityTotal(id, name, type, mentions, articles),
                (old, more) -> old.plus(more.mentions(), more.articles()));
    }

    public void merge(ReportCounts other) {
        other.bySource.forEach((k, v) -> bySource.merge(k, v, Long::sum));
        other.byDay.forEach((k, v) -> byDay.merge(k, v, Long::sum));
        other.entities.values().forEach(e -> addEntity(e.entityId(), e.name(), e.type(), e.mentions(), e.articles()));
    }

    /** Sources, most articles first (ties by name). */
    public List<Map.Entry<String, Long>> sources() {
        return bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** Published days in date order; {@link #NO_DATE} (articles without a date) is not among them. */
    public Map<LocalDate, Long> days() {
        Map<LocalDate, Long> days = new TreeMap<>();
        byDay.forEach((k, v) -> {
            if (!k.equals(NO_DATE)) {
                days.put(LocalDate.parse(k), v);
            }
        });
        return days;
    }

    public long undated() {
        return byDay.getOrDefault(NO_DATE, 0L);
    }

    /** The {@code limit} entities with the most mentions. */
    public List<EntityTotal> topEntities(int limit) {
        return entities.values().stream()
                .sorted(Comparator.comparingLong(EntityTotal::mentions)
                        .reversed()
                        .thenComparing(EntityTotal::entityId))
                .limit(limit)
                .toList();
    }

    /** Written to a temporary name and moved, so a redone partition never leaves half a file. */
    public void save(Path dir) {
        Path tmp = dir.resolve(FILE + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (var e : bySource.entrySet()) {
                out.write("source\t" + clean(e.getKey()) + '\t' + e.getValue() + '\n');
            }
            for (var e : byDay.entrySet()) {
                out.write("day\t" + e.getKey() + '\t' + e.getValue() + '\n');
            }
            for (EntityTotal e : entities.values()) {
                out.write("entity\t" + e.mentions() + '\t' + e.articles() + '\t' + clean(e.entityId()) + '\t' + e.type()
                        + '\t' + clean(e.name()) + '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
        try {
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a partition's saved counts; a partition without the file (nothing written) adds nothing. */
    public ReportCounts load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return this;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "source" -> bySource.merge(f[1], Long.parseLong(f[2]), Long::sum);
                    case "day" -> byDay.merge(f[1], Long.parseLong(f[2]), Long::sum);
                    case "entity" -> addEntity(f[3], f[5], f[4], Long.parseLong(f[1]), Long.parseLong(f[2]));
                    default -> throw new IllegalStateException("unexpected line in " + file + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return this;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
