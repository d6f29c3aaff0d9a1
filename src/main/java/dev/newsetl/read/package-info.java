/**
 * Reading the input tree: a deterministic listing, loading one file's bytes within limits, and decoding bytes to
 * text. Plain Java, so another engine can list and read the same way.
 */
package dev.newsetl.read;
