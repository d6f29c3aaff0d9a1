/**
 * Finding an article's structure in decoded text: the {@code Key: value} header block, the title, the photo caption
 * and its credit, and the body paragraphs ({@link dev.newsetl.parse.ArticleParser}). Plain Java, no framework.
 */
package dev.newsetl.parse;
