package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.InputDocument;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.RecognizedIds;
import dev.newsetl.names.TaggingRecognizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recognized names through the whole extractor, with a recognizer that tags given spellings: canonical spellings,
 * ids, linking inside an article, the dictionary's authority and ambiguous aliases.
 */
class RecognizedNamesTest {
    private static final AliasDictionary DICTIONARY = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

    private static Article extract(NameRecognizer recognizer, String text) {
        return (Article) new ArticleExtractor(DICTIONARY, CLOCK, recognizer)
                .extract(InputDocument.of("a/story.txt", "a", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static EntityStat entity(Article a, String name) {
        return a.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities()));
    }

    @Test
    void surnameSuffixesAndAllCapsAreOnePersonWithTheTurkishSpelling() {
        NameRecognizer r =
                new TaggingRecognizer(0.91).tag(EntityType.PERSON, "ÖMÜR TAN", "Omur Tan", "Ömür Tan", "Tan");
        Article a = extract(
                r,
                "Title: ÖMÜR TAN konuştu\n\nSanayici Omur Tan dün açıklama yaptı. Ömür Tan'ın "
                        + "sözleri şöyle: üretim artacak. Tan, ihracatın da arttığını söyledi ve Tan'a göre yıl iyi geçecek.");
        EntityStat tan = entity(a, "Ömür Tan");
        assertThat(tan.entityId()).isEqualTo("per-omur-tan");
        assertThat(tan.type()).isEqualTo(EntityType.PERSON);
        assertThat(tan.mentions()).isEqualTo(5);
        assertThat(tan.surfaceForms()).contains("ÖMÜR TAN", "Omur Tan", "Ömür Tan", "Tan");
        assertThat(tan.foundBy()).isEqualTo(EntityStat.RECOGNIZED);
        assertThat(tan.confidence()).isEqualTo(0.91);
        assertThat(a.persons()).contains("Ömür Tan");
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Tan")).hasSize(1);
        assertThat(a.bodyNormalized()).contains("Sanayici Ömür Tan dün", "Ömür Tan'ın", "Tan'a göre");
    }

    @Test
    void aTitleOfAddressIsNotPartOfTheNameAndAMiddleNameKeepsTheSurnameLinked() {
        NameRecognizer r = new TaggingRecognizer(0.9)
                .tag(EntityType.PERSON, "Dora Mae Quill", "Dora Quill", "Ms. Quill", "Quill", "Dr Ansel Brook");
        Article a = extract(
                r,
                "Dora Mae Quill, the painter, died on Monday at 88. Dora Quill sold her first canvas at 19, and "
                        + "Ms. Quill kept painting until last year. Quill was treated by Dr Ansel Brook, who said she "
                        + "worked every morning.");
        // The surname goes to the first of the two full names (as often named); the title of address is dropped.
        EntityStat quill = entity(a, "Dora Mae Quill");
        assertThat(quill.mentions()).isEqualTo(3);
        assertThat(quill.surfaceForms()).containsExactly("Dora Mae Quill", "Quill");
        assertThat(a.persons()).contains("Dora Mae Quill", "Ansel Brook").doesNotContain("Ms. Quill", "Quill");
        assertThat(a.persons()).noneMatch(p -> p.startsWith("Dr"));
    }

    @Test
    void aTitleOfOfficeTakenIntoTheSpanIsLeftOutAndTheSpanIsAPerson() {
        NameRecognizer r = new TaggingRecognizer(0.8)
                .tag(EntityType.ORGANIZATION, "Harlow County Sheriff Ada Quill")
                .tag(EntityType.PERSON, "Quill");
        Article a = extract(
                r,
                "Harlow County Sheriff Ada Quill said on Monday that the bridge will stay closed. Quill added that "
                        + "engineers would inspect it again next week before any traffic is allowed back on it.");
        EntityStat quill = entity(a, "Ada Quill");
        assertThat(quill.type()).isEqualTo(EntityType.PERSON);
        assertThat(quill.mentions()).isEqualTo(2);
        assertThat(a.organizations()).isEmpty();
    }

    @Test
    void twoGivenNamesWithOneSurnameLeaveTheSurnameToNeither() {
        NameRecognizer r = new TaggingRecognizer(0.9).tag(EntityType.PERSON, "Jim Brook", "Sue Brook", "Brook");
        Article a = extract(
                r,
                "Jim Brook and Sue Brook opened the bakery in 1990. Brook said the ovens were the first in town, "
                        + "and the couple still bake every morning for the village.");
        assertThat(a.persons()).contains("Jim Brook", "Sue Brook", "Brook");
    }

    @Test
    void acronymIntroducedInParenthesesIsTheSameOrganizationEvenWhereTheRecognizerMissedIt() {
        NameRecognizer r = new TaggingRecognizer(0.8).tag(EntityType.ORGANIZATION, "Türkiye Cumhuriyet Merkez Bankası");
        Article a = extract(
                r,
                "Türkiye Cumhuriyet Merkez Bankası (TCMB) faizi sabit tuttu.\n\n"
                        + "TCMB'nin açıklamasına göre enflasyon düşüyor. Piyasalar TCMB kararını bekliyordu.");
        EntityStat bank = entity(a, "Türkiye Cumhuriyet Merkez Bankası");
        assertThat(bank.mentions()).isEqualTo(4);
        assertThat(bank.surfaceForms()).containsExactly("Türkiye Cumhuriyet Merkez Bankası", "TCMB");
        assertThat(bank.entityId()).isEqualTo("org-turkiye-cumhuriyet-merkez-bankasi");
        assertThat(a.organizations()).containsExactly("Türkiye Cumhuriyet Merkez Bankası");
    }

    @Test
    void suffixesAreCutAndAllCapsIsRecasedSensibly() {
        NameRecognizer r = new TaggingRecognizer(0.7)
                .tag(EntityType.ORGANIZATION, "QNB Türkiye", "QNB TÜRKİYE")
                .tag(EntityType.ORGANIZATION, "Apple", "KOÇ HOLDİNG");
        Article a = extract(
                r,
                "QNB Türkiye'nin karı arttı ve QNB TÜRKİYE yeni şube açtı. Apple's results and "
                        + "KOÇ HOLDİNG were also mentioned in the report on Tuesday by the staff.");
        assertThat(a.organizations()).contains("QNB Türkiye", "Apple", "Koç Holding");
        assertThat(entity(a, "QNB Türkiye").surfaceForms()).containsExactly("QNB Türkiye", "QNB TÜRKİYE");
    }

    @Test
    void idsDependOnTheFoldedNameAndTypeOnly() {
        assertThat(RecognizedIds.of(EntityType.ORGANIZATION, "QNB Türkiye"))
                .isEqualTo("org-qnb-turkiye")
                .isEqualTo(RecognizedIds.of(EntityType.ORGANIZATION, "QNB TURKIYE"));
        assertThat(RecognizedIds.of(EntityType.LOCATION, "Kadıköy")).isEqualTo("loc-kadikoy");
        assertThat(RecognizedIds.of(EntityType.PERSON, "Kadıköy")).isEqualTo("per-kadikoy");
        // another script: a hash keeps distinct names apart
        assertThat(RecognizedIds.of(EntityType.PERSON, "Владимир Путин"))
                .matches("per-[0-9a-f]{8}")
                .isNotEqualTo(RecognizedIds.of(EntityType.PERSON, "Дмитрий Медведев"));
    }

    @Test
    void theDictionaryWinsOverAnOverlappingRecognizedSpan() {
        NameRecognizer r = new TaggingRecognizer(0.99)
                .tag(EntityType.ORGANIZATION, "Hakan Fidan")
                .tag(EntityType.LOCATION, "Erdoğan'ın")
                .tag(EntityType.PERSON, "Cumhurbaşkanı Erdoğan");
        Article a = extract(
                r,
                "Dışişleri Bakanı Hakan Fidan, Cumhurbaşkanı Erdoğan'ın mesajını iletti ve "
                        + "görüşmeler sürüyor dedi. Cumhurbaşkanı Erdoğan da katıldı. Toplantı uzun sürdü ve taraflar anlaştı.");
        assertThat(a.entities())
                .extracting(EntityStat::entityId)
                .containsExactly("hakan-fidan", "recep-tayyip-erdogan");
        assertThat(a.entities()).allMatch(e -> e.foundBy().equals(EntityStat.DICTIONARY) && e.confidence() == null);
    }

    @Test
    void mitInAnEnglishTechnologyStoryIsNotTurkiyesIntelligenceService() {
        NameRecognizer r = new TaggingRecognizer(0.85).tag(EntityType.ORGANIZATION, "MIT");
        Article a = extract(
                r,
                "Researchers at MIT have built a robot that folds laundry. The team at MIT says the "
                        + "machine learns from watching people, and the robot will be shown at a conference next month.");
        assertThat(a.entities()).extracting(EntityStat::entityId).containsExactly("org-mit");
        assertThat(a.organizations()).containsExactly("MIT");
        assertThat(a.bodyNormalized()).doesNotContain("National Intelligence Organization");
    }

    @Test
    void mitInATurkishStoryOrBesideItsContextStaysTheIntelligenceService() {
        Article turkish = extract(
                NameRecognizer.NONE,
                "MİT, terör örgütüne yönelik operasyon düzenledi. "
                        + "Operasyonda örgütün sözde sorumlusu yakalandı ve güvenlik güçleri bölgede aramalarını sürdürüyor.");
        assertThat(turkish.language()).isEqualTo("tr");
        assertThat(turkish.organizations()).containsExactly("National Intelligence Organization");
        Article english = extract(
                NameRecognizer.NONE,
                "MIT chief Ibrahim Kalin met his counterparts on Tuesday, "
                        + "officials said, and the talks were described as constructive by both sides in the end.");
        assertThat(english.organizations()).containsExactly("National Intelligence Organization");
        Article tech = extract(
                NameRecognizer.NONE,
                "Researchers at MIT have built a robot that folds laundry, "
                        + "and the team says the machine learns from watching people do the same work at home.");
        assertThat(tech.organizations()).isEmpty();
    }

    @Test
    void recognizedNamesBecomeTheCuratorsQueueWithTypeAndSpelling() {
        NameRecognizer r = new TaggingRecognizer(0.9).tag(EntityType.PERSON, "Ömür Tan", "Tan");
        Article a = extract(
                r,
                "Ömür Tan konuştu ve Tan ekledi: yatırım sürecek. Toplantıya çok sayıda iş insanı "
                        + "katıldı ve görüşmeler akşama kadar sürdü.");
        assertThat(a.nameCandidates()).containsExactly("Ömür Tan\tPERSON\tÖmür Tan", "Ömür Tan\tPERSON\tTan");
        assertThat(dev.newsetl.names.NameCandidates.aliasesLine(
                        "Ömür Tan", "PERSON", List.of("Ömür Tan", "Tan", "Omur Tan", "Ömür Tan Jr")))
                .isEqualTo("omur-tan\tPERSON\tÖmür Tan\tÖmür Tan Jr");
        assertThat(dev.newsetl.names.NameCandidates.aliasesLine(
                        "Türkiye Cumhuriyet Merkez Bankası",
                        "ORGANIZATION",
                        List.of("Türkiye Cumhuriyet Merkez Bankası", "TCMB")))
                .isEqualTo("turkiye-cumhuriyet-merkez-bankasi\tORGANIZATION\tTürkiye Cumhuriyet Merkez Bankası\t=TCMB");
    }

    @Test
    void namesInIntertitlesAndTheSummaryAreRecognizedLikeTheBodys() {
        NameRecognizer r = new TaggingRecognizer(0.9)
                .tag(EntityType.PERSON, "Onay Yılmaz")
                .tag(EntityType.LOCATION, "Çamaltı Burnu");
        Article a = extract(
                r,
                "Title: Kongre toplandı\n\nParti kongresi dün toplandı ve yeni yönetim seçildi. "
                        + "Delegeler sabaha kadar oy kullandı.\n\nOnay Yılmaz konuştu\n\nYeni başkan yaptığı konuşmada "
                        + "birlik çağrısı yaptı ve herkese teşekkür etti.\n\nÇamaltı Burnu'nda tatbikat\n\nDonanma da "
                        + "yarın bölgede bir tatbikat yapacak ve halk izlemeye davet edildi.");
        assertThat(a.subheadings()).contains("Onay Yılmaz konuştu");
        assertThat(a.body()).doesNotContain("Onay Yılmaz");
        assertThat(a.persons()).containsExactly("Onay Yılmaz");
        assertThat(a.locations()).contains("Çamaltı Burnu");
    }

    @Test
    void aRecognizedPersonThatGoesOnPastADictionarySurnameIsANamesakeNotTheDictionarysPerson() {
        NameRecognizer r = new TaggingRecognizer(0.9).tag(EntityType.PERSON, "Erdoğan Şenay", "Cumhurbaşkanı Erdoğan");
        Article a = extract(
                r,
                "Belediye meclisi üyesi Erdoğan Şenay dün açıklama yaptı. Şenay, yolların "
                        + "yenileneceğini söyledi.\n\nCumhurbaşkanı Erdoğan da törene bir mesaj gönderdi.");
        assertThat(a.persons()).contains("Erdoğan Şenay");
        assertThat(entity(a, "Erdoğan Şenay").foundBy()).isEqualTo(EntityStat.RECOGNIZED);
        // a name the dictionary's name ends is still the dictionary's person
        assertThat(a.persons()).doesNotContain("Cumhurbaşkanı Erdoğan");
        assertThat(a.entities())
                .anyMatch(e -> e.foundBy().equals(EntityStat.DICTIONARY)
                        && e.type() == EntityType.PERSON
                        && e.surfaceForms().contains("Erdoğan"));
    }
}
