# A server catches SIGTERM to close cleanly; its parent sends it and reads the exit code.
import os
import signal
import socket
import time

pid = os.fork()
if pid == 0:
    srv = socket.create_server(("127.0.0.1", 50232))
    def stop(signum, frame):
        print("hijo: señal", signal.Signals(signum).name, "cerrando")
        srv.close()
        os._exit(7)
    signal.signal(signal.SIGTERM, stop)
    srv.accept()
    os._exit(0)
time.sleep(0.2)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print("padre:", os.WIFEXITED(status), os.WEXITSTATUS(status))
