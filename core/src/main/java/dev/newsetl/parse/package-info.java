/**
 * Finding an article's structure in decoded text ({@link dev.newsetl.parse.ArticleParser}): the {@code Key: value}
 * header block, the headline, the photo caption and its credit, the dateline, the byline, the summary ("spot"),
 * intertitles, the agency sign-off, site furniture (share bars, page stamps, breadcrumbs), and the body paragraphs,
 * hard-wrapped lines joined. Plain Java, no framework.
 */
package dev.newsetl.parse;
