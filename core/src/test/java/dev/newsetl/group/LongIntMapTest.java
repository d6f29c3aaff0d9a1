package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void behavesLikeAHashMap() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(5000) - 2500L; // includes 0 and negatives
            int value = random.nextInt(1_000_000);
            Integer previous = reference.put(key, value);
            assertThat(map.put(key, value)).isEqualTo(previous == null ? LongIntMap.ABSENT : previous);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        for (long key = -2600; key < 2600; key++) {
            assertThat(map.get(key)).isEqualTo(reference.getOrDefault(key, LongIntMap.ABSENT));
        }
    }
}
