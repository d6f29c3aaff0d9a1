package dev.newsetl.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision and recall of a clustering against gold clusters, averaged over items. */
record BCubed(double precision, double recall) {
    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code predicted.get(i)} and {@code gold.get(i)} are item i's cluster labels. */
    static BCubed score(List<String> predicted, List<String> gold) {
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += shared / (double) predictedSize.get(predicted.get(i));
            r += shared / (double) goldSize.get(gold.get(i));
        }
        int n = predicted.size();
        return new BCubed(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n);
    }

    @Override
    public String toString() {
        return String.format("P %.3f R %.3f F1 %.3f", precision, recall, f1());
    }
}
