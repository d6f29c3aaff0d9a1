package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final String ENGLISH = "The foreign ministers met in the capital on Tuesday to discuss a plan for "
            + "rebuilding the damaged schools and hospitals, officials said after the meeting ended late at night.";
    private static final String TURKISH = "Dışişleri bakanları Salı günü başkentte bir araya gelerek hasar gören "
            + "okulların ve hastanelerin yeniden inşası için hazırlanan planı görüştü, yetkililer açıklama yaptı.";
    private static final String GERMAN = "Die Außenminister trafen sich am Dienstag in der Hauptstadt, um über einen "
            + "Plan für den Wiederaufbau der beschädigten Schulen und Krankenhäuser zu beraten, teilten Beamte mit.";
    private static final String FRENCH = "Les ministres des Affaires étrangères se sont réunis mardi dans la capitale "
            + "pour discuter d'un plan de reconstruction des écoles et des hôpitaux endommagés, ont indiqué des "
            + "responsables.";

    private static LanguageDetector detector;

    @BeforeAll
    static void buildOnce() {
        detector = new LanguageDetector();
    }

    @Test
    void detectsEnglishTurkishGermanFrench() {
        assertThat(detector.detect(ENGLISH)).isEqualTo("en");
        assertThat(detector.detect(TURKISH)).isEqualTo("tr");
        assertThat(detector.detect(GERMAN)).isEqualTo("de");
        assertThat(detector.detect(FRENCH)).isEqualTo("fr");
    }

    @Test
    void detectsOtherScripts() {
        assertThat(detector.detect("Министры иностранных дел встретились во вторник в столице, чтобы обсудить "
                        + "план восстановления разрушенных школ и больниц."))
                .isEqualTo("ru");
        assertThat(detector.detect("Οι υπουργοί Εξωτερικών συναντήθηκαν την Τρίτη στην πρωτεύουσα για να "
                        + "συζητήσουν ένα σχέδιο ανοικοδόμησης σχολείων και νοσοκομείων."))
                .isEqualTo("el");
        assertThat(detector.detect("اجتمع وزراء الخارجية يوم الثلاثاء في العاصمة لمناقشة خطة لإعادة بناء "
                        + "المدارس والمستشفيات المتضررة، بحسب ما أفاد مسؤولون."))
                .isEqualTo("ar");
    }

    @Test
    void longTextIsJudgedByItsOpening() {
        String longText = (TURKISH + " ").repeat(30);
        assertThat(detector.detect(longText)).isEqualTo("tr");
        assertThat(LanguageDetector.head(longText).length()).isLessThanOrEqualTo(LanguageDetector.MAX_CHARS);
        assertThat(LanguageDetector.head(longText)).doesNotEndWith(" ");
    }

    @Test
    void nullWhenTooShortOrNoLetters() {
        assertThat(detector.detect(null)).isNull();
        assertThat(detector.detect("")).isNull();
        assertThat(detector.detect("Gaza")).isNull();
        assertThat(detector.detect("12,000 — 3.5% / 2026-01-25 (AFP)")).isNull();
    }

    @Test
    void headCutsAtAWordBoundary() {
        String text = "word ".repeat(100);
        String head = LanguageDetector.head(text);
        assertThat(head).endsWith("word");
        assertThat(LanguageDetector.head("short text")).isEqualTo("short text");
        String noSpaces = "x".repeat(1000);
        assertThat(LanguageDetector.head(noSpaces)).hasSize(LanguageDetector.MAX_CHARS);
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = i % 2 == 0 ? ENGLISH : TURKISH;
                results.add(pool.submit(() -> detector.detect(text)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "en" : "tr");
            }
        } finally {
            pool.shutdown();
        }
    }
}
