class Cliente:
    def __init__(self, host, puerto):
        pass
Cliente("localhost")
