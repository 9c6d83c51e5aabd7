'''This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.'''

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from types import GenericAlias as _GenericAlias


################################################################################
### deque: a ring over a dict of positions, O(1) at both ends
################################################################################

class deque:
    'A list-like sequence optimized for data accesses near its endpoints.'

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = {}
        self._head = 0
        self._tail = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return self._tail - self._head

    def __bool__(self):
        return self._tail != self._head

    def append(self, x):
        self._state += 1
        tail = self._tail
        self._items[tail] = x
        self._tail = tail + 1
        maxlen = self._maxlen
        if maxlen is not None and tail + 1 - self._head > maxlen:
            del self._items[self._head]
            self._head += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and self._tail - self._head > self._maxlen:
            self._tail -= 1
            del self._items[self._tail]

    def pop(self):
        if self._tail == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._tail -= 1
        return self._items.pop(self._tail)

    def popleft(self):
        head = self._head
        if self._tail == head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._head = head + 1
        return self._items.pop(head)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = {}
        self._head = 0
        self._tail = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def _position(self, index):
        if not isinstance(index, int):
            raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        n = self._tail - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        offset = self._position(index) - self._head
        self.rotate(-offset)
        self.popleft()
        self.rotate(offset)

    def __iter__(self):
        state = self._state
        for position in range(self._head, self._tail):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[position]
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        for position in range(self._tail - 1, self._head - 1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[position]

    def __contains__(self, x):
        for position in range(self._head, self._tail):
            item = self._items[position]
            if item is x or item == x:
                return True
        return False

    def count(self, x):
        n = 0
        for position in range(self._head, self._tail):
            item = self._items[position]
            if item is x or item == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = self._tail - self._head
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is x or item == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, index, x):
        n = self._tail - self._head
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(index + n, 0)
        index = min(index, n)
        self.rotate(-index)
        self.appendleft(x)
        self.rotate(index)

    def remove(self, value):
        for i in range(self._tail - self._head):
            item = self._items[self._head + i]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        items = [self._items[p] for p in range(self._tail - 1, self._head - 1, -1)]
        self._state += 1
        self._items = dict(zip(range(self._head, self._tail), items))

    def rotate(self, n=1):
        length = self._tail - self._head
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        if n > length // 2:
            for _ in range(length - n):
                self.append(self.popleft())
        else:
            for _ in range(n):
                self.appendleft(self.pop())

    def __repr__(self):
        items = ', '.join(repr(self._items[p]) for p in range(self._head, self._tail))
        if self._maxlen is None:
            return f'{type(self).__name__}([{items}])'
        return f'{type(self).__name__}([{items}], maxlen={self._maxlen})'

    def _compare(self, other):
        return [self._items[p] for p in range(self._head, self._tail)], list(other)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine == theirs

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine != theirs

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine < theirs

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine <= theirs

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine > theirs

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        mine, theirs = self._compare(other)
        return mine >= theirs

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        for _ in range(n):
            result.extend(self)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    __class_getitem__ = classmethod(_GenericAlias)



################################################################################
### _Mapping: what defaultdict, OrderedDict and Counter share. Enchufe's VM cannot
### subclass dict yet, so they hold one (docs/language.md: isinstance(x, dict) is False)
################################################################################

class _Mapping:

    def __init__(self, *args, **kwargs):
        self._data = {}
        if len(args) > 1:
            raise TypeError(f'{type(self).__name__} expected at most 1 argument, got {len(args)}')
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def __contains__(self, key):
        return key in self._data

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'update expected at most 1 argument, got {len(args)}')
        if args:
            other = args[0]
            if isinstance(other, _Mapping):
                other = other._data
            self._data.update(other)
        if kwargs:
            self._data.update(kwargs)

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _Mapping)):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (dict, _Mapping)):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        return f'{type(self).__name__}({self._data!r})'

################################################################################
### defaultdict
################################################################################

class defaultdict(_Mapping):
    '''defaultdict(default_factory=None, /, [...]) --> dict with default factory'''

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        _Mapping.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        if isinstance(factory, type):
            shown = f"<class '{factory.__name__}'>"
        else:
            shown = repr(factory)
        return f'{type(self).__name__}({shown}, {self._data!r})'


################################################################################
### OrderedDict
################################################################################

class OrderedDict(_Mapping):
    'Dictionary that remembers insertion order'

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            self._data.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self) == list(other)
        return _Mapping.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'


################################################################################
### namedtuple
################################################################################

def _iskeyword(name):
    return name in ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
                    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
                    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not',
                    'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield')



class _Record:
    """What a namedtuple class derives from: Enchufe's VM cannot subclass tuple yet, so the
    values live in a tuple the record holds and every tuple operation goes to it."""

    __slots__ = ()

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __getitem__(self, index):
        return self._tuple[index]

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *bounds):
        return self._tuple.index(value, *bounds)

    def __add__(self, other):
        return self._tuple + tuple(other) if isinstance(other, (tuple, _Record)) else NotImplemented

    def __radd__(self, other):
        return other + self._tuple if isinstance(other, tuple) else NotImplemented

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, _Record):
            return self._tuple == other._tuple
        if isinstance(other, tuple):
            return self._tuple == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self._tuple < _plain(other) if isinstance(other, (tuple, _Record)) else NotImplemented

    def __le__(self, other):
        return self._tuple <= _plain(other) if isinstance(other, (tuple, _Record)) else NotImplemented

    def __gt__(self, other):
        return self._tuple > _plain(other) if isinstance(other, (tuple, _Record)) else NotImplemented

    def __ge__(self, other):
        return self._tuple >= _plain(other) if isinstance(other, (tuple, _Record)) else NotImplemented


def _plain(value):
    return value._tuple if isinstance(value, _Record) else value


def _record(cls, values):
    record = object.__new__(cls)
    object.__setattr__(record, '_tuple', tuple(values))
    return record


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or _iskeyword(name)
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = _record

    def __new__(_cls, *args, **kwargs):
        values = list(args)
        if len(values) > num_fields:
            raise TypeError(f'{typename}.__new__() takes {num_fields + 1} positional arguments '
                            f'but {len(values) + 1} were given')
        for name in field_names[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):]
                           if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{typename}.__new__() missing 1 required positional argument: "
                                    f"'{missing[0]}'")
                shown = ', '.join(repr(n) for n in missing[:-1]) + f' and {missing[-1]!r}'
                raise TypeError(f'{typename}.__new__() missing {len(missing)} required positional '
                                f'arguments: {shown}')
        for name in kwargs:
            if name in field_names:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple_new(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self._tuple

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(lambda self, index=index: self[index],
                                         doc=f'Alias for field number {index}')

    result = type(typename, (_Record,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module

    return result


################################################################################
### Counter
################################################################################

class Counter(_Mapping):
    '''Dict subclass for counting hashable items.'''

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.'''
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            data = self._data
            if isinstance(iterable, (dict, _Mapping)):
                for elem, count in iterable.items():
                    data[elem] = count + data.get(elem, 0)
            else:
                get = data.get
                for elem in iterable:
                    data[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            data = self._data
            if isinstance(iterable, (dict, _Mapping)):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return f'{self.__class__.__name__}({{{items}}})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self._data[elem]
        return self

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result


################################################################################
### ChainMap
################################################################################

class ChainMap:
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _keys(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return list(seen)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._keys()

    def values(self):
        return [self[key] for key in self._keys()]

    def items(self):
        return [(key, self[key]) for key in self._keys()]

    def __eq__(self, other):
        if isinstance(other, (dict, _Mapping, ChainMap)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    __class_getitem__ = classmethod(_GenericAlias)
