package dev.newsetl.extract;

import dev.newsetl.article.Article;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.Decoded;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.article.Quote;
import dev.newsetl.article.Reject;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.AmbiguousAliases;
import dev.newsetl.names.Entity;
import dev.newsetl.names.NameLinker;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameCandidates;
import dev.newsetl.names.NameMatcher;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.NameRewriter;
import dev.newsetl.names.RecognizedName;
import dev.newsetl.parse.ArticleParser;
import dev.newsetl.read.TextDecoder;
import java.time.Clock;
import java.time.Instant;
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

    public ArticleExtractor(AliasDictionary dictionary, Clock clock) {
        this(dictionary, clock, LanguageDetector.shared());
    }

    public ArticleExtractor(AliasDictionary dictionary, Clock clock, LanguageDetector languages) {
        this(dictionary, clock, languages, NameRecognizer.NONE);
    }

    public ArticleExtractor(AliasDictionary dictionary, Clock clock, NameRecognizer recognizer) {
        this(dictionary, clock, LanguageDetector.shared(), recognizer);
    }

    /**
     * @param recognizer finds the names the dictionary does not know ({@link NameRecognizer#NONE}: the dictionary
     *                   alone); it runs on title, caption and body once the language is known
     */
    public ArticleExtractor(AliasDictionary dictionary, Clock clock, LanguageDetector languages,
                            NameRecognizer recognizer) {
        this.matcher = new NameMatcher(dictionary);
        this.ambiguous = new AmbiguousAliases(dictionary);
        this.recognizer = recognizer;
        this.dates = new NewsDateParser(clock);
        this.languages = languages;
        this.clock = clock;
    }

    public FileOutcome extract(InputDocument document) {
        String path = document.relativePath();
        if (document.unreadable() != null) {
            return Reject.of(path, document.unreadable());
        }
        Decoded decoded = decoder.decode(document.bytes());
        if (decoded instanceof Rejection rejection) {
            return Reject.of(path, rejection);
        }
        DecodedText text = (DecodedText) decoded;
        ParsedArticle parsed = parser.parse(text.text());
        if (parsed.paragraphs().isEmpty()) {
            return new Reject(path, RejectReason.NO_BODY, parsed.title() == null
                    ? "no paragraphs after header and caption" : "only a title: \"" + abbreviate(parsed.title()) + "\"");
        }
        String body = String.join("\n\n", parsed.paragraphs());
        List<NameMatch> bodyMatches = matcher.find(body);
        String language = languages.detect(withoutNames(body, bodyMatches, 2 * LanguageDetector.MAX_CHARS));
        // title, caption, photo credit, body: the recognizer reads all but the credit line
        List<String> texts = new ArrayList<>(4);
        texts.add(parsed.title());
        texts.add(parsed.caption());
        texts.add(parsed.photoCredit());
        texts.add(body);
        List<List<NameMatch>> found = new ArrayList<>(4);
        List<List<RecognizedName>> recognized = new ArrayList<>(4);
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            found.add(i == BODY ? bodyMatches : t == null ? List.of() : matcher.find(t));
            recognized.add(t == null || i == CREDIT ? List.of() : recognize(t, language));
        }
        found = ambiguous.resolve(found, recognized, language);
        List<NameLinker.Part> parts = new ArrayList<>(4);
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
        if (headerDate.isPresent()) {
            publishedAt = headerDate.get();
            dateSource = "header";
        } else if (parsed.caption() != null) {
            var captionDate = dates.findDateInText(parsed.caption());
            if (captionDate.isPresent()) {
                publishedAt = captionDate.get().atStartOfDay(ZoneOffset.UTC).toInstant();
                dateSource = "caption";
            }
        }
        List<EntityStat> entities = mentions.stats();
        List<Quote> quotes = quotes(parsed.paragraphs());
        return new Article(
                ContentHash.articleId(path, document.bytes()),
                header(parsed, "source").orElse(document.source()),
                path,
                header(parsed, "url", "link").orElse(null),
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
                mentions.agencies(),
                parsed.paragraphs().size(),
                TextStats.wordCount(body),
                ContentHash.sha256Hex(bodyNormalized),
                SimHash.of(bodyNormalized),
                null,
                null,
                text.encoding(),
                clock.instant(),
                entities,
                quotes,
                recognizer == NameRecognizer.NONE ? NameCandidates.find(body, found.get(BODY))
                        : mentions.candidates(),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                document.hints().fetchedAt());
    }

    private static final int CREDIT = 2;
    private static final int BODY = 3;

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
        return out.append(text, at, Math.min(text.length(), at + Math.max(0, limit - out.length()))).toString();
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
            quotes.add(entity == null ? new Quote(q.quote(), speaker, null)
                    : new Quote(q.quote(), entity.canonicalName(), entity.id()));
        }
        return quotes;
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
        if (names.size() == 1 && names.get(0).start() == 0 && names.get(0).end() == speaker.strip().length()
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
        return entities.stream().filter(e -> e.type() == type).map(EntityStat::name).toList();
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
                stats.add(new EntityStat(entity.id(), entity.canonicalName(), entity.type(), counts.get(entity.id()),
                        List.copyOf(surfaces.get(entity.id())),
                        confidence == null ? EntityStat.DICTIONARY : EntityStat.RECOGNIZED, confidence));
            }
            return stats;
        }

        /** One entry per mention of a recognized name, for the curator's queue (name_candidates.csv). */
        List<String> candidates() {
            return candidates;
        }

        List<String> agencies() {
            return entities.values().stream().filter(Entity::agency).map(Entity::canonicalName).toList();
        }
    }
}
