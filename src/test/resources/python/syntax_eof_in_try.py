# The file ends inside a try block: CPython names the last line and draws no caret.
try:
    x = 1  # no except


