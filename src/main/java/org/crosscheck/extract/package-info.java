/** Reads claims out of cleaned documents and normalizes their values, so rules compare keys. */
package org.crosscheck.extract;
