/**
 * Names: the curated alias dictionary ({@code config/aliases.tsv}), Turkish-aware folding, the matcher that finds
 * dictionary names in article text (offsets into the original text), ambiguous aliases, the seam to the name
 * recognizer ({@link dev.newsetl.names.NameRecognizer}, opened by {@link dev.newsetl.names.RecognizerModels}), the
 * linking of recognized names into entities with canonical spellings and stable ids, canonical rewriting, and the
 * curator's queue of names to add. Plain Java: no framework imports.
 */
package dev.newsetl.names;
