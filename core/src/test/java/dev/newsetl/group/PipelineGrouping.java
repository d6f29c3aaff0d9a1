package dev.newsetl.group;

import dev.newsetl.article.Article;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.RecognizerModels;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups documents the way a run does, with the real pieces: {@link ArticleExtractor} → {@link ArticleSignature}
 * (through its staged bytes) → the two passes of {@link RunGrouper.OrderedPass}, in the given order. The extractor
 * is the job's default: the alias dictionary and the bundled statistical name recognizer, so the figures are what a
 * user gets.
 */
final class PipelineGrouping {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T00:00:00Z"), ZoneOffset.UTC);
    /** Built as a run builds it by default ({@code newsetl.names.recognizer: true}, the bundled model). */
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            AliasDictionary.load(Path.of("config/aliases.tsv")), CLOCK, RecognizerModels.open(true, null));

    /** One grouped article: the document's path, and what the pass said. */
    record Grouped(String path, String articleId, String duplicateOf, String storyId) {}

    record Result(List<Grouped> articles, List<StoryRow> stories) {}

    private PipelineGrouping() {}

    static Result group(List<InputDocument> documents) {
        List<ArticleSignature> signatures = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (InputDocument d : documents) {
            FileOutcome outcome = EXTRACTOR.extract(d);
            if (outcome instanceof Article a) {
                signatures.add(ArticleSignature.fromBytes(ArticleSignature.of(a).toBytes()));
                paths.add(d.relativePath());
            }
        }
        DocumentFrequencies frequencies = new DocumentFrequencies();
        signatures.forEach(frequencies::add);
        List<StoryRow> stories = new ArrayList<>();
        RunGrouper.OrderedPass pass = new RunGrouper.OrderedPass(frequencies, stories::add);
        List<Grouped> grouped = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            RunGrouper.Grouping g = pass.next(signatures.get(i));
            grouped.add(new Grouped(paths.get(i), g.articleId(), g.duplicateOf(), g.storyId()));
        }
        pass.finish();
        return new Result(grouped, stories);
    }
}
