import os, socket, struct

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', 5502))
if os.fork() == 0:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(struct.pack('!HHI', 1, 2, 3000000000), ('127.0.0.1', 5502))
    data, _ = c.recvfrom(64)
    version, code, value, text = struct.unpack('!HHI8s', data)
    print('cliente:', version, code, value, text.rstrip(b'\0'))
    c.close()
    os._exit(0)
data, addr = srv.recvfrom(64)
print('servidor:', struct.unpack('!HHI', data), struct.calcsize('!HHI'))
srv.sendto(struct.pack('!HHI8s', 1, 0, 42, b'ok'), addr)
os.wait()
try:
    struct.unpack('!HHI', data[:5])
except struct.error as e:
    print('struct.error', e)
srv.close()
