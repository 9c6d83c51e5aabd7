package org.enchufe.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;

/**
 * One end of an {@code os.pipe()}: a real OS pipe (java.nio.channels.Pipe), so bytes, end of file
 * when every write end is closed, and EPIPE when every read end is, are the kernel's own.
 */
public final class PipeEnd extends DescriptorTable.OpenFile {

    final boolean reading;
    private final Pipe pipe;

    private PipeEnd(Pipe pipe, boolean reading) {
        this.pipe = pipe;
        this.reading = reading;
    }

    /** A new pipe: its read end and its write end, both non-blocking. */
    static PipeEnd[] open() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        pipe.sink().configureBlocking(false);
        return new PipeEnd[] {new PipeEnd(pipe, true), new PipeEnd(pipe, false)};
    }

    SelectableChannel channel() {
        return reading ? pipe.source() : pipe.sink();
    }

    // What a readiness check took from the pipe to see it was readable, for the next read; and
    // whether it met the end (the write end closed).
    private byte[] ahead;
    private boolean ended;

    /** The bytes there, an empty array at end of file, or null while the pipe is empty. */
    byte[] read(int max) throws IOException {
        if (ahead != null) {
            int n = Math.min(Math.max(max, 0), ahead.length);
            byte[] out = java.util.Arrays.copyOf(ahead, n);
            ahead = n == ahead.length ? null : java.util.Arrays.copyOfRange(ahead, n, ahead.length);
            return out;
        }
        if (ended) {
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(1, Math.min(max, 1 << 16)));
        int n = pipe.source().read(buffer);
        if (n < 0) {
            ended = true;
            return new byte[0];
        }
        if (n == 0) {
            return max == 0 ? new byte[0] : null;
        }
        byte[] out = new byte[n];
        buffer.flip().get(out);
        return out;
    }

    /**
     * Whether a read would not block (bytes, or the end because every write end closed): select,
     * poll and epoll ask. Java cannot look into a pipe without reading, so what the look read is
     * kept for the next read.
     */
    boolean readable() throws IOException {
        if (!reading) {
            return false;
        }
        if (ahead != null || ended) {
            return true;
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        int n = pipe.source().read(buffer);
        if (n < 0) {
            ended = true;
            return true;
        }
        if (n == 0) {
            return false;
        }
        ahead = java.util.Arrays.copyOf(buffer.array(), n);
        return true;
    }

    /** Whether a write would not block: the write end, open (a pipe's room is not known without writing). */
    boolean writable() {
        return !reading && pipe.sink().isOpen();
    }

    /** How many bytes went in; 0 while the pipe is full. */
    int write(byte[] data) throws IOException {
        return pipe.sink().write(ByteBuffer.wrap(data));
    }

    @Override
    protected void closeLast() {
        try {
            channel().close();
        } catch (IOException ignored) {
            // Closing a pipe end does not fail in a way a program could see.
        }
    }

    @Override
    int realDescriptors() {
        return channel().isOpen() ? 1 : 0;
    }

    @Override
    public String describe() {
        return reading ? "pipe (read end)" : "pipe (write end)";
    }
}
