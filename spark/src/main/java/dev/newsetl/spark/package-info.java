/**
 * The Apache Spark runner: the same plain-Java core ({@code read}, {@code parse}, {@code names}, {@code extract},
 * the table schemas of {@code write}) run as a Spark application that publishes the same tables as the Spring Batch
 * job. Extraction runs in parallel on the executors; duplicate_of and story_id are decided in one ordered pass on
 * the driver, because they depend on listing order (see docs/SCALING.md, "Spark runner").
 * <p>
 * The {@code spark} Maven module: compiled against the core's plain jar with Spark {@code provided}, and packaged
 * into {@code target/news-etl-spark.jar} by its {@code spark} profile, so the Spring Boot jar and the core's tests
 * stay free of Spark.
 */
package dev.newsetl.spark;
