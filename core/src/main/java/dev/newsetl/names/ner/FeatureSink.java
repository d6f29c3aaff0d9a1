package dev.newsetl.names.ner;

/**
 * Where {@link DocumentFeatures} puts a token's features. A feature is the concatenation {@code prefix + a + b}
 * (b optional); training makes it a string ({@link Strings}), tagging only hashes its chars and adds the model's
 * weights for it ({@link CompactModel.Scores}), so no string is built per token at run time.
 */
interface FeatureSink {

    /** Adds {@code prefix + a[from, to) + sep + b}; {@code sep} 0 and {@code b} null mean none. */
    void add(String prefix, String a, int from, int to, char sep, String b);

    default void add(String prefix, String a) {
        add(prefix, a, 0, a.length(), NONE, null);
    }

    default void add(String prefix, String a, String b) {
        add(prefix, a, 0, a.length(), NONE, b);
    }

    default void add(String prefix, String a, char sep, String b) {
        add(prefix, a, 0, a.length(), sep, b);
    }

    char NONE = 0;

    /** Collects the features as strings, the form OpenNLP trains on. */
    final class Strings implements FeatureSink {
        private final java.util.List<String> features = new java.util.ArrayList<>(48);

        @Override
        public void add(String prefix, String a, int from, int to, char sep, String b) {
            StringBuilder sb = new StringBuilder(prefix.length() + (to - from) + (b == null ? 1 : b.length() + 1));
            sb.append(prefix).append(a, from, to);
            if (sep != NONE) {
                sb.append(sep);
            }
            if (b != null) {
                sb.append(b);
            }
            features.add(sb.toString());
        }

        String[] toArray() {
            return features.toArray(String[]::new);
        }
    }
}
