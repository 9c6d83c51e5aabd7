# A thread-pool echo server: the acceptor puts connections on a queue, workers take them.
import queue
import socket
import threading
from collections import Counter, deque, namedtuple

Client = namedtuple("Client", "conn address")
jobs = queue.Queue()
words = Counter()
log = deque(maxlen=4)
lock = threading.Lock()


def worker(name):
    while True:
        client = jobs.get()
        if client is None:
            jobs.task_done()
            return
        data = client.conn.recv(1024)
        with lock:
            words.update(data.decode().split())
            log.append(f"{name} served {len(data)} bytes")
        client.conn.sendall(data.upper())
        client.conn.close()
        jobs.task_done()


server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(5)
port = server.getsockname()[1]
workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()

messages = ["hola mundo", "hola red", "adios mundo"]
replies = []


def clients():
    for text in messages:
        c = socket.create_connection(("127.0.0.1", port))
        c.sendall(text.encode())
        replies.append(c.recv(1024).decode())
        c.close()


client_thread = threading.Thread(target=clients)
client_thread.start()
for _ in messages:
    conn, address = server.accept()
    jobs.put(Client(conn, address))
client_thread.join()
jobs.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
server.close()

print(replies)
print(sorted(words.items()), words.most_common(1))
print(len(log), log.maxlen, sorted(entry.split()[2] for entry in log))
print(jobs.qsize(), jobs.empty(), jobs.unfinished_tasks)
