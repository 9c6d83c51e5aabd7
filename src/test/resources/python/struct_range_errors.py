import struct

print(struct.pack('!i', -1), struct.unpack('!I', struct.pack('!i', -1)))
for fmt, value in (('!B', 256), ('!h', 40000), ('!H', -1)):
    try:
        struct.pack(fmt, value)
    except struct.error as e:
        print('struct.error', e)
print(struct.pack('!4s', b'ab'), struct.pack('!2s', b'abcd'))
print(struct.unpack('!?', b'\x02'), struct.pack('!?', 5))
print(struct.pack('!f', 1.5), struct.unpack('!d', struct.pack('!d', 0.1))[0])
print(struct.calcsize('!HI'), struct.calcsize('HI'), struct.calcsize('@HI'))
