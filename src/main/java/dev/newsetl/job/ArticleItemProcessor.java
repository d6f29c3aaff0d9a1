package dev.newsetl.job;

import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns each input file into an article or a reject; bad input never throws, so nothing is skipped silently. */
class ArticleItemProcessor implements ItemProcessor<InputDocument, FileOutcome> {
    private final ArticleExtractor extractor;
    private final String failOnPath;

    ArticleItemProcessor(ArticleExtractor extractor, String failOnPath) {
        this.extractor = extractor;
        this.failOnPath = failOnPath == null ? "" : failOnPath;
    }

    @Override
    public FileOutcome process(InputDocument document) {
        if (!failOnPath.isEmpty() && document.relativePath().contains(failOnPath)) {
            throw new IllegalStateException("injected fault (newsetl.job.fail-on-path) at " + document.relativePath());
        }
        return extractor.extract(document);
    }
}
