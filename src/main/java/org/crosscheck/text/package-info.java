/** Lexical helpers shared by cleaning and extraction: lines with offsets, and date-time parsing. */
package org.crosscheck.text;
