package org.samachar.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about an article file without reading it: size, modification and
 * status-change times (nanoseconds), device and inode. Two equal stamps taken at different times
 * mean the file was not written in between — with the exceptions that {@link #settledBefore}
 * rules out — so its content hash can be taken from the last build instead of reading it again,
 * the way git's index and make decide what changed.
 *
 * <p>The status-change time (ctime) is what makes this sound against a restored modification
 * time: {@code touch -d}, {@code cp -p}, an editor or a script that writes new bytes of the same
 * size and sets the old mtime back cannot set the ctime, which the kernel sets to "now" on every
 * write and every change of the times. So only file systems with the "unix" attribute view (Linux,
 * macOS, the BSDs) get a stamp; elsewhere every file is read and hashed, as before.
 *
 * <p>Named under {@code StoreBuilder} so that the program fingerprint ({@link PipelineFingerprint},
 * which leaves StoreBuilder* out: how the build decides what to skip does not change an article's
 * graph) stays the same, and stores need no re-extraction for it.
 */
record StoreBuilderFileStamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {

    /**
     * How long before the build started a file's last change must be for its stamp to be trusted
     * next time. A file written again within the granularity of its time stamps (1–2 s on some
     * file systems, a clock tick of a few milliseconds on ext4) right after the build read it keeps
     * the same stamp with new bytes — the "racy" case of git's index. Two seconds covers the
     * coarsest common granularity (FAT's); such a file is simply hashed again by the next build.
     */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    /** The stamp of a regular file, or empty when the file system cannot give one (then the file is hashed). */
    static Optional<StoreBuilderFileStamp> of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new StoreBuilderFileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")),
                    nanos(a.get("ctime")), ((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue()));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException
                 | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file's last write and last status change were {@link #RACY_NANOS} or more before
     * {@code buildStartNanos} (epoch nanoseconds, taken before the stamp was read). Only then can
     * a later write not leave the same stamp: it happens after the build started, in a later tick.
     * A time in the future (a clock set back, a network file system ahead) is not settled either.
     */
    boolean settledBefore(long buildStartNanos) {
        long limit = buildStartNanos - RACY_NANOS;
        return modifiedNanos < limit && changedNanos < limit;
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
