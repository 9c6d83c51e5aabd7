# Two sends on TCP arrive as one byte stream; two sendto on UDP stay two datagrams.
import socket
import time

tcp_servidor = socket.socket()
tcp_servidor.bind(("127.0.0.1", 50211))
tcp_servidor.listen()
tcp_cliente = socket.create_connection(("127.0.0.1", 50211))
conexion, _ = tcp_servidor.accept()
tcp_cliente.send(b"hola ")
tcp_cliente.send(b"mundo")
time.sleep(0.1)
print("TCP, un recv:", conexion.recv(1024))

udp_servidor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp_servidor.bind(("127.0.0.1", 50211))
udp_cliente = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp_cliente.sendto(b"hola ", ("127.0.0.1", 50211))
udp_cliente.sendto(b"mundo", ("127.0.0.1", 50211))
time.sleep(0.1)
print("UDP, primer recvfrom:", udp_servidor.recvfrom(1024)[0])
print("UDP, segundo recvfrom:", udp_servidor.recvfrom(1024)[0])
print("mismo puerto, dos protocolos:", tcp_servidor.getsockname() == udp_servidor.getsockname())
