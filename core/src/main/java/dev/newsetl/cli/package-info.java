/** The command line: parsing and checking options before Spring starts, and each command's behaviour. */
package dev.newsetl.cli;
