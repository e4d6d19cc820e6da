/** Separates an article's own text from page boilerplate, keeping offsets into the text as read. */
package org.crosscheck.clean;
