/** Reads paths (files or folders, recursively) into documents, one at a time. */
package org.crosscheck.corpus;
