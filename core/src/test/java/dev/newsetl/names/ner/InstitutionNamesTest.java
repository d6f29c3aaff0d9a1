package dev.newsetl.names.ner;

import static dev.newsetl.names.ner.StatisticalNameRecognizerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Turkish institution and place names told by their head noun, through the bundled recognizer, on our own text. */
class InstitutionNamesTest {

    @Test
    void aMinistryWithACaseEndingIsNamedWithoutIt() {
        String text = "Enerji ve Tabii Kaynaklar Bakanlığından yapılan açıklamada yeni sahaların ihale edileceği "
                + "bildirildi. Açıklamayı Gelir İdaresi Başkanlığınca hazırlanan rapor izledi.";
        assertThat(found(text, "tr"))
                .contains("O:Enerji ve Tabii Kaynaklar Bakanlığı", "O:Gelir İdaresi Başkanlığı")
                .noneMatch(n -> n.endsWith("ndan") || n.endsWith("nca"));
    }

    @Test
    void aCountryAtTheStartOfAnInstitutionsNameStaysInIt() {
        String text = "Piyasalar, Türkiye Cumhuriyet Merkez Bankası'nın faiz kararını bekliyor. Kararı Sermaye "
                + "Piyasası Kurulu da izliyor.";
        assertThat(found(text, "tr"))
                .contains("O:Türkiye Cumhuriyet Merkez Bankası'nın", "O:Sermaye Piyasası Kurulu")
                .doesNotContain("L:Türkiye");
    }

    @Test
    void companiesEndInTheirTradeOrTheirLegalForm() {
        String text = "Yatırımcılar bu hafta Koç Holding ile Tüpraş paylarına yöneldi. Anlaşma Yıldız Varlık "
                + "Yönetimi AŞ ile imzalandı; Borsa İstanbul'da işlem hacmi arttı.";
        assertThat(found(text, "tr"))
                .contains("O:Koç Holding", "O:Yıldız Varlık Yönetimi AŞ", "O:Borsa İstanbul'da")
                .doesNotContain("L:İstanbul'da");
    }

    @Test
    void placesEndInTheirHead() {
        String text =
                "Yolcular dün Sabiha Gökçen Havalimanı üzerinden seyahat etti. Euro Bölgesi'nde büyüme " + "yavaşladı.";
        assertThat(found(text, "tr")).contains("L:Sabiha Gökçen Havalimanı", "L:Euro Bölgesi'nde");
    }

    @Test
    void twoNamesJoinedByVeStayTwo() {
        String text = "Sergi, Ankara Üniversitesi ve Ege Kalkınma Ajansı işbirliğiyle açıldı.";
        assertThat(found(text, "tr")).contains("O:Ankara Üniversitesi", "O:Ege Kalkınma Ajansı");
    }

    @Test
    void titlesAndHeadlinesAreNotPartOfTheName() {
        String text = "Avrupa Merkez Bankası Başkanı Christine Lagarde konuştu.\n\nMERKEZ BANKASI KARARINI "
                + "VERDİ\n\nKarar beklendiği gibi çıktı.";
        List<String> names = found(text, "tr");
        assertThat(names).contains("O:Avrupa Merkez Bankası", "P:Christine Lagarde");
        assertThat(names).noneMatch(n -> n.contains("Başkanı") || n.contains("KARARINI"));
    }

    @Test
    void stemsAreCutOnlyBeforeACaseEnding() {
        assertThat(InstitutionNames.stemLength("bakanligindan")).isEqualTo("bakanligi".length());
        assertThat(InstitutionNames.stemLength("bankasi")).isEqualTo("bankasi".length());
        assertThat(InstitutionNames.stemLength("holding")).isEqualTo("holding".length());
        assertThat(InstitutionNames.stemLength("bakanlik")).isEqualTo(-1);
        assertThat(InstitutionNames.stemLength("bankacilik")).isEqualTo(-1);
        assertThat(InstitutionNames.stemLength("")).isEqualTo(-1);
    }
}
