import selectors, socket

# The errors CPython's selectors raise, word for word.
sel = selectors.DefaultSelector()
a, b = socket.socketpair()


def check(label, call):
    try:
        call()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> no error')


check('events 0', lambda: sel.register(a, 0))
check('events 4', lambda: sel.register(a, 4))
check('events 7', lambda: sel.register(a, 7))
check('events None', lambda: sel.register(a, None))
sel.register(a, selectors.EVENT_READ)
check('twice', lambda: sel.register(a, selectors.EVENT_READ))
check('twice by fd', lambda: sel.register(a.fileno(), selectors.EVENT_WRITE))
check('unregister b', lambda: sel.unregister(b))
check('modify b', lambda: sel.modify(b, selectors.EVENT_READ))
check('modify events 0', lambda: sel.modify(a, 0))
check('get_key b', lambda: sel.get_key(b))
check('string', lambda: sel.register('socket', selectors.EVENT_READ))
check('None', lambda: sel.register(None, selectors.EVENT_READ))
check('float', lambda: sel.register(3.0, selectors.EVENT_READ))
check('minus one', lambda: sel.register(-1, selectors.EVENT_READ))
closed = socket.socket()
closed.close()
check('closed socket', lambda: sel.register(closed, selectors.EVENT_READ))
check('not open fd', lambda: sel.register(99, selectors.EVENT_READ))
print(len(sel.get_map()))
check('BaseSelector()', lambda: selectors.BaseSelector())


class Partial(selectors.BaseSelector):
    def register(self, fileobj, events, data=None):
        pass


check('Partial()', lambda: Partial())
check('select.select fd', lambda: selectors.SelectSelector().register(a, 8))
sel.close()
check('register after close', lambda: sel.register(b, selectors.EVENT_READ))
a.close()
b.close()
