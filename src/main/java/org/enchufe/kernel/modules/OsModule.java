package org.enchufe.kernel.modules;

import java.nio.charset.StandardCharsets;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * The os module of a sandbox process: processes (fork, wait, getpid…) and the console
 * descriptors; groups, the wait4 family, times and uname are {@link OsProcessCalls}, descriptor
 * flags and fstat {@link OsDescriptorCalls}, the environment and the struct types posix.py
 * ({@link PosixHelper}). Each call finds its process through the interpreter, so after fork() the child's
 * copy of the module answers for the child.
 */
public final class OsModule {

    private static final int WNOHANG = 1;

    private OsModule() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "os");
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("os");
        m.add("name", PyStr.of("posix"));
        m.add("sep", PyStr.of("/"));
        m.add("linesep", PyStr.of("\n"));
        m.add("WNOHANG", PyInt.of(WNOHANG));
        m.add("error", org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR);
        m.function("strerror", (i, s, a, k) -> {
            int code = Ops.index(i, a[0]);
            return PyStr.of(org.enchufe.lang.runtime.Errno.ofNumber(code).map(org.enchufe.lang.runtime.Errno::message)
                    .orElse("Unknown error " + code));
        });
        m.function("getpid", (i, s, a, k) -> {
            return PyInt.of(process(i).pid());
        });
        m.function("getppid", (i, s, a, k) -> {
            return PyInt.of(process(i).ppid());
        });
        m.function("fork", (i, s, a, k) -> {
            Args.none("fork", a, k);
            process(i);
            throw new BlockSignal(new KernelCall.Fork());
        });
        m.function("wait", (i, s, a, k) -> {
            Args.none("wait", a, k);
            return waitFor(i, -1, 0);
        });
        m.function("waitpid", (i, s, a, k) -> {
            Args.range("waitpid", a, k, 2, 2);
            return waitFor(i, Ops.index(i, a[0]), Ops.index(i, a[1]));
        });
        m.function("_exit", (i, s, a, k) -> {
            PyObject status = Args.one("_exit", a, k);
            throw new BlockSignal(new KernelCall.Exit(Ops.index(i, status)));
        });
        m.function("WEXITSTATUS", (i, s, a, k) -> PyInt.of((status(i, a, k, "WEXITSTATUS") >> 8) & 0xFF));
        m.function("WIFEXITED", (i, s, a, k) -> PyBool.of((status(i, a, k, "WIFEXITED") & 0x7F) == 0));
        m.function("WIFSIGNALED", (i, s, a, k) -> {
            int st = status(i, a, k, "WIFSIGNALED");
            return PyBool.of((st & 0x7F) != 0 && (st & 0x7F) != 0x7F);
        });
        m.function("WTERMSIG", (i, s, a, k) -> PyInt.of(status(i, a, k, "WTERMSIG") & 0x7F));
        m.function("write", (i, s, a, k) -> {
            Args.range("write", a, k, 2, 2);
            int fd = Ops.index(i, a[0]);
            byte[] bytes = SocketModule.bytes(a[1]);
            if (!(process(i).descriptors().get(fd) instanceof org.enchufe.kernel.DescriptorTable.Console console)) {
                // Sockets and pipes; a descriptor that is not open fails there with EBADF, traced.
                return writeFile(i, fd, bytes);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // By the stream it is, not its number: os.dup(1) writes where 1 does.
            switch (console.describe()) {
                case "stdout" -> i.writeStdout(text);
                case "stderr" -> i.writeStderr(text);
                default -> throw PyErrors.osError(Errno.EBADF);
            }
            return PyInt.of(bytes.length);
        });
        m.function("read", (i, s, a, k) -> {
            Args.range("read", a, k, 2, 2);
            int fd = Ops.index(i, a[0]);
            int n = Ops.index(i, a[1]);
            if (n < 0) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            Process p = process(i);
            if (p.descriptors().get(fd) instanceof org.enchufe.kernel.DescriptorTable.Console) {
                throw PyErrors.notImplemented("os.read() on the console (input() and sys.stdin.readline() read it)");
            }
            KernelCall.Attempt attempt = () -> {
                byte[] data = org.enchufe.kernel.FileCalls.read(p, fd, n);
                return data == null ? null : new org.enchufe.lang.runtime.PyBytes(data);
            };
            PyObject now = attempt.tryNow();
            if (now != null) {
                return now;
            }
            if (p.descriptors().get(fd).nonBlocking()) {
                // O_NONBLOCK (os.set_blocking, pipe2): nothing to read now is EAGAIN, not a wait.
                throw PyErrors.osError(Errno.EAGAIN);
            }
            throw new BlockSignal(KernelCall.Io.on("read", fd, org.enchufe.kernel.SocketCalls.channelOf(p, fd),
                    java.nio.channels.SelectionKey.OP_READ, -1, attempt));
        });
        m.function("pipe", (i, s, a, k) -> {
            int[] fds = org.enchufe.kernel.FileCalls.pipe(process(i));
            return org.enchufe.lang.runtime.PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
        m.function("kill", (i, s, a, k) -> {
            Args.range("kill", a, k, 2, 2);
            Process p = process(i);
            int pid = Ops.index(i, a[0]);
            if (pid == 0 || pid < -1) {
                // kill(2): 0 is the caller's process group, -pgid another one.
                OsProcessCalls.signalGroup(p, pid == 0 ? p.pgid() : -pid, Ops.index(i, a[1]));
                return PyNone.NONE;
            }
            if (!p.sandbox().signal(p, pid, Ops.index(i, a[1]))) {
                throw PyErrors.osError(Errno.ESRCH);
            }
            return PyNone.NONE;
        });
        m.function("unlink", (i, s, a, k) -> unlink(i, Args.one("unlink", a, k), "unlink"));
        m.function("remove", (i, s, a, k) -> unlink(i, Args.one("remove", a, k), "remove"));
        m.add("path", pathModule());
        // Descriptors, sockets' above all: traced as the kernel's calls.
        m.function("close", (i, s, a, k) -> {
            org.enchufe.kernel.SocketCalls.close(process(i), Ops.index(i, Args.one("close", a, k)));
            return PyNone.NONE;
        });
        m.function("dup", (i, s, a, k) ->
                PyInt.of(org.enchufe.kernel.SocketCalls.dup(process(i), Ops.index(i, a[0]))));
        m.function("dup2", (i, s, a, k) -> {
            PyObject[] b = Args.bind("dup2", a, k, 2, "fd", "fd2", "inheritable");
            boolean inheritable = b[2] == null || Ops.truthy(i, b[2]);
            Process p = process(i);
            int fd2 = org.enchufe.kernel.FileCalls.dup2(p, Ops.index(i, b[0]), Ops.index(i, b[1]), inheritable);
            p.descriptors().setInheritable(fd2, inheritable);
            return PyInt.of(fd2);
        });
        m.function("fsync", (i, s, a, k) -> {
            // A descriptor or an object with fileno(), as CPython's fildes converter takes it.
            int fd = SelectModule.fileno(i, a[0]);
            org.enchufe.kernel.FileCalls.fsync(process(i), fd);
            return PyNone.NONE;
        });
        descriptorCalls(m);
        OsProcessCalls.add(m);
        OsDescriptorCalls.add(m);
        // putenv and unsetenv are C in CPython: natives whose arguments the rules table checks, over posix.py's.
        for (String name : new String[] {"putenv", "unsetenv"}) {
            m.function(name, (i, s, a, k) -> i.call(PosixHelper.get(i, "_" + name), a, k));
        }
        for (String name : new String[] {"environ", "environb", "getenv", "getenvb", "PathLike",
            "terminal_size", "stat_result", "uname_result", "times_result", "waitid_result"}) {
            m.add(name, PosixHelper.get(in, name));
        }
        m.add("__file__", PyStr.of("/usr/lib/python3.11/os.py"));
        m.add("__builtins__", new PyModule("builtins", in.builtins()));
        org.enchufe.lang.runtime.PyList all = new org.enchufe.lang.runtime.PyList();
        m.dict().map().keySet().stream().filter(key -> key instanceof PyStr).map(key -> ((PyStr) key).value()).filter(name -> !name.startsWith("_")).sorted()
                .forEach(name -> all.append(PyStr.of(name)));
        m.add("__all__", all);
        return m;
    }

    /** Linux x86-64's values, as CPython's os module has them (those of calls the sandbox lacks are left out). */
    private static final Object[] CONSTANTS = {"CLD_CONTINUED", 6, "CLD_DUMPED", 3, "CLD_EXITED", 1, "CLD_KILLED", 2,
        "CLD_STOPPED", 5, "CLD_TRAPPED", 4, "EX_CANTCREAT", 73, "EX_CONFIG", 78, "EX_DATAERR", 65, "EX_IOERR", 74,
        "EX_NOHOST", 68, "EX_NOINPUT", 66, "EX_NOPERM", 77, "EX_NOUSER", 67, "EX_OK", 0, "EX_OSERR", 71, "EX_OSFILE", 72,
        "EX_PROTOCOL", 76, "EX_SOFTWARE", 70, "EX_TEMPFAIL", 75, "EX_UNAVAILABLE", 69, "EX_USAGE", 64, "P_ALL", 0,
        "P_PGID", 2, "P_PID", 1, "P_PIDFD", 3, "TMP_MAX", 238328, "WCONTINUED", 8, "WEXITED", 4, "WNOWAIT", 16777216,
        "WSTOPPED", 2, "WUNTRACED", 2};

    /** fdatasync, isatty, the terminal's size, the rest of the wait-status helpers and the path strings. */
    private static void descriptorCalls(PyModule m) {
        for (int n = 0; n < CONSTANTS.length; n += 2) {
            m.add((String) CONSTANTS[n], PyInt.of((Integer) CONSTANTS[n + 1]));
        }
        m.add("curdir", PyStr.of("."));
        m.add("pardir", PyStr.of(".."));
        m.add("extsep", PyStr.of("."));
        m.add("altsep", PyNone.NONE);
        m.add("pathsep", PyStr.of(":"));
        m.add("defpath", PyStr.of("/bin:/usr/bin"));
        m.add("devnull", PyStr.of("/dev/null"));
        // dup, dup2 and fsync are the kernel's socket-aware calls above; fdatasync is fsync's twin.
        m.function("fdatasync", (i, s, a, k) -> {
            int fd = SelectModule.fileno(i, a[0]);
            org.enchufe.kernel.FileCalls.fsync(process(i), "fdatasync", fd);
            return PyNone.NONE;
        });
        m.function("isatty", (i, s, a, k) -> {
            // Nothing a sandboxed program holds is a terminal: its console is a pipe to the page.
            Ops.index(i, a[0]);
            return PyBool.FALSE;
        });
        m.function("get_terminal_size", (i, s, a, k) -> {
            if (a.length == 1) {
                Ops.index(i, a[0]);
            }
            throw PyErrors.osError(Errno.ENOTTY);
        });
        m.function("WIFSTOPPED", (i, s, a, k) -> PyBool.of((status(i, a, k, "WIFSTOPPED") & 0xFF) == 0x7F));
        m.function("WSTOPSIG", (i, s, a, k) -> PyInt.of((status(i, a, k, "WSTOPSIG") >> 8) & 0xFF));
        m.function("WIFCONTINUED", (i, s, a, k) -> PyBool.of(status(i, a, k, "WIFCONTINUED") == 0xFFFF));
        m.function("WCOREDUMP", (i, s, a, k) -> PyBool.of((status(i, a, k, "WCOREDUMP") & 0x80) != 0));
        m.function("waitstatus_to_exitcode", (i, s, a, k) -> {
            PyObject[] b = Args.bind("waitstatus_to_exitcode", a, k, 1, "status");
            int st = Ops.index(i, b[0]);
            if ((st & 0x7F) == 0) {
                return PyInt.of((st >> 8) & 0xFF);
            }
            if ((st & 0x7F) != 0x7F) {
                return PyInt.of(-(st & 0x7F));
            }
            if ((st & 0xFF) == 0x7F) {
                throw PyErrors.valueError("process stopped by delivery of signal " + ((st >> 8) & 0xFF));
            }
            throw PyErrors.valueError("invalid wait status: " + st);
        });
        m.function("fspath", (i, s, a, k) -> {
            PyObject[] b = Args.bind("fspath", a, k, 1, "path");
            if (b[0] instanceof PyStr || b[0] instanceof org.enchufe.lang.runtime.PyBytes) {
                return b[0];
            }
            PyObject method = b[0].type().lookup("__fspath__");
            if (method == null) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + b[0].type().name());
            }
            return i.call(method, new PyObject[] {b[0]}, org.enchufe.lang.runtime.PyBuiltin.NO_KEYWORDS);
        });
        m.function("fsencode", (i, s, a, k) -> {
            PyObject name = Args.one("fsencode", a, k);
            if (name instanceof org.enchufe.lang.runtime.PyBytes) {
                return name;
            }
            if (!(name instanceof PyStr text)) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + name.type().name());
            }
            return new org.enchufe.lang.runtime.PyBytes(org.enchufe.lang.runtime.Codecs.encode(text.value(), "utf-8", "surrogateescape"));
        });
        m.function("fsdecode", (i, s, a, k) -> {
            PyObject name = Args.one("fsdecode", a, k);
            if (name instanceof PyStr) {
                return name;
            }
            if (!(name instanceof org.enchufe.lang.runtime.PyBytes bytes)) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + name.type().name());
            }
            return PyStr.of(org.enchufe.lang.runtime.Codecs.decode(bytes.bytesView(), "utf-8", "surrogateescape"));
        });
        m.function("closerange", (i, s, a, k) -> {
            Args.range("closerange", a, k, 2, 2);
            int low = Ops.index(i, a[0]);
            int high = Ops.index(i, a[1]);
            if (low < high) {
                // Only what is open; errors are ignored, as CPython's closerange ignores them.
                org.enchufe.kernel.DescriptorTable table = process(i).descriptors();
                new java.util.ArrayList<>(table.view().subMap(Math.max(low, 0), Math.max(high, 0)).keySet()).forEach(table::close);
            }
            return PyNone.NONE;
        });
        m.function("urandom", (i, s, a, k) -> {
            int n = Ops.index(i, a[0]);
            if (n < 0) {
                throw PyErrors.valueError("negative argument not allowed");
            }
            i.accountBytes(n);
            byte[] bytes = new byte[n];
            new java.security.SecureRandom().nextBytes(bytes);
            return new org.enchufe.lang.runtime.PyBytes(bytes);
        });
    }

    /** A descriptor argument: an int, or an object with fileno() (a socket). */
    private static int fileDescriptor(Interpreter in, PyObject o) {
        if (o instanceof PyInt) {
            return Ops.index(in, o);
        }
        PyObject fileno = o.getAttr(in, "fileno");
        return Ops.index(in, in.call(fileno, new PyObject[0], org.enchufe.lang.runtime.PyBuiltin.NO_KEYWORDS));
    }

    private static PyObject writeFile(Interpreter in, int fd, byte[] data) {
        Process p = process(in);
        KernelCall.Attempt attempt = () -> {
            Integer n = org.enchufe.kernel.FileCalls.write(p, fd, data);
            return n == null ? null : PyInt.of(n);
        };
        PyObject now = attempt.tryNow();
        if (now != null) {
            return now;
        }
        if (p.descriptors().get(fd).nonBlocking()) {
            throw PyErrors.osError(Errno.EAGAIN);
        }
        throw new BlockSignal(KernelCall.Io.on("write", fd, org.enchufe.kernel.SocketCalls.channelOf(p, fd),
                java.nio.channels.SelectionKey.OP_WRITE, -1, attempt));
    }

    private static String pathArgument(PyObject value, String function) {
        if (value instanceof PyStr s) {
            return s.value();
        }
        if (value instanceof PyBytesLike b) {
            return new String(b.bytesView(), StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError(function + ": path should be string, bytes or os.PathLike, not " + value.type().name());
    }

    /** os.unlink / os.remove: a file of the sandbox's own tree (AF_UNIX socket files above all). */
    private static PyObject unlink(Interpreter in, PyObject argument, String function) {
        String path = pathArgument(argument, function);
        if (path.indexOf('\0') >= 0) {
            // CPython refuses a path no system call could take; an abstract AF_UNIX name has no file.
            throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.VALUE_ERROR, "embedded null byte");
        }
        Process p = process(in);
        String call = "unlink(\"" + path + "\")";
        java.util.Map<String, Object> args = java.util.Map.of("path", path);
        try {
            java.nio.file.Path real = p.files().resolve(path);
            if (java.nio.file.Files.isDirectory(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                p.sandbox().syscall(p, "unlink", args, -1, Errno.EISDIR, call, org.enchufe.events.DecidedBy.OS);
                throw PyErrors.osError(Errno.EISDIR, path);
            }
            if (!java.nio.file.Files.deleteIfExists(real)) {
                p.sandbox().syscall(p, "unlink", args, -1, Errno.ENOENT, call, org.enchufe.events.DecidedBy.OS);
                throw PyErrors.osError(Errno.ENOENT, path);
            }
        } catch (java.io.IOException e) {
            Errno errno = org.enchufe.kernel.OsErrors.errnoOf(e);
            p.sandbox().syscall(p, "unlink", args, -1, errno, call, org.enchufe.events.DecidedBy.OS);
            throw PyErrors.osError(errno, path);
        }
        p.sandbox().syscall(p, "unlink", args, 0, null, call, org.enchufe.events.DecidedBy.OS);
        return PyNone.NONE;
    }

    /** os.path: exists over the sandbox's tree; join, basename, dirname as posixpath computes them. */
    private static PyModule pathModule() {
        PyModule path = new PyModule("posixpath");
        path.add("sep", PyStr.of("/"));
        path.function("exists", (i, s, a, k) -> {
            String name = pathArgument(Args.one("exists", a, k), "exists");
            try {
                // A path with a NUL names no file (CPython's exists() answers False rather than raise).
                return PyBool.of(!name.isEmpty() && name.indexOf('\0') < 0 && java.nio.file.Files.exists(process(i).files().resolve(name),
                        java.nio.file.LinkOption.NOFOLLOW_LINKS));
            } catch (java.io.IOException e) {
                return PyBool.FALSE;
            }
        });
        path.function("join", (i, s, a, k) -> {
            Args.noKeywords("join", k);
            if (a.length == 0) {
                throw PyErrors.typeError("join() missing 1 required positional argument: 'a'");
            }
            StringBuilder out = new StringBuilder(pathArgument(a[0], "join"));
            for (int n = 1; n < a.length; n++) {
                String part = pathArgument(a[n], "join");
                if (part.startsWith("/")) {
                    out.setLength(0);
                    out.append(part);
                } else if (out.isEmpty() || out.charAt(out.length() - 1) == '/') {
                    out.append(part);
                } else {
                    out.append('/').append(part);
                }
            }
            return PyStr.of(out.toString());
        });
        path.function("basename", (i, s, a, k) -> {
            String name = pathArgument(Args.one("basename", a, k), "basename");
            return PyStr.of(name.substring(name.lastIndexOf('/') + 1));
        });
        path.function("dirname", (i, s, a, k) -> {
            String name = pathArgument(Args.one("dirname", a, k), "dirname");
            String head = name.substring(0, name.lastIndexOf('/') + 1);
            if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
                head = head.replaceAll("/+$", "");
            }
            return PyStr.of(head);
        });
        return path;
    }

    private static int status(Interpreter in, PyObject[] a, String[] k, String name) {
        return Ops.index(in, Args.one(name, a, k));
    }

    private static PyObject waitFor(Interpreter in, int pid, int options) {
        Process p = process(in);
        if (!p.sandbox().hasChild(p, pid)) {
            throw PyErrors.osError(Errno.ECHILD);
        }
        PyObject collected = p.sandbox().collectNow(p, pid);
        if (collected != null) {
            return collected;
        }
        if ((options & WNOHANG) != 0) {
            return org.enchufe.lang.runtime.PyTuple.of(PyInt.of(0), PyInt.of(0));
        }
        throw new BlockSignal(new KernelCall.WaitChild(pid));
    }
}
