/**
 * Writing the dataset: table schemas shared by CSV and Parquet, part-file writers, the staged binary form that
 * carries articles between the extract and write phases, the run publisher (manifest, _SUCCESS, atomic move), the
 * run report (report.html from small per-partition counts) and {@code <output>/latest}.
 */
package dev.newsetl.write;
