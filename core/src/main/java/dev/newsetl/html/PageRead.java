package dev.newsetl.html;

import dev.newsetl.article.Rejection;

/** A page read as an article, or why it is not one: exactly one of the two is set. */
public record PageRead(WebPage page, Rejection rejection) {
    public PageRead {
        if ((page == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of page and rejection must be set");
        }
    }
}
