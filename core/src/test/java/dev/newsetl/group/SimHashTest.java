package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.extract.Fixtures;
import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String ORIGINAL = Fixtures.read("simhash-ceasefire-talks-original.txt");
    private static final String UNRELATED = Fixtures.read("simhash-football-derby-unrelated.txt");

    @Test
    void sameTextSameHash() {
        assertThat(SimHash.of(ORIGINAL)).isEqualTo(SimHash.of(new String(ORIGINAL.toCharArray())));
    }

    @Test
    void whitespaceAndLineBreakChangesDoNotMatter() {
        String reflowed =
                ORIGINAL.replace("\n\n", "\r\n\r\n   ").replace(" ", "  ").replace(". ", ".\n");
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(reflowed))).isZero();
    }

    @Test
    void quoteStyleCaseAndTurkishLettersDoNotMatter() {
        String variant = ORIGINAL.replace('"', '\u201C')
                .replace("İbrahim Kalın", "IBRAHIM KALIN")
                .replace("Türkiye", "Turkiye")
                .replace("Erdoğan", "Erdogan");
        assertThat(SimHash.distance(SimHash.of(ORIGINAL), SimHash.of(variant))).isZero();
    }

    @Test
    void changedHeadlineStaysWithinThreshold() {
        String resent = ORIGINAL.replaceFirst(
                "Türkiye hosts Hamas negotiators as Rafah reopening nears",
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

    @Test
    void spanHashingEqualsHashingJoinedShinglesOfTheFoldedWords() {
        // The hash is computed from word spans without building strings; it must equal the definition: every
        // 3-word shingle of the folded words, joined by single spaces, hashed and voted.
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = {
            "Kalın",
            "KALIN",
            "Türkiye'nin",
            "Gaza",
            "ceasefire",
            "İstanbul",
            "talks",
            "“truce”",
            "2026",
            "ﬁnal",
            "é",
            "ağır",
            "—",
            "a.b",
            "x",
            "\uD835\uDC00"
        };
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            // Mostly short texts, and every tenth long enough (over 255 shingles) to exercise the tally's flush.
            int words = n % 10 == 0 ? 250 + random.nextInt(700) : random.nextInt(12);
            for (int w = 0; w < words; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? " " : ",\n");
            }
            assertThat(SimHash.of(text.toString())).as(text.toString()).isEqualTo(byDefinition(text.toString()));
        }
    }

    private static long byDefinition(String text) {
        java.util.List<String> words = SimHash.words(text);
        if (words.isEmpty()) {
            return 0L;
        }
        int size = Math.min(3, words.size());
        int[] votes = new int[64];
        for (int i = 0; i + size <= words.size(); i++) {
            long h = SimHash.hash(String.join(" ", words.subList(i, i + size)));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            result |= votes[bit] > 0 ? 1L << bit : 0L;
        }
        return result;
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
