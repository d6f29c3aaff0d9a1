package dev.newsetl.spark;

import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.fs.Location;
import dev.newsetl.html.HtmlLimits;
import dev.newsetl.read.InputFileLoader;
import dev.newsetl.read.InputLimits;
import dev.newsetl.read.InputRoot;
import dev.newsetl.read.JsonFieldMapping;
import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The executor side: each listed file through the job's own loader (its limits) and {@link ArticleExtractor},
 * lazily and in listing order within the partition, so a partition's memory is one file at a time.
 */
final class ExtractFiles implements FlatMapFunction<Iterator<ListingEntry>, ExtractedFile> {
    private final Broadcast<String> dictionaryText;
    private final String dictionaryName;
    private final Instant now;
    private final String inputRoot;
    private final InputLimits limits;
    private final HtmlLimits html;
    private final boolean recognizer;
    private final String model;

    ExtractFiles(
            Broadcast<String> dictionaryText,
            String dictionaryName,
            Instant now,
            String inputRoot,
            InputLimits limits,
            HtmlLimits html,
            boolean recognizer,
            String model) {
        this.recognizer = recognizer;
        this.model = model;
        this.dictionaryText = dictionaryText;
        this.dictionaryName = dictionaryName;
        this.now = now;
        this.inputRoot = inputRoot;
        this.limits = limits;
        this.html = html;
    }

    @Override
    public Iterator<ExtractedFile> call(Iterator<ListingEntry> files) {
        ArticleExtractor extractor = ExecutorExtractors.get(
                dictionaryText.value(), dictionaryName, now, recognizer, model, limits.maxLineLength(), html);
        InputFileLoader loader = InputRoot.loader(Location.parse(inputRoot), limits, JsonFieldMapping.DEFAULTS);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public ExtractedFile next() {
                ListingEntry entry = files.next();
                try {
                    return ExtractedFile.of(extractor.extract(loader.load(entry.toListedFile())));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("extracting " + entry.relativePath() + " failed", e);
                }
            }
        };
    }
}
