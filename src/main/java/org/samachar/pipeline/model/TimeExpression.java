package org.samachar.pipeline.model;

/**
 * A time expression found in a sentence and what it resolves to.
 *
 * @param begin start offset in the sentence (UTF-16 index)
 * @param end   end offset (exclusive)
 * @param text  the expression as written ("ગયા અઠવાડિયે", "June 18-19", "सोमवार")
 * @param value the resolved time
 * @param attributive whether the expression qualifies the noun after it ("the 1960 treaty",
 *                    "पिछले साल के आंदोलन", "last year's protests"): it dates that noun only
 */
public record TimeExpression(int begin, int end, String text, TimeValue value, boolean attributive) {

    /** An expression that tells when its clause happens. */
    public TimeExpression(int begin, int end, String text, TimeValue value) {
        this(begin, end, text, value, false);
    }
}
