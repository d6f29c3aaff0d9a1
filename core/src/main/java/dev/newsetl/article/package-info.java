/** The record types that flow through the pipeline: plain Java, no framework imports. */
package dev.newsetl.article;
