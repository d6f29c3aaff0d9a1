package dev.newsetl.article;

import java.util.Objects;

/** Text decoded from an input file's bytes, with the character set it was decoded from. */
public record DecodedText(String text, String encoding) implements Decoded {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
