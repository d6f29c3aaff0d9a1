package dev.newsetl.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationTest {
    @Test
    void plainPathsStayLocalAbsoluteAndNormalized() {
        Location relative = Location.parse("output/../out");
        assertThat(relative.isLocal()).isTrue();
        assertThat(relative.localPath()).isEqualTo(Path.of("out").toAbsolutePath());
        assertThat(relative.toString())
                .isEqualTo(Path.of("out").toAbsolutePath().toString());
        assertThat(Location.parse("/data/news").localPath()).isEqualTo(Path.of("/data/news"));
    }

    @Test
    void fileUrisAreLocalPaths() {
        Location location = Location.parse("file:///data/news/");
        assertThat(location.isLocal()).isTrue();
        assertThat(location.localPath()).isEqualTo(Path.of("/data/news"));
        assertThat(location.scheme()).isEqualTo("file");
    }

    @Test
    void otherSchemesAreHadoopUrisWithoutTrailingSlash() {
        Location hdfs = Location.parse("hdfs://namenode:8020/news/in/");
        assertThat(hdfs.isLocal()).isFalse();
        assertThat(hdfs.scheme()).isEqualTo("hdfs");
        assertThat(hdfs.toString()).isEqualTo("hdfs://namenode:8020/news/in");
        assertThat(hdfs.resolve("run_date=2026-01-30").toString())
                .isEqualTo("hdfs://namenode:8020/news/in/run_date=2026-01-30");
        assertThat(Location.parse("S3A://bucket/a//b/./c").toString()).isEqualTo("s3a://bucket/a/b/c");
        assertThat(Location.parse("s3a://bucket").toString()).isEqualTo("s3a://bucket/");
        assertThatThrownBy(hdfs::localPath).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSingleLetterBeforeAColonIsADriveNotAScheme() {
        assertThat(Location.parse("c:news").isLocal()).isTrue();
    }

    @Test
    void blankOrMalformedTextIsRefusedWithTheText() {
        assertThatThrownBy(() -> Location.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Location.parse("hdfs://nn/a b^"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hdfs://nn/a b^");
        assertThatThrownBy(() -> Location.parse("mailto:someone"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a hierarchical URI");
    }

    @Test
    void commitModeIsDirectForObjectStoresUnderAuto() {
        assertThat(CommitMode.choose("auto", Location.parse("s3a://bucket/out")))
                .isEqualTo(CommitMode.DIRECT);
        assertThat(CommitMode.choose("", Location.parse("gs://bucket/out"))).isEqualTo(CommitMode.DIRECT);
        assertThat(CommitMode.choose("auto", Location.parse("abfs://c@account/out")))
                .isEqualTo(CommitMode.DIRECT);
        assertThat(CommitMode.choose("auto", Location.parse("hdfs://nn/out"))).isEqualTo(CommitMode.RENAME);
        assertThat(CommitMode.choose("Direct", Location.parse("hdfs://nn/out"))).isEqualTo(CommitMode.DIRECT);
        assertThat(CommitMode.choose("rename", Location.parse("s3a://bucket/out")))
                .isEqualTo(CommitMode.RENAME);
        assertThatThrownBy(() -> CommitMode.choose("atomic", Location.parse("hdfs://nn/out")))
                .hasMessageContaining("newsetl.output.commit");
    }
}
