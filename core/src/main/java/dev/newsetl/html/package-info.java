/**
 * Web pages: a page's bytes → its character set → a jsoup DOM within limits → the page's own metadata (title,
 * publication date and where it came from, authors, canonical URL, site name, language) and its main text, taken
 * out of the menus, footers, comments, share bars, cookie and newsletter boxes around it. {@link
 * dev.newsetl.html.WebPageReader} is the entry point; the extractor turns its {@link dev.newsetl.html.WebPage} into
 * an article the same way as a parsed text file. Plain Java on jsoup; nothing here knows Spring.
 */
package dev.newsetl.html;
