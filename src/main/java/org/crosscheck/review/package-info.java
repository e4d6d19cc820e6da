/**
 * {@code crosscheck review}: the editors' review app. A small HTTP server on the store, bound to
 * 127.0.0.1 unless told otherwise, that serves one page and a JSON API behind a token random per
 * start; editors' decisions go to the store's append-only log, which {@code check --store} honours.
 */
package org.crosscheck.review;
