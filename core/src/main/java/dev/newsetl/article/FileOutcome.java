package dev.newsetl.article;

/** What became of one input file: every file read ends as exactly one of these. */
public sealed interface FileOutcome permits Article, Reject {
    String sourceFile();
}
