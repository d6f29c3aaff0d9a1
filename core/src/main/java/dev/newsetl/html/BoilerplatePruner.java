package dev.newsetl.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never the article: code and widgets (scripts, forms' controls, iframes), hidden elements, and page
 * furniture named as such by its tag ({@code nav}, {@code aside}, {@code footer}, {@code header}), its ARIA role or
 * the words of its class and id (menus, comments, share bars, related links, newsletter and cookie boxes, sidebars,
 * ads, bylines and date lines). A furniture-named element that holds a large share of the page's text is kept
 * (themes name whole layouts {@code with-sidebar}); comment sections are removed whatever their size.
 */
final class BoilerplatePruner {
    private static final Set<String> NEVER_TEXT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "dialog",
            "link",
            "meta",
            "video",
            "audio",
            "map",
            "head",
            "rt",
            "rp");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
            "search",
            "dialog",
            "alertdialog",
            "menu",
            "menubar",
            "toolbar",
            "tablist",
            "alert");
    private static final Set<String> COMMENT_WORDS = Set.of(
            "comment",
            "comments",
            "kommentar",
            "kommentare",
            "commentaires",
            "commentaire",
            "disqus",
            "respond",
            "replies",
            "reply",
            "discussion",
            "talkback");
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "share",
            "shares",
            "sharing",
            "sharebar",
            "sharedaddy",
            "addtoany",
            "social",
            "socials",
            "related",
            "relatedposts",
            "newsletter",
            "subscribe",
            "subscription",
            "abo",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "banner",
            "sidebar",
            "widget",
            "widgets",
            "breadcrumb",
            "breadcrumbs",
            "menu",
            "nav",
            "navi",
            "navigation",
            "navbar",
            "subnav",
            "footer",
            "masthead",
            "advert",
            "advertisement",
            "ads",
            "ad",
            "adsense",
            "anzeige",
            "werbung",
            "sponsor",
            "sponsored",
            "promo",
            "promotion",
            "recommended",
            "recommendations",
            "empfehlungen",
            "popular",
            "trending",
            "mostread",
            "tags",
            "tagcloud",
            "pagination",
            "pager",
            "login",
            "signin",
            "signup",
            "modal",
            "popup",
            "overlay",
            "toolbar",
            "byline",
            "author",
            "autor",
            "bio",
            "meta",
            "date",
            "datum",
            "dateline",
            "outbrain",
            "taboola",
            "carousel",
            "rating",
            "poll",
            "print",
            "skip",
            "dropdown",
            "search",
            "suche",
            "copyright",
            "breaking",
            "ticker",
            "teaserlist",
            "sitemap",
            "logo",
            "topbar",
            "follow",
            "jump",
            "toc",
            "teasers",
            "recirculation",
            "relatedlinks",
            "relatedpost",
            "paywall",
            "disclosure",
            "disclaimer",
            "moreabout",
            "ratings",
            "contact",
            "kontakt",
            "tweet",
            "infobox",
            "tambien");
    private static final Set<String> HIDDEN_TOKENS = Set.of(
            "sr-only",
            "visually-hidden",
            "screen-reader-text",
            "visuallyhidden",
            "screenreader",
            "hidden",
            "d-none",
            "hide");
    /** Share of the page's text above which a furniture-named element is the page's layout, not furniture. */
    private static final double LAYOUT_SHARE = 0.4;

    private BoilerplatePruner() {}

    /** Drops the never-text elements; done first so that the text measures below see only text. */
    static void dropCode(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Removes the furniture. {@code ownText} is each element's article-like text (see {@link MainTextExtractor})
     * measured on the page as it was, so that layout containers that share furniture names are recognised.
     */
    static void dropFurniture(Element root, Map<Element, Integer> ownText) {
        int total = Math.max(1, ownText.getOrDefault(root, 0));
        List<Element> drop = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (e != root && !e.normalName().equals("body") && !e.normalName().equals("html")) {
                Furniture f = furniture(e, ownText);
                boolean layout = ownText.getOrDefault(e, 0) >= LAYOUT_SHARE * total;
                if (f == Furniture.COMMENTS && !isArticleMarker(e) || f == Furniture.OTHER && !layout) {
                    drop.add(e);
                    continue;
                }
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.push(e.child(i));
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    private enum Furniture {
        NONE,
        COMMENTS,
        OTHER
    }

    private static Furniture furniture(Element e, Map<Element, Integer> ownText) {
        if (isArticleMarker(e)) {
            return Furniture.NONE;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (FURNITURE_TAGS.contains(e.normalName()) || FURNITURE_ROLES.contains(role)) {
            return Furniture.OTHER;
        }
        if (e.normalName().equals("header")) {
            // An article's header holds its headline and lead; a page's header holds menus (no article-like text).
            return ownText.getOrDefault(e, 0) == 0 ? Furniture.OTHER : Furniture.NONE;
        }
        List<String> tokens = ClassWords.tokens(e);
        for (String token : tokens) {
            // WordPress and others put state classes (comments-open, has-sidebar) on the article itself.
            // WordPress names a post's categories and tags in its classes (category-kommentar, tag-sidebar).
            if (token.startsWith("has-")
                    || token.startsWith("no-")
                    || token.endsWith("-open")
                    || token.endsWith("-closed")
                    || token.startsWith("with-")
                    || token.endsWith("-count")
                    || token.startsWith("category-")
                    || token.startsWith("tag-")
                    || token.startsWith("format-")) {
                continue;
            }
            for (String word : wordsOf(token)) {
                if (COMMENT_WORDS.contains(word) || word.startsWith("comment") || word.startsWith("kommentar")) {
                    return Furniture.COMMENTS;
                }
                if (FURNITURE_WORDS.contains(word)) {
                    return Furniture.OTHER;
                }
            }
        }
        return Furniture.NONE;
    }

    private static List<String> wordsOf(String token) {
        List<String> words = new ArrayList<>();
        for (String w : token.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The page's own statement that this is the article: never furniture. */
    static boolean isArticleMarker(Element e) {
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        return itemprop.equals("articlebody")
                || e.normalName().equals("article")
                || e.normalName().equals("main")
                || e.attr("role").equalsIgnoreCase("main");
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")
                || e.attr("aria-hidden").equalsIgnoreCase("true")
                        && e.childrenSize() > 0
                        && e.text().length() < 200) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        for (String token : ClassWords.tokens(e)) {
            if (HIDDEN_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
