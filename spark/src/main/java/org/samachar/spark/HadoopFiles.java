package org.samachar.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * Files of the corpus read through Hadoop's {@link FileSystem} ({@code hdfs://}, {@code s3a://},
 * {@code file://}, whatever the cluster's Hadoop configuration knows), so that executors need no
 * shared mount. The project's readers take a {@link SeekableByteChannel} or an input stream;
 * {@link #open} gives them one over a Hadoop stream.
 */
final class HadoopFiles {

    private HadoopFiles() {
    }

    /** The driver's Hadoop configuration (with {@code spark.hadoop.*} settings, S3 credentials…), shipped to executors. */
    static final class Conf implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration value;

        Conf(Configuration value) {
            this.value = value;
        }

        Configuration get() {
            return value;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            value.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            value = new Configuration(false);
            value.readFields(in);
        }
    }

    /** The file at {@code uri} (qualified, with its scheme) as a read-only channel. */
    static SeekableByteChannel open(String uri, Configuration conf) throws IOException {
        Path path = new Path(uri);
        FileSystem fs = path.getFileSystem(conf); // cached per scheme and authority; not to be closed here
        long size = fs.getFileStatus(path).getLen();
        return new Channel(fs.open(path), size);
    }

    /**
     * A Hadoop input stream as a {@link SeekableByteChannel}: reads at the channel's position
     * (seeking the stream only when it is elsewhere), size from the file's status.
     */
    static final class Channel implements SeekableByteChannel {
        private final FSDataInputStream in;
        private final long size;
        private long position;
        private boolean open = true;
        private byte[] scratch;

        Channel(FSDataInputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!open) {
                throw new ClosedChannelException();
            }
            if (position >= size) {
                return -1;
            }
            if (!dst.hasRemaining()) {
                return 0;
            }
            if (in.getPos() != position) {
                in.seek(position);
            }
            int want = (int) Math.min(dst.remaining(), size - position);
            int n;
            if (dst.hasArray()) {
                n = in.read(dst.array(), dst.arrayOffset() + dst.position(), want);
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
            } else {
                if (scratch == null || scratch.length < Math.min(want, 1 << 16)) {
                    scratch = new byte[Math.min(want, 1 << 16)];
                }
                n = in.read(scratch, 0, Math.min(want, scratch.length));
                if (n > 0) {
                    dst.put(scratch, 0, n);
                }
            }
            if (n < 0) {
                return -1; // the file is shorter than its status said (it changed)
            }
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            if (newPosition < 0) {
                throw new IllegalArgumentException("negative position " + newPosition);
            }
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            if (open) {
                open = false;
                in.close();
            }
        }
    }
}
