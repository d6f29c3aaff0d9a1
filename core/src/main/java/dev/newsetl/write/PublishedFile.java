package dev.newsetl.write;

/**
 * One file of a published run, as listed in manifest.json and the lineage table.
 *
 * @param path   path relative to the run directory, {@code /}-separated
 * @param format {@code csv} or {@code parquet}
 * @param table  the dataset table the file holds
 */
public record PublishedFile(String path, String format, String table, long rows, long bytes, String sha256) {}
