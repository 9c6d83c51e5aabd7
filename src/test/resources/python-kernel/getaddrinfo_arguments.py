import socket

calls = [(), (None,), ('localhost', 80, 'x'), ('localhost', 80.5), ('localhost', [80]), (1, 80),
         ('localhost', 80, 0, 'x'), ('localhost', 80, 99), ('localhost', 80, 0, 99)]
for args in calls:
    try:
        print(args, socket.getaddrinfo(*args)[0][4])
    except (TypeError, OSError) as e:
        print(args, type(e).__name__, e.args)
try:
    socket.getaddrinfo(port=80)
except TypeError as e:
    print(type(e).__name__, e)
print(socket.getaddrinfo(host='localhost', port=7, type=socket.SOCK_STREAM)[0][4])
