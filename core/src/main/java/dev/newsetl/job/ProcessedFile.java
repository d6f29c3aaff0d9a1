package dev.newsetl.job;

import dev.newsetl.article.FileOutcome;

/** What the processor hands the writer: the outcome, and the input's SHA-256 for the ingest ledger. */
record ProcessedFile(FileOutcome outcome, String inputSha256) {}
