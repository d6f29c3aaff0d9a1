package dev.newsetl.names.ner;

import static dev.newsetl.names.ner.StatisticalNameRecognizerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Companies and acronyms told by what Turkish business news writes around them, on our own text. */
class ProperNounCuesTest {

    @Test
    void aCompanyWordBeforeANameOrItsSharesAfterItMakeItACompany() {
        String text = "Güney Koreli elektronik şirketi Hanwa yeni bir fabrika açacak. Kararın ardından "
                + "Tesvaro'nun hisseleri yüzde 4 yükseldi.";
        assertThat(found(text, "tr")).contains("O:Hanwa", "O:Tesvaro'nun");
    }

    @Test
    void anAcronymWrittenWithAnApostropheIsAnOrganization() {
        String text = "Şirket, yatırım kararını dün akşam PDK'ya bildirdi. Açıklama sonrası yatırımcılar "
                + "BoK'un faiz kararını bekliyor.";
        assertThat(found(text, "tr")).contains("O:PDK'ya", "O:BoK'un");
    }

    @Test
    void theEconomysAbbreviationsMonthsAndWeekdaysAreNotNames() {
        String text = "Gram altın 4 bin 800 TL'ye geriledi; TÜFE'ye endeksli tahvilin ihalesi Eylül'de, "
                + "ödemesi Cuma'ya kadar yapılacak.";
        assertThat(found(text, "tr"))
                .noneMatch(n -> n.contains("TL") || n.contains("TÜFE") || n.contains("Eylül") || n.contains("Cuma"));
    }
}
