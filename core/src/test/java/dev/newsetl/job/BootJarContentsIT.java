package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged Spring Boot jar carries the job's libraries and nothing of the test-scope engines: Spark (the Spark
 * runner's jar is a separate artifact, Spark provided by the cluster), the HDFS mini-cluster, DuckDB, JUnit.
 */
class BootJarContentsIT {

    private static List<String> libraries() throws IOException {
        Path jar = Path.of(System.getProperty("newsetl.jar", "target/news-etl.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith("BOOT-INF/lib/"))
                    .map(n -> n.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
    }

    @Test
    void holdsTheJobsLibrariesButNoSparkNorTestEngines() throws IOException {
        List<String> libraries = libraries();
        assertThat(libraries)
                .anyMatch(l -> l.startsWith("spring-batch-core-"))
                .anyMatch(l -> l.startsWith("parquet-hadoop-"))
                .anyMatch(l -> l.startsWith("hadoop-client-api-"))
                .anyMatch(l -> l.startsWith("tika-parser-text-module-"));
        assertThat(libraries)
                .noneMatch(l -> l.startsWith("spark-"))
                .noneMatch(l -> l.startsWith("scala-"))
                .noneMatch(l -> l.startsWith("hadoop-client-minicluster-"))
                .noneMatch(l -> l.startsWith("duckdb"))
                .noneMatch(l -> l.startsWith("junit"))
                .noneMatch(l -> l.startsWith("netty-tcnative"))
                // Language detection needs no library of its own since issue 14 (109 MB of Lingua, fastutil, Kotlin).
                .noneMatch(l -> l.startsWith("lingua-"))
                .noneMatch(l -> l.startsWith("fastutil-"))
                .noneMatch(l -> l.startsWith("kotlin-"))
                // Nor ICU4J (15 MB for its charset detector: Tika's port does the same) or protobuf for metrics.
                .noneMatch(l -> l.startsWith("icu4j-"))
                .noneMatch(l -> l.startsWith("prometheus-metrics-exposition-formats-"));
    }

    @Test
    void isAtMostOneHundredMegabytes() throws IOException {
        // Issue 14's bar; docs/BENCHMARKS.md "Jar size" says what is in it.
        Path jar = Path.of(System.getProperty("newsetl.jar", "target/news-etl.jar"));
        assertThat(java.nio.file.Files.size(jar)).isLessThanOrEqualTo(100_000_000L);
    }

    @Test
    void everyParquetModuleHasTheSameVersion() throws IOException {
        // Spark's test-scope Parquet once replaced one module of ours with an older version in this jar.
        List<String> versions = libraries().stream()
                .filter(l -> l.startsWith("parquet-"))
                .map(l -> l.replaceAll("^parquet-[a-z-]+-", "").replace(".jar", ""))
                .distinct()
                .toList();
        assertThat(versions).hasSize(1);
    }
}
