package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recognizer for tests: tags every whole-word occurrence of the spellings it is given (longest first, suffixes
 * after an apostrophe included in the span as a statistical recognizer would), so the linking and canonical rules
 * around it can be tested deterministically.
 */
public final class TaggingRecognizer implements NameRecognizer {
    private final Map<String, EntityType> spellings = new LinkedHashMap<>();
    private final double confidence;

    public TaggingRecognizer(double confidence) {
        this.confidence = confidence;
    }

    public TaggingRecognizer tag(EntityType type, String... surfaces) {
        for (String s : surfaces) {
            spellings.put(s, type);
        }
        return this;
    }

    @Override
    public List<RecognizedName> recognize(String text, String language) {
        List<RecognizedName> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String best = null;
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                for (String s : spellings.keySet()) {
                    int end = i + s.length();
                    if (text.startsWith(s, i)
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                            && (best == null || s.length() > best.length())) {
                        best = s;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.length();
            if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
                end++;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            out.add(new RecognizedName(i, end, spellings.get(best), confidence));
            i = end;
        }
        return out;
    }
}
