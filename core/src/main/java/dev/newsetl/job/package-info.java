/**
 * Spring Batch wiring only: the job and its steps, the partitioner, step-scoped readers and writers, listeners
 * (progress, metrics), settings.
 * The work itself is done by the plain-Java packages.
 */
package dev.newsetl.job;
