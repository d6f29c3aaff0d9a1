package dev.newsetl.html;

import org.jsoup.nodes.Element;

/**
 * One run of text in a page as a reader sees it: a paragraph, heading, list item, quote, table row or caption.
 *
 * @param origin    the element the text belongs to (a block's own element, or the container of loose text)
 * @param kind      what sort of block it is
 * @param text      the text, whitespace collapsed
 * @param linkChars how many of its characters are link text
 */
record TextBlock(Element origin, Kind kind, String text, int linkChars) {
    enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        TABLE_ROW,
        PRE,
        CAPTION
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Characters of text that are not links: what the container scoring counts. */
    int ownChars() {
        return Math.max(0, text.length() - linkChars);
    }
}
