# builtin_module_names and stdlib_module_names: what a program may check before importing.
import sys

print(type(sys.builtin_module_names).__name__, type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
for name in ("sys", "time", "errno", "builtins"):
    print(name, name in sys.builtin_module_names)
for name in ("socket", "select", "os", "struct", "re", "time", "threading", "asyncio", "enchufe", "numpy"):
    print(name, name in sys.stdlib_module_names)
print(sorted(sys.stdlib_module_names)[:5], sorted(sys.stdlib_module_names)[-3:])
print(all(isinstance(n, str) for n in sys.builtin_module_names), list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(type(sys.implementation).__name__, hasattr(sys.implementation, "name"), hasattr(sys.implementation, "cache_tag"))
