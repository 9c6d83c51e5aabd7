print("%d %s %r %5.2f %-5d| %05d %x %X %o %e %g %%" % (1, "a", "b", 3.14159, 42, 7, 255, 255, 8, 12345.678, 0.0001))
print("%s" % "solo", "%s y %s" % ("a", "b"), "%(x)s=%(y)d" % {"x": "k", "y": 5})
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%+d % d" % (5, 5), "%*d" % (5, 3))
print("%s" % [1, 2], "%s" % (None,), "%5s|%-5s|" % ("a", "b"))
for bad in (float('inf'), float('-inf'), float('nan')):
    try:
        print('%d' % bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
