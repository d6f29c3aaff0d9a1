package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.EntityType;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
    static final RunReport.Summary SUMMARY = new RunReport.Summary(
            LocalDate.parse("2026-01-31"),
            7,
            "/data/in",
            Instant.parse("2026-01-31T02:00:00Z"),
            Instant.parse("2026-01-31T02:01:40Z"),
            Map.of("files_read", 1000L, "articles", 990L, "rejects", 10L, "entities", 4000L, "quotes", 300L));

    static ReportCounts counts() {
        ReportCounts counts = new ReportCounts();
        Instant day = Instant.parse("2026-01-20T08:00:00Z");
        for (int i = 0; i < 40; i++) {
            counts.add(ReportCountsTest.article(
                    "a" + i,
                    i % 3 == 0 ? "anadolu" : "<wire & co>",
                    i % 10 == 9 ? null : day.plusSeconds(86_400L * (i % 7)),
                    ReportCountsTest.entity("hamas", "Hamas", EntityType.ORGANIZATION, 2),
                    ReportCountsTest.entity("ibrahim-kalin", "İbrahim Kalın", EntityType.PERSON, 1 + i % 2)));
        }
        return counts;
    }

    @Test
    void oneSelfContainedPageWithEveryFigure(@TempDir Path dir) throws Exception {
        PublishedFile file = RunReport.write(dir, SUMMARY, Map.of("EMPTY", 7L, "BINARY", 3L), counts());
        String html = Files.readString(dir.resolve(RunReport.FILE), StandardCharsets.UTF_8);

        assertThat(file).extracting(PublishedFile::path, PublishedFile::format).containsExactly("report.html", "html");
        assertThat(file.bytes()).isEqualTo(Files.size(dir.resolve(RunReport.FILE)));
        assertThat(file.sha256()).isEqualTo(Digests.sha256Hex(dir.resolve(RunReport.FILE)));
        assertThat(html).contains("<style>").doesNotContain("<script", "<link", "@import", "url(");
        assertThat(html).contains(">1,000</b><span>files read", ">990</b><span>articles", ">10</b><span>rejects");
        assertThat(html).contains("1:40", "9.9"); // duration; 990 articles in 100 s
        assertThat(html).contains(">EMPTY</text>", ">BINARY</text>");
        assertThat(html).contains("&lt;wire &amp; co&gt;").doesNotContain("<wire & co>");
        assertThat(html).contains("articles per day, 2026-01-20 to 2026-01-26");
        assertThat(html).contains("4 article(s) without a publication date");
        assertThat(html).contains(">İbrahim Kalın</text>", ">Hamas</text>");
    }

    @Test
    void aWideDateRangeIsChartedByMonth(@TempDir Path dir) throws Exception {
        ReportCounts counts = new ReportCounts();
        counts.add(ReportCountsTest.article("old", "wire", Instant.parse("2019-03-04T00:00:00Z")));
        counts.add(ReportCountsTest.article("new", "wire", Instant.parse("2026-01-30T00:00:00Z")));
        RunReport.write(dir, SUMMARY, Map.of(), counts);
        String html = Files.readString(dir.resolve(RunReport.FILE));
        assertThat(html).contains("articles per month, 2019-03-04 to 2026-01-30", "No file was rejected.");
        assertThat(html.split("fill=\"#76b7b2\"")).hasSize(1 + 83); // one column per month, Mar 2019..Jan 2026
    }

    /** Renders the page in a real headless browser when one is installed (docs/OPERATIONS.md has the command). */
    @Test
    void rendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path chromium = List.of(
                        Path.of("/usr/bin/chromium"),
                        Path.of("/usr/bin/chromium-browser"),
                        Path.of("/usr/bin/google-chrome"))
                .stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        assumeTrue(chromium != null, "no chromium installed: skipping the browser check");
        RunReport.write(dir, SUMMARY, Map.of("EMPTY", 7L), counts());
        Path png = dir.resolve("report.png");
        Process browser = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                        "--screenshot=" + png,
                        "--window-size=1200,1600",
                        dir.resolve(RunReport.FILE).toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assumeTrue(browser.waitFor(90, TimeUnit.SECONDS), "chromium did not finish in time");
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // The bars were drawn: pixels in the person, organization and place colours are on the page.
        assertThat(countPixels(image, 0x4e79a7)).isGreaterThan(500);
        assertThat(countPixels(image, 0xf28e2b)).isGreaterThan(500);
        assertThat(countPixels(image, 0x76b7b2)).isGreaterThan(200);
    }

    private static long countPixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
