package dev.newsetl.extract;

import java.util.Objects;

/**
 * A quoted passage and who the sentence says spoke it.
 *
 * @param quote       the words inside the quotation marks, trimmed, without the comma that closes
 *                    {@code “...,” X said}
 * @param speakerText the speaker as written, a short noun phrase ({@code Fidan}, {@code a member of the delegation},
 *                    {@code Turkish President Recep Tayyip Erdogan}); null when the sentence names none
 */
public record ExtractedQuote(String quote, String speakerText) {
    public ExtractedQuote {
        Objects.requireNonNull(quote, "quote");
    }
}
