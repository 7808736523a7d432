package org.samachar.server.live;

import org.samachar.corpus.Manifest;
import org.samachar.corpus.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches the corpus folder and calls back once a burst of changes has settled: after the first
 * change of an article file or of the manifest, it waits until no further change came for
 * {@code quiet}, or {@code longest} has passed since the first, whichever is sooner. A crawler
 * dropping 500 files thus makes a few calls, not 500, and a steady stream still gets built every
 * {@code longest}.
 *
 * <p>java.nio's WatchService: inotify on Linux, so a change is seen within milliseconds; on
 * platforms where the JDK polls (macOS) it can take seconds. Files whose names start with a dot
 * (editors' and crawlers' temporary files, which the corpus ignores) and files of other kinds are
 * not changes. An overflow (the kernel dropped events) counts as a change: the build looks at the
 * whole folder anyway.
 */
public final class CorpusWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    private final Path dir;
    private final Runnable onChange;
    private final Duration quiet;
    private final Duration longest;
    private final WatchService service;
    private final Thread thread;

    /** Starts watching {@code dir}; {@code onChange} runs on the watcher's thread, so it should only hand work on. */
    public CorpusWatcher(Path dir, Runnable onChange, Duration quiet, Duration longest) throws IOException {
        this.dir = dir;
        this.onChange = onChange;
        this.quiet = quiet;
        this.longest = longest;
        this.service = dir.getFileSystem().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::loop, "samachar-corpus-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("watching {} for new, changed and removed articles", dir);
    }

    private void loop() {
        try {
            while (true) {
                if (!relevant(service.take())) {
                    continue;
                }
                long first = System.nanoTime();
                long deadline = first + longest.toNanos();
                int changes = 1;
                while (true) {
                    long left = Math.min(quiet.toNanos(), deadline - System.nanoTime());
                    WatchKey next = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    if (relevant(next)) {
                        changes++;
                    }
                }
                LOG.debug("{}: {} change notices in {} ms", dir, changes, (System.nanoTime() - first) / 1_000_000);
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** Whether the key's events name an article file or the manifest; resets the key. */
    private boolean relevant(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name) {
                String file = name.toString();
                relevant |= !file.startsWith(".")
                        && (file.equals(Manifest.FILE_NAME) || SourceFormat.of(file).isPresent());
            }
        }
        if (!key.reset()) {
            LOG.warn("{} can no longer be watched (removed or unmounted); restart the server when it is back", dir);
        }
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service of {}", dir, e);
        }
        thread.interrupt();
    }
}
