package dev.newsetl.spark;

import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.extract.LanguageDetector;
import dev.newsetl.html.HtmlLimits;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.RecognizerModels;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One {@link ArticleExtractor} per executor JVM: building the name matcher from the dictionary, loading the language
 * models and the name recognizer's model is costly, so every task of the run on this JVM shares it. Built as the
 * Spring Batch job builds it ({@link RecognizerModels#open} with the same settings, the shared language detector,
 * the same line and page limits), so both engines give the same rows. Keyed by the dictionary text, the clock, the
 * recognizer settings and the limits, so a later run with other settings in the same JVM (local mode, tests) gets its
 * own.
 */
final class ExecutorExtractors {
    private record Key(
            String dictionaryText, Instant now, boolean recognizer, String model, long maxLineBytes, HtmlLimits html) {}

    private static Key key;
    private static ArticleExtractor extractor;

    private ExecutorExtractors() {}

    static synchronized ArticleExtractor get(
            String dictionaryText,
            String dictionaryName,
            Instant now,
            boolean recognizer,
            String model,
            long maxLineBytes,
            HtmlLimits html) {
        Key wanted = new Key(dictionaryText, now, recognizer, model, maxLineBytes, html);
        if (!wanted.equals(key)) {
            extractor = new ArticleExtractor(
                    AliasDictionary.parse(dictionaryText, dictionaryName),
                    Clock.fixed(now, ZoneOffset.UTC),
                    LanguageDetector.shared(),
                    RecognizerModels.open(recognizer, model == null ? null : Path.of(model)),
                    maxLineBytes,
                    html);
            key = wanted;
        }
        return extractor;
    }
}
