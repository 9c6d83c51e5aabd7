# os.fspath, fsencode and fsdecode, with a class that speaks os.PathLike.
import os


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


print(os.fspath("/tmp/x"), os.fspath(b"/tmp/y"), os.fspath(Place("/srv/socket")))
print(os.fsencode("/tmp/ñ"), os.fsdecode(b"/tmp/\xc3\xb1"), os.fsencode(b"raw"), os.fsdecode("text"))
for call in (lambda: os.fspath(3), lambda: os.fsencode(None), lambda: os.fsdecode(4.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
