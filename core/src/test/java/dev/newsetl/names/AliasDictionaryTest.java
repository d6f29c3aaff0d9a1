package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.article.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AliasDictionaryTest {

    private static final Path FIXTURES = Path.of("core/src/test/resources/names");
    private static final Path REAL = Path.of("config/aliases.tsv");

    private static AliasDictionary parse(String... lines) {
        return AliasDictionary.parse(String.join("\n", lines) + "\n", "test.tsv");
    }

    private static Set<String> aliasTexts(AliasDictionary dict, String id) {
        return dict.aliases().stream()
                .filter(a -> a.entity().id().equals(id))
                .map(Alias::text)
                .collect(Collectors.toSet());
    }

    // --- parsing -------------------------------------------------------------------------------------------------

    @Test
    void parsesEntityColumns() {
        AliasDictionary dict = parse("# comment", "", "afp\tORGANIZATION\tAFP\tAgence France-Presse\tagency\tnote");
        assertThat(dict.entities()).containsExactly(new Entity("afp", "AFP", EntityType.ORGANIZATION, true));
        assertThat(dict.byId("afp")).isPresent();
        assertThat(dict.byId("nope")).isEmpty();
    }

    @Test
    void trailingColumnsMayBeLeftOut() {
        AliasDictionary dict = parse("ankara\tLOCATION\tAnkara");
        assertThat(dict.entities()).containsExactly(new Entity("ankara", "Ankara", EntityType.LOCATION, false));
    }

    @Test
    void keepsFileOrder() {
        AliasDictionary dict = parse("b\tLOCATION\tB place", "a\tLOCATION\tA place");
        assertThat(dict.entities()).extracting(Entity::id).containsExactly("b", "a");
    }

    @Test
    void commentAndBlankLinesAreSkipped() {
        AliasDictionary dict = parse("   # indented comment", "   ", "\t", "doha\tLOCATION\tDoha");
        assertThat(dict.entities()).hasSize(1);
    }

    @Test
    void canonicalNameIsAlsoAnAlias() {
        AliasDictionary dict = parse("doha\tLOCATION\tDoha");
        assertThat(aliasTexts(dict, "doha")).containsExactly("Doha");
    }

    @Test
    void aliasPrefixesSetCaseSensitivityAndShortForm() {
        AliasDictionary dict =
                parse("mit\tORGANIZATION\tNational Intelligence Organization\t=MIT|~Intelligence|=~M.I.T.");
        List<Alias> aliases = dict.aliases();
        assertThat(aliases)
                .filteredOn(a -> a.text().equals("MIT"))
                .singleElement()
                .satisfies(a -> assertThat(a.caseSensitive()).isTrue())
                .satisfies(a -> assertThat(a.shortForm()).isFalse());
        assertThat(aliases)
                .filteredOn(a -> a.text().equals("Intelligence"))
                .singleElement()
                .satisfies(a -> assertThat(a.caseSensitive()).isFalse())
                .satisfies(a -> assertThat(a.canonicalForm()).isEqualTo("Intelligence"));
        assertThat(aliases)
                .filteredOn(a -> a.text().equals("M.I.T."))
                .singleElement()
                .satisfies(a -> assertThat(a.caseSensitive()).isTrue())
                .satisfies(a -> assertThat(a.canonicalForm()).isEqualTo("M.I.T."));
    }

    @Test
    void fullAliasRewritesToCanonicalName() {
        AliasDictionary dict = parse("turkiye\tLOCATION\tTürkiye\tTurkey");
        assertThat(dict.aliases())
                .filteredOn(a -> a.text().equals("Turkey"))
                .singleElement()
                .extracting(Alias::canonicalForm)
                .isEqualTo("Türkiye");
    }

    @Test
    void personShortFormRewritesToSurname() {
        AliasDictionary dict = parse("ismail-haniyeh\tPERSON\tIsmail Haniyeh\t~Haniya");
        assertThat(dict.aliases())
                .filteredOn(a -> a.text().equals("Haniya"))
                .singleElement()
                .extracting(Alias::canonicalForm)
                .isEqualTo("Haniyeh");
    }

    @Test
    void spellingVariantsOfOneEntityMayShareAKey() {
        AliasDictionary dict = parse("ibrahim-kalin\tPERSON\tİbrahim Kalın\tIbrahim Kalin|IBRAHIM KALIN");
        assertThat(aliasTexts(dict, "ibrahim-kalin")).contains("İbrahim Kalın", "Ibrahim Kalin", "IBRAHIM KALIN");
    }

    @Test
    void normalizesDecomposedSpellingsToNfc() {
        AliasDictionary dict = parse("turkiye\tLOCATION\tTu\u0308rkiye");
        assertThat(dict.entities().get(0).canonicalName()).isEqualTo("Türkiye").hasSize(7);
    }

    @Test
    void toleratesBomAndWindowsLineEnds() {
        AliasDictionary dict = AliasDictionary.load(FIXTURES.resolve("bom-and-crlf.tsv"));
        assertThat(dict.entities()).extracting(Entity::id).containsExactly("turkiye", "afp");
        assertThat(dict.byId("afp")).get().extracting(Entity::agency).isEqualTo(true);
        assertThat(aliasTexts(dict, "turkiye")).containsExactlyInAnyOrder("Türkiye", "Turkey", "Turkiye");
    }

    // --- surnames --------------------------------------------------------------------------------------------------

    @Test
    void derivesSurnameFromCanonicalName() {
        AliasDictionary dict = parse("ibrahim-kalin\tPERSON\tİbrahim Kalın\tIbrahim Kalin");
        assertThat(dict.aliases())
                .filteredOn(Alias::derived)
                .extracting(Alias::text, Alias::canonicalForm)
                .contains(org.assertj.core.groups.Tuple.tuple("Kalın", "Kalın"));
    }

    @Test
    void derivesSurnamesFromLongerAliasesToo() {
        AliasDictionary dict = parse("ismail-haniyeh\tPERSON\tIsmail Haniyeh\tİsmail Haniye");
        assertThat(dict.aliases())
                .filteredOn(Alias::derived)
                .extracting(Alias::text, Alias::canonicalForm)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Haniyeh", "Haniyeh"),
                        org.assertj.core.groups.Tuple.tuple("Haniye", "Haniyeh"));
    }

    @Test
    void sharedSurnameIsNotDerivedForEither() {
        AliasDictionary dict = parse("ali-shaath\tPERSON\tAli Shaath", "nabil-shaath\tPERSON\tNabil Shaath");
        assertThat(dict.aliases()).noneMatch(Alias::derived);
    }

    @Test
    void surnameThatIsAnotherEntitysAliasIsNotDerived() {
        AliasDictionary dict = parse("jordan-someone\tPERSON\tMichael Jordan", "jordan\tLOCATION\tJordan");
        assertThat(dict.aliases()).noneMatch(Alias::derived);
    }

    @Test
    void noShortFlagTurnsDerivationOff() {
        AliasDictionary dict = parse("donald-trump\tPERSON\tDonald Trump\t\tno-short");
        assertThat(dict.aliases()).noneMatch(Alias::derived);
    }

    @Test
    void shortAndGenerationalEndingsAreNotSurnames() {
        AliasDictionary dict = parse("kim\tPERSON\tKim Jong Un", "junior\tPERSON\tDonald Trump Jr.");
        assertThat(dict.aliases())
                .filteredOn(Alias::derived)
                .extracting(Alias::text)
                .containsExactly("Trump");
    }

    @Test
    void locationsGetNoDerivedShortForms() {
        AliasDictionary dict = parse("gaza-strip\tLOCATION\tGaza Strip");
        assertThat(dict.aliases()).noneMatch(Alias::derived);
    }

    // --- validation: every error names file and line -------------------------------------------------------------

    private static void assertLoadFails(String fixture, String lineAndProblem) {
        Path file = FIXTURES.resolve(fixture);
        assertThatThrownBy(() -> AliasDictionary.load(file))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining(lineAndProblem);
    }

    @Test
    void aliasClaimedByTwoEntities() {
        assertLoadFails("alias-claimed-twice.tsv", ":4: alias \"KALIN\" is claimed by ibrahim-kalin and other-id");
    }

    @Test
    void aliasClaimedByTwoEntitiesComparesFoldedForms() {
        assertLoadFails(
                "alias-claimed-after-folding.tsv", ":3: alias \"Kalin\" is claimed by ibrahim-kalin and other-id");
    }

    @Test
    void exampleMessageFormatFromTheBrief() {
        assertThatThrownBy(() -> AliasDictionary.parse(
                        "ibrahim-kalin\tPERSON\tİbrahim Kalın\t~Kalın\n" + "other-id\tPERSON\tOther Person\tKalin\n",
                        "config/aliases.tsv"))
                .hasMessage("config/aliases.tsv:2: alias \"Kalin\" is claimed by ibrahim-kalin and other-id");
    }

    @Test
    void unknownType() {
        assertLoadFails("unknown-type.tsv", ":1: unknown type \"ORGANISATION\"");
    }

    @Test
    void spacesInsteadOfTabsIsAColumnCountError() {
        assertLoadFails("spaces-instead-of-tabs.tsv", ":2: expected 3 to 6 tab-separated columns");
    }

    @Test
    void tooManyColumns() {
        assertLoadFails("too-many-columns.tsv", ":1: expected 3 to 6 tab-separated columns");
    }

    @Test
    void duplicateId() {
        assertLoadFails("duplicate-id.tsv", ":4: duplicate id \"hamas\" (first defined on line 1)");
    }

    @Test
    void emptyCanonical() {
        assertLoadFails("empty-canonical.tsv", ":1: empty canonical name for hamas");
    }

    @Test
    void badId() {
        assertLoadFails("bad-id.tsv", ":1: bad id \"Ibrahim_Kalin\"");
    }

    @Test
    void badIdShapes() {
        for (String id : List.of("Hamas", "ha mas", "-hamas", "hamas-", "ha--mas", "ham_as", "hämas")) {
            assertThatThrownBy(() -> parse(id + "\tORGANIZATION\tHamas"))
                    .as(id)
                    .isInstanceOf(DictionaryException.class)
                    .hasMessageContaining("bad id");
        }
    }

    @Test
    void unknownFlag() {
        assertLoadFails("unknown-flag.tsv", ":1: unknown flag \"agencyy\"");
    }

    @Test
    void emptyAlias() {
        assertLoadFails("empty-alias.tsv", ":1: empty alias");
    }

    @Test
    void agencyFlagOnlyForOrganizations() {
        assertLoadFails("agency-on-location.tsv", ":1: flag agency is only for an ORGANIZATION");
    }

    @Test
    void aliasMustStartWithALetterOrDigit() {
        assertThatThrownBy(() -> parse("hamas\tORGANIZATION\tHamas\t(Hamas)"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("test.tsv:1: alias \"(Hamas)\" must start with "
                        + "a letter or digit (the only prefixes are =, ~ and ?)");
        assertThatThrownBy(() -> parse("hamas\tORGANIZATION\tHamas\t=~"))
                .hasMessageContaining("has no name after its prefix");
    }

    @Test
    void notUtf8() {
        assertLoadFails("latin1-not-utf8.tsv", "not valid UTF-8");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> AliasDictionary.load(FIXTURES.resolve("no-such-file.tsv")))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("no-such-file.tsv: cannot read");
    }

    // --- the real dictionary ---------------------------------------------------------------------------------------

    @Test
    void realDictionaryLoads() {
        AliasDictionary dict = AliasDictionary.load(REAL);
        assertThat(dict.entities()).hasSizeGreaterThanOrEqualTo(37);
    }

    @Test
    void realDictionaryCoversTheSharedEntityContract() {
        AliasDictionary dict = AliasDictionary.load(REAL);
        Object[][] contract = {
            {"ibrahim-kalin", "İbrahim Kalın", EntityType.PERSON},
            {"recep-tayyip-erdogan", "Recep Tayyip Erdoğan", EntityType.PERSON},
            {"khalil-al-hayya", "Khalil al-Hayya", EntityType.PERSON},
            {"ali-shaath", "Ali Shaath", EntityType.PERSON},
            {"donald-trump", "Donald Trump", EntityType.PERSON},
            {"benjamin-netanyahu", "Benjamin Netanyahu", EntityType.PERSON},
            {"steve-witkoff", "Steve Witkoff", EntityType.PERSON},
            {"jared-kushner", "Jared Kushner", EntityType.PERSON},
            {"ismail-haniyeh", "Ismail Haniyeh", EntityType.PERSON},
            {"kyriakos-mitsotakis", "Kyriakos Mitsotakis", EntityType.PERSON},
            {"hakan-fidan", "Hakan Fidan", EntityType.PERSON},
            {"hamas", "Hamas", EntityType.ORGANIZATION},
            {"mit", "National Intelligence Organization", EntityType.ORGANIZATION},
            {"ngac", "National Committee for Gaza Management", EntityType.ORGANIZATION},
            {"israeli-security-cabinet", "Israeli Security Cabinet", EntityType.ORGANIZATION},
            {"nato", "NATO", EntityType.ORGANIZATION},
            {"united-nations", "United Nations", EntityType.ORGANIZATION},
            {"european-union", "European Union", EntityType.ORGANIZATION},
            {"afp", "AFP", EntityType.ORGANIZATION},
            {"anadolu-agency", "Anadolu Agency", EntityType.ORGANIZATION},
            {"reuters", "Reuters", EntityType.ORGANIZATION},
            {"associated-press", "Associated Press", EntityType.ORGANIZATION},
            {"turkiye", "Türkiye", EntityType.LOCATION},
            {"gaza-strip", "Gaza Strip", EntityType.LOCATION},
            {"khan-yunis", "Khan Yunis", EntityType.LOCATION},
            {"palestine", "Palestine", EntityType.LOCATION},
            {"egypt", "Egypt", EntityType.LOCATION},
            {"istanbul", "Istanbul", EntityType.LOCATION},
            {"rafah", "Rafah", EntityType.LOCATION},
            {"rafah-crossing", "Rafah Border Crossing", EntityType.LOCATION},
            {"ankara", "Ankara", EntityType.LOCATION},
            {"israel", "Israel", EntityType.LOCATION},
            {"united-states", "United States", EntityType.LOCATION},
            {"greece", "Greece", EntityType.LOCATION},
            {"qatar", "Qatar", EntityType.LOCATION},
            {"doha", "Doha", EntityType.LOCATION},
            {"cairo", "Cairo", EntityType.LOCATION},
        };
        for (Object[] row : contract) {
            String id = (String) row[0];
            assertThat(dict.byId(id))
                    .as(id)
                    .get()
                    .satisfies(e -> assertThat(e.canonicalName()).isEqualTo(row[1]))
                    .satisfies(e -> assertThat(e.type()).isEqualTo(row[2]));
        }
        assertThat(dict.entities())
                .filteredOn(Entity::agency)
                .extracting(Entity::id)
                .containsExactlyInAnyOrder("afp", "anadolu-agency", "reuters", "associated-press");
    }

    @Test
    void realDictionaryListsTheContractsAliases() {
        AliasDictionary dict = AliasDictionary.load(REAL);
        assertThat(aliasTexts(dict, "mit")).contains("MIT", "MİT");
        assertThat(aliasTexts(dict, "ngac")).contains("NGAC");
        assertThat(aliasTexts(dict, "united-nations")).contains("UN");
        assertThat(aliasTexts(dict, "european-union")).contains("EU");
        assertThat(aliasTexts(dict, "afp")).contains("Agence France-Presse");
        assertThat(aliasTexts(dict, "anadolu-agency")).contains("Anadolu", "AA", "Anadolu news agency");
        assertThat(aliasTexts(dict, "associated-press")).contains("AP");
        assertThat(aliasTexts(dict, "turkiye")).contains("Turkey", "Turkiye");
        assertThat(aliasTexts(dict, "gaza-strip")).contains("Gaza");
        assertThat(aliasTexts(dict, "khan-yunis")).contains("Khan Younis");
        assertThat(aliasTexts(dict, "istanbul")).contains("İstanbul");
        assertThat(aliasTexts(dict, "rafah-crossing")).contains("Rafah border crossing", "Rafah crossing");
        assertThat(aliasTexts(dict, "united-states")).contains("U.S.", "US", "USA");
    }

    @Test
    void ambiguousAliasesCarryTheirFlagAndLanguagesAndContextsAreRead() {
        AliasDictionary dict = parse(
                "mit\tORGANIZATION\tNational Intelligence Organization\t=?MIT|Millî İstihbarat Teşkilatı"
                        + "\tlang=tr,context=turkiye",
                "ibrahim-kalin\tPERSON\tİbrahim Kalın\t\tcontext=turkiye");
        assertThat(dict.aliases())
                .filteredOn(a -> a.text().equals("MIT"))
                .singleElement()
                .satisfies(a -> assertThat(a.ambiguous()).isTrue())
                .satisfies(a -> assertThat(a.caseSensitive()).isTrue());
        assertThat(dict.aliases()).filteredOn(a -> !a.text().equals("MIT")).allMatch(a -> !a.ambiguous());
        assertThat(dict.languages("mit")).containsExactly("tr");
        assertThat(dict.contexts("mit")).containsExactly("turkiye");
        assertThat(dict.contexts("ibrahim-kalin")).containsExactly("turkiye");
        assertThat(dict.languages("ibrahim-kalin")).isEmpty();
        assertThat(new NameMatcher(dict).find("MİT and Millî İstihbarat Teşkilatı"))
                .extracting(NameMatch::ambiguous)
                .containsExactly(true, false);
    }

    @Test
    void theRealDictionaryFlagsMitAmbiguous() {
        AliasDictionary dict = AliasDictionary.load(REAL);
        assertThat(dict.aliases())
                .filteredOn(a -> a.entity().id().equals("mit") && a.key().equals("mit"))
                .isNotEmpty()
                .allMatch(Alias::ambiguous);
        assertThat(dict.languages("mit")).contains("tr");
    }

    @Test
    void badLanguageContextAndReservedIdsNameTheLine() {
        assertThatThrownBy(() -> parse("mit\tORGANIZATION\tMIT\t\tlang=TR"))
                .hasMessageStartingWith("test.tsv:1: bad flag \"lang=TR\"");
        assertThatThrownBy(() -> parse("mit\tORGANIZATION\tMIT\t\tcontext=Türkiye"))
                .hasMessageStartingWith("test.tsv:1: bad flag \"context=Türkiye\"");
        assertThatThrownBy(() -> parse("per-omur-tan\tPERSON\tÖmür Tan"))
                .hasMessageStartingWith("test.tsv:1: id \"per-omur-tan\" starts with per-");
        assertThatThrownBy(() -> parse("x\tPERSON\tX Y\t?\t")).hasMessageContaining("has no name after its prefix");
    }
}
