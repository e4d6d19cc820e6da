/** crosscheck: reads news articles, extracts their claims, and reports where sources disagree. */
package org.crosscheck;
