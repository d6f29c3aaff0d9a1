package dev.newsetl.names;

import java.util.List;

/**
 * Finds the names of people, organizations and places in a text, including every name no dictionary lists.
 * Implementations are thread-safe and never throw on odd text: whatever the input, the answer is a list.
 */
public interface NameRecognizer {

    /** A recognizer that finds nothing: the dictionary alone (setting {@code newsetl.names.recognizer=false}). */
    NameRecognizer NONE = (text, language) -> List.of();

    /**
     * The names in {@code text}, in text order, not overlapping.
     *
     * @param language ISO 639-1 code of the text ({@code en}, {@code tr}) or null when unknown
     */
    List<RecognizedName> recognize(String text, String language);
}
