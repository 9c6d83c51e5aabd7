package org.enchufe.lang.vm;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.enchufe.lang.Code;
import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.runtime.Builtins;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyInstance;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PySet;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.runtime.Ops;

import static org.enchufe.lang.Opcode.*;

/**
 * One Python process: its modules, builtins, output, limits and threads, and the run loop that
 * executes them. {@link #run} executes at most a given number of instructions and returns, so a
 * host can interleave many interpreters on a few Java threads, stop between instructions, and
 * wait for blocking calls without holding a thread.
 */
public final class Interpreter {

    /** How a slice of execution ended. */
    public enum Outcome { YIELDED, BLOCKED, FINISHED }

    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();
    /** The program's modules, and the sources its tracebacks quote. */
    private final Imports imports;
    private final IdentityHashMap<Object, Boolean> reprGuard = new IdentityHashMap<>();
    private PyDict builtins;
    private OutputSink stdout;
    private OutputSink stderr;
    private final Limits limits;
    /** limits.maxDepth(), read on every call. */
    private final int maxDepth;
    /** Calls and loop iterations after which a function runs in the second tier (JitCompiler). */
    private int jitThreshold = JIT_THRESHOLD;
    private int compiledFunctions;
    private long instructions;
    /** CPU time spent in this interpreter's finished slices, and when the running outermost slice began (-1: none). */
    private long cpuNanos;
    private int intMaxStrDigits = 4300;
    private long sliceCpuStart = -1;
    /**
     * Instructions counted elsewhere — a builtin's {@link #work}, the loops a builtin ran Python
     * code in — that the running slice has not yet taken from its budget, so a slice spent in
     * big builtins ends as early as one spent in instructions. Only the top-level loop and its
     * compiled code pay it ({@link #payDebt}); {@link #debtPaid} keeps them from counting it twice.
     */
    long sliceDebt;
    private long debtPaid;
    /** What the host asked for from another thread (requestStop); read by work() and between nested runs' chunks. */
    private volatile StopReason pendingStop;
    /** How calls of Python code get their frames, and calls from Java. */
    final Calls calls;
    /** What the program has spent of its output and memory limits. */
    private final Accounting accounting;
    private int nativeDepth;
    /**
     * The thread whose slice is running ({@link #run}): whose nested runs may park, and whose handled
     * exception sys.exc_info() reads; null outside a slice.
     */
    private ThreadState running;
    /** Containers whose items are being compared now, one inside the other (enterComparison). */
    private int comparing;
    /** The frame that made the builtin call in progress, for super() without arguments. */
    Frame callingFrame;
    private PyObject[] argv = new PyObject[0];
    /** What runs this interpreter (the sandbox kernel's process), for builtins that need it. */
    private Object host;
    /** The threads this interpreter runs, the roots of what its program holds. */
    private final java.util.List<ThreadState> threads = new java.util.ArrayList<>();

    /** An interpreter whose programs can import the standard modules ({@link ModuleRegistry#STANDARD}). */
    public Interpreter(OutputSink stdout, OutputSink stderr, Limits limits) {
        this(stdout, stderr, limits, ModuleRegistry.STANDARD);
    }

    /** An interpreter whose programs can import the modules of {@code registry} (the kernel gives its own). */
    public Interpreter(OutputSink stdout, OutputSink stderr, Limits limits, ModuleRegistry registry) {
        this.imports = new Imports(registry);
        this.stdout = stdout;
        this.stderr = stderr;
        this.limits = limits;
        this.maxDepth = limits.maxDepth();
        this.accounting = new Accounting(limits, imports.modules(), threads);
        this.calls = new Calls(this, maxDepth);
        this.builtins = Builtins.create(this);
    }

    /**
     * When the second tier takes over a function: after this many calls and loop iterations in the
     * first (0: at once; negative: never). The default is the system property
     * {@code enchufe.jit.threshold}, else {@value JitCompiler#DEFAULT_THRESHOLD}.
     */
    public void setJitThreshold(int threshold) {
        this.jitThreshold = threshold < 0 ? Integer.MAX_VALUE : threshold;
    }

    /** Counts a call or loop iteration of {@code code} in the first tier; whether it has now run enough for the second. */
    boolean warmedUp(Code code) {
        return code.warmth++ >= jitThreshold;
    }

    /** Counts one more function compiled for this program; returns how many now are. */
    int countCompiled() {
        return ++compiledFunctions;
    }

    private static final int JIT_THRESHOLD = readJitThreshold();

    private static int readJitThreshold() {
        try {
            int t = Integer.parseInt(System.getProperty("enchufe.jit.threshold", String.valueOf(JitCompiler.DEFAULT_THRESHOLD)));
            return t < 0 ? Integer.MAX_VALUE : t;
        } catch (NumberFormatException e) {
            return JitCompiler.DEFAULT_THRESHOLD;
        }
    }

    public static Interpreter current() {
        Interpreter in = CURRENT.get();
        if (in == null) {
            throw new IllegalStateException("no interpreter is running on this thread");
        }
        return in;
    }

    /** The running interpreter, or null outside a run (builtin keys hash without one). */
    public static Interpreter currentOrNull() {
        return CURRENT.get();
    }

