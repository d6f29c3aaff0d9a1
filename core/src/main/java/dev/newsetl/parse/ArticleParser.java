package dev.newsetl.parse;

import dev.newsetl.article.ParsedArticle;
import dev.newsetl.parse.ParagraphSplitter.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the structure of one article's decoded text. The layouts seen in the input:
 * <ol>
 *   <li>a headline line, a photo caption ending in a credit like {@code (AFP Photo)}, blank lines, then
 *   blank-line-separated paragraphs;</li>
 *   <li>no headline: a leading empty line, then one paragraph per line;</li>
 *   <li>a {@code Key: value} header block (Title, Source, Published, URL, Author, ...), a blank line, then a body in
 *   layout 1 without its headline, or plain paragraphs;</li>
 *   <li>wire copy: an ALL-CAPS headline directly above an indented, hard-wrapped body that opens with a dateline
 *   ({@code SALVADOR, Feb 26 - }) and ends with a sign-off ({@code Reuter});</li>
 *   <li>Turkish newspaper copy: a headline, a summary ("spot"), a byline ({@code ÖZEL HABER / NAME} or an indented
 *   ALL-CAPS name), a dateline ({@code ANKARA - }), paragraphs with intertitles between them;</li>
 *   <li>site exports: one paragraph with a breadcrumb, the headline repeated, a page stamp
 *   ({@code Giriş: ... Güncelleme: ...}) and inline ALL-CAPS subheads;</li>
 *   <li>text exported from web pages: a headline, maybe a standfirst, then a publication-time line
 *   ({@code June 6th, 2013 7:38pm EDT}, {@code Posted: May 24, 2005}, see {@link StampLine}), or that line first and
 *   the headline under it, then one paragraph per line.</li>
 * </ol>
 * The title comes from the header's {@code Title}, else from the first line when it reads as a headline and the
 * layout below it says so (a caption, a blank line, an indented body, a dateline, a publication-time line): a file
 * starting with a blank line has no title, and the first paragraph is never promoted to one; a file of one line that
 * ends a sentence is body. What is taken out of the body (title, caption,
 * dateline, byline, summary, intertitles, sign-off, site furniture) is kept in its own field, so no word of the
 * file is lost. Stateless and safe to share between threads. Never throws: a file with no body gets an empty
 * paragraph list, and the caller decides what that means.
 */
public final class ArticleParser {

    private static final ParsedArticle NOTHING = new ParsedArticle(Map.of(), null, null, null, List.of());

    private static final int INTERTITLE_MAX_LENGTH = 100;
    private static final int INTERTITLE_MAX_WORDS = 16;
    private static final int PARAGRAPH_MIN_WORDS = 12;
    private static final int STAMPED_HEADLINE_MAX_WORDS = 20;

    public ArticleParser() {}

    /** The structure of {@code text}, which must already have {@code \n} line ends (stray CRs are tolerated). */
    public ParsedArticle parse(String text) {
        if (text == null || text.isEmpty()) {
            return NOTHING;
        }
        try {
            return new Parse(text).run();
        } catch (RuntimeException e) {
            // Not expected; a parser bug must not stop a batch run, and the caller rejects an empty body.
            return NOTHING;
        }
    }

    /** The state of parsing one text. */
    private static final class Parse {
        private final List<String> lines = new ArrayList<>();
        private int[] indents;
        private String title;
        private PhotoCaption caption;
        private String captionText;
        private String photoCredit;
        private String dateline;
        private java.time.MonthDay datelineDay;
        private String summary;
        private java.time.Instant stampedAt;
        private final List<String> authors = new ArrayList<>();
        private final List<String> subheadings = new ArrayList<>();
        private final List<String> agencies = new ArrayList<>();
        private final List<String> furniture = new ArrayList<>();

        Parse(String text) {
            readLines(text);
        }

        /** Splits at CRLF, CR or LF (a regular-expression split cost a tenth of parsing), keeping each indent. */
        private void readLines(String text) {
            int[] found = new int[64];
            int start = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    found = addLine(text, start, i, found);
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            indents = addLine(text, start, n, found);
        }

