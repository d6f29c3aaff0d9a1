/**
 * Field extraction in plain Java: dates, language, quotes, hashes, and the
 * {@link dev.newsetl.extract.ArticleExtractor} that runs the whole per-file pipeline.
 */
package dev.newsetl.extract;
