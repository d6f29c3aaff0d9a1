package dev.newsetl.article;

/** Kinds of named entity the dictionary knows. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
