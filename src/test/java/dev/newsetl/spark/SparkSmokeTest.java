package dev.newsetl.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSmokeTest {
    @Test
    void localSession(@TempDir Path dir) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            spark.range(100).write().parquet(dir.resolve("p").toString());
            assertThat(spark.read().parquet(dir.resolve("p").toString()).count()).isEqualTo(100);
        } finally {
            spark.stop();
        }
    }
}
