package dev.newsetl.names.ner;

/** A name over tokens {@code [first, last]} with its type code ({@code PER}, {@code ORG}, {@code LOC}). */
record TaggedSpan(int first, int last, String type, double confidence) {}
