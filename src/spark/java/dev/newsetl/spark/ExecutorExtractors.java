package dev.newsetl.spark;

import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.names.AliasDictionary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One {@link ArticleExtractor} per executor JVM: building the name matcher from the dictionary (and loading the
 * language models) is costly, so every task of the run on this JVM shares it. Keyed by the dictionary text and the
 * clock, so a later run with another dictionary in the same JVM (local mode, tests) gets its own.
 */
final class ExecutorExtractors {
    private record Key(String dictionaryText, Instant now) {
    }

    private static Key key;
    private static ArticleExtractor extractor;

    private ExecutorExtractors() {
    }

    static synchronized ArticleExtractor get(String dictionaryText, String dictionaryName, Instant now) {
        Key wanted = new Key(dictionaryText, now);
        if (!wanted.equals(key)) {
            extractor = new ArticleExtractor(AliasDictionary.parse(dictionaryText, dictionaryName),
                    Clock.fixed(now, ZoneOffset.UTC));
            key = wanted;
        }
        return extractor;
    }
}
