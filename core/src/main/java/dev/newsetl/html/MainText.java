package dev.newsetl.html;

import java.util.List;

/**
 * The article's own text found in a page.
 *
 * @param paragraphs the body's paragraphs (and its intertitles, lists and table rows) in page order, never blank
 * @param captions   the captions of its pictures, credits included as written
 * @param credit     the first picture credit found ({@code Foto: dpa}, {@code © Reuters}), or null
 * @param headings   the headings kept after its first paragraph (intertitles), also among the paragraphs, in order
 */
record MainText(List<String> paragraphs, List<String> captions, String credit, List<String> headings) {
    MainText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        headings = List.copyOf(headings);
    }
}
