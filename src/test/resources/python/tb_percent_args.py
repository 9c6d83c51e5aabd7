print("%s %s" % ("solo",))
