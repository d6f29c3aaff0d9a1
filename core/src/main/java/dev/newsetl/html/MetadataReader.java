package dev.newsetl.html;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a page's metadata from its head and markup: Open Graph and other meta tags, JSON-LD, microdata, {@code <time>}
 * elements, byline markup and the URL. It runs on the whole page before any boilerplate is removed (bylines and dates
 * sit in what the main-text extraction throws away).
 */
final class MetadataReader {
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(100).build())
                    .build())
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "reviewnewsarticle",
            "scholarlyarticle",
            "techarticle",
            "liveblogposting",
            "socialmediaposting",
            "posting",
            "report",
            "webpage",
            "itempage",
            "creativework",
            "review",
            "recipe",
            "event");
    private static final List<String> DATE_META = List.of(
            "article:published_time",
            "og:published_time",
            "article:published",
            "datepublished",
            "publishdate",
            "publish-date",
            "publish_date",
            "pubdate",
            "pub_date",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "dcterms.date",
            "dcterms.created",
            "dc.date.created",
            "date",
            "sailthru.date",
            "parsely-pub-date",
            "citation_publication_date",
            "citation_date",
            "article.published",
            "originalpublicationdate",
            "created",
            "og:updated_time",
            "article:modified_time",
            "last-modified",
            "datemodified");
    private static final List<String> AUTHOR_META = List.of(
            "author",
            "article:author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "citation_author",
            "byl",
            "twitter:creator");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·»«]+\\s+|\\s*\\|\\s*");
    private static final Set<String> KICKER_WORDS = Set.of(
            "kicker",
            "dachzeile",
            "topline",
            "overline",
            "roofline",
            "supertitle",
            "catchline",
            "spitzmarke",
            "surtitre",
            "eyebrow");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final PageDates dates;

    MetadataReader(Clock clock) {
        this.dates = new PageDates(clock);
    }

    PageMetadata read(Document doc, String givenUrl) {
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> articles = jsonLdArticles(doc);
        String siteName = first(meta.get("og:site_name"), jsonText(articles, "publisher", "name"));
        String canonical = first(absolute(doc.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"));
        String url = first(givenUrl, canonical);
        return new PageMetadata(
                title(doc, meta, articles, siteName),
                date(doc, meta, articles, url),
                authors(doc, meta, articles),
                canonical,
                clean(siteName),
                language(doc, meta, articles),
                jsonText(articles, "articleBody"),
                description(first(meta.get("og:description"), jsonText(articles, "description"))));
    }

    private String title(Document doc, Map<String, String> meta, List<JsonNode> articles, String siteName) {
        String titleTag = doc.selectFirst("title") == null
                ? null
                : clean(doc.selectFirst("title").text());
        String og = clean(meta.get("og:title"));
        String headline = clean(jsonText(articles, "headline"));
        String candidate = first(
                visibleHeadline(doc, og, titleTag, headline),
                headline,
                withoutSiteName(og, siteName, titleTag),
                withoutSiteName(titleTag, siteName, titleTag));
        return candidate == null || candidate.length() > 500 ? null : candidate;
    }

    /**
     * The headline as readers see it: the marked headline or the article's {@code <h1>}, else the first {@code <h1>}
     * (then {@code <h2>}, where blogs put a post's title under the blog's name) whose words the page's declared titles
     * repeat, else the only {@code <h1>} of a page that declares no title. A site's logo is often an {@code <h1>},
     * and declared titles are often rewritten for search engines, so neither alone is trusted.
     */
    private static String visibleHeadline(Document doc, String... declared) {
        for (Element marked : doc.select("[itemprop=headline]:not(meta), article h1, main h1, [role=main] h1")) {
            String text = headingText(marked);
            if (text != null && !text.endsWith(":")) {
                return text;
            }
        }
        for (String level : new String[] {"h1", "h2"}) {
            for (Element heading : doc.select(level)) {
                String text = headingText(heading);
                String key = text == null ? "" : comparable(text);
                for (String d : declared) {
                    if (d != null && key.length() >= 4 && comparable(d).contains(key)) {
                        return text;
                    }
                }
            }
        }
        Elements h1s = doc.select("h1");
        boolean noneDeclared = java.util.Arrays.stream(declared).allMatch(java.util.Objects::isNull);
        return h1s.size() == 1 && noneDeclared ? headingText(h1s.first()) : null;
    }

    /** A heading's text without its kicker (the small line above a German or French headline). */
    private static String headingText(Element heading) {
        String text = heading.text();
        for (Element child : heading.children()) {
            for (String word : ClassWords.of(child)) {
                if (KICKER_WORDS.contains(word) && text.length() > child.text().length()) {
                    text = text.replace(child.text(), " ");
                }
            }
        }
        String cleaned = clean(text.replaceFirst("^[\\s:|–—-]+", ""));
        return cleaned == null || cleaned.length() > 300 ? null : cleaned;
    }

    /** Letters and digits only, lower-cased: the same words whatever the spacing, quotes and punctuation. */
    static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** "Headline | Site" and "Headline - Site" become "Headline" when the other part is the site's name. */
    static String withoutSiteName(String title, String siteName, String titleTag) {
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1].strip();
        String firstPart = parts[0].strip();
        if (matchesSite(last, siteName)
                || (last.split("\\s+").length <= 6 && title.length() - last.length() > last.length())) {
            int cut = title.lastIndexOf(last);
            String head =
                    title.substring(0, cut).replaceAll("[\\s|\\-–—:·»«/]+$", "").strip();
            return head.isEmpty() ? title : head;
        }
        if (matchesSite(firstPart, siteName)) {
            String tail = title.substring(title.indexOf(firstPart) + firstPart.length())
                    .replaceAll("^[\\s|\\-–—:·»«/]+", "")
                    .strip();
            return tail.isEmpty() ? title : tail;
        }
        return title;
    }

    private static boolean matchesSite(String part, String siteName) {
        if (siteName == null) {
            return false;
        }
        String a = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !a.isEmpty() && (a.equals(b) || (b.length() > 3 && a.contains(b)) || (a.length() > 3 && b.contains(a)));
    }

    private PageDate date(Document doc, Map<String, String> meta, List<JsonNode> articles, String url) {
        for (String key : DATE_META) {
            Optional<PageDate> d = dates.parse(meta.get(key), "html-meta");
            if (d.isPresent()) {
                if (key.contains("modified") || key.contains("updated")) {
                    break; // a modification date is only a last resort, after the page's own visible dates
                }
                return d.get();
            }
        }
        for (JsonNode article : articles) {
            Optional<PageDate> d = dates.parse(text(article.get("datePublished")), "json-ld");
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            Optional<PageDate> d = dates.parse(first(e.attr("content"), e.attr("datetime")), "html-meta");
            if (d.isPresent()) {
                return d.get();
            }
        }
        Elements times = doc.select("time[pubdate][datetime], article time[datetime], main time[datetime], "
                + "header time[datetime], time[datetime]");
        for (Element time : times) {
            Optional<PageDate> d = dates.parse(time.attr("datetime"), "html-time");
            if (d.isPresent()) {
                return d.get();
            }
        }
        Optional<PageDate> fromUrl = dates.fromUrl(url);
        if (fromUrl.isPresent()) {
            return fromUrl.get();
        }
        for (JsonNode article : articles) {
            Optional<PageDate> d = dates.parse(text(article.get("dateModified")), "json-ld");
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (String key : DATE_META) {
            Optional<PageDate> d = dates.parse(meta.get(key), "html-meta");
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /** The first date written in the page's text: the fallback once the page's markup has said nothing. */
    PageDate dateInText(String text) {
        return dates.fromText(text).orElse(null);
    }

    private List<String> authors(Document doc, Map<String, String> meta, List<JsonNode> articles) {
        for (JsonNode article : articles) {
            List<String> names = new ArrayList<>();
            JsonNode author = article.get("author");
            if (author == null) {
                author = article.get("creator");
            }
            collectNames(author, names);
            List<String> cleaned = Bylines.names(names);
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        for (String key : AUTHOR_META) {
            String value = meta.get(key);
            if (value != null && !value.contains("://") && !value.startsWith("@")) {
                List<String> cleaned = Bylines.names(List.of(value));
                if (!cleaned.isEmpty()) {
                    return cleaned;
                }
            }
        }
        List<String> marked = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
                + "[rel=author], .author-name, .byline-name, .author .name, .byline a, .author a, .byline, .author, "
                + ".autor, .verfasser")) {
            String value = e.hasAttr("content") ? e.attr("content") : e.text();
            marked.add(value);
            if (marked.size() >= 8) {
                break;
            }
        }
        return Bylines.names(marked.isEmpty() ? List.of() : marked.subList(0, 1));
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node == null || names.size() > 20) {
            return;
        }
        if (node.isString()) {
            names.add(node.asString());
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                collectNames(n, names);
            }
        } else if (node.isObject() && node.get("name") != null) {
            collectNames(node.get("name"), names);
        }
    }

    private static String language(Document doc, Map<String, String> meta, List<JsonNode> articles) {
        Element html = doc.selectFirst("html");
        String declared = first(
                html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"),
                meta.get("og:locale"),
                meta.get("language"),
                meta.get("dc.language"),
                jsonText(articles, "inLanguage"));
        if (declared == null) {
            return null;
        }
        String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    /** Meta tags by property, name, itemprop or http-equiv (lower-cased); the first of each wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> map = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    map.putIfAbsent(key, content);
                }
            }
        }
        return map;
    }

    /** JSON-LD objects of article-like types, articles before web pages, including those in an @graph. */
    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                collectArticles(JSON.readTree(data.strip()), found, 0);
            } catch (RuntimeException e) {
                // A broken JSON-LD block says nothing; the page's other markup still does.
            }
        }
        found.sort((a, b) -> Integer.compare(typeRank(a), typeRank(b)));
        return found;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 6 || found.size() > 20) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collectArticles(n, found, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (typeRank(node) < Integer.MAX_VALUE) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collectArticles(main, found, depth + 1);
        }
    }

    private static int typeRank(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString("").toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asString("").toLowerCase(Locale.ROOT));
        }
        int best = Integer.MAX_VALUE;
        for (String t : types) {
            if (ARTICLE_TYPES.contains(t)) {
                boolean page = t.equals("webpage") || t.equals("itempage") || t.equals("creativework");
                best = Math.min(best, page ? 1 : 0);
            }
        }
        return best;
    }

    private static String jsonText(List<JsonNode> articles, String... path) {
        for (JsonNode article : articles) {
            JsonNode n = article;
            for (String key : path) {
                n = n == null ? null : n.isArray() && !n.isEmpty() ? n.get(0).get(key) : n.get(key);
            }
            String value = text(n);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        if (n == null || !n.isValueNode()) {
            return null;
        }
        String s = n.asString("").strip();
        return s.isEmpty() ? null : s;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return first(abs, e.attr(attr));
    }

    /** A description as text: some sites put markup in it ({@code <p>...</p>}), which a reader never sees. */
    private static String description(String s) {
        return s == null || s.indexOf('<') < 0
                ? clean(s)
                : clean(Jsoup.parseBodyFragment(s).text());
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false)
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
        return t.isEmpty() ? null : t;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
