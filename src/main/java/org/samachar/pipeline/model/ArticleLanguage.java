package org.samachar.pipeline.model;

/**
 * The language of a whole article.
 *
 * @param code         BCP 47 code ({@code gu}, {@code hi}, {@code en}) or {@code und}
 * @param fromManifest true when the manifest said so, false when it was detected from the text
 */
public record ArticleLanguage(String code, boolean fromManifest) {

    public static final String UNDETERMINED = "und";
}
