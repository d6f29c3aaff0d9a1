package dev.newsetl.job;

import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.extract.ContentHash;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns each input file into an article or a reject; bad input never throws, so nothing is skipped silently. */
class ArticleItemProcessor implements ItemProcessor<InputDocument, ProcessedFile> {
    private final ArticleExtractor extractor;
    private final String failOnPath;

    ArticleItemProcessor(ArticleExtractor extractor, String failOnPath) {
        this.extractor = extractor;
        this.failOnPath = failOnPath == null ? "" : failOnPath;
    }

    @Override
    public ProcessedFile process(InputDocument document) {
        if (!failOnPath.isEmpty() && document.relativePath().contains(failOnPath)) {
            throw new IllegalStateException("injected fault (newsetl.job.fail-on-path) at " + document.relativePath());
        }
        String sha = document.bytes() == null ? "" : ContentHash.sha256Hex(document.bytes());
        return new ProcessedFile(extractor.extract(document), sha);
    }
}
