def ip_a_entero(ip):
    a, b, c, d = (int(x) for x in ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d
def entero_a_ip(n):
    return ".".join(str((n >> s) & 0xff) for s in (24, 16, 8, 0))
def misma_red(ip1, ip2, prefijo):
    mascara = (0xffffffff << (32 - prefijo)) & 0xffffffff
    return ip_a_entero(ip1) & mascara == ip_a_entero(ip2) & mascara
print(ip_a_entero("172.25.4.4"), entero_a_ip(2887320580), misma_red("172.25.4.4", "172.25.4.200", 24),
      misma_red("172.25.4.4", "172.25.5.1", 24), entero_a_ip(ip_a_entero("10.0.0.1") + 255))
def htons(n):
    return ((n & 0xff) << 8) | ((n >> 8) & 0xff)
print(htons(5000), hex(htons(5000)), htons(htons(5000)))
tupla = ("tcp", "172.25.4.4", 5000, "172.25.4.5", 43210)
print("5-tupla: proto=%s %s:%d -> %s:%d" % tupla)
