/**
 * The benchmark of issue 6, kept out of the normal test run: a deterministic corpus generator
 * ({@link dev.newsetl.bench.CorpusGenerator}), the driver that runs the real jar and the DuckDB peer on the same files
 * ({@link dev.newsetl.bench.BenchmarkMain}, the {@code benchmark} Maven profile), and a JFR hot-frame summary.
 * The {@code bench} Maven module, built only with {@code -Pbenchmark}: none of it ships in the production jar.
 */
package dev.newsetl.bench;
