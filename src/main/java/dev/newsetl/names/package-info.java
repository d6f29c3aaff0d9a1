/**
 * Names: the curated alias dictionary ({@code config/aliases.tsv}), Turkish-aware folding, the matcher that finds
 * dictionary names in article text (offsets into the original text), canonical rewriting, and candidates for new
 * dictionary entries. Plain Java: no framework imports.
 */
package dev.newsetl.names;
