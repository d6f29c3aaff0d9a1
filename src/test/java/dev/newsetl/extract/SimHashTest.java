package dev.newsetl.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashTest {

    private static final String ORIGINAL = Fixtures.read("simhash-ceasefire-talks-original.txt");
    private static final String UNRELATED = Fixtures.read("simhash-football-derby-unrelated.txt");

    @Test
    void sameTextSameHash() {
        assertThat(SimHash.of(ORIGINAL)).isEqualTo(SimHash.of(new String(ORIGINAL.toCharArray())));
    }

    @Test
    void whitespaceAndLineBreakChangesDoNotMatter() {
        String reflowed = ORIGINAL.replace("\n\n", "\r\n\r\n   ").replace(" ", "  ").replace(". ", ".\n");
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(reflowed))).isZero();
    }

    @Test
    void quoteStyleCaseAndTurkishLettersDoNotMatter() {
        String variant = ORIGINAL.replace('"', '\u201C').replace("İbrahim Kalın", "IBRAHIM KALIN")
                .replace("Türkiye", "Turkiye").replace("Erdoğan", "Erdogan");
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(variant))).isZero();
    }

    @Test
    void changedHeadlineStaysWithinThreshold() {
        String resent = ORIGINAL.replaceFirst("Türkiye hosts Hamas negotiators as Rafah reopening nears",
                "Turkish spy chief meets Hamas team in Istanbul ahead of crossing decision");
        int distance = SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(resent));
        assertThat(distance).isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void smallEditInTheBodyStaysWithinThreshold() {
        String edited = ORIGINAL.replace("about three hours", "nearly four hours")
                .replace("on Saturday", "on Saturday evening");
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(edited)))
                .isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void unrelatedArticlesAreFarApart() {
        int distance = SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(UNRELATED));
        assertThat(distance).isGreaterThan(16);
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0L, 0L)).isZero();
        assertThat(SimHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    }

    @Test
    void emptyAndShortTexts() {
        assertThat(SimHash.of("")).isZero();
        assertThat(SimHash.of(null)).isZero();
        assertThat(SimHash.of(" ,.; ")).isZero();
        assertThat(SimHash.of("Gaza")).isNotZero().isEqualTo(SimHash.of("  GAZA! "));
        assertThat(SimHash.of("Gaza truce")).isNotEqualTo(SimHash.of("Gaza"));
    }

    @Test
    void foldingRemovesMarksAndDotlessI() {
        assertThat(SimHash.words("İbrahim Kalın, Türkiye'nin")).containsExactly("ibrahim", "kalin", "turkiye", "nin");
    }

    @Test
    void hashIsStableAcrossRuns() {
        // A fixed value: the hash must not depend on String.hashCode seeds or the JVM.
        assertThat(SimHash.hash("gaza cease fire")).isEqualTo(SimHash.hash("gaza cease fire"));
        assertThat(SimHash.of("one two three four")).isEqualTo(SimHash.of("one two three four"));
        assertThat(Long.toHexString(SimHash.hash(""))).isEqualTo(Long.toHexString(fmix(0xcbf29ce484222325L)));
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
