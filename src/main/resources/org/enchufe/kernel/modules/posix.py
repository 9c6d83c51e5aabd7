# What os and signal write in Python over the kernel's calls (PosixHelper.java loads it once per
# process): the struct sequences CPython's posixmodule.c and signalmodule.c return, os.environ and
# os.environb over one per-process environment (a fork copies it with the heap), and os.PathLike.
# Enchufe cannot subclass tuple, so a struct sequence indexes, iterates and compares like one.


def _sequence_argument(args, kwargs):
    """structseq(sequence, dict=None)'s arguments, refused in CPython's words."""
    if len(args) + len(kwargs) > 2:
        raise TypeError(f'structseq() takes at most 2 arguments ({len(args) + len(kwargs)} given)')
    if args:
        sequence = args[0]
    elif 'sequence' in kwargs:
        sequence = kwargs['sequence']
    else:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    for name in kwargs:
        if name not in ('sequence', 'dict'):
            raise TypeError(f"'{name}' is an invalid keyword argument for structseq()")
    try:
        return tuple(sequence)
    except TypeError:
        raise TypeError('constructor requires a sequence') from None


class _StructSeq:
    _module = 'os'
    _fields = ()
    _visible = None

    def __init__(self, *args, **kwargs):
        values = _sequence_argument(args, kwargs)
        visible = self._visible if self._visible is not None else len(self._fields)
        if len(values) < visible or len(values) > len(self._fields):
            name = self._module + '.' + type(self).__name__
            if visible == len(self._fields):
                raise TypeError(f'{name}() takes a {visible}-sequence ({len(values)}-sequence given)')
            raise TypeError(f'{name}() takes an at least {visible}-sequence ({len(values)}-sequence given)')
        self._values = values + (None,) * (len(self._fields) - len(values))

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError(f"'{self._module}.{type(self).__name__}' object has no attribute '{name}'")

    def _shown(self):
        visible = self._visible if self._visible is not None else len(self._fields)
        return self._values[:visible]

    def __getitem__(self, index):
        return self._shown()[index]

    def __len__(self):
        return len(self._shown())

    def __iter__(self):
        return iter(self._shown())

    def __eq__(self, other):
        if isinstance(other, _StructSeq):
            return self._shown() == other._shown()
        return self._shown() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._shown())

    def __repr__(self):
        names = self._fields[:self._visible if self._visible is not None else len(self._fields)]
        return (self._module + '.' + type(self).__name__ + '('
                + ', '.join(f'{n}={v!r}' for n, v in zip(names, self._shown())) + ')')


class uname_result(_StructSeq):
    _module = 'posix'
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0


class times_result(_StructSeq):
    _module = 'posix'
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0


class waitid_result(_StructSeq):
    _module = 'posix'
    _fields = ('si_pid', 'si_uid', 'si_signo', 'si_status', 'si_code')
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0


class terminal_size(_StructSeq):
    _module = 'os'
    _fields = ('columns', 'lines')
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __init__(self, *args, **kwargs):
        values = _sequence_argument(args, kwargs)
        if len(values) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)')
        self._values = values


class stat_result(_StructSeq):
    # The first ten as a tuple (st_atime… as whole seconds at 7–9), the rest by name only.
    _module = 'os'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')
    _visible = 10
    n_fields = 19
    n_sequence_fields = 10
    n_unnamed_fields = 3

    def _shown(self):
        values = self._values[:10]
        return values[:7] + tuple(int(t) if t is not None else None for t in values[7:10])

    def __repr__(self):
        names = self._fields[:10]
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self._shown())) + ')'


class struct_siginfo(_StructSeq):
    _module = 'signal'
    _fields = ('si_signo', 'si_code', 'si_errno', 'si_pid', 'si_uid', 'si_status', 'si_band')
    n_fields = n_sequence_fields = 7
    n_unnamed_fields = 0


