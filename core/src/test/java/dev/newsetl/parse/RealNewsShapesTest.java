package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shapes of real outlets and archives, each on a fixture of our own written in that shape. */
class RealNewsShapesTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/parse/" + name)) {
            assertThat(in).as(name).isNotNull();
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void wireCopyHasAnAllCapsHeadlineADatelineJoinedLinesAndNoSignOff() throws IOException {
        ParsedArticle a = parse("wire-allcaps-headline-hard-wrapped-dateline-signoff.txt");
        assertThat(a.title()).isEqualTo("HARBOUR CITY PORT TRAFFIC RISES IN JANUARY");
        assertThat(a.dateline()).isEqualTo("PORTVALE, Feb 12");
        assertThat(a.paragraphs())
                .containsExactly(
                        "Container traffic through the harbour rose in January for a third month, the port authority said in"
                                + " its monthly report on Thursday.",
                        "The authority said new berths opened in December had shortened waiting times for ships.");
        assertThat(a.agencies()).containsExactly("Reuters");
    }

    @Test
    void turkishNewspaperCopyHasSpotBylineDatelineIntertitleAndAgency() throws IOException {
        ParsedArticle a = parse("turkish-spot-byline-dateline-intertitle.txt");
        assertThat(a.title()).isEqualTo("Belediyeden yeni park kararı");
        assertThat(a.summary()).startsWith("Şehir meclisi, sahil boyunca");
        assertThat(a.authors()).containsExactly("AYŞE KARACA");
        assertThat(a.dateline()).isEqualTo("İZMİR");
        assertThat(a.subheadings()).containsExactly("Bütçe ayrıldı");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).startsWith("Belediye meclisi dün");
        assertThat(a.paragraphs().get(1)).endsWith("açıkladı.");
        assertThat(a.agencies()).containsExactly("AA");
    }

    @Test
    void siteExportLosesBreadcrumbRepeatAndStampButKeepsItsTimeAndSubhead() throws IOException {
        ParsedArticle a = parse("page-stamp-breadcrumb-inline-subheads.txt");
        assertThat(a.title()).isEqualTo("Kur piyasasında sakin gün");
        assertThat(a.summary())
                .isEqualTo("Kur piyasası güne yatay bir seyirle başladı ve yatırımcılar yeni verileri bekliyor.");
        assertThat(a.stampedAt()).isEqualTo(Instant.parse("2025-03-03T06:15:00Z"));
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.paragraphs().get(0)).startsWith("Dolar güne yatay").doesNotContain("Giriş");
        assertThat(a.subheadings()).containsExactly("VERİ TAKVİMİ YOĞUN");
    }

    @Test
    void aSectionLabelIsNotATitleAndTheFirstParagraphIsNotPromoted() throws IOException {
        ParsedArticle a = parse("section-label-is-not-a-title.txt");
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).startsWith("The city council");
    }

    @Test
    void galleryCaptionDatelinePromoAndReportingCredit() throws IOException {
        ParsedArticle a = parse("gallery-caption-dateline-promo-reporting-credit.txt");
        assertThat(a.title()).isNull();
        assertThat(a.caption()).isEqualTo("A volunteer sorts donated books at a library in Riverton, March 3, 2015.");
        assertThat(a.photoCredit()).isEqualTo("Photo: Jane Roe");
        assertThat(a.dateline()).isEqualTo("RIVERTON, Ore.");
        assertThat(a.authors()).containsExactly("Sam Lee");
        assertThat(a.paragraphs())
                .containsExactly(
                        "The public library collected more than 4,000 donated books in its spring drive, organisers said on"
                                + " Monday.",
                        "The books will go to schools in the county.");
        assertThat(a.furniture()).contains("Like us on Facebook");
    }

    @Test
    void byLineAuthorsAndSlashAgencySignOff() throws IOException {
        ParsedArticle a = parse("by-line-and-slash-agency-signoff.txt");
        assertThat(a.title()).isEqualTo("Rail strike talks resume in the capital");
        assertThat(a.authors()).containsExactly("Maria Lopez", "Tom Reed");
        assertThat(a.paragraphs())
                .containsExactly(
                        "Union leaders and rail operators met again on Wednesday to try to end a week-long strike.");
        assertThat(a.agencies()).containsExactly("AFP");
    }
}
