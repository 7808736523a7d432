package org.samachar.pipeline.model;

/**
 * A time expression found in a sentence and what it resolves to.
 *
 * @param begin start offset in the sentence (UTF-16 index)
 * @param end   end offset (exclusive)
 * @param text  the expression as written ("ગયા અઠવાડિયે", "June 18-19", "सोमवार")
 * @param value the resolved time
 */
public record TimeExpression(int begin, int end, String text, TimeValue value) {
}
