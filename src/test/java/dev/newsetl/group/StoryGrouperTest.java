package dev.newsetl.group;

import dev.newsetl.article.EntityType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryGrouperTest {

    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("ibrahim-kalin", EntityType.PERSON), Map.entry("recep-tayyip-erdogan", EntityType.PERSON),
            Map.entry("ismail-haniyeh", EntityType.PERSON), Map.entry("khalil-al-hayya", EntityType.PERSON),
            Map.entry("kyriakos-mitsotakis", EntityType.PERSON), Map.entry("hamas", EntityType.ORGANIZATION),
            Map.entry("mit", EntityType.ORGANIZATION), Map.entry("nato", EntityType.ORGANIZATION),
            Map.entry("turkiye", EntityType.LOCATION), Map.entry("gaza-strip", EntityType.LOCATION),
            Map.entry("rafah", EntityType.LOCATION), Map.entry("istanbul", EntityType.LOCATION),
            Map.entry("greece", EntityType.LOCATION), Map.entry("united-states", EntityType.LOCATION));
    private static final ToDoubleFunction<String> WEIGHTS = StoryGrouper.weightsByType(TYPES);

    private static final LocalDate JAN_25 = LocalDate.of(2026, 1, 25);

    /** Outlet 1: Kalın, Türkiye, Erdoğan, Hamas, Gaza, Rafah (names already resolved to entity ids). */
    private static final Map<String, Integer> OUTLET_ONE = Map.of("ibrahim-kalin", 3, "turkiye", 2,
            "recep-tayyip-erdogan", 1, "hamas", 4, "gaza-strip", 3, "rafah", 2);
    /** Outlet 2: Kalin, Turkey, Erdogan, Hamas, Gaza, Haniyeh. */
    private static final Map<String, Integer> OUTLET_TWO = Map.of("ibrahim-kalin", 2, "turkiye", 1,
            "recep-tayyip-erdogan", 1, "hamas", 3, "gaza-strip", 2, "ismail-haniyeh", 1);
    /** A football derby in Istanbul. */
    private static final Map<String, Integer> FOOTBALL = Map.of("istanbul", 2, "turkiye", 1);
    /** A turkey recipe: the matcher finds nothing, or at worst a false Türkiye. */
    private static final Map<String, Integer> RECIPE = Map.of("turkiye", 3);

    @Test
    void twoOutletsReportingTheSameMeetingShareAStory() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        String first = grouper.assign("aaa", JAN_25, OUTLET_ONE, 0x1111L);
        String second = grouper.assign("bbb", JAN_25.plusDays(1), OUTLET_TWO, 0x7FFF_0000_0000_0000L);
        assertThat(first).isEqualTo("aaa");
        assertThat(second).isEqualTo("aaa");
    }

    @Test
    void unrelatedArticlesStartTheirOwnStories() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        grouper.assign("aaa", JAN_25, OUTLET_ONE, 0x1111L);
        assertThat(grouper.assign("foot", JAN_25, FOOTBALL, 0x2222_0000L)).isEqualTo("foot");
        assertThat(grouper.assign("recipe", JAN_25, RECIPE, 0x3333_0000_0000L)).isEqualTo("recipe");
        assertThat(grouper.assign("bbb", JAN_25, OUTLET_TWO, 0x4444_0000_0000_0000L)).isEqualTo("aaa");
        assertThat(grouper.assign("none", JAN_25, Map.of(), 0x5555_5555L)).isEqualTo("none");
    }

    @Test
    void sameEntitiesTooFarApartInTimeAreDifferentStories() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        grouper.assign("aaa", JAN_25, OUTLET_ONE, 0x1111L);
        assertThat(grouper.assign("later", JAN_25.plusDays(3), OUTLET_TWO, 0x2222_0000L)).isEqualTo("later");
        assertThat(grouper.assign("earlier", JAN_25.minusDays(2), OUTLET_TWO, 0x3333_0000_0000L))
                .isEqualTo("aaa");
    }

    @Test
    void nearDuplicatesJoinWhateverTheDateOrEntities() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        long h = 0x0F0F_0F0F_0F0F_0F0FL;
        grouper.assign("orig", JAN_25, OUTLET_ONE, h);
        assertThat(grouper.assign("resent", JAN_25.plusDays(30), Map.of(), h ^ 0b101L)).isEqualTo("orig");
        assertThat(grouper.assign("far", JAN_25.plusDays(30), Map.of(), h ^ 0xFFFFL)).isEqualTo("far");
    }

    @Test
    void zeroSimhashIsNeverANearDuplicate() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        grouper.assign("a", JAN_25, Map.of(), 0L);
        assertThat(grouper.assign("b", JAN_25, Map.of(), 0L)).isEqualTo("b");
    }

    @Test
    void sharingOnlyAPlaceIsNotEnough() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        grouper.assign("a", JAN_25, Map.of("gaza-strip", 5), unrelatedHash(1));
        assertThat(grouper.assign("b", JAN_25, Map.of("gaza-strip", 4), unrelatedHash(2))).isEqualTo("b");
    }

    @Test
    void peopleWeighMoreThanPlaces() {
        // Same overlap structure; only whether the shared entities are people or places differs.
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        grouper.assign("people", JAN_25, Map.of("ibrahim-kalin", 1, "ismail-haniyeh", 1, "greece", 1), unrelatedHash(1));
        assertThat(grouper.assign("people2", JAN_25, Map.of("ibrahim-kalin", 1, "ismail-haniyeh", 1,
                "united-states", 1), unrelatedHash(2))).isEqualTo("people");
        grouper.assign("places", JAN_25, Map.of("istanbul", 1, "rafah", 1, "kyriakos-mitsotakis", 1), unrelatedHash(3));
        assertThat(grouper.assign("places2", JAN_25, Map.of("istanbul", 1, "rafah", 1, "nato", 1),
                unrelatedHash(4))).isEqualTo("places2");
    }

    @Test
    void storyRollsForwardThroughRecentMembers() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        long h = 1;
        for (int day = 0; day < 6; day += 2) {
            assertThat(grouper.assign("day" + day, JAN_25.plusDays(day), OUTLET_ONE, h)).isEqualTo("day0");
            h <<= 9;
        }
    }

    @Test
    void forgetsTheLeastRecentlyUsedStoriesBeyondTheWindow() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS, 2, 0.4, 5.0, 3, 2);
        grouper.assign("kalin", JAN_25, OUTLET_ONE, 0L);
        grouper.assign("s2", JAN_25, Map.of("kyriakos-mitsotakis", 2, "greece", 2), 0L);
        grouper.assign("s3", JAN_25, Map.of("nato", 2, "united-states", 2, "khalil-al-hayya", 1), 0L);
        assertThat(grouper.storyCount()).isEqualTo(2);
        assertThat(grouper.assign("again", JAN_25, OUTLET_TWO, 0L)).isEqualTo("again");
    }

    @Test
    void deterministicOverARun() {
        assertThat(run()).isEqualTo(run());
    }

    private static List<String> run() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS, 2, 0.4, 5.0, 3, 5);
        List<String> ids = new ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        List<String> entities = new ArrayList<>(TYPES.keySet());
        java.util.Collections.sort(entities);
        for (int i = 0; i < 300; i++) {
            Map<String, Integer> mentions = new java.util.HashMap<>();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                mentions.merge(entities.get(random.nextInt(entities.size())), 1 + random.nextInt(3), Integer::sum);
            }
            ids.add(grouper.assign("a" + i, JAN_25.plusDays(random.nextInt(10)), mentions, random.nextLong()));
        }
        return ids;
    }

    /** Hashes far apart from each other (~32 bits), so no near-duplicate match interferes. */
    private static long unrelatedHash(int i) {
        return SimHash.hash("unrelated " + i);
    }

    @Test
    void typeWeights() {
        assertThat(WEIGHTS.applyAsDouble("ibrahim-kalin")).isEqualTo(3.0);
        assertThat(WEIGHTS.applyAsDouble("hamas")).isEqualTo(2.0);
        assertThat(WEIGHTS.applyAsDouble("gaza-strip")).isEqualTo(1.0);
        assertThat(WEIGHTS.applyAsDouble("unknown-id")).isEqualTo(1.0);
    }

    @Test
    void rejectsBadSettingsAndMissingValues() {
        assertThatThrownBy(() -> new StoryGrouper(WEIGHTS, -1, 0.4, 5, 3, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoryGrouper(WEIGHTS, 2, 0, 5, 3, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoryGrouper(WEIGHTS, 2, 0.4, 5, 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        assertThatThrownBy(() -> grouper.assign(null, JAN_25, Map.of(), 1L)).isInstanceOf(NullPointerException.class);
        assertThat(grouper.assign("a", JAN_25, null, 1L)).isEqualTo("a");
    }

    @Test
    void anUndatedReportJoinsTheStoryItsEntitiesMatch() {
        StoryGrouper grouper = new StoryGrouper(WEIGHTS);
        Map<String, Integer> meeting = Map.of("ibrahim-kalin", 3, "hamas", 4, "khalil-al-hayya", 2, "istanbul", 2);
        // Simhashes far apart: only the entities can join these.
        assertThat(grouper.assign("dated", JAN_25, meeting, 0x00000000FFFFFFFFL)).isEqualTo("dated");
        assertThat(grouper.assign("undated", null, meeting, 0xFFFFFFFF00000000L)).isEqualTo("dated");
        assertThat(grouper.assign("unrelated", null, Map.of("united-nations", 2, "qatar", 1), 0x5555555555555555L))
                .isEqualTo("unrelated");
    }

    @Test
    void forgottenStoriesLeaveNothingBehindInTheIndexes() {
        // A million-article run ran out of heap when evicted stories stayed in the band index.
        StoryGrouper grouper = new StoryGrouper(WEIGHTS, 2, 0.4, 5, 3, 50);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            grouper.assign("a" + i, JAN_25.plusDays(i / 100), Map.of("e" + random.nextInt(500), 1), random.nextLong());
        }
        assertThat(grouper.storyCount()).isEqualTo(50);
        assertThat(grouper.bandReferences()).isLessThanOrEqualTo(50 * StoryGrouper.RECENT_HASHES * 4);
    }
}
