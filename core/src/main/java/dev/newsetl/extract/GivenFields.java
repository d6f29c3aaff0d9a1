package dev.newsetl.extract;

import dev.newsetl.article.Article;
import dev.newsetl.article.DocumentHints;

/**
 * The fields a container gave (a JSON Lines producer's title, date, authors, language, site and URL) win over what
 * the text alone says: the producer saw the page, we see only its text.
 */
final class GivenFields {
    private GivenFields() {}

    static Article apply(DocumentHints given, Article a) {
        if (given == DocumentHints.NONE) {
            return a;
        }
        boolean dated = given.publishedAt() != null;
        return new Article(
                a.articleId(),
                a.source(),
                a.sourceFile(),
                or(given.url(), a.url()),
                or(given.title(), a.title()),
                a.caption(),
                a.photoCredit(),
                dated ? given.publishedAt() : a.publishedAt(),
                dated ? (given.dateSource() == null ? "given" : given.dateSource()) : a.dateSource(),
                or(given.language(), a.language()),
                a.body(),
                a.bodyNormalized(),
                a.persons(),
                a.organizations(),
                a.locations(),
                a.agencies(),
                a.paragraphCount(),
                a.wordCount(),
                a.contentSha256(),
                a.simhash(),
                a.duplicateOf(),
                a.storyId(),
                a.encoding(),
                a.ingestedAt(),
                a.entities(),
                a.quotes(),
                a.nameCandidates(),
                a.dateline(),
                given.authors().isEmpty() ? a.authors() : given.authors(),
                a.summary(),
                a.subheadings(),
                a.canonicalUrl(),
                or(given.siteName(), a.siteName()),
                a.fetchedAt(),
                a.datelineDate());
    }

    private static String or(String given, String found) {
        return given == null || given.isBlank() ? found : given;
    }
}
