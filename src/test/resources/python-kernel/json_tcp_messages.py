# A TCP echo of JSON messages, one a line: the client sends requests, the server answers with
# results and with errors for what it cannot decode.
import json, os, socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 5237))
srv.listen()
if os.fork() == 0:
    c = socket.create_connection(("127.0.0.1", 5237))
    requests = [{"op": "sum", "args": [1, 2, 3.5]}, {"op": "upper", "args": ["canción"]},
                "{not json", {"op": "quit"}]
    for req in requests:
        data = req if isinstance(req, str) else json.dumps(req)
        c.sendall(data.encode() + b"\n")
        reply = b""
        while not reply.endswith(b"\n"):
            reply += c.recv(1024)
        print("client:", json.loads(reply.decode()))
    c.close()
    os._exit(0)
conn, _ = srv.accept()
f = conn.makefile("rb")
for line in f:
    try:
        msg = json.loads(line)
    except json.JSONDecodeError as e:
        answer = {"error": e.msg, "pos": e.pos}
    else:
        if msg["op"] == "sum":
            answer = {"result": sum(msg["args"])}
        elif msg["op"] == "upper":
            answer = {"result": [s.upper() for s in msg["args"]]}
        else:
            answer = {"bye": True}
    conn.sendall(json.dumps(answer, ensure_ascii=False).encode("utf-8") + b"\n")
    if "bye" in answer:
        break
os.wait()
f.close()
conn.close()
srv.close()
