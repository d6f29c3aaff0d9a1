package dev.newsetl.write;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markup that is safe to write into a page we publish. There is no way to wrap an arbitrary string as markup: a
 * page is built only from {@link #of templates} written in our code whose {@code {}} placeholders are filled with
 * escaped values, so every string that came from input (titles, names, file names, sources, reasons) is text,
 * whichever branch adds it. A template is checked as it is filled: a placeholder where escaping is not enough (in a
 * {@code <script>} or {@code <style>}, a comment, an unquoted attribute, an event handler, a URL or style attribute)
 * is a programming error, refused on first use. Data for a script goes through {@link #jsonScript}.
 *
 * <p>Escaping also makes invisible and direction-changing characters visible ({@code [U+202E]}): a right-to-left
 * override or a zero-width space in a file name must not make the page say something else than the data.
 */
public final class Html {
    private static final String PLACEHOLDER = "{}";
    /** Attributes whose value is a URL, a style sheet or code: no input-derived value is ever put there. */
    private static final Set<String> UNSAFE_ATTRIBUTES = Set.of(
            "href",
            "src",
            "srcset",
            "srcdoc",
            "action",
            "formaction",
            "style",
            "background",
            "poster",
            "data",
            "xlink:href",
            "codebase",
            "cite",
            "ping",
            "content",
            "http-equiv");

    private static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Fills a template written in our code: each {@code {}} takes the next value, escaped. A value that is itself
     * {@code Html} is inserted as it is (text positions only); {@code null} is empty.
     *
     * @throws IllegalArgumentException when a placeholder sits where escaping cannot make a value safe, or the
     *                                  number of values does not match the placeholders
     */
    public static Html of(String template, Object... values) {
        StringBuilder out = new StringBuilder(template.length() + 16 * values.length);
        Scanner scanner = new Scanner(template);
        int used = 0;
        int from = 0;
        for (int at = template.indexOf(PLACEHOLDER); at >= 0; at = template.indexOf(PLACEHOLDER, from)) {
            Context context = scanner.advanceTo(at);
            if (used == values.length) {
                throw new IllegalArgumentException("more placeholders than values in template: " + template);
            }
            Object value = values[used++];
            out.append(template, from, at);
            if (context == Context.TEXT && value instanceof Html html) {
                out.append(html.markup);
            } else if (context == Context.TEXT || context == Context.QUOTED_ATTRIBUTE) {
                if (value instanceof Html) {
                    throw new IllegalArgumentException("markup inside an attribute value: " + template);
                }
                escape(value == null ? "" : value.toString(), out);
            } else {
                throw new IllegalArgumentException(
                        "a value " + context.where + " cannot be escaped safely: " + template);
            }
            from = at + PLACEHOLDER.length();
        }
        if (used != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + used + " placeholders: " + template);
        }
        scanner.advanceTo(template.length());
        return new Html(out.append(template, from, template.length()).toString());
    }

    /** A value as text. */
    public static Html text(Object value) {
        return of(PLACEHOLDER, value);
    }

    public static Html join(List<Html> parts) {
        if (parts.isEmpty()) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.markup));
        return new Html(out.toString());
    }

    /**
     * A data block a script may read ({@code <script type="application/json" id="...">}), never run. {@code json}
     * must be JSON (from a JSON library): {@code <}, {@code >} and {@code &} can then only occur inside strings,
     * where their {@code \}{@code u} escapes mean the same, so {@code </script>} and {@code <!--} cannot end the
     * block; U+2028 and U+2029 are escaped for scripts that read it as JavaScript.
     */
    public static Html jsonScript(String id, String json) {
        StringBuilder data = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> data.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> data.append(c);
            }
        }
        StringBuilder out = new StringBuilder("<script type=\"application/json\" id=\"");
        escape(id, out);
        return new Html(out.append("\">").append(data).append("</script>").toString());
    }

    /** The markup, to write into the page. */
    @Override
    public String toString() {
        return markup;
    }

    /** A page or a part of one, built up piece by piece from templates. */
    public static final class Builder {
        private final StringBuilder markup = new StringBuilder(16_384);

        public Builder add(Html html) {
            markup.append(html.markup);
            return this;
        }

        /** Same as {@code add(Html.of(template, values))}. */
        public Builder add(String template, Object... values) {
            return add(of(template, values));
        }

        public Html build() {
            return new Html(markup.toString());
        }
    }

    /** Escapes for text and for quoted attribute values alike. */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (isHidden(c)) {
                        out.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * Controls, direction overrides and isolates, and zero-width characters that are not needed to spell a word (the
     * zero-width joiner and non-joiner are: Persian, emoji).
     */
    private static boolean isHidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C'
                || c == '\u200B'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\uFEFF'
                || c == '\u180E';
    }

    private enum Context {
        TEXT("in text"),
        TAG("in a tag, outside quotes"),
        QUOTED_ATTRIBUTE("in an attribute"),
        UNSAFE_ATTRIBUTE("in a URL, style or event attribute"),
        RAW_TEXT("in a script or style element"),
        COMMENT("in a comment");

        final String where;

        Context(String where) {
            this.where = where;
        }
    }

    /** Follows a template far enough to know where each placeholder sits (our templates are simple HTML). */
    private static final class Scanner {
        private final String template;
        private int at;
        private Context context = Context.TEXT;
        private char quote;
        private String tag = "";
        private boolean closing;
        private String attribute = "";
        private final StringBuilder name = new StringBuilder();

        Scanner(String template) {
            this.template = template;
        }

        Context advanceTo(int end) {
            for (; at < end; at++) {
                char c = template.charAt(at);
                switch (context) {
                    case TEXT -> {
                        if (template.startsWith("<!--", at)) {
                            context = Context.COMMENT;
                        } else if (c == '<') {
                            context = Context.TAG;
                            closing = at + 1 < template.length() && template.charAt(at + 1) == '/';
                            tag = tagName(closing ? at + 2 : at + 1);
                            name.setLength(0);
                        }
                    }
                    case COMMENT -> {
                        if (template.startsWith("-->", at)) {
                            at += 2;
                            context = Context.TEXT;
                        }
                    }
                    case RAW_TEXT -> {
                        if (template.regionMatches(true, at, "</" + tag, 0, tag.length() + 2)) {
                            context = Context.TAG;
                            closing = true;
                            at += 1;
                        }
                    }
                    case TAG -> {
                        if (c == '"' || c == '\'') {
                            quote = c;
                            context = UNSAFE_ATTRIBUTES.contains(attribute) || attribute.startsWith("on")
                                    ? Context.UNSAFE_ATTRIBUTE
                                    : Context.QUOTED_ATTRIBUTE;
                        } else if (c == '>') {
                            boolean raw = !closing && (tag.equals("script") || tag.equals("style"));
                            context = raw ? Context.RAW_TEXT : Context.TEXT;
                        } else if (c == '=') {
                            attribute = name.toString().toLowerCase(Locale.ROOT);
                            name.setLength(0);
                        } else if (Character.isWhitespace(c) || c == '/') {
                            if (!name.isEmpty()) {
                                attribute = name.toString().toLowerCase(Locale.ROOT);
                            }
                            name.setLength(0);
                        } else {
                            name.append(c);
                        }
                    }
                    case QUOTED_ATTRIBUTE, UNSAFE_ATTRIBUTE -> {
                        if (c == quote) {
                            context = Context.TAG;
                            name.setLength(0);
                            attribute = "";
                        }
                    }
                    default -> throw new IllegalStateException(context.toString());
                }
            }
            if (context == Context.TAG && !name.isEmpty()) {
                attribute = name.toString().toLowerCase(Locale.ROOT);
            }
            return context;
        }

        private String tagName(int from) {
            int end = from;
            while (end < template.length()
                    && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '-')) {
                end++;
            }
            return template.substring(from, end).toLowerCase(Locale.ROOT);
        }
    }
}
