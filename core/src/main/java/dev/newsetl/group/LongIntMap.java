package dev.newsetl.group;

import java.util.Arrays;

/**
 * A map from long to non-negative int in two primitive arrays (open addressing, linear probing): ~24 bytes per entry
 * at the worst load, against ~80 for a {@code HashMap<Long, Integer>} entry with its boxes.
 */
final class LongIntMap {

    static final int ABSENT = -1;
    private static final float MAX_LOAD = 0.5f;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        keys = new long[16];
        values = new int[16];
        Arrays.fill(values, ABSENT);
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (values[slot] == ABSENT) {
                return ABSENT;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    /** Sets the value and returns the previous one, or ABSENT. */
    int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be non-negative: " + value);
        }
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (values[slot] == ABSENT) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return ABSENT;
            }
            if (keys[slot] == key) {
                int previous = values[slot];
                values[slot] = value;
                return previous;
            }
        }
    }

    int size() {
        return size;
    }

    /** Drops every entry whose value is at most {@code max}. */
    void removeValuesUpTo(int max) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length];
        values = new int[oldValues.length];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT && oldValues[i] > max) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
