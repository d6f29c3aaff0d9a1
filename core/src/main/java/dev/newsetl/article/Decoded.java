package dev.newsetl.article;

/** The result of decoding an input file's bytes: text, or a reason it is not text. */
public sealed interface Decoded permits DecodedText, Rejection {}
