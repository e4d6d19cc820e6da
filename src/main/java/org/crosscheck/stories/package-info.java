/** Groups documents into stories and their claims into events; comparisons happen only inside them. */
package org.crosscheck.stories;
