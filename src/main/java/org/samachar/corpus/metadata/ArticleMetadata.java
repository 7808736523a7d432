package org.samachar.corpus.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a crawled article says about itself: from a page's JSON-LD, meta tags, {@code <html lang>},
 * {@code <title>} and canonical link, from a WARC record's header, or from a JSON Lines record's
 * fields. Each field is the first found in that order ({@link #orElse}); the manifest, when it has a
 * row, overrides all of them.
 *
 * @param headline  the article's headline
 * @param url       its canonical URL (or the URL it was fetched from)
 * @param published its publication date (the date as written, without a time zone shift)
 * @param publisher the publisher's name
 * @param language  a 2- or 3-letter language code, as declared (checked against the text later)
 * @param recordId  the WARC record id ({@code urn:uuid:…}) the article was read from
 * @param posts     the links of the page's embedded posts, in page order (the text form of a post
 *                  has no room for its URL: a URL in the post's text would be read as prose)
 */
public record ArticleMetadata(Optional<String> headline, Optional<String> url, Optional<LocalDate> published,
                              Optional<String> publisher, Optional<String> language, Optional<String> recordId,
                              List<PostLink> posts) {

    public static final ArticleMetadata NONE = new ArticleMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** An embedded post's account handle and its own URL. */
    public record PostLink(String handle, String url) {
    }

    public ArticleMetadata {
        posts = List.copyOf(posts);
    }

    public ArticleMetadata(Optional<String> headline, Optional<String> url, Optional<LocalDate> published,
                           Optional<String> publisher, Optional<String> language, Optional<String> recordId) {
        this(headline, url, published, publisher, language, recordId, List.of());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Field by field, this metadata's value, or {@code lower}'s where this has none. */
    public ArticleMetadata orElse(ArticleMetadata lower) {
        return new ArticleMetadata(first(headline, lower.headline), first(url, lower.url),
                first(published, lower.published), first(publisher, lower.publisher),
                first(language, lower.language), first(recordId, lower.recordId), posts.isEmpty() ? lower.posts : posts);
    }

    public ArticleMetadata withHeadline(Optional<String> v) {
        return new ArticleMetadata(v, url, published, publisher, language, recordId, posts);
    }

    public ArticleMetadata withUrl(Optional<String> v) {
        return new ArticleMetadata(headline, v, published, publisher, language, recordId, posts);
    }

    public ArticleMetadata withPublished(Optional<LocalDate> v) {
        return new ArticleMetadata(headline, url, v, publisher, language, recordId, posts);
    }

    public ArticleMetadata withPublisher(Optional<String> v) {
        return new ArticleMetadata(headline, url, published, v, language, recordId, posts);
    }

    public ArticleMetadata withLanguage(Optional<String> v) {
        return new ArticleMetadata(headline, url, published, publisher, v, recordId, posts);
    }

    public ArticleMetadata withPosts(List<PostLink> v) {
        return new ArticleMetadata(headline, url, published, publisher, language, recordId, v);
    }

    public ArticleMetadata withRecordId(Optional<String> v) {
        return new ArticleMetadata(headline, url, published, publisher, language, v, posts);
    }

    /** A stable text form, hashed with the article so that changed metadata re-extracts it. */
    public String fingerprint() {
        return String.join("\t", headline.orElse(""), url.orElse(""),
                published.map(LocalDate::toString).orElse(""), publisher.orElse(""), language.orElse(""),
                recordId.orElse(""), posts.toString());
    }

    private static <T> Optional<T> first(Optional<T> a, Optional<T> b) {
        return a.isPresent() ? a : b;
    }
}
