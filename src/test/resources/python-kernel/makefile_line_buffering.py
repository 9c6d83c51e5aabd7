# A text writer with line_buffering sends each line as it is written; without it, the lines wait
# in the buffer until flush(). The reader is a thread that reads what arrives.
import socket
import threading

a, b = socket.socketpair()
b.settimeout(0.5)


def lee(nombre):
    try:
        print(nombre, "recibe", b.recv(100), flush=True)
    except TimeoutError:
        print(nombre, "no recibe nada", flush=True)


w = a.makefile("w", encoding="utf-8")
w.write("sin salto de linea buffering normal\n")
t = threading.Thread(target=lee, args=("lector 1",))
t.start()
t.join()
w.flush()
lee("lector 2")

w.reconfigure(line_buffering=True)
print(w.write("trozo sin salto; "), flush=True)
lee("lector 3")
print(w.write("y ahora el salto\n"), flush=True)
lee("lector 4")
print(w.write("retorno\r"), flush=True)
lee("lector 5")

# makefile() gives no line_buffering; reconfigure is how a program asks for it.
w2 = a.makefile("w")
w2.reconfigure(write_through=True)
w2.write("write_through solo pasa al buffer\n")
lee("lector 6")
w2.close()
lee("lector 7")
w.close()
a.close()
b.close()
