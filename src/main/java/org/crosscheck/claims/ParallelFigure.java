package org.crosscheck.claims;

/**
 * A figure that its sentence shares a slot with in a parallel sentence of another source: two
 * outlets tell one sentence in nearly the same words ("Police said 14 officers were hurt in the
 * clashes", "Police said 19 officers were injured in clashes"), and the figures in the same place
 * of the two (the same counted noun or unit, the same word before) are about one thing. Every
 * figure of one {@code slot} is compared with every other of another document by the
 * {@code quantity-conflict} rule, whatever measure and event the extractors gave them
 * ({@code extract.ParallelFigures} finds them).
 *
 * @param document the figure's document
 * @param span     the figure's {@link QuantityClaim#span()}
 * @param measure  the figure's {@link QuantityClaim#measure()}, so a span read as two figures names one
 * @param slot     the slot: equal for every figure told in the same place of parallel sentences
 */
public record ParallelFigure(String document, Span span, String measure, String slot) {
}
