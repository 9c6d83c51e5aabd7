import socket

# 1. Conéctate a 127.0.0.1:6000, envía una petición y cierra solo tu mitad de envío con
#    shutdown(). Después lee la respuesta hasta que recv() devuelva b'' y escríbela.

# 2. Conéctate otra vez: el servidor cuelga. Lee (verás b'') y, aun así, envía varias veces;
#    captura el BrokenPipeError y escríbelo.

# 3. Conéctate una tercera vez, envía una petición y espera la respuesta con recv(): el
#    servidor cierra sin leerla entera. Captura el ConnectionResetError y escríbelo.

# 4. Cierra el socket con close() y vuelve a enviar por él; captura el error y escríbelo.
