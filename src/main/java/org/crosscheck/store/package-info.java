/**
 * The store: one SQLite file that holds a growing corpus (documents, claims, names, stories,
 * events, findings and editors' decisions), so that each batch is checked against all before it
 * without re-reading the articles.
 */
package org.crosscheck.store;
