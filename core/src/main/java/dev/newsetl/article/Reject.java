package dev.newsetl.article;

import java.util.Objects;

/** An input file that did not become an article: a row of rejects.csv. */
public record Reject(String sourceFile, RejectReason reason, String detail) implements FileOutcome {
    public Reject {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static Reject of(String sourceFile, Rejection why) {
        return new Reject(sourceFile, why.reason(), why.detail());
    }
}
