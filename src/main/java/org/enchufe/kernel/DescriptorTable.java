package org.enchufe.kernel;

import java.util.TreeMap;

/**
 * A process's file descriptors: 0, 1 and 2 are its console; new descriptors take the lowest free
 * number, as on Linux. Open files are shared by reference count, so after fork() closing a
 * descriptor in one process leaves the other's open.
 */
public final class DescriptorTable {

    /** Something a descriptor refers to, counted by how many tables hold it. */
    public abstract static class OpenFile {
        private int references;
        /**
         * O_NONBLOCK, a flag of the open file (so dup() and fork() share it), as os.set_blocking()
         * and pipe2() set it. A socket's own blocking mode is its Python object's (settimeout).
         */
        private boolean nonBlocking;

        public boolean nonBlocking() {
            return nonBlocking;
        }

        public void setNonBlocking(boolean nonBlocking) {
            this.nonBlocking = nonBlocking;
        }

        void retain() {
            references++;
        }

        /** Drops one reference; closes the file when it was the last one. */
        void release() {
            if (--references == 0) {
                closeLast();
            }
        }

        /** Called once, when no descriptor refers to the file any more. */
        protected abstract void closeLast();

        /** How the process view describes it, e.g. "consola" or "socket AF_INET". */
        public abstract String describe();

        /** Real OS descriptors it holds now (its channels): what the sandbox's real-descriptor limit counts. */
        int realDescriptors() {
            return 0;
        }

        /** Whether the machine's file table counts it: sockets and pipes do, the console (a terminal, not opened) does not. */
        boolean counted() {
            return true;
        }
    }

    /** The console a process was started with: stdin, stdout and stderr. */
    public static final class Console extends OpenFile {
        private final String stream;

        public Console(String stream) {
            this.stream = stream;
        }

        @Override
        protected void closeLast() {
        }

        @Override
        boolean counted() {
            return false;
        }

        @Override
        public String describe() {
            return stream;
        }
    }

    private final TreeMap<Integer, OpenFile> files = new TreeMap<>();
    /**
     * The descriptors without close-on-exec (os.get_inheritable()): the console's, and those made
     * inheritable; Python makes every new descriptor non-inheritable. fork() keeps the flags.
     */
    private final java.util.Set<Integer> inheritable = new java.util.TreeSet<>();

    /** A table with the console on 0, 1 and 2. */
    public static DescriptorTable withConsole() {
        DescriptorTable table = new DescriptorTable();
        table.install(0, new Console("stdin"));
        table.install(1, new Console("stdout"));
        table.install(2, new Console("stderr"));
        table.inheritable.addAll(java.util.List.of(0, 1, 2));
        return table;
    }

    private void install(int fd, OpenFile file) {
        file.retain();
        files.put(fd, file);
    }

    /** Installs {@code file} on the lowest free descriptor and returns it. */
    public int allocate(OpenFile file) {
        int fd = 0;
        while (files.containsKey(fd)) {
            fd++;
        }
        install(fd, file);
        return fd;
    }

    /** dup2(): {@code file} on descriptor {@code fd}, closing what was there first. */
    public void replace(int fd, OpenFile file) {
        inheritable.remove(fd);
        OpenFile previous = files.get(fd);
        install(fd, file);
        if (previous != null) {
            previous.release();
        }
    }

    public OpenFile get(int fd) {
        return files.get(fd);
    }

    /** Closes one descriptor; false when it was not open (EBADF). */
    public boolean close(int fd) {
        OpenFile file = files.remove(fd);
        if (file == null) {
            return false;
        }
        inheritable.remove(fd);
        file.release();
        return true;
    }

    /** Closes everything: the process ended. */
    public void closeAll() {
        files.values().forEach(OpenFile::release);
        files.clear();
        inheritable.clear();
    }

    /** The child's table after fork(): the same open files, one more reference each. */
    public DescriptorTable forkCopy() {
        DescriptorTable copy = new DescriptorTable();
        files.forEach(copy::install);
        copy.inheritable.addAll(inheritable);
        return copy;
    }

    /** Whether descriptor {@code fd} survives an exec (its close-on-exec flag is off). */
    public boolean inheritable(int fd) {
        return inheritable.contains(fd);
    }

    public void setInheritable(int fd, boolean on) {
        if (on) {
            inheritable.add(fd);
        } else {
            inheritable.remove(fd);
        }
    }

    public java.util.SortedMap<Integer, OpenFile> view() {
        return java.util.Collections.unmodifiableSortedMap(files);
    }
}
