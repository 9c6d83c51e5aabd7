print "hola"
