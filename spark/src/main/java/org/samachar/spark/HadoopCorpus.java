package org.samachar.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.samachar.corpus.Corpus;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.Listed;
import org.samachar.corpus.Manifest;
import org.samachar.corpus.SourceFormat;
import org.samachar.corpus.jsonl.JsonLinesFile;
import org.samachar.corpus.warc.WarcFile;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A corpus folder listed through Hadoop's {@link FileSystem}, with the rules of the project's
 * {@link Corpus} ({@link Corpus#assemble}): the driver lists the folder's names and reads
 * {@code manifest.tsv}; the WARC and JSON Lines files, which must be read whole to find their
 * records, are listed by executors, one task per file, with the project's {@link WarcFile} and
 * {@link JsonLinesFile}; the driver then applies the manifest and drops duplicates in file order,
 * as {@code samachar build} does. No file is read from a local path.
 */
final class HadoopCorpus {

    /**
     * @param corpus    the listing, every source's file a bare file name
     * @param folderUri the folder, qualified ({@code hdfs://nn/news/}), ending in {@code /}
     * @param folderName the folder as the user gave it, for messages, ending in {@code /}
     */
    record Listing(Corpus corpus, String folderUri, String folderName) {

        List<ArticleTask> tasks() {
            return corpus.articles().stream().map(s -> ArticleTask.of(s, folderUri, folderName)).toList();
        }
    }

    /** One container's records, or why it could not be read at all, as an executor found them. */
    record Container(String name, List<ArticleTask> articles, List<String> digests, List<Problem> problems,
                     Exception failure) implements Serializable {
    }

    /** A {@link CorpusProblem}, which is not serialisable. */
    record Problem(String where, String message, boolean warning) implements Serializable {
        static Problem of(CorpusProblem p) {
            return new Problem(p.where(), p.message(), p.warning());
        }

        CorpusProblem problem() {
            return new CorpusProblem(where, message, warning);
        }
    }

    private HadoopCorpus() {
    }

    static Listing list(JavaSparkContext sc, String corpus, Broadcast<HadoopFiles.Conf> conf) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(corpus);
        FileSystem fs = dir.getFileSystem(conf.value().get());
        if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
            throw new FileNotFoundException("corpus folder " + corpus + " does not exist");
        }
        String folderUri = slash(fs.makeQualified(dir).toString());
        String folderName = slash(corpus);

        Set<String> names = new TreeSet<>();
        for (FileStatus f : fs.listStatus(dir)) {
            if (f.isFile()) {
                names.add(f.getPath().getName());
            }
        }
        Manifest manifest = Manifest.empty();
        if (names.contains(Manifest.FILE_NAME)) {
            try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(folderUri + Manifest.FILE_NAME))) {
                manifest = Manifest.read(folderName + Manifest.FILE_NAME, in);
            }
        }
        List<ArticleTask.Row> containers = new ArrayList<>();
        for (String name : names) {
            Optional<SourceFormat> format = SourceFormat.of(name);
            if (format.isPresent() && (format.get() == SourceFormat.WARC || format.get() == SourceFormat.JSONL)) {
                containers.add(ArticleTask.Row.of(manifest.entry(name).orElseGet(() -> org.samachar.corpus.ManifestEntry.unlisted(name))));
            }
        }
        Map<String, Container> listed = new HashMap<>();
        if (!containers.isEmpty()) {
            sc.setJobDescription("samachar: list " + containers.size() + " WARC and JSON Lines files");
            sc.parallelize(containers, containers.size())
                    .map(row -> listContainer(row, folderUri, folderName, conf.value()))
                    .collect()
                    .forEach(c -> listed.put(c.name(), c));
        }
        Corpus listing = Corpus.assemble(Path.of(""), stripSlash(corpus), manifest, names, (name, format, entry, found, problems) -> {
            Container c = listed.get(name);
            c.problems().forEach(p -> problems.add(p.problem()));
            if (c.failure() instanceof IOException e) {
                throw e;
            } else if (c.failure() instanceof RuntimeException e) {
                throw e;
            }
            for (int i = 0; i < c.articles().size(); i++) {
                found.add(new Listed(c.articles().get(i).source(), Optional.ofNullable(c.digests().get(i))));
            }
        });
        return new Listing(listing, folderUri, folderName);
    }

    /** On an executor: a container's records, with the project's readers on a Hadoop stream. */
    static Container listContainer(ArticleTask.Row row, String folderUri, String folderName, HadoopFiles.Conf conf) {
        String name = row.file();
        SourceFormat format = SourceFormat.of(name).orElseThrow();
        List<Listed> found = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        Exception failure = null;
        try (SeekableByteChannel channel = HadoopFiles.open(folderUri + name, conf.get())) {
            if (format == SourceFormat.WARC) {
                WarcFile.list(Path.of(name), channel, row.entry(), found, problems);
            } else {
                JsonLinesFile.list(Path.of(name), java.nio.channels.Channels.newInputStream(channel), row.entry(), found, problems);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        List<ArticleTask> articles = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (Listed l : found) {
            articles.add(ArticleTask.of(l.source(), folderUri, folderName));
            digests.add(l.digest().orElse(null));
        }
        // The readers name the file by its bare name: put the folder in front, as the build names it.
        List<Problem> named = problems.stream()
                .map(p -> new Problem(folderName + p.where(), p.message(), p.warning())).toList();
        return new Container(name, articles, digests, named, failure);
    }

    static String slash(String s) {
        return s.isEmpty() || s.endsWith("/") ? s : s + "/";
    }

    static String stripSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
