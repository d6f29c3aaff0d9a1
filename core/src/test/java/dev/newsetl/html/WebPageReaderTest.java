package dev.newsetl.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebPageReaderTest {
    private final WebPageReader reader = new WebPageReader(HtmlLimits.DEFAULT, HtmlEvaluation.CLOCK);

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebPageReaderTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    private WebPage page(String name) throws IOException {
        PageRead read = reader.read(fixture(name), DocumentHints.NONE);
        assertThat(read.rejection()).isNull();
        return read.page();
    }

    private static String body(WebPage page) {
        return String.join("\n", page.paragraphs());
    }

    @Test
    void jsonLdArticleGivesHeadlineDateAuthorsSiteAndCanonicalUrl() throws IOException {
        WebPage page = page("json-ld-article.html");
        assertThat(page.title()).isEqualTo("Neue Brücke über die Ems eröffnet");
        assertThat(page.date().source()).isEqualTo("json-ld");
        assertThat(page.date().instant()).isEqualTo(Instant.parse("2024-05-14T05:30:00Z"));
        assertThat(page.date().localDate()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(page.authors()).containsExactly("Anna Meyer", "Jonas Berg");
        assertThat(page.siteName()).isEqualTo("Emsland Kurier");
        assertThat(page.canonicalUrl())
                .isEqualTo("https://www.emsland-kurier.example/lokales/2024/05/14/neue-bruecke-ems");
        assertThat(page.url()).isEqualTo(page.canonicalUrl());
        assertThat(page.language()).isEqualTo("de");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(body(page))
                .startsWith("Nach zwei Jahren Bauzeit")
                .doesNotContain("Impressum", "Lokales", "Von Anna");
        assertThat(page.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void thePagesDescriptionIsTheSummaryAndItsIntertitlesAreListed() throws IOException {
        WebPage page = page("standfirst-and-intertitles.html");
        assertThat(page.summary())
                .startsWith("Two new boats and a night crossing")
                .endsWith("fares stay the same.");
        assertThat(page.subheadings()).containsExactly("A night crossing", "Fares unchanged");
        // the intertitles stay in the text where the page has them
        assertThat(page.paragraphs()).hasSize(6).contains("A night crossing", "Fares unchanged");
    }

    @Test
    void markupInTheDescriptionIsReadAsText() {
        String html = "<html><head><meta property=\"og:description\" content=\"&lt;p&gt;Two new boats, "
                + "&lt;b&gt;one&lt;/b&gt; night crossing.&lt;/p&gt;\"></head><body><article><h1>Ferries</h1>"
                + "<p>The island ferry will run twice as often from June, the operator said on Tuesday, after "
                + "two boats passed their sea trials.</p></article></body></html>";
        PageRead read = reader.read(html.getBytes(StandardCharsets.UTF_8), DocumentHints.NONE);
        assertThat(read.rejection()).isNull();
        assertThat(read.page().summary()).isEqualTo("Two new boats, one night crossing.");
    }

    @Test
    void aDescriptionThatRepeatsTheOpeningOrTheTitleIsNoSummary() {
        List<String> body =
                List.of("The island ferry will run twice as often from 1 June, the operator said.", "More.");
        assertThat(WebPageReader.summary("The island ferry will run twice as often from 1 June...", "T", body))
                .isNull();
        assertThat(WebPageReader.summary("The island ferry will run twice as often…", "T", body))
                .isNull();
        assertThat(WebPageReader.summary(
                        "Ferry timetable doubles for the summer", "Ferry timetable doubles for the summer", body))
                .isNull();
        assertThat(WebPageReader.summary("Short", "T", body)).isNull();
        assertThat(WebPageReader.summary("x".repeat(WebPageReader.MAX_SUMMARY + 1), "T", body))
                .isNull();
        assertThat(WebPageReader.summary(null, "T", body)).isNull();
        assertThat(WebPageReader.summary("Two new boats and a night crossing from June.", "T", body))
                .isEqualTo("Two new boats and a night crossing from June.");
    }

    @Test
    void cookieBannerIsNotTheArticle() throws IOException {
        WebPage page = page("cookie-banner.html");
        assertThat(page.title()).isEqualTo("Harbour reopens after storm repairs");
        assertThat(body(page)).contains("sea wall", "autumn season").doesNotContain("cookies", "Accept all");
        assertThat(page.date().source()).isEqualTo("html-meta");
        assertThat(page.date().instant()).isEqualTo(Instant.parse("2023-11-02T10:15:00Z"));
        assertThat(page.authors()).containsExactly("Mary Quinn");
    }

    @Test
    void commentsShareBarAndNewsletterAreLeftOut() throws IOException {
        WebPage page = page("comments-section.html");
        assertThat(body(page))
                .contains("nine in the evening", "working day")
                .doesNotContain("Finally!", "weekends", "Share on Facebook", "newsletter", "3 comments");
        assertThat(page.date().source()).isEqualTo("html-time");
        assertThat(page.date().localDate()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(page.siteName()).isEqualTo("Riverside Post");
        assertThat(page.title()).isEqualTo("Library extends opening hours");
    }

    @Test
    void galleryCaptionsGoToTheCaptionWithTheirCredit() throws IOException {
        WebPage page = page("gallery-captions.html");
        assertThat(page.caption()).contains("Des vendangeurs dans une parcelle", "Le raisin est trié à la main");
        assertThat(page.photoCredit()).isEqualTo("Photo : Claire Dubois");
        assertThat(body(page)).doesNotContain("vendangeurs dans une parcelle").contains("Côte de Beaune");
        assertThat(page.date().source()).isEqualTo("url");
        assertThat(page.date().localDate()).isEqualTo(LocalDate.of(2021, 9, 6));
        assertThat(page.canonicalUrl()).isEqualTo("https://journal.example/2021/09/06/vendanges-bourgogne");
        assertThat(page.language()).isEqualTo("fr");
    }

    @Test
    void charsetInMetaDecodesTurkishAndTheDatelineIsTakenOut() throws IOException {
        WebPage page = page("charset-in-meta.html");
        assertThat(page.encoding()).isEqualTo("windows-1254");
        assertThat(page.title()).isEqualTo("Belediye yeni parkı açtı");
        assertThat(page.dateline()).isEqualTo("ANKARA (AA)");
        assertThat(page.paragraphs().get(0)).startsWith("Belediye, şehrin doğusunda");
        assertThat(page.language()).isEqualTo("tr");
    }

    @Test
    void theHttpCharsetWinsOverTheMetaAndABomOverBoth() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Çiçekler ve ağaçlar bahar "
                + "geldiğinde şehrin bütün parklarını yeniden süslüyor, dedi.</p></body></html>";
        byte[] turkish = html.getBytes(java.nio.charset.Charset.forName("windows-1254"));
        WebPage declared = reader.read(turkish, hints(null, "windows-1254")).page();
        assertThat(declared.encoding()).isEqualTo("windows-1254");
        assertThat(body(declared)).contains("Çiçekler ve ağaçlar");

        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        WebPage bom = reader.read(withBom, hints(null, "iso-8859-1")).page();
        assertThat(bom.encoding()).isEqualTo("UTF-8");
        assertThat(body(bom)).contains("Çiçekler ve ağaçlar");
    }

    @Test
    void aRelatedLinksSectionEndsWhereItIsAnnounced() throws IOException {
        WebPage page = page("related-links.html");
        assertThat(body(page)).contains("forty thousand passengers").doesNotContain("Metro fares", "Bicycle lanes");
        assertThat(page.dateline()).isEqualTo("LYON (Reuters)");
    }

    @Test
    void aPageWithOnlyMenusAndLinksIsNoMainText() throws IOException {
        PageRead read = reader.read(fixture("no-main-text.html"), DocumentHints.NONE);
        assertThat(read.page()).isNull();
        assertThat(read.rejection().reason()).isEqualTo(RejectReason.NO_MAIN_TEXT);
    }

    @Test
    void theContainersUrlAndFieldsWinOverThePage() throws IOException {
        DocumentHints hints = new DocumentHints(
                "text/html",
                null,
                "https://crawl.example/a",
                null,
                "Given title",
                null,
                null,
                List.of("Given Author"),
                "en",
                "Given Site");
        WebPage page = reader.read(fixture("json-ld-article.html"), hints).page();
        assertThat(page.url()).isEqualTo("https://crawl.example/a");
        assertThat(page.canonicalUrl()).startsWith("https://www.emsland-kurier.example/");
        assertThat(page.title()).isEqualTo("Given title");
        assertThat(page.authors()).containsExactly("Given Author");
        assertThat(page.siteName()).isEqualTo("Given Site");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void pagesOverTheLimitsAreRejectedWithTheirOwnReasons() {
        WebPageReader small = new WebPageReader(new HtmlLimits(1000, 50), HtmlEvaluation.CLOCK);
        byte[] big = ("<html><body><p>" + "word ".repeat(400) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(small.read(big, DocumentHints.NONE).rejection().reason()).isEqualTo(RejectReason.PAGE_TOO_LARGE);
        byte[] many = ("<html><body>" + "<b>x</b>".repeat(60) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(small.read(many, DocumentHints.NONE).rejection().reason()).isEqualTo(RejectReason.PAGE_TOO_COMPLEX);
    }

    @Test
    void htmlIsRecognisedByNameOrByTheContainersMediaType() {
        assertThat(WebPageReader.isHtml(InputDocument.of("src/a.HTML", "src", new byte[1])))
                .isTrue();
        assertThat(WebPageReader.isHtml(InputDocument.of("src/a.htm", "src", new byte[1])))
                .isTrue();
        assertThat(WebPageReader.isHtml(InputDocument.of("src/a.txt", "src", new byte[1])))
                .isFalse();
        assertThat(WebPageReader.isHtml(
                        InputDocument.of("cc/news.warc.gz#120", "cc", new byte[1], hints("https://x.example/", null))))
                .isTrue();
    }

    private static DocumentHints hints(String url, String charset) {
        return new DocumentHints("text/html", charset, url, null, null, null, null, List.of(), null, null);
    }
}
