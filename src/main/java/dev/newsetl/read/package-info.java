/**
 * Reading the input: listing the input tree, and turning a file's raw bytes into text ({@link
 * dev.newsetl.read.TextDecoder}) or a reason it is not text. Plain Java here; the Spring reader lives in {@code job}.
 */
package dev.newsetl.read;