        private int[] addLine(String text, int start, int end, int[] found) {
            int[] at = lines.size() == found.length ? java.util.Arrays.copyOf(found, found.length * 2) : found;
            at[lines.size()] = indent(text, start, end);
            lines.add(LineCleaner.clean(text.substring(start, end)));
            return at;
        }

        private static int indent(String text, int from, int to) {
            int width = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\t') {
                    width += 4;
                } else if (c == ' ' || c == '\u00A0') {
                    width++;
                } else {
                    break;
                }
            }
            return width;
        }

        ParsedArticle run() {
            HeaderBlock header = HeaderBlock.read(lines);
            int next = header.bodyStart();
            headerAuthors(header);

            title = header.headers().get("title");
            if (title != null) {
                // Some exporters repeat the headline (or a variant of it, above the caption) as the body's first line.
                int first = firstNonBlank(next);
                if (first < lines.size()
                        && (lines.get(first).equalsIgnoreCase(title) || isHeadlineAboveCaption(first))) {
                    next = first + 1;
                }
            } else {
                int candidate = header.present() ? firstNonBlank(next) : 0;
                int firstText = firstNonBlank(0);
                if (!header.present()
                        && firstText > 0
                        && firstText + 1 < lines.size()
                        && Casing.isAllCaps(lines.get(firstText))
                        && LineCleaner.wordCount(lines.get(firstText)) >= 3
                        && indents[firstText + 1] > indents[firstText]) {
                    candidate = firstText; // a wire headline after a blank line, above an indented body
                }
                int belowStamp = stampedTop(candidate);
                if (belowStamp >= 0) {
                    next = belowStamp;
                } else if (isTitleAt(candidate)) {
                    title = lines.get(candidate);
                    next = candidate + 1;
                    Byline under = next < lines.size() ? Byline.of(lines.get(next), indents[next] >= 1) : null;
                    if (under != null) {
                        addByline(under, lines.get(next));
                        next++;
                    } else if (next < lines.size() && isLonePlace(lines.get(next)) && blankOrEnd(next + 1)) {
                        dateline = lines.get(next);
                        next++;
                    }
                }
            }
            String fullTitle = title;
            if (title != null) {
                String bare = HeadlineRule.withoutBreadcrumb(title);
                if (!bare.equals(title)) {
                    furniture.add(title.substring(0, title.length() - bare.length()));
                    title = bare;
                }
            }

            int captionIndex = firstNonBlank(next);
            if (captionIndex < lines.size()) {
                String line = lines.get(captionIndex);
                caption = title == null && captionIndex == firstNonBlank(header.bodyStart())
                        ? PhotoCaption.ofFirstLine(line)
                        : PhotoCaption.of(line);
                if (caption != null) {
                    next = captionIndex + 1;
                    captionText = caption.text();
                    photoCredit = caption.credit();
                    if (caption.marker() != null) {
                        furniture.add(caption.marker());
                    }
                }
            }

            signOffLine(next);
            List<Block> blocks = new ArrayList<>(ParagraphSplitter.blocks(lines, indents, next, lines.size()));
            removeRepeats(blocks, fullTitle);
            removeFurniture(blocks);
            head(blocks);
            stamp(blocks, fullTitle);
            tail(blocks);
            List<String> paragraphs = body(blocks);
            return new ParsedArticle(
                    header.headers(),
                    title,
                    captionText,
                    photoCredit,
                    paragraphs,
                    dateline,
                    authors,
                    summary,
                    subheadings,
                    agencies,
                    stampedAt,
                    furniture,
                    datelineDay);
        }

        /** A sign-off alone on the last line ({@code  Reuter}) is taken out before the lines are joined. */
        private void signOffLine(int from) {
            int last = lines.size() - 1;
            while (last >= from && lines.get(last).isEmpty()) {
                last--;
            }
            if (last < from) {
                return;
            }
            SignOff s = SignOff.of(lines.get(last));
            if (s != null && s.rest().isEmpty()) {
                agencies.add(s.agency());
                furniture.add(s.words());
                lines.set(last, "");
            }
        }

        private void headerAuthors(HeaderBlock header) {
            String value = header.headers().get("author");
            if (value == null) {
                value = header.headers().get("byline");
            }
            if (value != null) {
                String v = value.startsWith("By ") ? value.substring(3) : value;
                authors.addAll(Byline.names(v));
            }
        }

        private void removeRepeats(List<Block> blocks, String fullTitle) {
            String line = caption == null ? null : caption.line();
            blocks.removeIf(b -> b.text().equals(fullTitle)
                    || b.text().equals(title)
                    || b.text().equals(line)
                    || (captionText != null && b.text().equals(captionText)));
        }

        private void removeFurniture(List<Block> blocks) {
            blocks.removeIf(b -> {
                if (b.lines() == 1 && SiteFurniture.isFurniture(b.text())) {
                    furniture.add(b.text());
                    return true;
                }
                return false;
            });
            // a picture inside the story: a short caption line, then its "Credit: ..." line
            for (int i = blocks.size() - 1; i > 0; i--) {
                String t = blocks.get(i).text();
                if (t.startsWith("Credit: ") && !LineCleaner.hasWords(t, 31)) {
                    furniture.add(blocks.remove(i).text());
                    if (!LineCleaner.hasWords(blocks.get(i - 1).text(), 16)) {
                        furniture.add(blocks.remove(i - 1).text());
                        i--;
                    }
                }
            }
        }

        /** Byline, summary and dateline at the top of the body; lines before a late dateline are picture furniture. */
        private void head(List<Block> blocks) {
            if (title == null
                    && blocks.size() > 1
                    && blocks.get(0).lines() == 1
                    && HeadlineRule.isLoneName(blocks.get(0).text())) {
                authors.add(blocks.remove(0).text()); // a columnist's name above a headline-less story
            } else if (title == null
                    && blocks.size() > 1
                    && blocks.get(0).lines() == 1
                    && HeadlineRule.isLabel(blocks.get(0).text())
                    && !Casing.endsSentence(blocks.get(0).text())) {
                furniture.add(blocks.remove(0).text()); // a section label (PICTURE BOOKS, Investing)
            }
            bylines(blocks, 0);
            if (blocks.isEmpty()) {
                return;
            }
            Dateline d = Dateline.at(blocks.get(0).text());
            if (d == null
                    && title != null
                    && summary == null
                    && blocks.size() > 1
                    && LineCleaner.hasWords(blocks.get(0).text(), 6)
                    && (bylineOf(blocks.get(1)) != null
                            || Dateline.at(blocks.get(1).text()) != null
                            || isFlushAboveIndented(blocks))) {
                summary = blocks.remove(0).text();
                bylines(blocks, 0);
                d = blocks.isEmpty() ? null : Dateline.at(blocks.get(0).text());
            }
            if (d == null && title == null) {
                for (int k = 1; k <= 2 && k < blocks.size() && d == null; k++) {
                    Dateline late = Dateline.at(blocks.get(k).text());
                    if (late != null && allShort(blocks, k)) {
                        for (int j = 0; j < k; j++) {
                            pictureFurniture(blocks.remove(0).text());
                        }
                        d = late;
                    }
                }
            }
            if (d != null && dateline == null) {
                dateline = d.text();
                datelineDay = d.monthDay();
                if (d.agency() != null) {
                    agencies.add(d.agency());
                }
                String rest = blocks.get(0).text().substring(d.end()).strip();
                Block first = blocks.get(0);
                if (rest.isEmpty()) {
                    blocks.remove(0);
                } else {
                    blocks.set(0, new Block(rest, first.lines(), first.indented(), first.rawIndent()));
                }
            }
        }

        /**
         * A flush paragraph under the headline above an indented body is the newspaper's summary: the body's own
         * paragraphs are indented, the spot is set apart.
         */
        private static boolean isFlushAboveIndented(List<Block> blocks) {
            Block first = blocks.get(0);
            return first.rawIndent() == 0
                    && blocks.get(1).rawIndent() >= 2
                    && first.lines() == 1
                    && !LineCleaner.hasWords(first.text(), 61);
        }

        private static boolean allShort(List<Block> blocks, int k) {
            for (int j = 0; j < k; j++) {
                if (blocks.get(j).text().length() > 300) {
                    return false;
                }
            }
            return true;
        }

        private void pictureFurniture(String text) {
            if (text.startsWith("Credit: ") && photoCredit == null) {
                String credit = text.substring("Credit: ".length());
                for (String tail : new String[] {" View full size image", " View full size"}) {
                    if (credit.endsWith(tail)) {
                        furniture.add(tail.strip());
                        credit = credit.substring(0, credit.length() - tail.length());
                    }
                }
                furniture.add("Credit:");
                photoCredit = credit.strip();
            } else if (captionText == null && LineCleaner.wordCount(text) >= 4 && Casing.endsSentence(text)) {
                captionText = text;
            } else {
                furniture.add(text);
            }
        }

        /** Takes the byline blocks starting at {@code at} out of the body. */
        private void bylines(List<Block> blocks, int at) {
            while (at < blocks.size()) {
                Byline b = bylineOf(blocks.get(at));
                if (b == null) {
                    return;
                }
                addByline(b, blocks.get(at).text());
                blocks.remove(at);
            }
        }

        private void addByline(Byline b, String text) {
            authors.addAll(b.authors());
            if (b.photoCredit() != null) {
                if (photoCredit == null) {
                    photoCredit = b.photoCredit();
                } else {
                    furniture.add(b.photoCredit());
                }
                text = text.replace(b.photoCredit(), " ");
            }
            if (b.place() != null && dateline == null) {
                dateline = b.place();
            }
            String words = text;
            for (String a : b.authors()) {
                words = words.replace(a, " ");
            }
            if (b.place() != null) {
                words = words.replace(b.place(), " ");
            }
            if (!words.isBlank()) {
                furniture.add(words.strip());
            }
        }

        private static Byline bylineOf(Block block) {
            return block.lines() == 1 ? Byline.of(block.text(), block.rawIndent() >= 1, true) : null;
        }

        /** A page stamp near the top: its time, and the breadcrumb, repeated headline and summary in front of it. */
        private void stamp(List<Block> blocks, String fullTitle) {
            for (int k = 0; k < Math.min(2, blocks.size()); k++) {
                Block b = blocks.get(k);
                PageStamp s = PageStamp.find(b.text());
                if (s == null) {
                    continue;
                }
                if (stampedAt == null) { // only the first stamp counts
                    stampedAt = s.published();
                }
                furniture.add(b.text().substring(s.start(), s.end()));
                String before = b.text().substring(0, s.start()).strip();
                String after = b.text().substring(s.end()).strip();
                after = leadingAuthor(after);
                before = stripLeadIn(before, fullTitle);
                if (!before.isEmpty()) {
                    if (title != null && summary == null && k == 0 && LineCleaner.hasWords(before, 3)) {
                        summary = before;
                        before = "";
                    }
                }
                String joined = before.isEmpty() ? after : after.isEmpty() ? before : before + " " + after;
                if (joined.isEmpty()) {
                    blocks.remove(k);
                } else {
                    blocks.set(k, new Block(joined, b.lines(), b.indented(), b.rawIndent()));
                }
                return;
            }
        }

        /** A reporter's ALL-CAPS name opening the text after a page stamp ({@code HANDE BERKTAN Dijital ...}). */
        private String leadingAuthor(String text) {
            int end = 0;
            int words = 0;
            while (words < 4) {
                int space = text.indexOf(' ', end);
                if (space < 0) {
                    return text;
                }
                String w = text.substring(end, space);
                if (!Casing.isAllCaps(w) || !w.chars().allMatch(Character::isLetter)) {
                    break;
                }
                words++;
                end = space + 1;
            }
            if (words < 2
                    || words > 3
                    || !Casing.startsUpper(text.substring(end))
                    || Casing.isAllCaps(text.substring(
                            end, Math.max(end, text.indexOf(' ', end) < 0 ? text.length() : text.indexOf(' ', end))))) {
                return text;
            }
            authors.add(text.substring(0, end).strip());
            return text.substring(end);
        }

        /** Takes a breadcrumb ({@code Bloomberg HT Haberler}) and repeats of the headline off the front. */
        private String stripLeadIn(String text, String fullTitle) {
            String t = text;
            for (String crumb : new String[] {"Haberler ", "HABERLER "}) {
                int at = t.indexOf(crumb);
                if (at >= 0 && at <= 30) {
                    furniture.add(t.substring(0, at + crumb.length()).strip());
                    t = t.substring(at + crumb.length());
                    break;
                }
            }
            boolean stripped = true;
            while (stripped && title != null) {
                stripped = false;
                for (String form : new String[] {fullTitle, title}) {
                    if (form != null && startsWithFolded(t, form)) {
                        t = t.substring(form.length()).strip();
                        stripped = true;
                        break;
                    }
                }
            }
            return t;
        }

        /** Equal up to the kind of apostrophe and quote mark, which sites change between headline and body. */
        private static boolean startsWithFolded(String text, String prefix) {
            if (text.length() < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (foldQuote(text.charAt(i)) != foldQuote(prefix.charAt(i))) {
                    return false;
                }
            }
            return text.length() == prefix.length() || text.charAt(prefix.length()) == ' ';
        }

        private static char foldQuote(char c) {
            return switch (c) {
                case '’', '‘', '`', '´' -> '\'';
                case '“', '”' -> '"';
                default -> c;
            };
        }

        /** Sign-off and reporting credits at the end of the story. */
        private void tail(List<Block> blocks) {
            for (int round = 0; round < 3 && !blocks.isEmpty(); round++) {
                int last = blocks.size() - 1;
                Block b = blocks.get(last);
                if (isSourceCredit(b.text())) {
                    furniture.add(b.text());
                    blocks.remove(last);
                    continue;
                }
                Byline credit = Byline.ofCredit(b.text());
                if (credit != null) {
                    authors.addAll(credit.authors());
                    furniture.add(b.text());
                    blocks.remove(last);
                    continue;
                }
                SignOff s = SignOff.of(b.text());
                if (s == null) {
                    return;
                }
                if (!agencies.contains(s.agency())) {
                    agencies.add(s.agency());
                }
                furniture.add(s.words());
                if (s.rest().isEmpty()) {
                    blocks.remove(last);
                } else {
                    blocks.set(last, new Block(s.rest(), b.lines(), b.indented(), b.rawIndent()));
                }
            }
        }

        /** {@code Kaynak: example.org}, {@code Source: Example Wire}, a syndication note: where a story came from. */
        private static boolean isSourceCredit(String text) {
            if (text.startsWith("This article originally appeared ")
                    || text.startsWith("This article first appeared ")
                    || text.startsWith("This story was provided by ")) {
                return LineCleaner.wordCount(text) <= 20; // a syndication note
            }
            return (text.startsWith("Kaynak:") || text.startsWith("Source:") || text.startsWith("KAYNAK:"))
                    && LineCleaner.wordCount(text) <= 8;
        }

        /** Indented name lines and intertitles come out; inline subheads are named; the rest are paragraphs. */
        private List<String> body(List<Block> blocks) {
            blocks.removeIf(b -> {
                Byline byline = b.rawIndent() >= 1 && b.lines() == 1 ? Byline.of(b.text(), true) : null;
                if (byline != null && !b.text().startsWith("By ") && !b.text().startsWith("BY ")) {
                    addByline(byline, b.text());
                    return true;
                }
                return false;
            });
            boolean[] heading = headings(blocks);
            if (title == null && heading.length > 0) {
                heading[0] = false; // with no headline above it, the first line is the story's, not an intertitle
            }
            List<String> paragraphs = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                String text = blocks.get(i).text();
                if (heading[i]) {
                    subheadings.add(text);
                } else {
                    paragraphs.add(text);
                }
            }
            if (paragraphs.size() <= 2) {
                // subheads run into the text only where an export lost the paragraph breaks
                for (String p : paragraphs) {
                    InlineSubheads.find(p, subheadings);
                }
            }
            return paragraphs;
        }

        /**
         * Intertitles: short unpunctuated lines between paragraphs, above a paragraph or a sentence, or above another
         * such line (a name over an affiliation). Decided from the end, so a run of headings is seen whole.
         */
        private static boolean[] headings(List<Block> blocks) {
            int n = blocks.size();
            boolean[] shape = new boolean[n];
            for (int i = 0; i < n; i++) {
                shape[i] = hasHeadingShape(blocks.get(i));
            }
            // "Label: value" lines next to each other are entries of a list
            for (int i = 0; i < n; i++) {
                if (shape[i]
                        && blocks.get(i).text().contains(": ")
                        && (i > 0 && labelled(blocks.get(i - 1)) || i + 1 < n && labelled(blocks.get(i + 1)))) {
                    shape[i] = false;
                }
            }
            // three or more short lines in a row are a list (award winners, tips), not headings
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && shape[j] && !LineCleaner.hasWords(blocks.get(j).text(), 9)) {
                    j++;
                }
                if (j - i >= 3) {
                    java.util.Arrays.fill(shape, i, j, false);
                }
                i = Math.max(j, i + 1);
            }
            boolean[] heading = new boolean[n];
            for (int i = n - 2; i >= 0; i--) {
                if (!shape[i]) {
                    continue;
                }
                String t = blocks.get(i).text();
                boolean plain = !Casing.hasDigit(t);
                Block after = blocks.get(i + 1);
                String next = after.text();
                boolean below = (isParagraph(after) && next.length() > t.length())
                        || ((Casing.endsSentence(next) || next.endsWith(":")) && !t.endsWith(".") && !shape[i + 1])
                        || ((heading[i + 1] || shape[i + 1] && LineCleaner.hasWords(next, 8))
                                && plain
                                && !LineCleaner.hasWords(t, 9));
                boolean above = i == 0
                        || isParagraph(blocks.get(i - 1))
                        || Casing.endsSentence(blocks.get(i - 1).text())
                        || (shape[i - 1] && plain);
                heading[i] = below && above;
            }
            return heading;
        }

        private static boolean labelled(Block b) {
            int colon = b.text().indexOf(": ");
            return colon > 0 && colon < 40;
        }

        /** Short, one line, starting in upper case, not ending like a sentence part, not a list item. */
        private static boolean hasHeadingShape(Block b) {
            String t = b.text();
            if (b.lines() != 1
                    || t.length() > INTERTITLE_MAX_LENGTH
                    || LineCleaner.wordCount(t) > INTERTITLE_MAX_WORDS) {
                return false;
            }
            char first = t.charAt(0);
            int end = t.length();
            while (end > 1 && Casing.isClosingQuote(t.charAt(end - 1)) && t.charAt(end - 1) != ')') {
                end--; // a quoted sentence ends inside its quotes
            }
            char last = t.charAt(end - 1);
            if (Character.isLowerCase(first)
                    || (last == '.' && !t.startsWith("...", end - 3))
                    || last == ','
                    || last == ';'
                    || last == ':'
                    || !t.chars().anyMatch(Character::isLetter)) {
                return false;
            }
            return t.indexOf(',') == t.lastIndexOf(','); // two commas make a list item or a data line
        }

        private static boolean isParagraph(Block b) {
            return LineCleaner.hasWords(b.text(), PARAGRAPH_MIN_WORDS);
        }

        /**
         * A publication-time line at the top of the text ({@link StampLine}): under the first line, which is then the
         * headline (a standfirst line may stand between them, and becomes the summary), or the first line itself,
         * with the headline directly below it when a line reads as one. Stamp lines right under the first
         * ({@code Posted ...}, {@code Updated ...}) go with it; only the first gives the date.
         *
         * @return the index of the first line after what was taken, or -1 when the top holds no stamp
         */
        private int stampedTop(int first) {
            if (first + 1 >= lines.size() || lines.get(first).isEmpty()) {
                return -1;
            }
            StampLine top = StampLine.read(lines.get(first));
            int at = first;
            String headline = null;
            String deck = null;
            if (top == null) {
                // A stamp is one or two lines down: most texts have no date there, and the headline tests cost more.
                boolean dateBelow = StampLine.mayHoldADate(lines.get(first + 1))
                        || first + 2 < lines.size() && StampLine.mayHoldADate(lines.get(first + 2));
                if (!dateBelow || !isHeadlineAboveStamp(lines.get(first))) {
                    return -1;
                }
                at = first + 1;
                top = StampLine.read(lines.get(at));
                if (top == null && at + 1 < lines.size() && isStandfirst(lines.get(at))) {
                    deck = lines.get(at);
                    at++;
                    top = StampLine.read(lines.get(at));
                }
                if (top == null) {
                    return -1;
                }
                headline = lines.get(first);
            }
            stampedAt = top.published();
            furniture.add(lines.get(at));
            at++;
            while (at < lines.size() && !lines.get(at).isEmpty() && StampLine.read(lines.get(at)) != null) {
                furniture.add(lines.get(at));
                at++;
            }
            if (headline == null
                    && at + 1 < lines.size()
                    && HeadlineRule.looksLikeHeadline(lines.get(at))
                    && !StampLine.isDateLine(lines.get(at))
                    && PhotoCaption.of(lines.get(at)) == null) {
                headline = lines.get(at);
                at++;
            }
            title = headline;
            summary = deck;
            return at;
        }

        /** A line between a headline and its stamp: the standfirst, one line of at most a short paragraph. */
        private static boolean isStandfirst(String line) {
            return !line.isEmpty()
                    && !LineCleaner.hasWords(line, 61)
                    && PhotoCaption.of(line) == null
                    && Byline.of(line, false) == null;
        }

        /**
         * The line above a stamp: a headline, or one sentence of headline length with a full stop, which some sites
         * put at the end of a headline; the stamp under it is what says it is the headline.
         */
        private static boolean isHeadlineAboveStamp(String line) {
            if (PhotoCaption.of(line) != null || StampLine.isDateLine(line)) {
                return false;
            }
            if (HeadlineRule.looksLikeHeadline(line)) {
                return true;
            }
            return line.endsWith(".")
                    && !line.endsWith("..")
                    && LineCleaner.wordCount(line) <= STAMPED_HEADLINE_MAX_WORDS
                    && HeadlineRule.looksLikeHeadline(line.substring(0, line.length() - 1));
        }

        /** A headline: reads like one, is not a caption, and the layout below it says it is one. */
        private boolean isTitleAt(int index) {
            if (index >= lines.size()) {
                return false;
            }
            String line = lines.get(index);
            if (!HeadlineRule.looksLikeHeadline(line) || PhotoCaption.of(line) != null) {
                return false;
            }
            if (index + 1 >= lines.size()) {
                return true;
            }
            String below = lines.get(index + 1);
            if (below.isEmpty() || PhotoCaption.of(below) != null) {
                return true;
            }
            if (indents[index + 1] >= 2
                    && indents[index + 1] > indents[index]
                    && !Character.isLowerCase(below.charAt(0))) {
                return true; // a flush headline above an indented body (wire copy, Turkish newspapers)
            }
            if (below.length() > ParagraphSplitter.WRAP_WIDTH
                    && LineCleaner.wordCount(line) <= 10
                    && !Casing.endsSentence(line)) {
                return true; // a short line above a whole paragraph on one line
            }
            if (Casing.isAllCaps(line) && Dateline.at(below) != null) {
                return true;
            }
            return isLonePlace(below) && blankOrEnd(index + 2);
        }

        /** {@code Ankara} on its own under a headline: one or two capitalised words of letters only. */
        private static boolean isLonePlace(String line) {
            if (line.isEmpty() || line.length() > 25 || !Casing.startsUpper(line)) {
                return false;
            }
            String[] words = line.split(" ");
            if (words.length > 2) {
                return false;
            }
            for (String w : words) {
                if (!Casing.startsUpper(w) || !w.chars().allMatch(Character::isLetter)) {
                    return false;
                }
            }
            return true;
        }

        private boolean blankOrEnd(int index) {
            return index >= lines.size() || lines.get(index).isEmpty();
        }

        private boolean isHeadlineAboveCaption(int index) {
            return index + 1 < lines.size() && isTitleAt(index) && PhotoCaption.of(lines.get(index + 1)) != null;
        }

        private int firstNonBlank(int from) {
            int i = from;
            while (i < lines.size() && lines.get(i).isEmpty()) {
                i++;
            }
            return i;
        }
    }
}
