package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {
    static final String[] HOSTILE = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</style><script>alert(2)</script>",
        "</title></text></svg><b>bold</b>",
        "javascript:alert(3)",
        "<!-- comment",
        "&lt;already&gt; &amp;"
    };

    @Test
    void valuesAreTextInTextAndInQuotedAttributes() {
        for (String value : HOSTILE) {
            Html html = Html.of("<p class=\"x\" title=\"{}\">{}</p>", value, value);
            Document doc = Jsoup.parseBodyFragment(html.toString());
            assertThat(doc.body().children()).hasSize(1);
            Element p = doc.body().child(0);
            assertThat(p.tagName()).isEqualTo("p");
            assertThat(p.children()).as(value).isEmpty();
            assertThat(p.attributes().asList()).hasSize(2);
            assertThat(p.attr("title")).isEqualTo(value);
            assertThat(p.text()).isEqualTo(value);
        }
    }

    @Test
    void markupValuesAreInsertedAsTheyAre() {
        Html inner = Html.of("<b>{}</b>", "<i>");
        assertThat(Html.of("<p>{} and {}</p>", inner, 42).toString()).isEqualTo("<p><b>&lt;i&gt;</b> and 42</p>");
        assertThat(Html.of("<p>{}</p>", (Object) null).toString()).isEqualTo("<p></p>");
    }

    @Test
    void invisibleAndDirectionChangingCharactersAreShown() {
        assertThat(Html.text("report\u202Etxt.exe").toString()).isEqualTo("report[U+202E]txt.exe");
        assertThat(Html.text("zero\u200Bwidth\u2066isolate\uFEFF").toString())
                .isEqualTo("zero[U+200B]width[U+2066]isolate[U+FEFF]");
        assertThat(Html.text("bell\u0007 del\u007F").toString()).isEqualTo("bell[U+0007] del[U+007F]");
        // Words keep what they need: joiners (Persian, emoji), letters of any script, lookalikes as themselves.
        assertThat(Html.text("می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDCBB Аnadolu")
                        .toString())
                .isEqualTo("می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDCBB Аnadolu");
        assertThat(Html.text("cut \uD83D").toString()).isEqualTo("cut \uFFFD");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>var x = '{}';</script>",
                "<style>p{color:{}}</style>",
                "<a href=\"{}\">x</a>",
                "<img src='{}'>",
                "<p onclick=\"{}\">x</p>",
                "<p style=\"color:{}\">x</p>",
                "<p class={}>x</p>",
                "<{}>",
                "<!-- {} -->",
                "<p {}>x</p>"
            })
    void placeholdersWhereEscapingIsNotEnoughAreRefused(String template) {
        assertThatThrownBy(() -> Html.of(template, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(template);
    }

    @Test
    void textAfterAScriptOrStyleBlockIsAPlaceForValuesAgain() {
        assertThat(Html.of("<style>p{color:red}</style><p title=\"{}\">{}</p>", "a", "b")
                        .toString())
                .isEqualTo("<style>p{color:red}</style><p title=\"a\">b</p>");
    }

    @Test
    void valueCountMustMatchThePlaceholders() {
        assertThatThrownBy(() -> Html.of("<p>{}</p>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of("<p>{}</p>", "a", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonInAScriptBlockCannotEndTheBlock() {
        String json = "{\"title\":\"</script><script>alert(1)</script><!-- \u2028\u2029 & more\"}";
        Html block = Html.jsonScript("data\"x", json);
        Document doc = Jsoup.parse("<html><body>" + block + "<p>after</p></body></html>");
        assertThat(doc.select("script")).hasSize(1);
        Element script = doc.selectFirst("script");
        assertThat(script.attr("type")).isEqualTo("application/json");
        assertThat(script.attr("id")).isEqualTo("data\"x");
        assertThat(script.data())
                .doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u2028");
        assertThat(doc.select("p").text()).isEqualTo("after");
    }
}
