# A connection closed with bytes still unread is reset, even when select() (or MSG_PEEK) has
# already seen them: the peer's next recv raises ConnectionResetError, as Linux does.
import select
import socket

srv = socket.create_server(('127.0.0.1', 5602))
c = socket.create_connection(('127.0.0.1', 5602))
conn, _ = srv.accept()
c.send(b'sin leer')
print(select.select([conn], [], []) == ([conn], [], []))
print(conn.recv(3, socket.MSG_PEEK))
conn.close()
select.select([c], [], [])
try:
    c.recv(10)
except ConnectionResetError as e:
    print('ConnectionResetError', e.errno)
c.close()
srv.close()
