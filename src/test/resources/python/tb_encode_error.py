"ñandú".encode("ascii")
