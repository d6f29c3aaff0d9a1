/**
 * The statistical name recognizer behind {@link dev.newsetl.names.NameRecognizer}: our tokenizer (exact offsets,
 * Turkish apostrophe suffixes split off), our news features (word shape, gazetteers, document-level casing, ALL-CAPS
 * context), greedy decoding over the capitalized stretches only, document consistency, and maximum-entropy models
 * trained and scored by Apache OpenNLP. Models and the gazetteer lexicon load from {@code names/ner/} on the
 * classpath ({@link dev.newsetl.names.ner.NameModels}). Plain Java: no framework imports.
 */
package dev.newsetl.names.ner;
