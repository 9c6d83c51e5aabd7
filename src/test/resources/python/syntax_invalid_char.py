x = “texto”
