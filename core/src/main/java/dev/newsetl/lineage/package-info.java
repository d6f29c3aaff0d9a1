/** Our own tables in the job repository database: published runs and their files, and history queries. */
package dev.newsetl.lineage;
