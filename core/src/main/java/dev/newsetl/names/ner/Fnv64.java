package dev.newsetl.names.ner;

/**
 * 64-bit FNV-1a over UTF-16 chars, fed piece by piece, so a feature or phrase made of several strings hashes as
 * their concatenation without being built. With 64 bits, two of the few hundred thousand keys of a model or lexicon
 * colliding is a one-in-a-billion event, and the tables check for it when they are built.
 */
final class Fnv64 {

    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv64() {}

    static long feed(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long feed(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The hash as a table key: never 0, which marks an empty slot. */
    static long key(long h) {
        return h == 0 ? 1 : h;
    }

    static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
