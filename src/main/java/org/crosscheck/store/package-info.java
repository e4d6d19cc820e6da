/** The store: extracted documents saved so that grouping and rules can run again without re-reading the articles. */
package org.crosscheck.store;
