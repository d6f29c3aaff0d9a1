package dev.newsetl.article;

import java.util.Objects;

/** A reason and a human-readable detail, before it is tied to a file. */
public record Rejection(RejectReason reason, String detail) implements Decoded {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
