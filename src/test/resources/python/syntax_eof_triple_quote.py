# An unterminated triple-quoted string is detected at the last line of the file.
x = 1
s = """abc

more
