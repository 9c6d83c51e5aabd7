"""threading, as Enchufe's sandbox runs it: threads of one process share its objects and
descriptors, and the sandbox's kernel schedules them like processes. Written over _thread as
CPython's own threading.py is, so a class may extend Thread and override run()."""
import _thread

__all__ = ["Thread", "Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore",
           "current_thread", "main_thread", "active_count", "enumerate", "get_ident", "get_native_id",
           "Timer", "Barrier", "BrokenBarrierError", "ThreadError", "TIMEOUT_MAX", "local", "stack_size",
           "excepthook", "ExceptHookArgs"]

Lock = _thread.allocate_lock
_threads = {}
_counter = 0


# The longest timeout a lock's acquire takes, as on Linux; and threading's old name for RuntimeError.
TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_stack_size = 0


class ExceptHookArgs:
    """What threading.excepthook is given: CPython's _thread._ExceptHookArgs, a struct sequence
    made from (exc_type, exc_value, exc_traceback, thread)."""

    def __init__(self, sequence):
        fields = tuple(sequence)
        if len(fields) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(fields))
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = fields

    def __getitem__(self, index):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[index]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


# The default hook prints "Exception in thread NAME:" and the traceback; __excepthook__ keeps it.
excepthook = __excepthook__ = _thread._excepthook


def get_ident():
    return _thread.get_ident()


def get_native_id():
    # The sandbox's kernel numbers its threads itself: the same number as get_ident().
    return _thread.get_ident()


def stack_size(size=0):
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    previous = _stack_size
    _stack_size = size
    return previous


def _newname(target):
    global _counter
    _counter += 1
    name = "Thread-%d" % _counter
    if target is not None:
        try:
            name += " (%s)" % target.__name__
        except AttributeError:
            pass
    return name


class Thread:

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name) if name is not None else _newname(target)
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _thread.start(Thread._bootstrap, self, self._daemonic, self._name)
        _threads[self._ident] = self

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as exc:
            # As CPython's _bootstrap_inner: the exception goes to threading.excepthook, as it is then.
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self._ident == _thread.get_ident():
            raise RuntimeError("cannot join current thread")
        _thread.join(self._ident, timeout)

    def is_alive(self):
        return self._started and _thread.alive(self._ident)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):

    def __init__(self):
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._name = "MainThread"
        self._daemonic = False
        self._started = True
        self._ident = _thread.get_ident()
        _threads[self._ident] = self


_main = None


def current_thread():
    thread = _threads.get(_thread.get_ident())
    return thread if thread is not None else _main


def main_thread():
    return _main


def active_count():
    return len([t for t in list(_threads.values()) if t.is_alive()])


def enumerate():
    return [t for t in list(_threads.values()) if t.is_alive()]


currentThread = current_thread
activeCount = active_count


class RLock:

    def __init__(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _thread.get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _thread.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class Condition:

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        self._lock.release()
        try:
            if timeout is None:
                waiter.acquire()
                return True
            got = waiter.acquire(True, timeout)
            if not got and waiter in self._waiters:
                self._waiters.remove(waiter)
            return got
        finally:
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
            if timeout is not None:
                break
        return result

    def notify(self, n=1):
        for waiter in self._waiters[:n]:
            self._waiters.remove(waiter)
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Event:

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait(timeout) and timeout is not None:
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait() until all have come; each gets a different index, 0 to parties - 1."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (-1, 1):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (-1, 1):
                    self._state = 0
                    self._cond.notify_all()

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class local:
    """Attributes each thread sees its own of."""

    def __init__(self):
        object.__setattr__(self, "_local__dicts", {})

    def __getattribute__(self, name):
        mine = object.__getattribute__(self, "_local__dicts").get(_thread.get_ident(), {})
        if name in mine:
            return mine[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_local__dicts").setdefault(_thread.get_ident(), {})[name] = value

    def __delattr__(self, name):
        mine = object.__getattribute__(self, "_local__dicts").get(_thread.get_ident(), {})
        if name not in mine:
            raise AttributeError(name)
        del mine[name]


_main = _MainThread()
