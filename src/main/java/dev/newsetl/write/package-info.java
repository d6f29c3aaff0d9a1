/**
 * Writing the dataset: table schemas shared by CSV and Parquet, part-file writers, the staged binary form that
 * carries articles between the extract and write phases, and the run publisher (manifest, _SUCCESS, atomic move).
 */
package dev.newsetl.write;
