package dev.newsetl.names.ner;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.util.Map;

/**
 * An OpenNLP maximum-entropy model (trained by its quasi-Newton trainer) re-laid out for fast scoring: each
 * predicate's 64-bit FNV-1a hash in an open-addressing table, its weights in one flat array. Scoring a token then
 * hashes the chars of each feature and adds a row of weights, with no string built and no map node followed;
 * probabilities are the same softmax of summed weights OpenNLP computes (a test compares the two).
 */
final class CompactModel {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

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
            long h = finish(feed(FNV_OFFSET, p, 0, p.length()));
            int slot = (int) (h ^ (h >>> 32)) & mask;
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

    private static long feed(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long finish(long h) {
        return h == 0 ? 1 : h; // 0 marks an empty slot
    }

    /** One token's summed weights; reset, fill through {@link FeatureSink}, then {@link #softmax()}. */
    final class Scores implements FeatureSink {
        final double[] values = new double[outcomes.length];

        void reset() {
            java.util.Arrays.fill(values, 0.0);
        }

        @Override
        public void add(String prefix, String a, int from, int to, char sep, String b) {
            long h = feed(FNV_OFFSET, prefix, 0, prefix.length());
            h = feed(h, a, from, to);
            if (sep != NONE) {
                h = (h ^ sep) * FNV_PRIME;
            }
            if (b != null) {
                h = feed(h, b, 0, b.length());
            }
            h = finish(h);
            int slot = (int) (h ^ (h >>> 32)) & mask;
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
