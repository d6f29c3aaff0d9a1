package dev.newsetl.names.ner;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP maximum-entropy model (trained by its quasi-Newton trainer) re-laid out for fast scoring: each
 * predicate's 64-bit FNV-1a hash in an open-addressing table, its weights in one flat array. Scoring a token then
 * hashes the chars of each feature and adds a row of weights, with no string built and no map node followed;
 * probabilities are the same softmax of summed weights OpenNLP computes (a test compares the two).
 */
final class CompactModel {

    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final String[] outcomes;
    private final int mask;

    @SuppressWarnings("unchecked")
    CompactModel(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        outcomes = (String[]) data[2];
        int n = outcomes.length;
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 2)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        weights = new float[predicates.size() * n];
        int row = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String p = e.getKey();
            long h = Fnv64.key(Fnv64.feed(Fnv64.START, p, 0, p.length()));
            int slot = Fnv64.slot(h, mask);
            while (keys[slot] != 0) {
                if (keys[slot] == h) {
                    throw new IllegalStateException("feature hash collision: " + p);
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            rows[slot] = row;
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            for (int k = 0; k < os.length; k++) {
                weights[row * n + os[k]] = (float) ps[k];
            }
            row++;
        }
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int k) {
        return outcomes[k];
    }

    Scores newScores() {
        return new Scores();
    }

    /** One token's summed weights; reset, fill through {@link FeatureSink}, then {@link #softmax()}. */
    final class Scores implements FeatureSink {
        final double[] values = new double[outcomes.length];

        void reset() {
            java.util.Arrays.fill(values, 0.0);
        }

        @Override
        public void add(String prefix, String a, int from, int to, char sep, String b) {
            long h = Fnv64.feed(Fnv64.START, prefix, 0, prefix.length());
            h = Fnv64.feed(h, a, from, to);
            if (sep != NONE) {
                h = Fnv64.feed(h, sep);
            }
            if (b != null) {
                h = Fnv64.feed(h, b, 0, b.length());
            }
            h = Fnv64.key(h);
            int slot = Fnv64.slot(h, mask);
            while (true) {
                long k = keys[slot];
                if (k == h) {
                    int base = rows[slot] * values.length;
                    for (int o = 0; o < values.length; o++) {
                        values[o] += weights[base + o];
                    }
                    return;
                }
                if (k == 0) {
                    return; // a feature the model never saw
                }
                slot = (slot + 1) & mask;
            }
        }

        /** Turns the sums into probabilities, as OpenNLP's model does. */
        void softmax() {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int o = 0; o < values.length; o++) {
                values[o] = Math.exp(values[o] - max);
                sum += values[o];
            }
            for (int o = 0; o < values.length; o++) {
                values[o] /= sum;
            }
        }
    }
}
