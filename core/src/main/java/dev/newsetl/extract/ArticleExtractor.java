package dev.newsetl.extract;

import dev.newsetl.article.Article;
import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.article.Quote;
import dev.newsetl.article.Reject;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import dev.newsetl.group.SimHash;
import dev.newsetl.html.HtmlLimits;
import dev.newsetl.html.PageRead;
import dev.newsetl.html.WebPage;
import dev.newsetl.html.WebPageReader;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.AmbiguousAliases;
import dev.newsetl.names.Entity;
import dev.newsetl.names.NameCandidates;
import dev.newsetl.names.NameLinker;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameMatcher;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.NameRewriter;
import dev.newsetl.names.RecognizedName;
import dev.newsetl.parse.ArticleParser;
import dev.newsetl.parse.DatelineDates;
import dev.newsetl.parse.NewsDateParser;
import dev.newsetl.read.LineLength;
import dev.newsetl.read.TextDecoder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole per-file pipeline in plain Java: bytes → decoded text → structure → names → fields → {@link Article},
 * or a {@link Reject} with a reason. Thread-safe; build one and share it. Spring Batch calls it from its processor,
 * and any other engine can call it the same way.
 */
public final class ArticleExtractor {
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();
    private final NameMatcher matcher;
    private final AmbiguousAliases ambiguous;
    private final NameRecognizer recognizer;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final NewsDateParser dates;
    private final LanguageDetector languages;
    private final Clock clock;
    private final long maxLineBytes;
    /** The default of {@code newsetl.input.max-line-length}. */
    public static final long DEFAULT_MAX_LINE_BYTES = 10L * 1024 * 1024;

    private final WebPageReader pages;

    public ArticleExtractor(AliasDictionary dictionary, Clock clock) {
        this(dictionary, clock, LanguageDetector.shared());
    }

    public ArticleExtractor(AliasDictionary dictionary, Clock clock, LanguageDetector languages) {
        this(dictionary, clock, languages, NameRecognizer.NONE);
    }

    public ArticleExtractor(AliasDictionary dictionary, Clock clock, NameRecognizer recognizer) {
        this(dictionary, clock, LanguageDetector.shared(), recognizer);
    }

    public ArticleExtractor(
            AliasDictionary dictionary, Clock clock, LanguageDetector languages, NameRecognizer recognizer) {
        this(dictionary, clock, languages, recognizer, DEFAULT_MAX_LINE_BYTES, HtmlLimits.DEFAULT);
    }

    public ArticleExtractor(
            AliasDictionary dictionary, Clock clock, LanguageDetector languages, long maxLineBytes, HtmlLimits html) {
        this(dictionary, clock, languages, NameRecognizer.NONE, maxLineBytes, html);
    }

    /**
     * @param recognizer   finds the names the dictionary does not know ({@link NameRecognizer#NONE}: the dictionary
     *                     alone); it runs on title, caption, body, dateline, summary and intertitles once the
     *                     language is known
     * @param maxLineBytes plain text with a longer line is rejected as LINE_TOO_LONG before it is decoded
     * @param html         the limits on web pages
     */
    public ArticleExtractor(
            AliasDictionary dictionary,
            Clock clock,
            LanguageDetector languages,
            NameRecognizer recognizer,
            long maxLineBytes,
            HtmlLimits html) {
        this.pages = new WebPageReader(html, clock);
        this.matcher = new NameMatcher(dictionary);
        this.ambiguous = new AmbiguousAliases(dictionary);
        this.recognizer = recognizer;
        this.dates = new NewsDateParser(clock);
        this.languages = languages;
        this.clock = clock;
        this.maxLineBytes = maxLineBytes;
    }

