package dev.newsetl.group;

import dev.newsetl.extract.ContentHash;
import dev.newsetl.extract.Fixtures;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDuplicateIndexTest {

    @Test
    void emptyIndexFindsNothing() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        assertThat(index.firstMatch(123L, "abc")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void sameShaMatchesWhateverTheSimhash() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        index.add("a1", 0x0L, "sha-1");
        assertThat(index.firstMatch(-1L, "sha-1")).contains("a1");
        assertThat(index.firstMatch(-1L, "sha-2")).isEmpty();
    }

    @Test
    void simhashWithinDistanceMatchesBeyondDoesNot() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        long h = 0x5A5A_1234_F0F0_0F0FL;
        index.add("orig", h, "s1");
        // Three flipped bits, spread over all bands.
        assertThat(index.firstMatch(h ^ (1L | 1L << 30 | 1L << 63), "other")).contains("orig");
        // Four flipped bits: too far.
        assertThat(index.firstMatch(h ^ (1L | 1L << 20 | 1L << 40 | 1L << 60), "other")).isEmpty();
    }

    @Test
    void flippedBitsAllInOneBandAreStillFound() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        long h = 0x0123_4567_89AB_CDEFL;
        index.add("orig", h, null);
        assertThat(index.firstMatch(h ^ 0b111L, null)).contains("orig");
        assertThat(index.firstMatch(h ^ (0b111L << 61), null)).contains("orig");
    }

    @Test
    void earliestMatchWins() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        long h = 0x7777_0000_7777_0000L;
        index.add("first", h ^ 0b11L, "x");
        index.add("second", h, "y");
        index.add("third", h, "z");
        assertThat(index.firstMatch(h, "z")).contains("first");
        assertThat(index.firstMatch(h ^ (0b11L << 40), "none")).contains("second");
    }

    @Test
    void exactMatchIndexWithDistanceZero() {
        NearDuplicateIndex index = new NearDuplicateIndex(0);
        index.add("a", 42L, null);
        assertThat(index.firstMatch(42L, null)).contains("a");
        assertThat(index.firstMatch(43L, null)).isEmpty();
    }

    @Test
    void agreesWithBruteForceOnRandomData() {
        Random random = new Random(7);
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long h;
            if (!hashes.isEmpty() && random.nextInt(3) == 0) {
                // a near copy of an earlier one, 0..5 bits flipped
                h = hashes.get(random.nextInt(hashes.size()));
                int flips = random.nextInt(6);
                for (int f = 0; f < flips; f++) {
                    h ^= 1L << random.nextInt(64);
                }
            } else {
                h = random.nextLong();
            }
            Optional<String> expected = Optional.empty();
            for (int j = 0; j < hashes.size(); j++) {
                if (Long.bitCount(hashes.get(j) ^ h) <= 3) {
                    expected = Optional.of("id" + j);
                    break;
                }
            }
            assertThat(index.firstMatch(h, "sha" + i)).as("article %d", i).isEqualTo(expected);
            index.add("id" + i, h, "sha" + i);
            hashes.add(h);
        }
        assertThat(index.size()).isEqualTo(3000);
    }

    @Test
    void sameInputsSameAnswers() {
        assertThat(run()).isEqualTo(run());
    }

    private static List<Optional<String>> run() {
        Random random = new Random(99);
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        List<Optional<String>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long h = random.nextLong() & 0xFFFF_0000_FFFFL;
            String sha = "s" + random.nextInt(50);
            answers.add(index.firstMatch(h, sha));
            index.add("id" + i, h, sha);
        }
        return answers;
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new NearDuplicateIndex(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateIndex(32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateIndex(3).add(null, 1L, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withRealArticles() {
        String original = Fixtures.read("simhash-ceasefire-talks-original.txt");
        String resent = original.replace("\n\n", "\n \n");
        String unrelated = Fixtures.read("simhash-football-derby-unrelated.txt");
        NearDuplicateIndex index = new NearDuplicateIndex(SimHash.NEAR_DUPLICATE_DISTANCE);
        index.add("orig", SimHash.of(original), ContentHash.sha256Hex(original));
        assertThat(index.firstMatch(SimHash.of(resent), ContentHash.sha256Hex(resent))).contains("orig");
        assertThat(index.firstMatch(SimHash.of(unrelated), ContentHash.sha256Hex(unrelated))).isEmpty();
    }
}
