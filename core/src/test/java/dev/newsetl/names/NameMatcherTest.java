package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static final AliasDictionary DICT = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final NameMatcher MATCHER = new NameMatcher(DICT);

    private static List<String> surfaces(String text) {
        return MATCHER.find(text).stream().map(m -> m.surface(text)).toList();
    }

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(m -> m.entity().id()).toList();
    }

    // --- spellings and scripts -------------------------------------------------------------------------------------

    @Test
    void matchesTurkishAndAsciiSpellings() {
        assertThat(ids("İbrahim Kalın, Ibrahim Kalin, İbrahim Kalin and Ibrahim Kalın"))
                .containsExactly("ibrahim-kalin", "ibrahim-kalin", "ibrahim-kalin", "ibrahim-kalin");
    }

    @Test
    void matchesAllCaps() {
        String text = "İBRAHİM KALIN MEETS HAMAS; KALIN SAYS";
        assertThat(surfaces(text)).containsExactly("İBRAHİM KALIN", "HAMAS", "KALIN");
        assertThat(ids(text)).containsExactly("ibrahim-kalin", "hamas", "ibrahim-kalin");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "İİİ İBRAHİM KALIN’ın ofisi";
        NameMatch m = MATCHER.find(text).get(0);
        assertThat(m.start()).isEqualTo(4);
        assertThat(m.end()).isEqualTo(17);
        assertThat(m.surface(text)).isEqualTo("İBRAHİM KALIN");
    }

    @Test
    void offsetsSurviveDecomposedText() {
        String text = "Talks with I\u0307brahim Kal\u0131n and Erdog\u0306an\u2019s aide";
        assertThat(surfaces(text)).containsExactly("I\u0307brahim Kal\u0131n", "Erdog\u0306an");
    }

    @Test
    void turkeyAndTurkiyeAreTheSameEntity() {
        assertThat(ids("Turkey, Türkiye, Turkiye, TÜRKİYE"))
                .containsOnly("turkiye")
                .hasSize(4);
    }

    @Test
    void spacesInsideANameMayVary() {
        assertThat(surfaces("Recep  Tayyip\u00A0Erdoğan")).containsExactly("Recep  Tayyip\u00A0Erdoğan");
    }

    @Test
    void aLineBreakEndsAName() {
        assertThat(ids("the Gaza\nStrip")).containsExactly("gaza-strip");
        assertThat(surfaces("the Gaza\nStrip")).containsExactly("Gaza");
    }

    // --- suffixes and word boundaries --------------------------------------------------------------------------------

    @Test
    void possessiveWithStraightAndCurlyApostrophes() {
        String text = "Erdoğan’s plan, Erdogan's plan and Erdoganʼs plan";
        assertThat(surfaces(text)).containsExactly("Erdoğan", "Erdogan", "Erdogan");
    }

    @Test
    void turkishSuffixesAfterApostrophe() {
        String text = "Türkiye'nin rolü, Erdoğan'ın ziyareti, Kalın’la görüştü";
        assertThat(surfaces(text)).containsExactly("Türkiye", "Erdoğan", "Kalın");
    }

    @Test
    void pluralPossessive() {
        assertThat(surfaces("Hamas' political bureau")).containsExactly("Hamas");
    }

    @Test
    void hyphenCompounds() {
        assertThat(surfaces("a Kalın-led team and a Turkey-backed plan, then-Hamas leader"))
                .containsExactly("Kalın", "Turkey", "Hamas");
    }

    @Test
    void noMatchInsideALongerWord() {
        assertThat(surfaces("Israeli forces, Turkish sources, Egyptian mediators, Palestinians, Hamasist"))
                .isEmpty();
        assertThat(surfaces("Ankaragücü and XIsrael")).isEmpty();
    }

    @Test
    void lowerCaseBirdIsNotTheCountry() {
        assertThat(surfaces("a turkey dinner")).isEmpty();
        assertThat(surfaces("TURKEY DINNER")).containsExactly("TURKEY");
        assertThat(surfaces("Turkey dinner")).containsExactly("Turkey");
    }

    @Test
    void germanMitIsNotTheIntelligenceAgency() {
        assertThat(surfaces("Mit dem Zug nach Ankara")).containsExactly("Ankara");
        assertThat(surfaces("mit")).isEmpty();
        assertThat(ids("MIT and MİT")).containsExactly("mit", "mit");
    }

    @Test
    void caseSensitiveAcronyms() {
        assertThat(surfaces("aa Aa AA")).containsExactly("AA");
        assertThat(surfaces("tell us, Us, US")).containsExactly("US");
        assertThat(surfaces("un, Un, UN; eu, EU; ap, AP")).containsExactly("UN", "EU", "AP");
    }

    @Test
    void dottedAbbreviation() {
        String text = "U.S. envoy and the U.S.";
        assertThat(surfaces(text)).containsExactly("U.S.", "U.S.");
        assertThat(ids(text)).containsOnly("united-states");
    }

    @Test
    void lowerCaseAliasMatchesAnyCase() {
        assertThat(surfaces("al-Hayya, Al-Hayya and AL-HAYYA")).containsExactly("al-Hayya", "Al-Hayya", "AL-HAYYA");
    }

    @Test
    void matchAtTextStartAndEnd() {
        assertThat(surfaces("Gaza")).containsExactly("Gaza");
        assertThat(surfaces("Doha, Cairo")).containsExactly("Doha", "Cairo");
    }

    // --- leftmost-longest --------------------------------------------------------------------------------------------

    @Test
    void longestWins() {
        assertThat(ids("the Rafah border crossing near Rafah")).containsExactly("rafah-crossing", "rafah");
        assertThat(surfaces("the Rafah border crossing near Rafah")).containsExactly("Rafah border crossing", "Rafah");
        assertThat(surfaces("President Recep Tayyip Erdoğan")).containsExactly("Recep Tayyip Erdoğan");
        assertThat(surfaces("the Gaza Strip")).containsExactly("Gaza Strip");
        assertThat(surfaces("the Anadolu news agency")).containsExactly("Anadolu news agency");
    }

    @Test
    void longestCandidateFailingItsBoundaryFallsBackToShorter() {
        // "Rafah crossings" is not "Rafah crossing": the shorter Rafah still counts
        assertThat(surfaces("Rafah crossings")).containsExactly("Rafah");
    }

    @Test
    void nameContainingAnotherName() {
        assertThat(ids("the National Committee for Gaza Management")).containsExactly("ngac");
        assertThat(ids("Israel's Security Cabinet and Israel's army"))
                .containsExactly("israeli-security-cabinet", "israel");
    }

    @Test
    void matchesDoNotOverlapAndAreInTextOrder() {
        String text = "Kalin, Hamas, Gaza Strip, Kalin";
        List<NameMatch> ms = MATCHER.find(text);
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
        }
        assertThat(ms).hasSize(4);
    }

    // --- short references ------------------------------------------------------------------------------------------

    @Test
    void surnameAloneResolvesToThePerson() {
        assertThat(MATCHER.find("Kalin said Netanyahu and Erdogan spoke"))
                .extracting(m -> m.entity().id(), NameMatch::canonicalForm)
                .containsExactly(
                        tuple("ibrahim-kalin", "Kalın"),
                        tuple("benjamin-netanyahu", "Netanyahu"),
                        tuple("recep-tayyip-erdogan", "Erdoğan"));
    }

    @Test
    void fullNameAliasCarriesTheCanonicalName() {
        assertThat(MATCHER.find("Tayyip Erdogan"))
                .singleElement()
                .extracting(NameMatch::canonicalForm)
                .isEqualTo("Recep Tayyip Erdoğan");
    }

    @Test
    void surnameFromAVariantSpellingRewritesToCanonicalSurname() {
        assertThat(MATCHER.find("Haniya"))
                .singleElement()
                .extracting(NameMatch::canonicalForm)
                .isEqualTo("Haniyeh");
    }

    @Test
    void ambiguousSurnameMatchesNobody() {
        NameMatcher m = new NameMatcher(
                AliasDictionary.parse("ali-shaath\tPERSON\tAli Shaath\nnabil-shaath\tPERSON\tNabil Shaath\n", "t"));
        assertThat(m.find("Shaath said")).isEmpty();
        assertThat(m.find("Nabil Shaath said")).extracting(x -> x.entity().id()).containsExactly("nabil-shaath");
    }

    @Test
    void shortLocationKeepsItsShortSpelling() {
        assertThat(MATCHER.find("in Gaza"))
                .singleElement()
                .extracting(NameMatch::canonicalForm)
                .isEqualTo("Gaza");
    }

    // --- a whole article ---------------------------------------------------------------------------------------------

    @Test
    void mixedSpellingArticle() throws Exception {
        String text = Files.readString(Path.of("core/src/test/resources/names/article-mixed-spellings.txt"));
        List<String> ids =
                MATCHER.find(text).stream().map(m -> m.entity().id()).distinct().toList();
        assertThat(ids)
                .containsExactly(
                        "turkiye",
                        "ibrahim-kalin",
                        "gaza-strip",
                        "istanbul",
                        "hamas",
                        "khalil-al-hayya",
                        "anadolu-agency",
                        "rafah-crossing",
                        "ngac",
                        "benjamin-netanyahu",
                        "israel",
                        "united-states",
                        "steve-witkoff",
                        "recep-tayyip-erdogan",
                        "doha",
                        "egypt",
                        "qatar");
    }

    @Test
    void emptyText() {
        assertThat(MATCHER.find("")).isEmpty();
        assertThat(new NameMatcher(AliasDictionary.parse("", "empty")).find("Gaza"))
                .isEmpty();
    }

    @Test
    void sharedBetweenThreads() throws Exception {
        String text = "Kalin met al-Hayya in Istanbul; Erdoğan’s office and the Rafah crossing.";
        List<NameMatch> expected = MATCHER.find(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!MATCHER.find(text).equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(wrong).hasValue(0);
    }
}
