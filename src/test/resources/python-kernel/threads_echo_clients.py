# A server thread echoes; three client threads take turns, joined in order.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 50221))
results = {}

def serve():
    for _ in range(3):
        conn, _ = srv.accept()
        with conn:
            data = conn.recv(100)
            conn.sendall(data[::-1])

def client(name):
    with socket.create_connection(("127.0.0.1", 50221)) as c:
        c.sendall(name.encode())
        results[name] = c.recv(100).decode()

server = threading.Thread(target=serve, name="servidor")
server.start()
for name in ["ana", "luis", "marta"]:
    t = threading.Thread(target=client, args=(name,))
    t.start()
    t.join()
server.join()
print(sorted(results.items()), threading.active_count())
srv.close()
