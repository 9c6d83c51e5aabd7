import socket

# 2. El primer cliente: conéctalo al puerto 5011 y lee el saludo. Mientras siga conectado,
#    el servidor está ocupado con él.

# 3. Tres clientes más, cada uno con c.settimeout(0.5) antes de connect(). ¿Cuáles conectan?
#    Captura el TimeoutError de los que no.

# 4. Cierra el primero y lee el saludo de los que quedaron en la cola.
