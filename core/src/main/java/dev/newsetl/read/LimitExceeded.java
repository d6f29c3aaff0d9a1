package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.IOException;

/** Thrown inside a reader when input passes one of the {@link InputLimits}; caught there and made a reject. */
final class LimitExceeded extends IOException {
    private final RejectReason reason;

    LimitExceeded(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }
}
