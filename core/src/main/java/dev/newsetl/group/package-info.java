/**
 * Grouping over the whole run: near-duplicates ({@code duplicate_of}) and stories ({@code story_id}), decided in
 * listing order over compact per-article signatures staged by the extract step, and the per-partition groups files
 * the write step applies. Depends only on {@code article}: {@code extract} computes signatures with it and
 * {@code write} reads its files, so neither {@code write} nor {@code group} imports {@code extract}.
 */
package dev.newsetl.group;
