import errno
def enviar():
    raise BrokenPipeError(errno.EPIPE, "Broken pipe")
enviar()