    /** Runs {@code action} with this interpreter as the current one on this Java thread. */
    public <T> T with(Supplier<T> action) {
        Interpreter previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return action.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public PyDict builtins() {
        return builtins;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Instructions run so far, the work builtins charged ({@link #work}) included: what the
     * instruction limit and the host's CPU cap count.
     */
    public long instructions() {
        return instructions;
    }

    // ---------------------------------------------------------------- work and stop requests

    /**
     * Called by builtins while they work, with the work done since the last call in instructions
     * of the budget ({@link org.enchufe.lang.runtime.Cost} converts characters, items and limb
     * products): counts it as instructions run, makes the running slice end sooner by as much,
     * and honours a stop request — so a builtin that works for long is limited, throttled and
     * stopped as a loop of instructions is. Cheap: an add, an add and a volatile read; callers
     * in a loop call it every thousand or so elements, not for each.
     *
     * @throws Stopped after a KILL or DEADLINE request
     * @throws PyRaise KeyboardInterrupt after an INTERRUPT request (once)
     */
    public void work(long units) {
        instructions += units;
        sliceDebt += units;
        if (pendingStop != null) {
            stopNow();
        }
    }

    /**
     * Asks the program to stop as soon as it can; safe from any thread. A builtin at work notices
     * at its next {@link #work} call, Python code a builtin called (a sort key, a __repr__) within
     * {@value #NESTED_CHUNK} instructions, and {@link #run} before running anything. KILL and
     * DEADLINE stay: the process is over, every later {@code run} throws {@link Stopped} at once.
     * INTERRUPT raises KeyboardInterrupt once inside a builtin or the code it called; a stronger
     * request replaces a weaker one, never the reverse.
     */
    public void requestStop(StopReason reason) {
        while (true) {
            StopReason now = pendingStop;
            if (now == StopReason.KILL || now == StopReason.DEADLINE || now == reason) {
                return;
            }
            if (STOP.compareAndSet(this, now, reason)) {
                return;
            }
        }
    }

    /**
     * Withdraws an INTERRUPT request no builtin has raised yet; true if there was one. The host
     * calls it when the slice is over, before delivering Ctrl-C as SIGINT the ordinary way, so
     * one Ctrl-C raises one KeyboardInterrupt: false means a builtin already raised it.
     */
    public boolean cancelInterrupt() {
        return STOP.compareAndSet(this, StopReason.INTERRUPT, null);
    }

    /** The request in force (KILL or DEADLINE once made; INTERRUPT until raised or withdrawn), or null. */
    public StopReason stopRequest() {
        return pendingStop;
    }

    private void stopNow() {
        StopReason reason = pendingStop;
        if (reason == StopReason.INTERRUPT) {
            if (STOP.compareAndSet(this, StopReason.INTERRUPT, null)) {
                // As CPython's default SIGINT handler raises it: with no arguments.
                throw new PyRaise(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
            }
            reason = pendingStop;
        }
        if (reason != null) {
            throw new Stopped(reason);
        }
    }

    /** The top-level loop's (or its compiled code's) budget after paying the slice's debt from it. */
    long payDebt(long budget) {
        long paid = Math.min(sliceDebt, Math.max(budget, 0));
        sliceDebt = 0;
        debtPaid += paid;
        return budget - paid;
    }

    /**
     * Unwinds the program's Java stack after a KILL or DEADLINE request. An Error, so that no
     * catch clause of the VM for Java exceptions — which turn into Python ones a program could
     * catch with {@code except Exception} — takes it: it leaves {@link #run} to the host, whose
     * process is then over (its threads' frames are left mid-instruction).
     */
    public static final class Stopped extends Error {
        private final StopReason reason;

        Stopped(StopReason reason) {
            super("stopped: " + reason, null, false, false);
            this.reason = reason;
        }

        public StopReason reason() {
            return reason;
        }
    }

    private static final java.lang.invoke.VarHandle STOP;

    static {
        try {
            STOP = java.lang.invoke.MethodHandles.lookup().findVarHandle(Interpreter.class, "pendingStop", StopReason.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Attaches the object that runs this interpreter; the kernel's modules find their process so. */
    public void setHost(Object host) {
        this.host = host;
    }

    /** The attached host if it is a {@code type}, else null (e.g. a script run without the kernel). */
    public <T> T host(Class<T> type) {
        return type.isInstance(host) ? type.cast(host) : null;
    }

    /** sys.argv as python3 sets it: the script's name, then its arguments. */
    public void setArgv(String script, String[] args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = PyStr.of(script);
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = PyStr.of(args[i]);
        }
        this.argv = all;
    }

    public PyObject[] argv() {
        return argv;
    }

    public void setOutput(OutputSink stdout, OutputSink stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    // ---------------------------------------------------------------- output and accounting (Accounting)

    public void writeStdout(String text) {
        accounting.countOutput(text.length());
        stdout.write(text);
    }

    public void writeStderr(String text) {
        stderr.write(text);
    }

    public void flush() {
        stdout.flush();
        stderr.flush();
    }

    // Charges are what the new object costs on the JVM's heap (JvmLayout), so a single request
    // (a repeat, a join) is refused exactly where the meter would refuse what it builds.

    /** Charges a new str of {@code chars} characters, {@code bytesPerChar} each ({@link PyStr#bytesPerChar()}). */
    public void accountText(long chars, int bytesPerChar) {
        accounting.accountText(chars, bytesPerChar);
    }

    /** Charges {@code chars} more characters of a str built in pieces (a join, a replace): its overhead once, elsewhere. */
    public void accountMoreText(long chars, int bytesPerChar) {
        accounting.accountMoreText(chars, bytesPerChar);
    }

    /** Charges a new bytes or bytearray of {@code count} bytes. */
    public void accountBytes(long count) {
        accounting.accountBytes(count);
    }

    /** Charges {@code count} more slots of a list, tuple, dict or set: a reference each. */
    public void accountObjects(long count) {
        accounting.accountObjects(count);
    }

    /**
     * A value a builtin is still building in Java (a list from an iterator, a join, a replace),
     * {@code bytes} so far: refused once it alone passes the limit. The memory meter measures what
     * the program can reach, so it cannot see such a value, and would forgive the charges for it.
     */
    public void requireRoomFor(long bytes) {
        accounting.requireRoomFor(bytes);
    }

    /** The bytes the program holds now, as the memory limit counts them (a walk of what it can reach: not for every slice). */
    public long liveBytes() {
        return accounting.liveBytes();
    }

    /** The bytes charged to the memory limit so far: cheap, an upper bound of liveBytes until the next measurement. */
    public long chargedBytes() {
        return accounting.chargedBytes();
    }

    /** The program's threads that have not finished, the main one included. */
    public int liveThreads() {
        int n = 0;
        for (ThreadState t : threads) {
            if (t.status() != ThreadState.Status.FINISHED) {
                n++;
            }
        }
        return n;
    }

    /** A stable, CPython-looking address for reprs such as {@code <object at 0x7f…>}. */
    public String addressOf(Object o) {
        return String.format("0x7f%010x", (System.identityHashCode(o) & 0xFFFFFFFFL) << 4);
    }

    /** Evaluates a repr that may recurse into {@code container}; returns placeholder on the way back in. */
    public String guardRecursion(Object container, String placeholder, Supplier<String> body) {
        if (reprGuard.containsKey(container)) {
            return placeholder;
        }
        // The containers being repr'd now are the nesting depth: CPython stops where its recursion limit is.
        if (reprGuard.size() >= maxDepth) {
            throw reprTooDeep();
        }
        reprGuard.put(container, Boolean.TRUE);
        try {
            return body.get();
        } catch (StackOverflowError e) {
            // The Java stack ran out before the recursion limit (cold code has big frames): the same error.
            throw reprTooDeep();
        } finally {
            reprGuard.remove(container);
        }
    }

    private static PyRaise reprTooDeep() {
        return PyErrors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object");
    }

    /**
     * Around a comparison of two containers' items, which may be containers again: nested deeper
     * than the recursion limit, CPython's RecursionError rather than a Java stack overflow.
     */
    public void enterComparison() {
        if (++comparing > maxDepth) {
            comparing = 0;
            throw comparisonTooDeep();
        }
    }

    /** The error for comparisons nested too deep; also what a Java stack overflow inside one becomes. */
    public static PyRaise comparisonTooDeep() {
        return PyErrors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded in comparison");
    }

    public void leaveComparison() {
        if (comparing > 0) {
            comparing--;
        }
    }

    // ---------------------------------------------------------------- sources and modules (Imports)

    public void addSource(String filename, String source) {
        imports.addSource(filename, source);
    }

    /** Line {@code line} of a source the interpreter ran, or null. */
    public String sourceLine(String filename, int line) {
        return imports.sourceLine(filename, line);
    }

    /** {@code import name}: the module made before, else a new one, else ModuleNotFoundError. */
    public PyModule importModule(String name) {
        return imports.importModule(this, name);
    }

    /** The names of the modules this interpreter builds in: what {@code import} can find (sys.builtin_module_names). */
    public java.util.SortedSet<String> moduleNames() {
        return new java.util.TreeSet<>(imports.registry().factories().keySet());
    }

    /** The most digits int and str convert between (sys.set_int_max_str_digits); 0: no limit. Per process. */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        intMaxStrDigits = digits;
    }

    /** Whether {@code import name} would find a module to make. */
    boolean hasModule(String name) {
        return imports.has(name);
    }

    /** The modules made so far (sys.modules). */
    public Map<String, PyModule> modules() {
        return imports.modules();
    }

    /**
     * A module written in Python (such as {@code threading}, over native {@code _thread}): its
     * source is compiled and its body run now, in a nested loop, into a fresh module.
     */
    public PyModule loadSourceModule(String name, String filename, String source) {
        return imports.loadSourceModule(this, name, filename, source);
    }

    /** Runs a module's body in a nested loop, its dict its globals and locals. */
    void runModuleBody(Code code, PyModule module) {
        runNested(new Frame(code, module.dict(), module.dict(), Frame.slotsFor(code), Calls.cellsFor(code, null)));
    }

    /**
     * As {@link #loadSourceModule(String, String, String)}, with {@code source} compiled already:
     * a module every process loads compiles once per JVM (a {@link Code} is shared by every
     * interpreter that runs it, as after fork).
     */
    public PyModule loadSourceModule(String name, String filename, String source, Code code) {
        return imports.loadSourceModule(this, name, filename, source, code);
    }

    /** A new thread that will run {@code code} as the module {@code __main__}. */
    public ThreadState startMain(Code code) {
        PyModule main = new PyModule("__main__");
        main.dict().putStr("__builtins__", new PyModule("builtins", builtins));
        main.dict().putStr("__file__", PyStr.of(code.filename));
        imports.modules().put("__main__", main);
        Frame frame = new Frame(code, main.dict(), main.dict(), Frame.slotsFor(code), Calls.cellsFor(code, null));
        ThreadState thread = new ThreadState(frame);
        threads.add(thread);
        return thread;
    }

    /**
     * A new thread that runs {@code code} in the existing {@code __main__} module (a new one when
     * there is none): the next statement of an interactive session, seeing every name the earlier
     * ones bound.
     */
    public ThreadState startInMain(Code code) {
        PyModule main = imports.modules().get("__main__");
        if (main == null) {
            return startMain(code);
        }
        Frame frame = new Frame(code, main.dict(), main.dict(), Frame.slotsFor(code), Calls.cellsFor(code, null));
        ThreadState thread = new ThreadState(frame);
        threads.removeIf(t -> t.status() == ThreadState.Status.FINISHED);
        threads.add(thread);
        return thread;
    }

    /**
     * Makes {@code thread} run {@code handler(args)} before anything else — a signal handler — then
     * go on with what it was doing: running, or asleep in the same call (which the kernel retries).
     * An exception the handler raises comes out of whatever the thread was doing.
     */
    public void runFirst(ThreadState root, PyObject handler, PyObject[] args) {
        if (!(handler instanceof PyFunction fn) || fn.code().generator) {
            throw PyErrors.typeError("signal handler must be a Python function");
        }
        // Asleep under a builtin: the handler runs above the nested run's frame that waits.
        ThreadState thread = root.innermost();
        root.status = ThreadState.Status.RUNNABLE;
        Frame frame = calls.functionFrame(fn, args, PyBuiltin.NO_KEYWORDS, null);
        frame.signalFrame = true;
        frame.interrupted = thread.suspension;
        frame.back = thread.top;
        thread.top = frame;
        thread.depth++;
        thread.suspension = null;
        thread.status = ThreadState.Status.RUNNABLE;
    }

    /** A new thread that calls {@code function(args)}: threading.Thread's target. */
    public ThreadState startThread(PyObject function, PyObject[] args) {
        if (function instanceof PyFunction fn && !fn.code().generator) {
            ThreadState thread = new ThreadState(calls.functionFrame(fn, args, PyBuiltin.NO_KEYWORDS, null));
            threads.add(thread);
            return thread;
        }
        throw PyErrors.typeError("a thread runs a Python function");
    }

    // ---------------------------------------------------------------- the run loop

    /**
     * Runs {@code thread} for at most {@code budget} instructions. Returns YIELDED when the budget
     * ran out, BLOCKED when a call must wait (see {@link ThreadState#suspension()}), FINISHED when
     * the thread's outermost frame returned or an exception escaped it.
     */
    public Outcome run(ThreadState thread, long budget) {
        StopReason stopping = pendingStop;
        if (stopping == StopReason.KILL || stopping == StopReason.DEADLINE) {
            throw new Stopped(stopping);
        }
        Interpreter previous = CURRENT.get();
        ThreadState previousRunning = running;
        CURRENT.set(this);
        long cpuStart = CpuClock.now();
        boolean outermost = sliceCpuStart < 0;
        if (outermost) {
            sliceCpuStart = cpuStart;
        }
        long threadCpuBefore = thread.sliceCpuStart;
        thread.sliceCpuStart = cpuStart;
        long allocatedBefore = -1;
        long countedBefore = 0;
        try {
            if (thread.status == ThreadState.Status.FINISHED) {
                return Outcome.FINISHED;
            }
            thread.status = ThreadState.Status.RUNNABLE;
            if (limits.maxInstructions() > 0) {
                long left = limits.maxInstructions() - instructions;
                if (left <= 0) {
                    thread.innermost().pending = PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "instruction limit exceeded: the program ran "
                            + limits.maxInstructions() + " instructions");
                    budget = 1_000;
                } else {
                    budget = Math.min(budget, left);
                }
            }
            if (sliceDebt != 0) {
                // Work the last slice did past its end shortens this one.
                budget = payDebt(budget);
            }
            if (instructions - thread.renewedAt > RENEW_ARRAYS_EVERY && thread.continuation == null) {
                // Not while parked: the parked loop holds its frames' arrays in locals.
                thread.renewArrays();
                thread.renewedAt = instructions;
            }
            accounting.checkAllocations(thread);
            allocatedBefore = Allocations.ofThisThread();
            countedBefore = accounting.counted();
            running = thread;
            Object r;
            if (Parking.AVAILABLE) {
                // A slice goes on where it parked with the budget it had then (see Parking).
                long slice = budget;
                r = Parking.run(thread, () -> thread.sliceOutcome = execute(thread, slice, null)) ? BLOCKED_MARK : thread.sliceOutcome;
                thread.sliceOutcome = null;
            } else {
                r = execute(thread, budget, null);
            }
            if (r == YIELD_SLICE) {
                return Outcome.YIELDED;
            }
            if (r == BLOCKED_MARK) {
                return Outcome.BLOCKED;
            }
            return Outcome.FINISHED;
        } finally {
            if (allocatedBefore >= 0) {
                accounting.countAllocations(Allocations.ofThisThread() - allocatedBefore - (accounting.counted() - countedBefore));
            }
            long spent = CpuClock.now() - cpuStart;
            thread.cpuNanos += spent;
            thread.sliceCpuStart = threadCpuBefore;
            if (outermost) {
                cpuNanos += spent;
                sliceCpuStart = -1;
            }
            running = previousRunning;
            CURRENT.set(previous);
        }
    }

    /** The CPU time this process has used running Python (time.process_time), the slice running now included. */
    public long cpuTimeNanos() {
        return cpuNanos + (sliceCpuStart < 0 ? 0 : CpuClock.now() - sliceCpuStart);
    }

    /** The CPU time the running thread has used (time.thread_time), its slice now included; 0 outside a slice. */
    public long threadCpuTimeNanos() {
        ThreadState ts = running;
        if (ts == null) {
            return 0;
        }
        return ts.cpuNanos + (ts.sliceCpuStart < 0 ? 0 : CpuClock.now() - ts.sliceCpuStart);
    }

    /** The exception the running thread is handling (sys.exc_info(), sys.exception()), or null. */
    public PyException handledException() {
        ThreadState ts = running;
        return ts == null || ts.handled.isEmpty() ? null : ts.handled.getLast();
    }

    /**
     * Step mode: runs {@code thread} until it reaches another source line (or another frame),
     * blocks or finishes — what the workbench's Step button does. A line that runs for very long
     * (a loop written on one line) stops after {@code maxInstructions} with YIELDED, on that line.
     */
    public Outcome stepLine(ThreadState thread, long maxInstructions) {
        Frame startFrame = thread.top;
        int startLine = thread.line();
        for (long n = 0; n < maxInstructions; n++) {
            Outcome outcome = run(thread, 1);
            if (outcome != Outcome.YIELDED) {
                return outcome;
            }
            Frame now = thread.top;
            int pc = now.pc;
            boolean atLineStart = pc == 0 || now.code.line(pc) != now.code.line(pc - 1);
            if (now != startFrame && atLineStart || now == startFrame && now.code.line(pc) != startLine && atLineStart) {
                return Outcome.YIELDED;
            }
        }
        return Outcome.YIELDED;
    }

    /**
     * Where the loop moves to frame {@code f} at its start or a loop's head: runs it in the second
     * tier if its code is compiled (compiling it now if it is not yet). Returns the frame to go on
     * with in the loop — where the compiled code handed the thread back, or a frame at the
     * RETURN_VALUE that finishes its return (so stop frames, __init__ and callers are handled in
     * one place) — or what execute returns when the thread blocked or an exception left it.
     * {@code ts.budget} carries the budget in and out.
     */
    private Object tierUp(ThreadState ts, Frame f, Frame stop) {
        Code code = f.code;
        Compiled compiled = code.compiled instanceof Compiled done ? done : JitCompiler.compile(this, code);
        if (compiled == null || !compiled.enters(f.pc) || f.signalFrame) {
            return f;
        }
        code.warmth = jitThreshold;
        PyObject result;
        try {
            result = compiled.run(this, ts, f);
        } catch (StackOverflowError e) {
            // Deeper than the compiled frames' own handlers could run: raised where the tier was entered.
            result = JitSupport.raised(e, ts, f, f.pc - 1, 0);
        }
        if (result != null && ts.jitYielded) {
            // A generator yielded: back to its YIELD_VALUE, which the loop runs (to a caller or a stop).
            ts.jitYielded = false;
            f.stack[f.sp++] = result;
            f.pc--;
            ts.budget++;
            return f;
        }
        if (result != null) {
            compiled.returnThroughLoop(ts, f, result);
            return f;
        }
        Frame top = ts.top;
        PyException exc;
        if (ts.jitExit == Compiled.CONTINUE) {
            return top;
        } else if (ts.jitExit == Compiled.BLOCKED) {
            if (stop == null || canPark(ts.suspension)) {
                return BLOCKED_MARK;
            }
            exc = blockingInNestedRun(ts.suspension).exception();
            ts.status = ThreadState.Status.RUNNABLE;
            ts.suspension = null;
        } else {
            exc = ts.jitRaised;
            ts.jitRaised = null;
        }
        Frame handler = unwind(ts, top, exc, false, stop);
        return handler != null ? handler : finishWithException(ts, exc, stop);
    }

    /** Instructions between two {@link ThreadState#renewArrays}: a few milliseconds, fewer than a collection takes to promote. */
    private static final long RENEW_ARRAYS_EVERY = 200_000;

    private static final Object YIELD_SLICE = new Object();
    private static final Object BLOCKED_MARK = new Object();
    private static final Object FINISHED_MARK = new Object();

    /**
     * The loop. With {@code stop} null it runs a thread until it yields, blocks or finishes; with
     * a frame it is a nested run that returns that frame's result (or, for a generator frame,
     * its next value, null when exhausted).
     */
    private Object execute(ThreadState ts, long budget, Frame stop) {
        // The instruction count is what the budget lost, added once on the way out: a store to a
        // field on every instruction cost the loop a tenth of its time.
        long granted = budget;
        long paidBefore = debtPaid;
        Frame f = ts.top;
        try {
            if (ts.pending != null) {
                PyRaise pending = ts.pending;
                ts.pending = null;
                f = unwind(ts, f, pending.exception(), false, stop);
                if (f == null) {
                    return finishWithException(ts, pending.exception(), stop);
                }
            }
            // Set when the loop moves to a new frame or a loop's head: the second tier may take over there.
            boolean entering = false;
            outer:
            while (true) {
                if (entering) {
                    entering = false;
                    ts.budget = budget;
                    Object to;
                    try {
                        to = tierUp(ts, f, stop);
                    } finally {
                        // Also when an exception leaves a nested run from compiled code: what it ran is counted.
                        budget = ts.budget;
                    }
                    if (!(to instanceof Frame next)) {
                        return to;
                    }
                    f = next;
                }
                Code code = f.code;
                int[] ops = f.ops;
                PyObject[] stack = f.stack;
                PyObject[] consts = f.consts;
                int base = f.base;
                int sp = f.sp;
                int pc = f.pc;
                try {
                    while (true) {
                        if (--budget < 0) {
                            f.sp = sp;
                            f.pc = pc;
                            ts.top = f;
                            return YIELD_SLICE;
                        }
                        int op = ops[2 * pc];
                        int arg = ops[2 * pc + 1];
                        pc++;
                        switch (op) {
                            case NOP -> { }
                            case POP_TOP -> sp--;
                            case ROT_TWO -> {
                                PyObject t = stack[sp - 1];
                                stack[sp - 1] = stack[sp - 2];
                                stack[sp - 2] = t;
                            }
                            case DUP_TOP -> {
                                stack[sp] = stack[sp - 1];
                                sp++;
                            }
                            case LOAD_CONST -> stack[sp++] = consts[arg];
                            case LOAD_FAST -> {
                                PyObject v = stack[base + arg];
                                if (v == null) {
                                    throw unboundLocal(code.varnames[arg]);
                                }
                                stack[sp++] = v;
                            }
                            case STORE_FAST -> stack[base + arg] = stack[--sp];
                            // Superinstructions (see Superinstructions): each runs its second half
                            // only when the budget has room for a second instruction.
                            case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST -> {
                                PyObject v = stack[base + arg];
                                if (v == null) {
                                    throw unboundLocal(code.varnames[arg]);
                                }
                                stack[sp++] = v;
                                if (budget > 0) {
                                    budget--;
                                    int second = ops[2 * pc + 1];
                                    pc++;
                                    if (op == LOAD_FAST_LOAD_CONST) {
                                        v = consts[second];
                                    } else if ((v = stack[base + second]) == null) {
                                        throw unboundLocal(code.varnames[second]);
                                    }
                                    stack[sp++] = v;
                                }
                            }
                            case BINARY_OP_FAST_FAST, BINARY_OP_FAST_CONST -> {
                                PyObject left = stack[base + arg];
                                if (left == null) {
                                    throw unboundLocal(code.varnames[arg]);
                                }
                                if (budget < 2) {
                                    stack[sp++] = left;
                                    continue;
                                }
                                budget--;
                                int second = ops[2 * pc + 1];
                                pc++;
                                PyObject right;
                                if (op == BINARY_OP_FAST_CONST) {
                                    right = consts[second];
                                } else if ((right = stack[base + second]) == null) {
                                    throw unboundLocal(code.varnames[second]);
                                }
                                budget--;
                                int operator = ops[2 * pc + 1];
                                pc++;
                                PyObject r = Numbers.smallIntBinary(operator, left, right);
                                stack[sp++] = r != null ? r : Ops.binary(this, OPERATORS[operator], left, right);
                            }
                            case COMPARE_FAST_CONST_JUMP, COMPARE_CONST_JUMP -> {
                                PyObject left;
                                if (op == COMPARE_FAST_CONST_JUMP) {
                                    left = stack[base + arg];
                                    if (left == null) {
                                        throw unboundLocal(code.varnames[arg]);
                                    }
                                    if (budget < 3) {
                                        stack[sp++] = left;
                                        continue;
                                    }
                                    budget--;
                                    arg = ops[2 * pc + 1];
                                    pc++;
                                } else if (budget < 2) {
                                    stack[sp++] = consts[arg];
                                    continue;
                                } else {
                                    left = stack[--sp];
                                }
                                PyObject right = consts[arg];
                                budget--;
                                int comparison = ops[2 * pc + 1];
                                pc++;
                                PyObject r = Numbers.smallIntCompare(comparison, left, right);
                                if (r == null) {
                                    r = Ops.compare(this, COMPARES[comparison], left, right);
                                }
                                budget--;
                                int target = ops[2 * pc + 1];
                                pc++;
                                if (r == PyBool.FALSE || r != PyBool.TRUE && !Ops.truthy(this, r)) {
                                    pc = target;
                                }
                            }
                            case STORE_FAST_LOAD_FAST -> {
                                stack[base + arg] = stack[--sp];
                                if (budget > 0) {
                                    budget--;
                                    int second = ops[2 * pc + 1];
                                    pc++;
                                    PyObject v = stack[base + second];
                                    if (v == null) {
                                        throw unboundLocal(code.varnames[second]);
                                    }
                                    stack[sp++] = v;
                                }
                            }
                            case LOAD_GLOBAL -> stack[sp++] = global(f, code, arg);
                            case STORE_GLOBAL -> f.globals.put(code.nameKeys[arg], stack[--sp]);
                            case LOAD_NAME -> stack[sp++] = name(f, code, arg);
                            case STORE_NAME -> f.locals.put(code.nameKeys[arg], stack[--sp]);
                            case LOAD_DEREF -> {
                                PyObject v = f.cells[arg].value;
                                if (v == null) {
                                    throw unboundDeref(code, arg);
                                }
                                stack[sp++] = v;
                            }
                            case STORE_DEREF -> f.cells[arg].value = stack[--sp];
                            case LOAD_ATTR -> stack[sp - 1] = attribute(stack[sp - 1], code, arg);
                            case STORE_ATTR -> {
                                PyObject owner = stack[--sp];
                                PyObject value = stack[--sp];
                                owner.setAttr(this, code.names[arg], value);
                            }
                            case BINARY_SUBSCR -> {
                                PyObject key = stack[--sp];
                                stack[sp - 1] = Ops.getItem(this, stack[sp - 1], key);
                            }
                            case STORE_SUBSCR -> {
                                PyObject key = stack[--sp];
                                PyObject container = stack[--sp];
                                PyObject value = stack[--sp];
                                Ops.setItem(this, container, key, value);
                            }
                            case BINARY_OP, INPLACE_OP, BINARY_OP_STORE_FAST, INPLACE_OP_STORE_FAST -> {
                                PyObject right = stack[--sp];
                                PyObject left = stack[sp - 1];
                                PyObject r = Numbers.smallIntBinary(arg, left, right);
                                if (r == null) {
                                    r = op == BINARY_OP || op == BINARY_OP_STORE_FAST ? Ops.binary(this, OPERATORS[arg], left, right)
                                            : Ops.inplace(this, OPERATORS[arg], left, right);
                                }
                                if ((op == BINARY_OP_STORE_FAST || op == INPLACE_OP_STORE_FAST) && budget > 0) {
                                    budget--;
                                    stack[base + ops[2 * pc + 1]] = r;
                                    stack[--sp] = null;
                                    pc++;
                                } else {
                                    stack[sp - 1] = r;
                                }
                            }
                            case UNARY_OP -> stack[sp - 1] = Ops.unary(this, UNARY[arg], stack[sp - 1]);
                            case COMPARE_OP, COMPARE_OP_POP_JUMP_IF_FALSE -> {
                                PyObject right = stack[--sp];
                                PyObject left = stack[sp - 1];
                                PyObject r = Numbers.smallIntCompare(arg, left, right);
                                if (r == null) {
                                    r = Ops.compare(this, COMPARES[arg], left, right);
                                }
                                if (op == COMPARE_OP_POP_JUMP_IF_FALSE && budget > 0) {
                                    budget--;
                                    int target = ops[2 * pc + 1];
                                    pc++;
                                    stack[--sp] = null;
                                    if (r == PyBool.FALSE || r != PyBool.TRUE && !Ops.truthy(this, r)) {
                                        pc = target;
                                    }
                                } else {
                                    stack[sp - 1] = r;
                                }
                            }
                            case IS_OP -> {
                                PyObject right = stack[--sp];
                                stack[sp - 1] = PyBool.of((stack[sp - 1] == right) != (arg == 1));
                            }
                            case CONTAINS_OP -> {
                                PyObject container = stack[--sp];
                                stack[sp - 1] = PyBool.of(Ops.contains(this, container, stack[sp - 1]) != (arg == 1));
                            }
                            case BUILD_TUPLE -> {
                                PyObject[] items = Arrays.copyOfRange(stack, sp - arg, sp);
                                sp -= arg;
                                stack[sp++] = PyTuple.of(items);
                            }
                            case BUILD_LIST -> {
                                PyObject[] items = Arrays.copyOfRange(stack, sp - arg, sp);
                                sp -= arg;
                                stack[sp++] = new PyList(items);
                            }
                            case LIST_APPEND -> {
                                PyObject v = stack[--sp];
                                ((PyList) stack[sp - arg]).append(v);
                                accountObjects(1);
                            }
                            case UNPACK_SEQUENCE -> {
                                PyObject seq = stack[--sp];
                                PyObject[] items = unpackItems(seq, arg, -1);
                                for (int i = arg - 1; i >= 0; i--) {
                                    stack[sp++] = items[i];
                                }
                            }
                            case JUMP -> {
                                // pc is past the jump: a target before it is a loop's head.
                                if (arg < pc && sliceDebt != 0 && stop == null) {
                                    // A loop's back edge, where both tiers pay the slice's debt (JitSupport.payDebt).
                                    budget = payDebt(budget);
                                }
                                if (arg < pc && warmedUp(code)) {
                                    f.sp = sp;
                                    f.pc = arg;
                                    entering = true;
                                    continue outer;
                                }
                                pc = arg;
                            }
                            case POP_JUMP_IF_FALSE -> {
                                PyObject v = stack[--sp];
                                if (v == PyBool.FALSE || v != PyBool.TRUE && !Ops.truthy(this, v)) {
                                    pc = arg;
                                }
                            }
                            case POP_JUMP_IF_TRUE -> {
                                PyObject v = stack[--sp];
                                if (v == PyBool.TRUE || v != PyBool.FALSE && Ops.truthy(this, v)) {
                                    pc = arg;
                                }
                            }
                            case JUMP_IF_FALSE_OR_POP -> {
                                if (!Ops.truthy(this, stack[sp - 1])) {
                                    pc = arg;
                                } else {
                                    sp--;
                                }
                            }
                            case JUMP_IF_TRUE_OR_POP -> {
                                if (Ops.truthy(this, stack[sp - 1])) {
                                    pc = arg;
                                } else {
                                    sp--;
                                }
                            }
                            case GET_ITER -> stack[sp - 1] = Ops.iter(this, stack[sp - 1]);
                            case FOR_ITER, FOR_ITER_STORE_FAST -> {
                                PyObject it = stack[sp - 1];
                                if (it instanceof PyGenerator g && stop == null) {
                                    if (g.exhausted) {
                                        stack[--sp] = null;
                                        pc = arg;
                                        continue;
                                    }
                                    if (g.running) {
                                        throw PyErrors.valueError("generator already executing");
                                    }
                                    // Resume the generator as a frame of this thread, so it may block.
                                    f.sp = sp;
                                    f.pc = pc;
                                    g.loopExit = arg;
                                    f = g.enter(ts, f, PyNone.NONE);
                                    entering = warmedUp(f.code);
                                    continue outer;
                                }
                                PyObject next = Ops.next(this, it);
                                if (next == null) {
                                    stack[--sp] = null;
                                    pc = arg;
                                } else if (op == FOR_ITER_STORE_FAST && budget > 0) {
                                    budget--;
                                    stack[base + ops[2 * pc + 1]] = next;
                                    pc++;
                                } else {
                                    stack[sp++] = next;
                                }
                            }
                            case LOAD_METHOD -> loadMethod(code, arg, stack, sp++);
                            case CALL, CALL_KW, CALL_EX, CALL_METHOD -> {
                                if (op == CALL || op == CALL_METHOD) {
                                    PyObject self = op == CALL ? null : stack[sp - arg - 1];
                                    int callableAt = op == CALL ? sp - arg - 1 : sp - arg - 2;
                                    Frame next = calls.simpleCall(ts, stack[callableAt], self, stack, sp - arg, arg);
                                    if (next != null) {
                                        // Slots above sp are dead; the meter and fork read only below it.
                                        sp = callableAt;
                                        f.sp = sp;
                                        f.pc = pc;
                                        next.back = f;
                                        f = next;
                                        entering = warmedUp(next.code);
                                        continue outer;
                                    }
                                }
                                PyObject callable;
                                PyObject[] args;
                                String[] kwnames;
                                // A builtin method called on its own type's object (d.get(k), s.split()):
                                // its function is given self and the arguments, with no array to unpack.
                                PyObject boundSelf = null;
                                if (op == CALL) {
                                    args = Arrays.copyOfRange(stack, sp - arg, sp);
                                    kwnames = PyBuiltin.NO_KEYWORDS;
                                    sp -= arg;
                                } else if (op == CALL_METHOD) {
                                    PyObject self = stack[sp - arg - 1];
                                    if (self == null) {
                                        args = Arrays.copyOfRange(stack, sp - arg, sp);
                                    } else if (stack[sp - arg - 2] instanceof PyBuiltin b && b.isMethod() && self.type() == b.owner()) {
                                        boundSelf = self;
                                        args = Arrays.copyOfRange(stack, sp - arg, sp);
                                    } else {
                                        args = new PyObject[arg + 1];
                                        args[0] = self;
                                        System.arraycopy(stack, sp - arg, args, 1, arg);
                                    }
                                    kwnames = PyBuiltin.NO_KEYWORDS;
                                    sp -= arg + 1;
                                } else {
                                    Calls.CallArguments call = Calls.callArguments(op, arg, stack, sp);
                                    args = call.args();
                                    kwnames = call.kwnames();
                                    sp = call.start();
                                }
                                callable = stack[--sp];
                                stack[sp] = null;
                                Frame next = boundSelf != null ? null : calls.frameForCall(ts, callable, args, kwnames);
                                if (next != null) {
                                    f.sp = sp;
                                    f.pc = pc;
                                    next.back = f;
                                    f = next;
                                    entering = warmedUp(next.code);
                                    continue outer;
                                }
                                f.sp = sp;
                                f.pc = pc;
                                callingFrame = f;
                                PyObject result;
                                try {
                                    result = boundSelf != null ? ((PyBuiltin) callable).callBound(this, boundSelf, args, kwnames)
                                            : callable.call(this, args, kwnames);
                                } catch (BlockSignal block) {
                                    if (stop != null && !canPark(block.suspension())) {
                                        throw blockingInNestedRun(block.suspension());
                                    }
                                    ts.top = f;
                                    ts.status = ThreadState.Status.BLOCKED;
                                    ts.suspension = block.suspension();
                                    return BLOCKED_MARK;
                                }
                                stack[sp++] = result;
                            }
                            case RETURN_VALUE -> {
                                PyObject result = stack[--sp];
                                f.sp = sp;
                                f.pc = pc;
                                if (f.generator != null) {
                                    PyGenerator g = f.generator;
                                    g.exhausted = true;
                                    g.running = false;
                                    g.returnValue = result;
                                    if (f == stop) {
                                        return null;
                                    }
                                    Frame caller = f.back;
                                    f.back = null;
                                    ts.depth--;
                                    caller.stack[--caller.sp] = null;
                                    caller.pc = g.loopExit;
                                    f = caller;
                                    continue outer;
                                }
                                if (f.instance != null) {
                                    if (result != PyNone.NONE) {
                                        throw PyErrors.typeError("__init__() should return None, not '" + result.type().name() + "'");
                                    }
                                    result = f.instance;
                                }
                                if (f == stop) {
                                    ts.depth--;
                                    return result;
                                }
                                Frame caller = f.back;
                                if (f.signalFrame) {
                                    // A handler returned: its value is dropped; an interrupted call sleeps again.
                                    f.back = null;
                                    ts.depth--;
                                    if (f.interrupted != null) {
                                        ts.top = caller;
                                        ts.status = ThreadState.Status.BLOCKED;
                                        ts.suspension = f.interrupted;
                                        return BLOCKED_MARK;
                                    }
                                    f = caller;
                                    continue outer;
                                }
                                if (caller == null) {
                                    ts.result = result;
                                    ts.status = ThreadState.Status.FINISHED;
                                    ts.top = null;
                                    return FINISHED_MARK;
                                }
                                ts.depth--;
                                if (f.base == 0 && f.stack.length >= ThreadState.CHUNK) {
                                    // The first frame of a chunk of frames: the chunk is free again.
                                    ts.spareChunk = f.stack;
                                }
                                caller.stack[caller.sp++] = result;
                                f = caller;
                                continue outer;
                            }
                            case YIELD_VALUE -> {
                                PyObject value = stack[--sp];
                                f.sp = sp;
                                f.pc = pc;
                                PyGenerator g = f.generator;
                                g.running = false;
                                if (f == stop) {
                                    return value;
                                }
                                Frame caller = f.back;
                                f.back = null;
                                ts.depth--;
                                caller.stack[caller.sp++] = value;
                                f = caller;
                                continue outer;
                            }
                            case SETUP_FINALLY -> f.pushBlock(Frame.BLOCK_TRY, arg, sp);
                            case POP_BLOCK -> f.blockCount--;
                            case RERAISE -> {
                                PyException exc = (PyException) stack[--sp];
                                f.sp = sp;
                                f.pc = pc;
                                f = unwind(ts, f, exc, true, stop);
                                if (f == null) {
                                    return finishWithException(ts, exc, stop);
                                }
                                continue outer;
                            }
                            case RAISE_VARARGS -> {
                                PyException exc;
                                boolean reraise = false;
                                if (arg == 0) {
                                    if (ts.handled.isEmpty()) {
                                        throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
                                    }
                                    exc = ts.handled.getLast();
                                    reraise = true;
                                } else {
                                    PyObject cause = arg == 2 ? stack[--sp] : null;
                                    exc = exceptionFrom(stack[--sp], "exceptions must derive from BaseException");
                                    if (cause != null) {
                                        exc.setCause(cause == PyNone.NONE ? null
                                                : exceptionFrom(cause, "exception causes must derive from BaseException"));
                                    }
                                }
                                f.sp = sp;
                                f.pc = pc;
                                f = unwind(ts, f, exc, reraise, stop);
                                if (f == null) {
                                    return finishWithException(ts, exc, stop);
                                }
                                continue outer;
                            }
                            default -> {
                                f.pc = pc;
                                sp = RareInstructions.execute(this, ts, f, op, arg, sp);
                            }
                        }
                    }
                } catch (NestedEscape e) {
                    throw e;
                } catch (PyRaise e) {
                    f.sp = Math.max(f.stackBase(), Math.min(sp, f.end()));
                    f.pc = pc;
                    f = unwind(ts, f, e.exception(), false, stop);
                    if (f == null) {
                        return finishWithException(ts, e.exception(), stop);
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    f.sp = f.stackBase();
                    f.pc = pc;
                    PyException exc = asPython(e);
                    f = unwind(ts, f, exc, false, stop);
                    if (f == null) {
                        return finishWithException(ts, exc, stop);
                    }
                }
            }
        } finally {
            // What paid the slice's debt was counted where the debt was made.
            instructions += granted - Math.max(0, budget) - (debtPaid - paidBefore);
        }
    }

    /**
     * Whether a call that blocked in a nested run (Python code a builtin called) can wait there:
     * inside a slice's continuation, which parks (see {@link Parking}), unless the call copies the
     * process — os.fork() cannot copy the builtin's Java frames.
     */
    private boolean canPark(Suspension suspension) {
        return Parking.AVAILABLE && running != null && !suspension.copiesProcess() && Parking.inSlice();
    }

    /** A call blocked in Python code a builtin called, where it cannot wait. */
    private static PyRaise blockingInNestedRun(Suspension suspension) {
        if (suspension.copiesProcess()) {
            return PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "os.fork() cannot run inside a function called by a builtin "
                    + "(such as __repr__, a sort key or a generator consumed by list()): call it from plain Python code");
        }
        return PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "a blocking call cannot run inside a function called by a builtin "
                + "(such as __repr__, a sort key or __init__ of an exception)");
    }

    /**
     * The Python exception a Java one out of an instruction becomes, in either tier: a blocking
     * call where none can wait, a Java stack too deep, and a bug of ours — which must never
     * escape to the host — a SystemError.
     */
    static PyException asPython(Throwable e) {
        return switch (e) {
            case PyRaise r -> r.exception();
            case BlockSignal b -> PyException.of(ExceptionTypes.RUNTIME_ERROR, "a blocking call cannot run here");
            case StackOverflowError o -> PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            case OutOfMemoryError o -> outOfMemory(o);
            default -> PyException.of(ExceptionTypes.SYSTEM_ERROR, "internal error in Enchufe's Python: " + e);
        };
    }

    /**
     * The JVM could not make an object the program asked for. Every allocation a program
     * controls is charged to its memory limit first, so this is either one request too big for
     * the heap although the heap is fine (the program's MemoryError, as CPython's malloc failing)
     * or the whole server's heap gone — which no program may hide: then the Error goes on to the
     * host, whose business it is.
     */
    private static PyException outOfMemory(OutOfMemoryError e) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (free < rt.maxMemory() / 8) {
            throw e;
        }
        return PyException.of(ExceptionTypes.MEMORY_ERROR, "");
    }

    private Object finishWithException(ThreadState ts, PyException exc, Frame stop) {
        if (stop != null) {
            // Thrown from inside the loop's own try: a distinct type, so the loop does not catch it.
            throw new NestedEscape(new PyRaise(exc));
        }
        ts.uncaught = exc;
        ts.status = ThreadState.Status.FINISHED;
        ts.top = null;
        return FINISHED_MARK;
    }

    /**
     * Looks for a handler for {@code exc}, starting in {@code f} and walking out through callers,
     * recording the traceback on the way. Returns the frame to continue in, or null when the
     * exception leaves the thread (or the nested run that {@code stop} began).
     */
    private Frame unwind(ThreadState ts, Frame f, PyException exc, boolean reraise, Frame stop) {
        if (!reraise) {
            if (exc.context() == null && !ts.handled.isEmpty() && ts.handled.getLast() != exc) {
                exc.setContext(ts.handled.getLast());
            }
            exc.traceback().add(traceEntry(f));
        }
        while (true) {
            while (f.blockCount > 0) {
                f.blockCount--;
                int kind = f.blocks[f.blockCount * 3];
                int handler = f.blocks[f.blockCount * 3 + 1];
                int depth = f.blocks[f.blockCount * 3 + 2];
                if (kind == Frame.BLOCK_HANDLER) {
                    ts.handled.removeLast();
                    continue;
                }
                Arrays.fill(f.stack, depth, f.end(), null);
                f.sp = depth;
                f.stack[f.sp++] = exc;
                f.pc = handler;
                ts.top = f;
                return f;
            }
            if (f.generator != null) {
                f.generator.exhausted = true;
                f.generator.running = false;
            }
            if (f == stop) {
                ts.depth--;
                return null;
            }
            Frame caller = f.back;
            f.back = null;
            if (caller == null) {
                return null;
            }
            ts.depth--;
            f = caller;
            exc.traceback().add(traceEntry(f));
        }
    }

    private static PyException.TraceEntry traceEntry(Frame f) {
        int pc = Math.max(0, f.pc - 1);
        int[] span = f.code.span(pc);
        return new PyException.TraceEntry(f.code.filename, f.code.line(pc), f.code.name, span[0], span[1], span[2]);
    }

    static final Operator[] OPERATORS = Operator.values();
    static final Expr.UnaryKind[] UNARY = Expr.UnaryKind.values();
    static final Ops.Compare[] COMPARES = {
        Ops.Compare.EQ, Ops.Compare.NE, Ops.Compare.LT, Ops.Compare.LE, Ops.Compare.GT, Ops.Compare.GE};

    PyRaise unboundLocal(String name) {
        return PyErrors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    PyRaise unboundDeref(Code code, int index) {
        if (index < code.cellvars.length) {
            return unboundLocal(code.cellvars[index]);
        }
        String name = code.freevars[index - code.cellvars.length];
        return PyErrors.raise(ExceptionTypes.NAME_ERROR, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    /** LOAD_GLOBAL: the global (or builtin) {@code code.names[arg]}, through the instruction's cache. */
    PyObject global(Frame f, Code code, int arg) {
        Code.CachedGlobal cached = code.globalCache[arg];
        PyObject v = cached == null ? null : cached.valueIn(f.globals, builtins);
        return v != null ? v : lookUpGlobal(f, arg);
    }

    /** LOAD_NAME: {@code code.names[arg]} in the frame's locals dict, else a global or builtin. */
    PyObject name(Frame f, Code code, int arg) {
        PyObject v = f.locals.get(code.nameKeys[arg]);
        return v != null ? v : loadGlobal(f, code.nameKeys[arg]);
    }

    /** LOAD_ATTR: {@code owner.names[arg]}. */
    PyObject attribute(PyObject owner, Code code, int arg) {
        return owner instanceof PyModule m ? moduleAttribute(m, code, arg) : owner.getAttr(this, code.names[arg]);
    }

    /**
     * LOAD_METHOD on the owner at {@code stack[top - 1]}: leaves the unbound method and the owner
     * in {@code top - 1} and {@code top}, or the attribute and null.
     */
    void loadMethod(Code code, int arg, PyObject[] stack, int top) {
        PyObject owner = stack[top - 1];
        if (owner instanceof PyModule m) {
            stack[top - 1] = moduleAttribute(m, code, arg);
            stack[top] = null;
            return;
        }
        Code.CachedMethod cached = code.methodCache[arg];
        PyObject method = cached != null && cached.type() == owner.type() ? cached.method() : unboundMethod(code, arg, owner);
        if (method != null) {
            stack[top - 1] = method;
            stack[top] = owner;
        } else {
            stack[top - 1] = attribute(owner, code, arg);
            stack[top] = null;
        }
    }

    /** LOAD_GLOBAL when its cache is empty or stale: looks the name up and caches what it found. */
    private PyObject lookUpGlobal(Frame f, int index) {
        Code code = f.code;
        int globalsVersion = f.globals.version();
        int builtinsVersion = builtins.version();
        PyObject v = loadGlobal(f, code.nameKeys[index]);
        code.globalCache[index] = new Code.CachedGlobal(f.globals, globalsVersion, builtins, builtinsVersion, v);
        return v;
    }

    /** A name in the globals, else the builtins, else NameError (with where "Did you mean" looks). */
    private PyObject loadGlobal(Frame f, PyStr key) {
        PyObject v = f.globals.get(key);
        if (v == null) {
            v = builtins.get(key);
            if (v == null) {
                PyRaise error = PyErrors.nameError(key.value());
                PyObject[] locals = new PyObject[f.code.varnames.length];
                for (int i = 0; i < locals.length; i++) {
                    locals[i] = PyStr.of(f.code.varnames[i]);
                }
                // Where "Did you mean …?" looks, in CPython's order: locals, globals, builtins.
                error.exception().setAttr("__scopes__", PyTuple.of(PyTuple.of(locals), f.globals, builtins));
                throw error;
            }
        }
        return v;
    }

    /** {@code a, b = seq} ({@code starAt} < 0) or with a starred target: the items, or CPython's unpacking errors. */
    public PyObject[] unpackItems(PyObject seq, int count, int starAt) {
        PyObject[] items;
        try {
            items = Ops.toArray(this, seq);
        } catch (PyRaise e) {
            if (e.exception().type() == ExceptionTypes.TYPE_ERROR && seq.type().isBuiltin() && !(seq instanceof PyInstance)) {
                throw PyErrors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        if (starAt < 0) {
            if (items.length > count) {
                throw PyErrors.valueError("too many values to unpack (expected " + count + ")");
            }
            if (items.length < count) {
                throw PyErrors.valueError("not enough values to unpack (expected " + count + ", got " + items.length + ")");
            }
        } else if (items.length < count) {
            throw PyErrors.valueError("not enough values to unpack (expected at least " + count + ", got " + items.length + ")");
        }
        return items;
    }

    boolean exceptionMatches(PyException exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                if (exceptionMatches(exc, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType cls) || !cls.isException()) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(cls);
    }

    private PyException exceptionFrom(PyObject value, String message) {
        if (value instanceof PyType t && t.isException()) {
            PyObject made = call(t, new PyObject[0], PyBuiltin.NO_KEYWORDS);
            if (made instanceof PyException e) {
                return e;
            }
            throw PyErrors.typeError("calling " + Ops.repr(this, t) + " should have returned an instance of BaseException, not "
                    + made.type().name());
        }
        if (value instanceof PyException e) {
            return e;
        }
        throw PyErrors.typeError(message);
    }

    // ---------------------------------------------------------------- calls

    /**
     * The method {@code obj.name} would bind, when it can be called unbound with obj as its first
     * argument: a function on the class of an instance that does not shadow it, or a builtin
     * method of a builtin container or str. Null sends LOAD_METHOD down the ordinary getattr.
     */
    private static PyObject unboundMethod(Code code, int index, PyObject obj) {
        String name = code.names[index];
        if (obj instanceof PyInstance instance) {
            PyType type = instance.type();
            if (instance.attrs().containsKey(name) || type.hooks().getattribute()) {
                return null;
            }
            return type.lookup(name) instanceof PyFunction f ? f : null;
        }
        if (obj instanceof PyStr || obj instanceof PyList || obj instanceof PyDict || obj instanceof PyTuple
                || obj instanceof PySet || obj instanceof org.enchufe.lang.runtime.PyBytesLike) {
            if (obj.type().lookup(name) instanceof PyBuiltin b && b.isMethod()) {
                code.methodCache[index] = new Code.CachedMethod(obj.type(), b);
                return b;
            }
        }
        return null;
    }

    /** {@code module.name}, through the instruction's cache, else by the name's str key. */
    private PyObject moduleAttribute(PyModule module, Code code, int index) {
        PyDict dict = module.dict();
        Code.CachedAttribute cached = code.moduleCache[index];
        PyObject value = cached == null ? null : cached.valueIn(dict);
        if (value != null) {
            return value;
        }
        int version = dict.version();
        value = dict.get(code.nameKeys[index]);
        if (value == null) {
            return module.getAttr(this, code.names[index]);
        }
        code.moduleCache[index] = new Code.CachedAttribute(dict, version, value);
        return value;
    }

    // ---------------------------------------------------------------- calls (Calls) and nested runs

    /** Calls any callable from Java and returns its result; Python code runs in a nested loop. */
    public PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        return calls.call(callable, args, kwnames);
    }

    /** Creates an instance of a class the program defined and runs its __init__. */
    public PyObject instantiate(PyType cls, PyObject[] args, String[] kwnames) {
        return Instantiation.instantiate(this, cls, args, kwnames);
    }

    /** Runs a class body with a fresh namespace: the first half of {@code class X: …}. */
    public PyObject runClassBody(PyFunction body, PyDict namespace) {
        return calls.runClassBody(body, namespace);
    }

    /** super() without arguments: the class whose method is running, and its first argument. */
    public PyObject[] zeroArgumentSuper() {
        return calls.zeroArgumentSuper();
    }

    /**
     * A builtin a builtin called must wait (iter(input, ''), map(time.sleep, …)): it waits here,
     * so the caller gets this call's result, not the thread's resumed value.
     */
    PyObject waitUnder(BlockSignal block) {
        if (running == null || !Parking.AVAILABLE) {
            throw block;
        }
        if (!canPark(block.suspension())) {
            throw blockingInNestedRun(block.suspension());
        }
        return waitUnderBuiltin(block.suspension());
    }

    /**
     * Parks the running slice in a call a builtin made to another builtin, which has no frame to
     * wait in, until the kernel resumes it; returns the call's result or raises its error. A
     * signal handler the kernel runs meanwhile runs here, and an interrupted call sleeps again.
     */
    private PyObject waitUnderBuiltin(Suspension suspension) {
        ThreadState root = running;
        ThreadState wait = new ThreadState(null);
        wait.nested = true;
        wait.status = ThreadState.Status.BLOCKED;
        wait.suspension = suspension;
        while (true) {
            park(root, wait);
            if (wait.top != null) {
                Frame handler = wait.top;
                try {
                    runInChunks(wait, handler);
                } catch (NestedEscape e) {
                    throw e.raise;
                } finally {
                    wait.top = null;
                }
                if (handler.interrupted != null) {
                    wait.status = ThreadState.Status.BLOCKED;
                    wait.suspension = handler.interrupted;
                    continue;
                }
            }
            if (wait.pending != null) {
                PyRaise error = wait.pending;
                wait.pending = null;
                throw error;
            }
            return wait.result;
        }
    }

    /** Runs {@code frame} to its return in a nested loop (Python code called from Java); returns its result. */
    PyObject runNested(Frame frame) {
        if (++nativeDepth > limits.maxDepth()) {
            nativeDepth--;
            throw PyErrors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        ThreadState nested = new ThreadState(frame);
        nested.nested = true;
        nested.depth = nativeDepth;
        try {
            return runInChunks(nested, frame);
        } catch (NestedEscape e) {
            throw e.raise;
        } finally {
            nativeDepth--;
        }
    }

    /** Runs {@code nested} (a generator's frame resumed from Java) in a nested loop to {@code stop}'s next value or return. */
    PyObject runNested(ThreadState nested, Frame stop) {
        try {
            return runInChunks(nested, stop);
        } catch (NestedEscape e) {
            throw e.raise;
        }
    }

    /** Instructions a nested run goes between looks at the stop request. */
    static final long NESTED_CHUNK = 10_000;

    /**
     * A nested run of {@code nested} to {@code stop}'s return, {@value #NESTED_CHUNK} instructions
     * at a time so a stop request is seen even in Python code a builtin called (an endless
     * __repr__ held a worker for good); its instructions become the slice's debt, so the slice
     * that called the builtin ends as if it had run them itself.
     */
    private PyObject runInChunks(ThreadState nested, Frame stop) {
        long debtBefore = sliceDebt;
        long before = instructions;
        ThreadState root = running;
        long othersBefore = 0;
        if (root != null) {
            othersBefore = root.othersRan;
            root.nestedRuns.add(nested);
        }
        try {
            while (true) {
                Object r = execute(nested, NESTED_CHUNK, stop);
                if (r == BLOCKED_MARK) {
                    park(root, nested);
                    continue;
                }
                if (r != YIELD_SLICE) {
                    return (PyObject) r;
                }
                if (pendingStop != null) {
                    try {
                        stopNow();
                    } catch (PyRaise interrupt) {
                        // KeyboardInterrupt comes out of the Python code running, which may catch it.
                        nested.pending = interrupt;
                    }
                }
            }
        } finally {
            if (root != null) {
                root.nestedRuns.removeLast();
                before += root.othersRan - othersBefore;
            }
            sliceDebt = debtBefore + (instructions - before);
        }
    }

    /**
     * A nested run of {@code root}'s blocked: its slice's continuation parks, so the thread waits
     * (run returns BLOCKED, the kernel sees the nested run's suspension) with the builtins' Java
     * frames kept, and this returns when the kernel has resumed the thread and run it again.
     */
    private void park(ThreadState root, ThreadState nested) {
        root.parked = nested;
        root.status = ThreadState.Status.BLOCKED;
        long mark = instructions;
        long paid = debtPaid;
        boolean parked = Parking.park();
        root.parked = null;
        if (!parked) {
            // The JVM could not keep these Java frames: the call fails in the nested run instead.
            nested.status = ThreadState.Status.RUNNABLE;
            nested.pending = blockingInNestedRun(nested.suspension);
            nested.suspension = null;
            return;
        }
        // Other threads ran meanwhile: their instructions are not this run's, their paid debt not this slice's.
        root.othersRan += instructions - mark;
        debtPaid = paid;
    }

    // ---------------------------------------------------------------- fork (Forked)

    /** A copy of this interpreter and of one of its threads, for os.fork(). */
    public Forked fork(ThreadState thread) {
        return Forked.of(this, thread);
    }

    /**
     * A copy of this interpreter's own state, through {@code forker} (which keeps shared objects
     * shared): its builtins, modules, sources, argv, counts and charges, and no threads yet.
     */
    Interpreter copyFor(Forker forker) {
        Interpreter copy = new Interpreter(stdout, stderr, limits, imports.registry());
        copy.builtins = forker.copy(builtins);
        imports.copyInto(copy.imports, forker);
        copy.argv = forker.copyAll(argv);
        copy.instructions = instructions;
        copy.accounting.inherit(accounting);
        copy.jitThreshold = jitThreshold;
        copy.intMaxStrDigits = intMaxStrDigits;
        copy.compiledFunctions = compiledFunctions;
        return copy;
    }

    /** Adds a thread copied into this interpreter by a fork. */
    void adopt(ThreadState thread) {
        threads.add(thread);
    }

    /** An exception leaving a nested run, carried past the loop's own handlers to its caller. */
    static final class NestedEscape extends RuntimeException {
        final PyRaise raise;

        NestedEscape(PyRaise raise) {
            super(null, null, false, false);
            this.raise = raise;
        }
    }

}
