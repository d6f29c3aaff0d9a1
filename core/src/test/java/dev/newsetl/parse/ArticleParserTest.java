package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private static String fixture(String name) {
        try (InputStream in = ArticleParserTest.class.getResourceAsStream("/parse/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedArticle parseFixture(String name) {
        return parser.parse(fixture(name));
    }

    @Test
    void headlineThenCaptionWithAfpCreditThenBlankSeparatedParagraphs() {
        ParsedArticle a = parseFixture("headline-caption-afp-credit.txt");

        assertThat(a.headers()).isEmpty();
        assertThat(a.title()).isEqualTo("Ankara hosts Gaza reconstruction talks with regional envoys");
        assertThat(a.caption())
                .isEqualTo("Workers clear rubble from a damaged street in Rafah, southern Gaza Strip, Feb. 3, 2026.");
        assertThat(a.photoCredit()).isEqualTo("AFP Photo");
        assertThat(a.paragraphs())
                .containsExactly(
                        "Türkiye hosted envoys from Egypt and Qatar in Ankara on Tuesday to discuss the next steps of the "
                                + "Gaza reconstruction plan, officials said.",
                        "Foreign Minister Hakan Fidan told reporters that the meeting focused on the delivery of heavy "
                                + "machinery and temporary housing.",
                        "The envoys agreed to meet again in Cairo next month.");
    }

    @Test
    void leadingEmptyLineMeansNoHeadlineAndOneParagraphPerLine() {
        ParsedArticle a = parseFixture("no-headline-one-paragraph-per-line.txt");

        assertThat(a.title()).isNull();
        assertThat(a.caption()).isNull();
        assertThat(a.photoCredit()).isNull();
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0))
                .isEqualTo("Officials in Doha said on Monday that a new round of talks would begin within days.");
        assertThat(a.paragraphs().get(2)).contains("“progress is possible”");
    }

    @Test
    void headerBlockGivesTitleAndLowerCasedKeys() {
        ParsedArticle a = parseFixture("header-block-title-source-published-url.txt");

        assertThat(a.headers())
                .isEqualTo(Map.of(
                        "title", "Greek and Turkish ministers meet in Athens",
                        "source", "Example Wire",
                        "published", "2026-02-10T09:30:00Z",
                        "url", "https://news.example.org/2026/02/10/athens-meeting"));
        assertThat(a.title()).isEqualTo("Greek and Turkish ministers meet in Athens");
        assertThat(a.caption()).isNull();
        assertThat(a.paragraphs())
                .containsExactly(
                        "Greek Prime Minister Kyriakos Mitsotakis received the Turkish delegation at his office on Monday.",
                        "Both sides described the meeting as constructive and agreed to continue the dialogue.");
    }

    @Test
    void headerBlockFollowedByCaptionedBody() {
        ParsedArticle a = parseFixture("header-block-then-caption-body.txt");

        assertThat(a.headers())
                .containsEntry("title", "Aid trucks cross into Gaza")
                .containsEntry("source", "Example Daily")
                .containsEntry("date", "Feb. 11, 2026")
                .containsEntry("author", "Jane Doe")
                .containsEntry("language", "en")
                .hasSize(5);
        assertThat(a.title()).isEqualTo("Aid trucks cross into Gaza");
        assertThat(a.caption())
                .isEqualTo("Trucks carrying food parcels wait at the Rafah border crossing, Feb. 11, 2026.");
        assertThat(a.photoCredit()).isEqualTo("Photo: Reuters");
        assertThat(a.paragraphs())
                .containsExactly(
                        "Dozens of aid trucks crossed into the Gaza Strip on Wednesday after the crossing reopened.",
                        "The United Nations said the deliveries were far below what is needed.");
    }

    @Test
    void bodyLinesWithColonsAreNotHeaders() {
        ParsedArticle a = parseFixture("body-line-with-colon-is-not-header.txt");

        assertThat(a.headers()).isEmpty();
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs())
                .containsExactly(
                        "Security sources said: the talks in Istanbul lasted more than three hours.",
                        "Source: officials familiar with the meeting said both sides were satisfied.",
                        "The delegation is expected to travel to Cairo later this week.");
    }

    @Test
    void linesInsideABlankSeparatedBlockAreJoined() {
        ParsedArticle a = parseFixture("hard-wrapped-paragraphs-are-joined.txt");

        assertThat(a.title()).isEqualTo("Cease-fire monitors report calm night in Khan Yunis");
        assertThat(a.paragraphs())
                .containsExactly(
                        "Monitors said the night passed without major incidents in Khan Yunis, the first such night in weeks.",
                        "Residents began returning to the city centre on Thursday morning.");
    }

    @Test
    void leadingWhitespaceTabsNoBreakSpacesAndBlankRunsAreTolerated() {
        ParsedArticle a = parseFixture("messy-whitespace-and-blank-lines.txt");

        // The file starts with a whitespace-only line: like a leading empty line, that means no headline.
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs())
                .containsExactly(
                        "Talks resume in Cairo",
                        "The two delegations met again on Friday after a short pause.",
                        "Egyptian officials said the atmosphere was positive.");
    }

    @Test
    void onlyAHeaderGivesNoParagraphs() {
        ParsedArticle a = parseFixture("only-header-no-body.txt");

        assertThat(a.title()).isEqualTo("Nothing but a header");
        assertThat(a.headers()).containsEntry("published", "2026-02-12");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void onlyATitleGivesNoParagraphs() {
        ParsedArticle a = parseFixture("only-title-no-body.txt");

        assertThat(a.title()).isEqualTo("A headline and nothing else");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void gettyImagesCreditIsACaption() {
        ParsedArticle a = parseFixture("caption-getty-images-after-title.txt");

        assertThat(a.title()).isEqualTo("NATO leaders gather for summit");
        assertThat(a.photoCredit()).isEqualTo("Getty Images");
        assertThat(a.caption()).startsWith("Leaders pose for a family photo");
        assertThat(a.paragraphs()).containsExactly("The summit opened with a discussion of air defence.");
    }

    @Test
    void headlineRepeatedAsFirstBodyLineIsDropped() {
        ParsedArticle a = parseFixture("title-repeated-in-body-after-header.txt");

        assertThat(a.title()).isEqualTo("Istanbul marathon draws record crowd");
        assertThat(a.paragraphs())
                .containsExactly("More than forty thousand runners crossed the Bosphorus bridge on Sunday.");
    }

    @Test
    void headerTitleWinsOverAVariantHeadlineAboveTheCaption() {
        ParsedArticle a = parseFixture("header-title-and-body-headline-above-caption.txt");

        assertThat(a.title()).isEqualTo("Türkiye, Egypt discuss Rafah crossing");
        assertThat(a.caption()).isEqualTo("Trucks queue at the Rafah border crossing, Feb. 2, 2026.");
        assertThat(a.photoCredit()).isEqualTo("Anadolu Agency Photo");
        assertThat(a.paragraphs()).containsExactly("Officials from both countries met in Cairo on Monday.");
    }

    @Test
    void shortFirstLineDirectlyAboveAParagraphIsNotATitle() {
        ParsedArticle a = parseFixture("headline-followed-directly-by-paragraph-is-not-title.txt");

        assertThat(a.title()).isNull();
        assertThat(a.paragraphs())
                .containsExactly(
                        "Talks continue in Doha",
                        "Negotiators met for a third day on Monday.",
                        "No agreement was announced.");
    }

    @Test
    void loneKeyValueLineAboveACaptionIsAHeadline() {
        ParsedArticle a = parseFixture("single-source-line-above-caption-is-a-headline.txt");

        assertThat(a.headers()).isEmpty();
        assertThat(a.title()).isEqualTo("Source: Hamas accepts revised terms");
        assertThat(a.photoCredit()).isEqualTo("AA Photo");
        assertThat(a.paragraphs()).containsExactly("Mediators said the revised terms were accepted late on Sunday.");
    }

    @Test
    void creditsInManySpellings() {
        for (String credit : new String[] {
            "AFP Photo",
            "AA Photo",
            "Reuters Photo",
            "Photo: Reuters",
            "Anadolu Agency Photo",
            "Getty Images",
            "AP Photo/Jane Doe",
            "Photo by John Roe/AFP"
        }) {
            ParsedArticle a =
                    parser.parse("Headline here\nA man walks past a mural in Istanbul. (" + credit + ")\n\nBody text.");
            assertThat(a.photoCredit()).as(credit).isEqualTo(credit);
            assertThat(a.caption()).as(credit).isEqualTo("A man walks past a mural in Istanbul.");
            assertThat(a.paragraphs()).as(credit).containsExactly("Body text.");
        }
    }

    @Test
    void parenthesisedAttributionWithoutPictureWordIsNotACredit() {
        ParsedArticle a =
                parser.parse("\nThe talks ended without a deal, a diplomat said (Reuters)\nMore talks are planned.");

        assertThat(a.caption()).isNull();
        assertThat(a.photoCredit()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void captionInsideParenthesesOnTheLineKeepsEarlierParentheses() {
        ParsedArticle a = parser.parse(
                "Envoys meet in Cairo\nİbrahim Kalın (L) greets Khalil al-Hayya in Istanbul, Jan. 24, 2026. (AA Photo)\n\nText.");

        assertThat(a.caption()).isEqualTo("İbrahim Kalın (L) greets Khalil al-Hayya in Istanbul, Jan. 24, 2026.");
        assertThat(a.photoCredit()).isEqualTo("AA Photo");
    }

    @Test
    void firstLineEndingInAFullStopIsNeverATitle() {
        ParsedArticle a = parser.parse("Talks ended on Friday.\n\nMore talks are planned.");

        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).containsExactly("Talks ended on Friday.", "More talks are planned.");
    }

    @Test
    void tooLongFirstLineIsNeverATitle() {
        String longLine = "word ".repeat(31).trim();
        ParsedArticle a = parser.parse(longLine + "\n\nSecond paragraph.");

        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).containsExactly(longLine, "Second paragraph.");
    }

    @Test
    void headerEndedByFirstNonHeaderLine() {
        ParsedArticle a = parser.parse("Source: Example Wire\nLang: tr\nBirinci paragraf burada.\nİkinci paragraf.");

        assertThat(a.headers()).isEqualTo(Map.of("source", "Example Wire", "lang", "tr"));
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).containsExactly("Birinci paragraf burada.", "İkinci paragraf.");
    }

    @Test
    void headerWithoutTitleLetsTheBodyHeadlineBeTheTitle() {
        ParsedArticle a = parser.parse("Source: Example Wire\nURL: https://example.org/a\n\n"
                + "Envoys meet in Doha\nDiplomats arrive for talks, Feb. 1, 2026. (AFP Photo)\n\nThe talks began.");

        assertThat(a.title()).isEqualTo("Envoys meet in Doha");
        assertThat(a.photoCredit()).isEqualTo("AFP Photo");
        assertThat(a.paragraphs()).containsExactly("The talks began.");
    }

    @Test
    void urlHeaderWithSpacesOrDateWithoutDigitsEndsTheBlock() {
        ParsedArticle a = parser.parse("Date: sometime soon\nURL: not a url\n\nBody.");

        assertThat(a.headers()).isEmpty();
    }

    @Test
    void crLineEndsAndNullAndEmptyInputAreTolerated() {
        assertThat(parser.parse(null).paragraphs()).isEmpty();
        assertThat(parser.parse("").paragraphs()).isEmpty();
        assertThat(parser.parse("\n\n   \n").paragraphs()).isEmpty();
        ParsedArticle a = parser.parse("Talks resume today\r\n\r\nOne.\r\n\r\nTwo.\r");
        assertThat(a.title()).isEqualTo("Talks resume today");
        assertThat(a.paragraphs()).containsExactly("One.", "Two.");
    }
}
