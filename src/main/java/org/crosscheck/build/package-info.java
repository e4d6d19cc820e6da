/** Steps of the build that run on its output (the shaded jar), not part of a run of crosscheck. */
package org.crosscheck.build;