    public FileOutcome extract(InputDocument document) {
        String path = document.relativePath();
        if (document.unreadable() != null) {
            return Reject.of(path, document.unreadable());
        }
        WebPage page = null;
        ParsedArticle parsed;
        String encoding;
        if (WebPageReader.isHtml(document)) {
            PageRead read = pages.read(document.bytes(), document.hints());
            if (read.rejection() != null) {
                return Reject.of(path, read.rejection());
            }
            page = read.page();
            parsed = new ParsedArticle(
                    Map.of(),
                    page.title(),
                    page.caption(),
                    page.photoCredit(),
                    page.paragraphs(),
                    page.dateline(),
                    page.authors(),
                    page.summary(),
                    page.subheadings());
            encoding = page.encoding();
        } else {
            if (LineLength.exceeds(document.bytes(), maxLineBytes)) {
                return new Reject(
                        path,
                        RejectReason.LINE_TOO_LONG,
                        "a line is over the limit of " + maxLineBytes + " bytes (newsetl.input.max-line-length)");
            }
            Decoded decoded = decoder.decode(document.bytes());
            if (decoded instanceof Rejection rejection) {
                return Reject.of(path, rejection);
            }
            DecodedText text = (DecodedText) decoded;
            parsed = parser.parse(text.text());
            encoding = text.encoding();
        }
        if (parsed.paragraphs().isEmpty()) {
            return new Reject(
                    path,
                    RejectReason.NO_BODY,
                    parsed.title() == null
                            ? "no paragraphs after header and caption"
                            : "only a title: \"" + abbreviate(parsed.title()) + "\"");
        }
        String body = String.join("\n\n", parsed.paragraphs());
        List<NameMatch> bodyMatches = matcher.find(body);
        String language = page != null && page.language() != null
                ? page.language()
                : languages.detect(withoutNames(body, bodyMatches, 2 * LanguageDetector.MAX_CHARS));
        // title, caption, photo credit, body, dateline (the place a story was filed from is a mention like any
        // other), then the summary and the intertitles the parser took out of the body: the recognizer reads all
        // but the credit line
        List<String> texts = new ArrayList<>(PARTS);
        texts.add(parsed.title());
        texts.add(parsed.caption());
        texts.add(parsed.photoCredit());
        texts.add(body);
        texts.add(parsed.dateline());
        texts.add(parsed.summary());
        texts.add(outsideBody(parsed.subheadings(), body));
        List<List<NameMatch>> found = new ArrayList<>(PARTS);
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            found.add(i == BODY ? bodyMatches : t == null ? List.of() : matcher.find(t));
        }
        List<List<RecognizedName>> recognized = recognizeParts(texts, language);
        found = ambiguous.resolve(found, recognized, language);
        List<NameLinker.Part> parts = new ArrayList<>(PARTS);
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new NameLinker.Part(texts.get(i) == null ? "" : texts.get(i), found.get(i), recognized.get(i)));
        }
        NameLinker.Linked linked = NameLinker.link(parts, language);
        Mentions mentions = new Mentions(linked.confidence());
        for (int i = 0; i < texts.size(); i++) {
            mentions.add(texts.get(i), linked.matches().get(i));
        }
        String bodyNormalized = NameRewriter.rewrite(body, linked.matches().get(BODY));

        Instant publishedAt = null;
        String dateSource = null;
        Optional<Instant> headerDate = header(parsed, "published", "date").flatMap(dates::parseHeaderDate);
        if (page != null) {
            publishedAt = document.hints().publishedAt() != null
                    ? document.hints().publishedAt()
                    : page.date() == null ? null : page.date().instant();
            dateSource = document.hints().publishedAt() != null
                    ? document.hints().dateSource()
                    : page.date() == null ? null : page.date().source();
        } else if (headerDate.isPresent()) {
            publishedAt = headerDate.get();
            dateSource = "header";
        } else if (parsed.caption() != null) {
            var captionDate = dates.findDateInText(parsed.caption());
            if (captionDate.isPresent()) {
                publishedAt = captionDate.get().atStartOfDay(ZoneOffset.UTC).toInstant();
                dateSource = "caption";
            }
        }
        if (publishedAt == null && parsed.stampedAt() != null && dates.plausible(parsed.stampedAt())) {
            publishedAt = parsed.stampedAt();
            dateSource = "page";
        }
        List<EntityStat> entities = mentions.stats();
        List<Quote> quotes = quotes(parsed.paragraphs());
        // The dateline's day resolves against the date the row will carry, a producer's given date included.
        Instant dated =
                document.hints().publishedAt() != null ? document.hints().publishedAt() : publishedAt;
        LocalDate datelineDate = DatelineDates.resolve(
                parsed.datelineDay(), dated == null ? null : LocalDate.ofInstant(dated, ZoneOffset.UTC));
        return GivenFields.apply(
                document.hints(),
                new Article(
                        ContentHash.articleId(path, document.bytes()),
                        header(parsed, "source").orElse(document.source()),
                        path,
                        page != null
                                ? page.url()
                                : header(parsed, "url", "link").orElse(null),
                        parsed.title(),
                        parsed.caption(),
                        parsed.photoCredit(),
                        publishedAt,
                        dateSource,
                        language,
                        body,
                        bodyNormalized,
                        names(entities, EntityType.PERSON),
                        names(entities, EntityType.ORGANIZATION),
                        names(entities, EntityType.LOCATION),
                        agencies(mentions.agencies(), parsed.agencies()),
                        parsed.paragraphs().size(),
                        TextStats.wordCount(body),
                        ContentHash.sha256Hex(bodyNormalized),
                        SimHash.of(bodyNormalized),
                        null,
                        null,
                        encoding,
                        clock.instant(),
                        entities,
                        quotes,
                        recognizer == NameRecognizer.NONE
                                ? NameCandidates.find(body, found.get(BODY))
                                : mentions.candidates(),
                        parsed.dateline(),
                        parsed.authors(),
                        parsed.summary(),
                        parsed.subheadings(),
                        page == null ? null : page.canonicalUrl(),
                        page == null ? null : page.siteName(),
                        document.hints().fetchedAt(),
                        datelineDate));
    }

    private static final int TITLE = 0;
    private static final int CREDIT = 2;
    private static final int BODY = 3;
    private static final int PARTS = 7;
    private static final String PART_BREAK = "\n\n";

    /**
     * The intertitles that are not in the body's text (an inline ALL-CAPS subhead stays in its paragraph, and is
     * read there), one paragraph each; null when there are none.
     */
    static String outsideBody(List<String> subheadings, String body) {
        StringBuilder out = new StringBuilder();
        for (String s : subheadings) {
            if (!body.contains(s)) {
                out.append(out.isEmpty() ? "" : PART_BREAK).append(s);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The recognizer's names; a recognizer that breaks its promise and throws costs the article its names only. */
    private List<RecognizedName> recognize(String text, String language) {
        try {
            List<RecognizedName> names = recognizer.recognize(text, language);
            return names == null ? List.of() : names;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The recognizer's names per part. The headline is read on its own (a register of its own, often in capitals);
     * caption, body, dateline, summary and intertitles in ONE call, joined as paragraphs: the recognizer works on whole
     * texts (document consistency: a name tagged in an intertitle is the same name in the body), so reading each part
     * alone loses names. A span that would cross two parts is dropped.
     */
    private List<List<RecognizedName>> recognizeParts(List<String> texts, String language) {
        List<List<RecognizedName>> out = new ArrayList<>(texts.size());
        int[] starts = new int[texts.size()];
        int length = 0;
        int read = 0;
        int only = -1;
        for (int i = 0; i < texts.size(); i++) {
            out.add(new ArrayList<>());
            String t = texts.get(i);
            starts[i] = -1;
            if (t != null && !t.isEmpty() && i != CREDIT && i != TITLE && recognizer != NameRecognizer.NONE) {
                length += read == 0 ? 0 : PART_BREAK.length();
                starts[i] = length;
                length += t.length();
                read++;
                only = i;
            }
        }
        if (texts.get(TITLE) != null) {
            List<String> others = new ArrayList<>(texts);
            others.set(TITLE, null);
            out.get(TITLE).addAll(HeadlineNames.keep(texts.get(TITLE), recognize(texts.get(TITLE), language), others));
        }
        if (read == 0) {
            return out;
        }
        String joined = texts.get(only);
        if (read > 1) { // most articles have a body alone, and then there is nothing to join
            StringBuilder all = new StringBuilder(length);
            for (int i = 0; i < texts.size(); i++) {
                if (starts[i] >= 0) {
                    all.append(all.isEmpty() ? "" : PART_BREAK).append(texts.get(i));
                }
            }
            joined = all.toString();
        }
        List<RecognizedName> names = recognize(joined, language);
        for (RecognizedName r : names) {
            for (int i = 0; r != null && i < texts.size(); i++) {
                int s = starts[i];
                if (s >= 0 && r.start() >= s && r.end() <= s + texts.get(i).length()) {
                    out.get(i).add(new RecognizedName(r.start() - s, r.end() - s, r.type(), r.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The opening of the text (at least {@code limit} chars when there are that many) with every recognized name cut
     * out, so the language is judged on the words around the names: "İbrahim Kalın" at the start of an English
     * article reads as Turkish, and a name-free sample is as reliable at three quarters of the length.
     */
    static String withoutNames(String text, List<NameMatch> matches, int limit) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit + 16));
        int at = 0;
        for (NameMatch m : matches) {
            if (out.length() >= limit) {
                return out.toString();
            }
            if (m.start() >= at) {
                out.append(text, at, m.start()).append(' ');
                at = m.end();
            }
        }
        return out.append(text, at, Math.min(text.length(), at + Math.max(0, limit - out.length())))
                .toString();
    }

    /**
     * Quotes with their speaker resolved to a dictionary entity: the last person the speaker's words name
     * ({@code Turkish President Recep Tayyip Erdogan}); an organization only when it is the whole speaker
     * ({@code Hamas}, not {@code NATO's secretary-general}); otherwise the words as written and no entity.
     */
    private List<Quote> quotes(List<String> paragraphs) {
        List<ExtractedQuote> found = quoteExtractor.extract(paragraphs);
        List<Quote> quotes = new ArrayList<>(found.size());
        for (ExtractedQuote q : found) {
            String speaker = q.speakerText();
            Entity entity = speaker == null ? null : speakerEntity(speaker);
            quotes.add(
                    entity == null
                            ? new Quote(q.quote(), speaker, null)
                            : new Quote(q.quote(), entity.canonicalName(), entity.id()));
        }
        return quotes;
    }

    /**
     * The agencies the names name, then those a dateline or sign-off credits ({@code (AA)}, {@code Reuter}), in
     * their canonical spelling when the dictionary knows them.
     */
    private List<String> agencies(List<String> named, List<String> credited) {
        if (credited.isEmpty()) {
            return named;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(named);
        for (String agency : credited) {
            List<NameMatch> found = matcher.find(agency);
            if (found.size() == 1 && found.get(0).entity().agency()) {
                all.add(found.get(0).entity().canonicalName());
            } else {
                all.add(agency);
            }
        }
        return List.copyOf(all);
    }

    private Entity speakerEntity(String speaker) {
        List<NameMatch> names = matcher.find(speaker);
        Entity person = null;
        for (NameMatch m : names) {
            if (m.entity().type() == EntityType.PERSON) {
                person = m.entity();
            }
        }
        if (person != null) {
            return person;
        }
        if (names.size() == 1
                && names.get(0).start() == 0
                && names.get(0).end() == speaker.strip().length()
                && names.get(0).entity().type() == EntityType.ORGANIZATION) {
            return names.get(0).entity();
        }
        return null;
    }

    private static Optional<String> header(ParsedArticle parsed, String... keys) {
        for (String key : keys) {
            String value = parsed.headers().get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> names(List<EntityStat> entities, EntityType type) {
        return entities.stream()
                .filter(e -> e.type() == type)
                .map(EntityStat::name)
                .toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Mention counts and spellings per entity, in order of first appearance across title, caption and body. */
    private static final class Mentions {
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Map<String, LinkedHashSet<String>> surfaces = new LinkedHashMap<>();
        private final Map<String, Double> recognized;
        private final List<String> candidates = new ArrayList<>();

        Mentions(Map<String, Double> recognized) {
            this.recognized = recognized;
        }

        void add(String text, List<NameMatch> matches) {
            for (NameMatch match : matches) {
                String id = match.entity().id();
                entities.putIfAbsent(id, match.entity());
                counts.merge(id, 1, Integer::sum);
                boolean isRecognized = recognized.containsKey(id);
                String surface = isRecognized ? NameCandidates.oneLine(match.surface(text)) : match.surface(text);
                surfaces.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(surface);
                if (isRecognized) {
                    Entity first = entities.get(id);
                    candidates.add(NameCandidates.recognized(first.canonicalName(), first.type(), surface));
                }
            }
        }

        List<EntityStat> stats() {
            List<EntityStat> stats = new ArrayList<>(entities.size());
            for (Entity entity : entities.values()) {
                Double confidence = recognized.get(entity.id());
                stats.add(new EntityStat(
                        entity.id(),
                        entity.canonicalName(),
                        entity.type(),
                        counts.get(entity.id()),
                        List.copyOf(surfaces.get(entity.id())),
                        confidence == null ? EntityStat.DICTIONARY : EntityStat.RECOGNIZED,
                        confidence));
            }
            return stats;
        }

        /** One entry per mention of a recognized name, for the curator's queue (name_candidates.csv). */
        List<String> candidates() {
            return candidates;
        }

        List<String> agencies() {
            return entities.values().stream()
                    .filter(Entity::agency)
                    .map(Entity::canonicalName)
                    .toList();
        }
    }
}
