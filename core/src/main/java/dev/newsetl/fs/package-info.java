/**
 * Where input and output live: a local path (the fast java.nio code path) or a Hadoop FileSystem URI
 * ({@code hdfs://}, {@code s3a://}, ...), and how a run is committed to each. Plain Java, no Spring.
 */
package dev.newsetl.fs;
