package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.DecodedText;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.article.Quote;
import dev.newsetl.extract.EvaluationSet.ExpectedArticle;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameMatcher;
import dev.newsetl.parse.ArticleParser;
import dev.newsetl.read.TextDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuoteExtractor} alone over the evaluation set's body paragraphs, scored like {@link EvaluationTest} scores
 * the article's quotes. A speaker resolves to a dictionary entity the simple way: the last person named in the
 * speaker text, else an organization that is the whole speaker text. Until {@link ArticleExtractor} fills quotes,
 * this is where the quote figures come from.
 */
class QuoteExtractorEvaluationTest {

    private static final AliasDictionary DICTIONARY = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final NameMatcher MATCHER = new NameMatcher(DICTIONARY);

    @Test
    void quoteTextsAndSpeakers() {
        TextDecoder decoder = new TextDecoder();
        ArticleParser parser = new ArticleParser();
        QuoteExtractor extractor = new QuoteExtractor();
        QuoteScore score = new QuoteScore();
        for (ExpectedArticle want : EvaluationSet.load()) {
            ParsedArticle parsed = parser.parse(((DecodedText) decoder.decode(want.bytes())).text());
            List<Quote> got = new ArrayList<>();
            for (ExtractedQuote q : extractor.extract(parsed.paragraphs())) {
                got.add(resolve(q));
            }
            score.add(want.file(), want.quotes(), got);
        }
        String report = String.format(
                "%nQuoteExtractor alone: %d quotes annotated, %d found, %d texts right "
                        + "(recall %.1f%%, precision %.1f%%), %d speakers right (%.1f%%), %d of %d articles exact%n%s%n",
                score.expected(),
                score.found(),
                score.matched(),
                100.0 * score.matched() / score.expected(),
                score.found() == 0 ? 100.0 : 100.0 * score.matched() / score.found(),
                score.speakersRight(),
                100.0 * score.speakersRight() / score.expected(),
                score.lists().correct(),
                score.lists().total(),
                String.join("\n", score.differences()));
        System.out.println(report);
        // Floors at what the extractor reaches today (46/46 texts, 45/46 speakers): raise them as it improves.
        assertThat(score.matched()).withFailMessage(report).isEqualTo(score.expected());
        assertThat(score.found()).withFailMessage(report).isEqualTo(score.expected());
        assertThat(score.speakersRight()).withFailMessage(report).isGreaterThanOrEqualTo(45);
    }

    private static Quote resolve(ExtractedQuote q) {
        String speaker = q.speakerText();
        if (speaker == null) {
            return new Quote(q.quote(), null, null);
        }
        List<NameMatch> names = MATCHER.find(speaker);
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).entity().type() == EntityType.PERSON) {
                return new Quote(
                        q.quote(),
                        names.get(i).entity().canonicalName(),
                        names.get(i).entity().id());
            }
        }
        if (names.size() == 1
                && names.get(0).entity().type() == EntityType.ORGANIZATION
                && names.get(0).surface(speaker).length() == speaker.strip().length()) {
            return new Quote(
                    q.quote(),
                    names.get(0).entity().canonicalName(),
                    names.get(0).entity().id());
        }
        return new Quote(q.quote(), speaker, null);
    }
}
