mensaje = "hola"
datos = b"respuesta: " + mensaje
