def conectar():
    raise TimeoutError("timed out")
conectar()
