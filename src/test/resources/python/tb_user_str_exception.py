class ErrorRed(Exception):
    def __init__(self, host, puerto):
        self.host = host
        self.puerto = puerto
    def __str__(self):
        return f"no se pudo conectar a {self.host}:{self.puerto}"
raise ErrorRed("servidor.lab", 5000)
