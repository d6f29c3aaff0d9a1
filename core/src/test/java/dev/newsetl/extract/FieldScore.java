package dev.newsetl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Exact-match accuracy of one article field over the evaluation set, with the articles that differ. */
final class FieldScore {

    private final String field;
    private int correct;
    private int total;
    private final List<String> differences = new ArrayList<>();

    FieldScore(String field) {
        this.field = field;
    }

    void add(String file, Object expected, Object found) {
        total++;
        if (Objects.equals(expected, found)) {
            correct++;
        } else {
            differences.add("  " + file + ": expected " + expected + ", found " + found);
        }
    }

    String field() {
        return field;
    }

    int correct() {
        return correct;
    }

    int total() {
        return total;
    }

    double accuracy() {
        return total == 0 ? 1.0 : (double) correct / total;
    }

    List<String> differences() {
        return differences;
    }
}
