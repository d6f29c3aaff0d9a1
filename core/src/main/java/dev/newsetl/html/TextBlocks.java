package dev.newsetl.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a DOM subtree into {@link TextBlock}s in reading order. An element with no block-level children is one
 * block; an element that mixes loose text and blocks yields its loose runs as blocks of its own (sites that write
 * {@code <div>text<br><br>text<p>...}); two {@code <br>} in a row end a paragraph. Table rows of plain cells are one
 * block each; captions ({@code figcaption}, caption classes) are blocks of kind CAPTION.
 */
final class TextBlocks {
    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "aside",
            "header",
            "footer",
            "nav",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "address",
            "hr",
            "center",
            "details",
            "summary",
            "caption",
            "body",
            "hgroup",
            "menu",
            "picture");
    private static final Set<String> CAPTION_WORDS = Set.of(
            "caption",
            "figcaption",
            "bildunterschrift",
            "legende",
            "legend",
            "bu",
            "imagecaption",
            "credit",
            "credits",
            "photographer",
            "fotograf",
            "bildnachweis",
            "bildquelle",
            "photocredit",
            "credito",
            "imagedescription",
            "bildtext");

    private TextBlocks() {}

    static List<TextBlock> of(Element root) {
        List<TextBlock> out = new ArrayList<>();
        walk(root, out, 0);
        return out;
    }

    private static void walk(Element el, List<TextBlock> out, int depth) {
        String tag = el.normalName();
        if (depth > 600) {
            return;
        }
        if (isCaption(el)) {
            add(out, el, TextBlock.Kind.CAPTION, el.text(), linkChars(el));
            return;
        }
        if (tag.equals("tr") && plainRow(el)) {
            add(out, el, TextBlock.Kind.TABLE_ROW, el.text(), linkChars(el));
            return;
        }
        if (!hasBlockChild(el)) {
            if (!tag.equals("br") && !tag.equals("hr") && !tag.equals("img")) {
                addRuns(out, el, kind(tag), el);
            }
            return;
        }
        StringBuilder run = new StringBuilder();
        int[] links = {0};
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                run.append(t.getWholeText());
            } else if (child instanceof Element c) {
                if (isBlock(c)) {
                    flush(out, el, run, links);
                    walk(c, out, depth + 1);
                } else if (c.normalName().equals("br")) {
                    run.append('\n');
                } else {
                    run.append(' ').append(c.text()).append(' ');
                    links[0] += linkChars(c);
                }
            }
        }
        flush(out, el, run, links);
    }

    /** A leaf block, split where the page has two line breaks in a row. */
    private static void addRuns(List<TextBlock> out, Element el, TextBlock.Kind kind, Element source) {
        if (source.selectFirst("br") == null) {
            add(out, el, kind, el.text(), linkChars(el));
            return;
        }
        StringBuilder run = new StringBuilder();
        int[] links = {0};
        collectInline(source, run, links);
        String[] parts = run.toString().split("\\n\\s*\\n");
        for (String part : parts) {
            int share = parts.length == 1
                    ? links[0]
                    : Math.min(links[0], (int) ((long) links[0] * part.length() / Math.max(1, run.length())));
            add(out, el, kind, part, share);
        }
    }

    private static void collectInline(Element el, StringBuilder run, int[] links) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                run.append(t.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    run.append('\n');
                } else if (c.normalName().equals("a")) {
                    String text = c.text();
                    run.append(text);
                    links[0] += text.length();
                } else {
                    collectInline(c, run, links);
                }
            }
        }
    }

    private static void flush(List<TextBlock> out, Element el, StringBuilder run, int[] links) {
        if (run.length() == 0) {
            return;
        }
        String[] parts = run.toString().split("\\n\\s*\\n");
        for (String part : parts) {
            add(out, el, TextBlock.Kind.PARAGRAPH, part, parts.length == 1 ? links[0] : 0);
        }
        run.setLength(0);
        links[0] = 0;
    }

    private static void add(List<TextBlock> out, Element origin, TextBlock.Kind kind, String raw, int links) {
        String text = collapse(raw);
        if (!text.isEmpty()) {
            out.add(new TextBlock(origin, kind, text, Math.min(links, text.length())));
        }
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static int linkChars(Element el) {
        int n = 0;
        for (Element a : el.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }

    private static boolean isBlock(Element c) {
        return BLOCK_TAGS.contains(c.normalName()) || hasBlockChild(c);
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) {
            if (BLOCK_TAGS.contains(c.normalName()) || (!c.children().isEmpty() && hasBlockChild(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainRow(Element tr) {
        for (Element cell : tr.children()) {
            if (hasBlockChild(cell)) {
                return false;
            }
        }
        return true;
    }

    static boolean isCaption(Element el) {
        // Everything a figure holds besides its picture is its caption and credit.
        if (el.normalName().equals("figcaption")
                || el.normalName().equals("figure")
                || el.attr("itemprop").equalsIgnoreCase("caption")) {
            return true;
        }
        for (String word : ClassWords.of(el)) {
            if (CAPTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static TextBlock.Kind kind(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre" -> TextBlock.Kind.PRE;
            case "figcaption" -> TextBlock.Kind.CAPTION;
            default -> TextBlock.Kind.PARAGRAPH;
        };
    }
}
