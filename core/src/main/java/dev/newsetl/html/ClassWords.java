package dev.newsetl.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}: {@code post-comments}, {@code shareBar} and
 * {@code related_links} are the words {@code post comments}, {@code share bar}, {@code related links}, so patterns
 * match whole words and {@code shadow} or {@code download} never match {@code ad}.
 */
final class ClassWords {
    private ClassWords() {}

    static List<String> of(Element e) {
        List<String> words = new ArrayList<>();
        add(e.className(), words);
        add(e.id(), words);
        return words;
    }

    /** The class and id tokens as written, lower-cased ({@code post-comments}). */
    static List<String> tokens(Element e) {
        List<String> tokens = new ArrayList<>();
        String all = e.className() + " " + e.id();
        int start = -1;
        for (int i = 0; i <= all.length(); i++) {
            boolean space = i == all.length() || Character.isWhitespace(all.charAt(i));
            if (space && start >= 0) {
                tokens.add(all.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static void add(String value, List<String> words) {
        if (value == null || value.isEmpty() || value.length() > 1000) {
            return;
        }
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c);
            boolean camel = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if ((boundary || camel) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!boundary) {
                word.append(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
    }
}
