package dev.newsetl.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article's text in a page's body. Steps:
 * <ol>
 *   <li>drop code, widgets and hidden elements, measure the article-like text of every element (paragraph-like
 *   blocks of at least {@value #MIN_BLOCK_CHARS} characters that are not mostly links), then drop furniture
 *   ({@link BoilerplatePruner});</li>
 *   <li>choose the container: from the body, step into the child that holds at least {@value #DESCEND_SHARE} of its
 *   parent's article-like text and {@value #VISIBLE_SHARE} of all its text, as long as one does; the article is
 *   where its text stops being concentrated in one child;</li>
 *   <li>add the article-like blocks of the {@value #LEAD_SIBLINGS} siblings before the container and before its
 *   ancestors, {@value #LEAD_LEVELS} levels up, that hold up to half the container's text: the lead or summary
 *   pages keep apart from the body;</li>
 *   <li>take the container's blocks in order, leaving out link lists, link-only headings, user-interface lines
 *   ("Share", "Drucken") and, after a line announcing related articles ("Lesen Sie auch", "Read more"), the rest of
 *   its section; captions and short credit lines ("Foto: dpa") go to the caption and the credit;</li>
 *   <li>when that gives less than the page's JSON-LD {@code articleBody} says the article is, the articleBody
 *   itself is the text.</li>
 * </ol>
 */
final class MainTextExtractor {
    static final int MIN_BLOCK_CHARS = 25;
    static final double DESCEND_SHARE = 0.7;
    /** ... and at least this share of all its parent's text, short blocks included (lists of ingredients, facts). */
    static final double VISIBLE_SHARE = 0.8;

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double MAX_LIST_LINK_DENSITY = 0.3;
    private static final int MAX_CAPTIONS = 20;
    static final int LEAD_LEVELS = 3;
    static final int LEAD_SIBLINGS = 2;
    private static final Pattern UI_LINE = Pattern.compile("(?iu)^(?:share|teilen|tweet|twittern|print|drucken|"
            + "e-?mail|mail|facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|telegram|flipboard|"
            + "read more|weiterlesen|mehr|more|lire la suite|leer más|advertisement|anzeige|werbung|publicité|"
            + "top|back to top|nach oben|zurück|back|next|previous|weiter|merken|kommentieren|comment|"
            + "copy link|link kopieren|\\W+)(?:\\s*[:»›>|]\\s*)?$");
    /** A line that announces links to other articles: it and what follows it in its section are not the article. */
    private static final Pattern RELATED = Pattern.compile(
            "(?iu)^(?:das könnte sie auch interessieren|"
                    + "(?:das|dies) könnte (?:sie|dich) auch interessieren|lesen sie auch|lesen sie mehr|auch interessant|"
                    + "mehr zum thema|mehr dazu|weitere (?:artikel|beiträge|themen|infos|nachrichten|meldungen)|"
                    + "ähnliche (?:artikel|beiträge)|empfohlene (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|"
                    + "related(?: articles| posts| stories| content| news| links)?|you (?:may|might) also like|"
                    + "read (?:more|also|next)|more (?:from|on|stories)|recommended(?: for you| stories)?|see also|"
                    + "siehe auch|à lire aussi|lire aussi|sur le même sujet|leggi anche|ver también|"
                    + "(?:también )?te puede interesar|zobacz (?:też|także)|czytaj (?:też|także)|popular|most read|"
                    + "meistgelesen|top-?artikel|zum weiterlesen|schon gelesen|viel gelesen|lesetipps?|auch lesenswert|"
                    + "entdecken sie|weitere informationen|zusatzinformationen|kontakt|contact|"
                    + "(?:mehr|weitere) (?:zu|zum|kolumnen|artikel|news|tipps|tourentipps|themen|beiträge)\\b.{0,40})\\W{0,3}$");
    /** A short line that credits a picture or names a source, not article text. */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\(?(?:foto|fotos|photo|photos|bild|bilder|"
            + "image|credit|crédit|crédito|©|copyright|quelle|source|fuente)\\b.{0,70}$"
            + "|^.{0,50}\\b(?:getty images|istock(?:\\.com)?|shutterstock|imago|picture alliance|afp|dpa|reuters|ap)"
            + "\\)?$");

    private static final int MAX_RELATED_LINE = 80;
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)(?:^|[\\s(\\[|/])((?:foto|fotos|photo|photos|bild|image|credit|quelle|source|crédit|©|\\(c\\))"
                    + "\\s*:?\\s*[^()\\[\\]|]{2,80})\\s*[)\\]]?\\s*$");

    MainText extract(Element body, String title, String articleBody) {
        BoilerplatePruner.dropCode(body);
        Map<Element, Integer> before = articleText(TextBlocks.of(body));
        BoilerplatePruner.dropFurniture(body, before);
        List<TextBlock> all = TextBlocks.of(body);
        Map<Element, Integer> text = articleText(all);
        Element container = container(body, text, visibleText(all));
        List<Element> leads = leads(container, body, text);
        List<TextBlock> blocks = new ArrayList<>();
        for (TextBlock block : all) {
            if (container == body || within(block.origin(), container)) {
                blocks.add(block);
            } else if (counts(block) && leads.stream().anyMatch(lead -> within(block.origin(), lead))) {
                blocks.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String credit = null;
        String normalizedTitle = title == null ? null : title.toLowerCase(Locale.ROOT);
        Element related = null;
        for (TextBlock block : blocks) {
            if (related != null && within(block.origin(), related)) {
                continue;
            }
            if (block.text().length() <= MAX_RELATED_LINE
                    && RELATED.matcher(block.text()).matches()) {
                Element scope = block.origin().parent();
                related = scope == null || scope == container ? block.origin() : scope;
                continue;
            }
            if (block.kind() == TextBlock.Kind.CAPTION) {
                if (captions.size() < MAX_CAPTIONS && !captions.contains(block.text())) {
                    captions.add(block.text());
                    if (credit == null) {
                        credit = credit(block.text());
                    }
                }
                continue;
            }
            if (block.text().length() <= MAX_RELATED_LINE
                    && CREDIT_LINE.matcher(block.text()).matches()) {
                if (credit == null) {
                    credit = block.text().replaceAll("^\\(|\\)$", "").strip();
                }
                continue;
            }
            if (keep(block) && !block.text().toLowerCase(Locale.ROOT).equals(normalizedTitle)) {
                // a heading after the first paragraph is an intertitle; it stays in the text where the page has it
                // (snippets and quotes run across it), and is listed too
                if (block.kind() == TextBlock.Kind.HEADING && !paragraphs.isEmpty()) {
                    headings.add(block.text());
                }
                paragraphs.add(block.text());
            }
        }
        if (articleBody != null) {
            String bodyText = TextBlocks.collapse(org.jsoup.parser.Parser.unescapeEntities(articleBody, false));
            int ours = paragraphs.stream().mapToInt(String::length).sum();
            if (bodyText.length() >= 200 && ours < bodyText.length() / 2 && !bodyText.contains("<")) {
                paragraphs = paragraphsOf(articleBody);
                headings = List.of();
            }
        }
        return new MainText(paragraphs, captions, credit, headings);
    }

    /**
     * Siblings just before the container, or before its parent or grandparent, that hold article-like text: a
     * lead or summary the page keeps apart from the body ({@code <div class="intro">} before
     * {@code <div class="text">}). Only their article-like blocks are taken.
     */
    static List<Element> leads(Element container, Element body, Map<Element, Integer> text) {
        List<Element> leads = new ArrayList<>();
        Element node = container;
        for (int level = 0; level < LEAD_LEVELS && node != body && node.parent() != null; level++) {
            int seen = 0;
            for (Element sibling = node.previousElementSibling();
                    sibling != null && seen < LEAD_SIBLINGS;
                    sibling = sibling.previousElementSibling(), seen++) {
                int t = text.getOrDefault(sibling, 0);
                if (t > 0 && t <= text.getOrDefault(container, 0) / 2) {
                    leads.add(sibling);
                }
            }
            node = node.parent();
        }
        return leads;
    }

    private static boolean within(Element e, Element ancestor) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Article-like text per element, each block counted in its own element and every ancestor. */
    static Map<Element, Integer> articleText(List<TextBlock> blocks) {
        Map<Element, Integer> text = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            if (!counts(block)) {
                continue;
            }
            int chars = block.ownChars();
            for (Element e = block.origin(); e != null; e = e.parent()) {
                text.merge(e, chars, Integer::sum);
            }
        }
        return text;
    }

    private static boolean counts(TextBlock block) {
        return switch (block.kind()) {
            case PARAGRAPH, QUOTE, PRE, LIST_ITEM, TABLE_ROW ->
                block.ownChars() >= MIN_BLOCK_CHARS && block.linkDensity() < MAX_LINK_DENSITY;
            default -> false;
        };
    }

    /** All non-link text per element, short blocks included: what stepping into a child must not lose much of. */
    static Map<Element, Integer> visibleText(List<TextBlock> blocks) {
        Map<Element, Integer> text = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            if (block.kind() == TextBlock.Kind.CAPTION) {
                continue;
            }
            int chars = block.ownChars();
            for (Element e = block.origin(); e != null; e = e.parent()) {
                text.merge(e, chars, Integer::sum);
            }
        }
        return text;
    }

    static Element container(Element body, Map<Element, Integer> text, Map<Element, Integer> visible) {
        Element node = body;
        while (true) {
            int here = text.getOrDefault(node, 0);
            int hereVisible = visible.getOrDefault(node, 0);
            Element best = null;
            int bestText = 0;
            for (Element child : node.children()) {
                int t = text.getOrDefault(child, 0);
                if (t > bestText) {
                    best = child;
                    bestText = t;
                }
            }
            if (best == null
                    || bestText < DESCEND_SHARE * here
                    || visible.getOrDefault(best, 0) < VISIBLE_SHARE * hereVisible) {
                return node;
            }
            node = best;
        }
    }

    private static boolean keep(TextBlock block) {
        String text = block.text();
        if (UI_LINE.matcher(text).matches()) {
            return false;
        }
        return switch (block.kind()) {
            case HEADING -> block.linkDensity() < MAX_LIST_LINK_DENSITY && text.length() <= 300;
            case LIST_ITEM -> block.linkDensity() < MAX_LIST_LINK_DENSITY;
            default -> block.linkDensity() < MAX_LINK_DENSITY;
        };
    }

    static String credit(String caption) {
        Matcher m = CREDIT.matcher(caption);
        return m.find() ? m.group(1).strip() : null;
    }

    private static List<String> paragraphsOf(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            String c = TextBlocks.collapse(p);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }
}
