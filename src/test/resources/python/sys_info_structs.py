# sys's named tuples: what a program reads to know the float and int ranges, the hash, the flags.
import sys

print(sys.flags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.dev_mode,
      sys.flags.int_max_str_digits, sys.flags[0], len(sys.flags))
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info.dig,
      sys.float_info[7], 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.hash_info[:5], sys.hash_info.width, type(sys.hash_info.algorithm).__name__, len(sys.hash_info))
print(hash(float("inf")) == sys.hash_info.inf, hash(2 ** 61 - 1) == 0, sys.hash_info.modulus == 2 ** 61 - 1,
      hash(complex(0, 1)) == sys.hash_info.imag if hasattr(__builtins__, "complex") else True)
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.thread_info.name, sys.thread_info.lock)
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
major, minor, *_ = sys.version_info
print(major, minor, type(sys.version_info).__name__, isinstance(sys.float_info, tuple))
print(type(sys.flags), type(sys.float_info), type(sys.hash_info), type(sys.int_info), type(sys.thread_info))
print(type(sys.float_info)(tuple(sys.float_info)) == sys.float_info)


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("type(sys.flags)()", lambda: type(sys.flags)())
attempt("type(sys.version_info)((3, 12, 0, 'final', 0))", lambda: type(sys.version_info)((3, 12, 0, "final", 0)))
attempt("type(sys.float_info)(range(20))", lambda: type(sys.float_info)(range(20)))
attempt("type(sys.int_info)((1, 2))", lambda: type(sys.int_info)((1, 2)))
attempt("sys.float_info.max = 1", lambda: setattr(sys.float_info, "max", 1))
attempt("sys.flags.verbose = 1", lambda: setattr(sys.flags, "verbose", 1))
attempt("sys.version_info.colour", lambda: sys.version_info.colour)
attempt("sys.float_info[11]", lambda: sys.float_info[11])
