package org.samachar.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The channel the project's readers get over a Hadoop stream, and the configuration executors get. */
class HadoopFilesTest {

    @Test
    void aHadoopStreamReadsAsASeekableChannel(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(18).nextBytes(bytes);
        Path file = Files.write(dir.resolve("a.warc"), bytes);
        try (SeekableByteChannel ch = HadoopFiles.open(file.toUri().toString(), new Configuration())) {
            assertEquals(bytes.length, ch.size());
            ByteBuffer direct = ByteBuffer.allocateDirect(70_000); // as jwarc reads
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int n = ch.read(direct); n >= 0; n = ch.read(direct)) {
                direct.flip();
                byte[] chunk = new byte[direct.remaining()];
                direct.get(chunk);
                all.write(chunk);
                direct.clear();
            }
            assertArrayEquals(bytes, all.toByteArray());
            assertEquals(bytes.length, ch.position());

            ByteBuffer heap = ByteBuffer.allocate(1000);
            ch.position(123_456);
            while (heap.hasRemaining() && ch.read(heap) > 0) {
                // fill
            }
            assertArrayEquals(Arrays.copyOfRange(bytes, 123_456, 124_456), heap.array());
            ch.position(10);
            heap.clear();
            ch.read(heap);
            assertEquals(bytes[10], heap.get(0), "seeks backwards");
            ch.position(bytes.length + 5);
            assertEquals(-1, ch.read(ByteBuffer.allocate(10)), "past the end");
        }
        assertThrows(java.io.FileNotFoundException.class,
                () -> HadoopFiles.open(dir.resolve("gone.txt").toUri().toString(), new Configuration()));
    }

    @Test
    void theDriversHadoopSettingsTravelToExecutors() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.s3a.endpoint", "http://minio.example:9000");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HadoopFiles.Conf(conf));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            HadoopFiles.Conf copy = (HadoopFiles.Conf) in.readObject();
            assertEquals("http://minio.example:9000", copy.get().get("fs.s3a.endpoint"));
        }
    }
}
