package dev.newsetl.extract;

import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Entity precision and recall over (article, entity id, mention count), micro-averaged: per article and entity,
 * true positives are min(expected, found); precision = TP / Σ found, recall = TP / Σ expected. An entity counts
 * under its dictionary type. Also keeps every (article, entity) whose counts differ, for the failure message.
 */
final class EntityScore {

    record Tally(int truePositives, int found, int expected) {
        Tally plus(int tp, int f, int e) {
            return new Tally(truePositives + tp, found + f, expected + e);
        }

        /** 1 when nothing was found (no false positive is possible). */
        double precision() {
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        /** 1 when nothing was expected. */
        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    private Tally overall = new Tally(0, 0, 0);
    private final Map<EntityType, Tally> byType = new EnumMap<>(EntityType.class);
    private final List<String> differences = new ArrayList<>();

    EntityScore() {
        for (EntityType t : EntityType.values()) {
            byType.put(t, new Tally(0, 0, 0));
        }
    }

    /**
     * @param typeOf the dictionary type of an expected entity id
     */
    void add(String file, Map<String, Integer> expected, List<EntityStat> found, Function<String, EntityType> typeOf) {
        Map<String, EntityStat> foundById = new java.util.HashMap<>();
        for (EntityStat s : found) {
            foundById.put(s.entityId(), s);
        }
        TreeSet<String> ids = new TreeSet<>(expected.keySet());
        ids.addAll(foundById.keySet());
        List<String> diff = new ArrayList<>();
        for (String id : ids) {
            int e = expected.getOrDefault(id, 0);
            EntityStat stat = foundById.get(id);
            int f = stat == null ? 0 : stat.mentions();
            int tp = Math.min(e, f);
            EntityType type = stat != null ? stat.type() : typeOf.apply(id);
            overall = overall.plus(tp, f, e);
            byType.merge(type, new Tally(tp, f, e), (a, b) -> a.plus(b.truePositives(), b.found(), b.expected()));
            if (e != f) {
                diff.add(String.format(
                        "    %-26s expected %d, found %d%s",
                        id, e, f, stat == null ? "" : "  (written " + String.join(" | ", stat.surfaceForms()) + ")"));
            }
        }
        if (!diff.isEmpty()) {
            differences.add("  " + file);
            differences.addAll(diff);
        }
    }

    Tally overall() {
        return overall;
    }

    Tally of(EntityType type) {
        return byType.get(type);
    }

    /** One line per article with a difference, then one per entity whose count differs. */
    List<String> differences() {
        return differences;
    }
}
