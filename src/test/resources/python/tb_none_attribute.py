conexion = None
conexion.send(b"x")
