# Stop-and-wait over UDP: each datagram carries a sequence number and waits for its ACK.
import os
import socket
import struct

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 50202))
if os.fork() == 0:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.settimeout(2)
    for seq, word in enumerate(["uno", "dos", "tres"]):
        c.sendto(struct.pack("!I", seq) + word.encode(), ("127.0.0.1", 50202))
        ack, _ = c.recvfrom(16)
        print("hijo: ACK", struct.unpack("!I", ack)[0])
    c.sendto(struct.pack("!I", 99), ("127.0.0.1", 50202))
    c.close()
    os._exit(0)
while True:
    data, addr = server.recvfrom(100)
    seq, = struct.unpack("!I", data[:4])
    if seq == 99:
        break
    print("padre: seq", seq, data[4:].decode(), "desde", addr[0])
    server.sendto(struct.pack("!I", seq), addr)
pid, status = os.wait()
print("hijo terminó con", os.WEXITSTATUS(status))
