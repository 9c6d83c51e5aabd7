# The sys constants a program prints or branches on.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.maxunicode, hex(sys.hexversion), sys.hexversion >= 0x030B0000, sys.api_version, repr(sys.abiflags))
print(sys.float_repr_style, sys.platlibdir, sys.warnoptions, sys.is_finalizing())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.copyright.splitlines()[0])
print(len(sys.orig_argv) == len(sys.argv) + 1, "python" in sys.orig_argv[0])
print(chr(sys.maxunicode) == "\U0010ffff", sys.byteorder, sys.platform)
