import socket

for f in (socket.gethostbyname, socket.gethostbyname_ex):
    for name in ('::1', 'fe80::1'):
        try:
            print(f.__name__, name, f(name))
        except socket.gaierror as e:
            print(f.__name__, name, type(e).__name__, e.errno, e.strerror)
for args in [('::1', 80, socket.AF_INET), ('127.0.0.1', 80, socket.AF_INET6)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(args[0], type(e).__name__, e.errno, e.strerror)
s = socket.socket()
for call in (s.bind, s.connect, s.connect_ex):
    try:
        call(('::1', 80))
    except socket.gaierror as e:
        print(call.__name__, type(e).__name__, e.errno, e.strerror)
s.close()
for bad in ('::1', '1.2.3.4.5'):
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print('inet_aton', bad, type(e).__name__, e.args)
