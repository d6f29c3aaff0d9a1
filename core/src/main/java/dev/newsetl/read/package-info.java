/**
 * Reading the input tree: a deterministic listing, container files (WARC, JSON Lines, JSON arrays, under gzip or
 * zstd) split into records by a streaming scan, loading one file's or record's bytes within limits, and decoding
 * bytes to text. Plain Java, so another engine can list and read the same way.
 */
package dev.newsetl.read;
