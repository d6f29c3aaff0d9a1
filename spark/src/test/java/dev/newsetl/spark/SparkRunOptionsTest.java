package dev.newsetl.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.html.HtmlLimits;
import dev.newsetl.read.InputLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SparkRunOptionsTest {
    @Test
    void defaultsAreTheJobs() {
        SparkRunOptions o = SparkRunOptions.parse("--input=in", "--output=out", "--run-date=2026-01-30");
        assertThat(o.runDate()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(o.dictionary()).isEqualTo("config/aliases.tsv");
        assertThat(o.extensions()).isEqualTo(Set.of("txt", "html", "htm", "warc", "jsonl", "ndjson", "json"));
        assertThat(o.maxFileSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(o.partitionSize()).isEqualTo(1000);
        assertThat(o.ingestedAt()).isNull();
        assertThat(o.limits()).isEqualTo(InputLimits.DEFAULTS);
        assertThat(o.html()).isEqualTo(HtmlLimits.DEFAULT);
    }

    @Test
    void theInputAndPageLimitsAreRead() {
        SparkRunOptions o = SparkRunOptions.parse(
                "--input=in",
                "--output=out",
                "--run-date=2026-01-30",
                "--max-file-size=1000",
                "--max-inflated-size=2000",
                "--max-record-size=3000",
                "--max-line-length=4000",
                "--max-json-depth=5",
                "--max-page-size=6000",
                "--max-nodes=7");
        assertThat(o.limits()).isEqualTo(new InputLimits(1000, 2000, 3000, 4000, 5));
        assertThat(o.html()).isEqualTo(new HtmlLimits(6000, 7));
        assertThatThrownBy(() ->
                        SparkRunOptions.parse("--input=in", "--output=out", "--run-date=2026-01-30", "--max-nodes=0"))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> SparkRunOptions.parse(
                        "--input=in", "--output=out", "--run-date=2026-01-30", "--max-line-length=lots"))
                .hasMessageContaining("--max-line-length=lots");
    }

    @Test
    void everyOptionIsRead() {
        SparkRunOptions o = SparkRunOptions.parse(
                "--input=in",
                "--output=hdfs:///out",
                "--run-date=2026-01-30",
                "--dictionary=aliases.tsv",
                "--ingested-at=2026-01-30T06:00:00Z",
                "--partition-size=50",
                "--extensions=TXT, text",
                "--max-file-size=1000");
        assertThat(o.ingestedAt()).isEqualTo(Instant.parse("2026-01-30T06:00:00Z"));
        assertThat(o.extensions()).isEqualTo(Set.of("txt", "text"));
        assertThat(o.partitionSize()).isEqualTo(50);
        assertThat(o.maxFileSize()).isEqualTo(1000);
    }

    @Test
    void badArgumentsNameThemselves() {
        assertThatThrownBy(() -> SparkRunOptions.parse("--input=in", "--output=out"))
                .hasMessageContaining("--run-date");
        assertThatThrownBy(() -> SparkRunOptions.parse("--input=in", "--output=out", "--run-date=30.01.2026"))
                .hasMessageContaining("--run-date=30.01.2026");
        assertThatThrownBy(() ->
                        SparkRunOptions.parse("--input=in", "--output=out", "--run-date=2026-01-30", "--threads=2"))
                .hasMessageContaining("[threads]");
    }

    @Test
    void partitionsAreAtLeastTheParallelismAndAtMostOnePerFile() {
        assertThat(SparkRun.partitions(17, 1000, 2)).isEqualTo(2);
        assertThat(SparkRun.partitions(1, 1000, 2)).isEqualTo(1);
        assertThat(SparkRun.partitions(0, 1000, 2)).isEqualTo(1);
        assertThat(SparkRun.partitions(200_000, 1000, 2)).isEqualTo(200);
    }
}
