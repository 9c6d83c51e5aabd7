package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** {@code range(start, stop, step)} over longs. */
public final class PyRange extends PyObject {

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return PyType.RANGE;
    }

    public long length() {
        return length;
    }

    public long at(long i) {
        return start + i * step;
    }

    @Override
    public String repr(Interpreter in) {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean truthy(Interpreter in) {
        return length > 0;
    }

    @Override
    public int len(Interpreter in) {
        if (length > Integer.MAX_VALUE) {
            throw PyErrors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, (int) Math.min(length, Integer.MAX_VALUE));
            return new PyRange(at(r[0]), at(r[0]) + (long) r[3] * step * r[2], step * r[2]);
        }
        return PyInt.of(at(Sequences.index(in, key, (int) Math.min(length, Integer.MAX_VALUE), "range object")));
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new RangeIterator(this);
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        if (item instanceof PyInt i && !(item instanceof PyBool) && i.isSmall()) {
            long v = i.asLong();
            if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
                return false;
            }
            return (v - start) % step == 0;
        }
        return super.contains(in, item);
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyRange r && r.length == length && (length == 0 || r.start == start && (length == 1 || r.step == step));
    }

    @Override
    public long hash(Interpreter in) {
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash(in);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "start" -> PyInt.of(start);
            case "stop" -> PyInt.of(stop);
            case "step" -> PyInt.of(step);
            default -> super.getAttr(in, name);
        };
    }

    /** The iterator over a range: just a position, so fork copies it exactly. */
    static final class RangeIterator extends PyIterator {
        private final PyRange range;
        private long index;

        RangeIterator(PyRange range) {
            super("range_iterator");
            this.range = range;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (index >= range.length) {
                return null;
            }
            return PyInt.of(range.at(index++));
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            RangeIterator copy = new RangeIterator(range);
            copy.index = index;
            return fork.remember(this, copy);
        }
    }

    static {
        PyType.RANGE.withConstructor((in, type, args, kw) -> {
            Args.noKeywords("range", kw);
            if (args.length == 0) {
                throw PyErrors.typeError("range expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw PyErrors.typeError("range expected at most 3 arguments, got " + args.length);
            }
            long[] v = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                if (!(args[i] instanceof PyInt)) {
                    throw PyErrors.typeError("'" + args[i].type().name() + "' object cannot be interpreted as an integer");
                }
                v[i] = ((PyInt) args[i]).asLong();
            }
            if (v.length == 3 && v[2] == 0) {
                throw PyErrors.valueError("range() arg 3 must not be zero");
            }
            return switch (v.length) {
                case 1 -> new PyRange(0, v[0], 1);
                case 2 -> new PyRange(v[0], v[1], 1);
                default -> new PyRange(v[0], v[1], v[2]);
            };
        });
        PyType.RANGE.method("index", (in, self, a, k) -> {
            PyObject x = Args.one("index", a, k);
            PyRange r = (PyRange) self;
            if (!r.contains(in, x)) {
                throw PyErrors.valueError(Ops.repr(in, x) + " is not in range");
            }
            return PyInt.of((((PyInt) x).asLong() - r.start) / r.step);
        });
        PyType.RANGE.method("count", (in, self, a, k) -> PyInt.of(((PyRange) self).contains(in, Args.one("count", a, k)) ? 1 : 0));
    }
}
