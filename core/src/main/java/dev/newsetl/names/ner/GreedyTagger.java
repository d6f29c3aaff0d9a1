package dev.newsetl.names.ner;

/**
 * Tags a document left to right with one maximum-entropy model, keeping only the best tag at each token (beam 1),
 * and only where a name can be: at tokens with a capital letter and at short lower-case stretches between two of
 * them ({@code Bank of England}, {@code Ministry for Foreign Affairs}). Every other token is {@code O} without being
 * scored, which is most of the cost saved: news text is mostly lower-case.
 */
final class GreedyTagger {

    static final String OUTSIDE = "O";
    /** How far a lower-case connector may sit from the capitals on both sides of it. */
    private static final int BRIDGE = 2;

    private final CompactModel model;
    private final String[] outcomes;
    private final String[] typeOfOutcome;
    private final boolean[] inside;
    private final boolean gated;

    GreedyTagger(CompactModel model) {
        this(model, true);
    }

    /** {@code gated} false scores every token: only for measuring what the gating saves and costs. */
    GreedyTagger(CompactModel model, boolean gated) {
        this.model = model;
        this.gated = gated;
        int n = model.outcomeCount();
        outcomes = new String[n];
        typeOfOutcome = new String[n];
        inside = new boolean[n];
        for (int k = 0; k < n; k++) {
            outcomes[k] = model.outcome(k);
            inside[k] = outcomes[k].startsWith("I-");
            typeOfOutcome[k] = outcomes[k].length() > 2 ? outcomes[k].substring(2) : "";
        }
    }

    GreedyTagger gated(boolean on) {
        return new GreedyTagger(model, on);
    }

    /** The tokens a name can touch: the same rule for training and for tagging. */
    static boolean[] scored(DocumentFeatures f) {
        int n = f.size();
        boolean[] scored = new boolean[n];
        int lastCapital = -100; // no capital yet
        for (int i = 0; i < n; i++) {
            if (f.capital[i]) {
                scored[i] = true;
                if (i - lastCapital - 1 <= BRIDGE) {
                    for (int k = lastCapital + 1; k < i; k++) {
                        scored[k] = true;
                    }
                }
                lastCapital = i;
            }
        }
        return scored;
    }

    /** Tags (BIO over PER / ORG / LOC) into {@code tags}, the chosen tag's probability into {@code confidence}. */
    void tag(DocumentFeatures f, String[] tags, double[] confidence) {
        boolean[] scored = scored(f);
        if (!gated) {
            java.util.Arrays.fill(scored, true);
        }
        CompactModel.Scores scores = model.newScores();
        double[] probabilities = scores.values;
        String previous = OUTSIDE;
        String beforeThat = OUTSIDE;
        for (int i = 0; i < f.size(); i++) {
            String tag = OUTSIDE;
            double p = 1.0;
            if (scored[i]) {
                scores.reset();
                f.features(i, previous, beforeThat, scores);
                scores.softmax();
                int best = -1;
                for (int k = 0; k < outcomes.length; k++) {
                    if (inside[k] && !continues(previous, typeOfOutcome[k])) {
                        continue; // I-X only after B-X or I-X
                    }
                    if (best < 0 || probabilities[k] > probabilities[best]) {
                        best = k;
                    }
                }
                tag = outcomes[best];
                p = probabilities[best];
            }
            tags[i] = tag;
            confidence[i] = p;
            beforeThat = previous;
            previous = tag;
        }
    }

    private static boolean continues(String previous, String type) {
        return previous.length() > 2 && previous.endsWith(type) && previous.length() == type.length() + 2;
    }
}