class struct_rusage(_StructSeq):
    _module = 'resource'
    _fields = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
               'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
               'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')
    n_fields = n_sequence_fields = 16
    n_unnamed_fields = 0


class PathLike:
    """Abstract base class for implementing the file system path protocol."""
    __module__ = 'os'

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError(f'{cls.__name__}() takes no arguments')
        if cls.__fspath__ is PathLike.__fspath__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method __fspath__")
        return object.__new__(cls)

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


# The environment a sandbox process starts with (docs/language.md lists it): a student's login
# shell on a small Linux machine. Kept as bytes, as CPython keeps it; os.environ shows it as str.
def _encode(value):
    return value.encode('utf-8', 'surrogateescape')


def _decode(value):
    return value.decode('utf-8', 'surrogateescape')


_START = {
    b'HOME': b'/home/alumno',
    b'LANG': b'C.UTF-8',
    b'LOGNAME': b'alumno',
    b'PATH': b'/usr/local/bin:/usr/bin:/bin',
    b'PWD': b'/home/alumno',
    b'SHELL': b'/bin/sh',
    b'TERM': b'dumb',
    b'USER': b'alumno',
}
_data = dict(_START)
# What putenv() and unsetenv() change: the C library's copy, which only a program started by exec
# would read (os.environ is not re-read from it, as in CPython).
_c_environment = dict(_START)


def _putenv(key, value):
    key = _path_bytes(key)
    value = _path_bytes(value)
    if b'\0' in key or b'\0' in value:
        raise ValueError('embedded null byte')
    if b'=' in key:
        raise ValueError('illegal environment variable name')
    if key == b'':
        # setenv(3) refuses an empty name.
        raise OSError(22, 'Invalid argument')
    _c_environment[key] = value


def _unsetenv(key):
    key = _path_bytes(key)
    if b'\0' in key:
        raise ValueError('embedded null byte')
    if key == b'' or b'=' in key:
        raise OSError(22, 'Invalid argument')
    _c_environment.pop(key, None)


def _path_bytes(value):
    if isinstance(value, str):
        return _encode(value)
    if isinstance(value, bytes):
        return value
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(value).__name__}')


class _Environ:
    def __init__(self, encode, decode, name):
        self._encode = encode
        self._decode = decode
        self._name = name

    def _key(self, key):
        return self._encode(key)

    def __getitem__(self, key):
        try:
            value = _data[self._encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return self._decode(value)

    def __setitem__(self, key, value):
        key = self._encode(key)
        value = self._encode(value)
        _putenv(key, value)
        _data[key] = value

    def __delitem__(self, key):
        encoded = self._encode(key)
        _unsetenv(encoded)
        try:
            del _data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(_data):
            yield self._decode(key)

    def __len__(self):
        return len(_data)

    def __contains__(self, key):
        try:
            return self._encode(key) in _data
        except TypeError:
            return False

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return [self._decode(k) for k in _data]

    def values(self):
        return [self._decode(v) for v in _data.values()]

    def items(self):
        return [(self._decode(k), self._decode(v)) for k, v in _data.items()]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **more):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in more.items():
            self[key] = value

    def clear(self):
        for key in self.keys():
            del self[key]

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        return isinstance(other, _Environ) and dict(self.items()) == dict(other.items())

    def __or__(self, other):
        merged = dict(self.items())
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        shown = ', '.join(f'{self._decode(k)!r}: {self._decode(v)!r}' for k, v in _data.items())
        return self._name + '({' + shown + '})'


def _str_key(value):
    if not isinstance(value, str):
        raise TypeError(f'str expected, not {type(value).__name__}')
    return _encode(value)


def _bytes_key(value):
    if not isinstance(value, bytes):
        raise TypeError(f'bytes expected, not {type(value).__name__}')
    return value


def _same(value):
    return value


environ = _Environ(_str_key, _decode, 'environ')
environb = _Environ(_bytes_key, _same, 'environ')


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)
