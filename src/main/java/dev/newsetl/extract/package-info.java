/**
 * Facts derived from an article's text, each by a small class with one job: dates ({@code NewsDateParser}), language
 * ({@code LanguageDetector}), quotes ({@code QuoteExtractor}), hashes ({@code ContentHash}, {@code SimHash}), counts
 * ({@code TextStats}), and the run-wide grouping that needs the articles seen before ({@code NearDuplicateIndex},
 * {@code StoryGrouper}). Plain Java: no framework imports; classes take plain strings and values.
 */
package dev.newsetl.extract;
