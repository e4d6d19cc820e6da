/** The report model (JSON format version 2) and the renderers that all read from it. */
package org.crosscheck.report;
