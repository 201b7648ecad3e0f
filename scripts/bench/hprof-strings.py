#!/usr/bin/env python3
"""Groups the byte arrays of an HPROF heap dump by content: count, total bytes, a sample. Usage: strings.py dump [min]"""
import struct, sys, collections
path = sys.argv[1]; minlen = int(sys.argv[2]) if len(sys.argv) > 2 else 64
data = open(path, 'rb').read()
i = data.index(b'\0') + 1
idsize = struct.unpack('>I', data[i:i+4])[0]; i += 12
rid = lambda p: int.from_bytes(data[p:p+idsize], 'big')
sizes = {2: idsize, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # object, boolean, char, float, double, byte, short, int, long
groups = collections.Counter(); total = collections.Counter()
classes = {}  # class id -> instance field sizes total
def heap(p, end):
    while p < end:
        t = data[p]; p += 1
        if t == 0xFF: p += idsize
        elif t in (0x01,): p += 2 * idsize
        elif t in (0x02, 0x03): p += idsize + 8
        elif t == 0x04: p += idsize + 4
        elif t in (0x05, 0x07): p += idsize
        elif t == 0x06: p += idsize + 4
        elif t == 0x08: p += idsize + 8
        elif t == 0x20:
            cid = rid(p); p += idsize + 4 + 6 * idsize + 4
            n = struct.unpack('>H', data[p:p+2])[0]; p += 2
            for _ in range(n):
                p += 2; ty = data[p]; p += 1 + sizes[ty]
            n = struct.unpack('>H', data[p:p+2])[0]; p += 2
            for _ in range(n):
                p += idsize; ty = data[p]; p += 1 + sizes[ty]
            n = struct.unpack('>H', data[p:p+2])[0]; p += 2
            p += n * (idsize + 1)
        elif t == 0x21:
            p += idsize + 4 + idsize
            ln = struct.unpack('>I', data[p:p+4])[0]; p += 4 + ln
        elif t == 0x22:
            p += idsize + 4
            n = struct.unpack('>I', data[p:p+4])[0]; p += 4 + idsize + n * idsize
        elif t == 0x23:
            p += idsize + 4
            n, ty = struct.unpack('>IB', data[p:p+5]); p += 5
            ln = n * sizes[ty]
            if ty == 8 and n >= minlen:
                content = data[p:p+ln]
                key = content[:100]
                groups[key] += 1; total[key] += ln
            p += ln
        else:
            raise SystemExit('unknown sub-record %x at %d' % (t, p))
while i < len(data):
    tag = data[i]; ln = struct.unpack('>I', data[i+5:i+9])[0]; i += 9
    if tag in (0x0C, 0x1C): heap(i, i + ln)
    i += ln
for key, count in sorted(total.items(), key=lambda kv: -kv[1])[:40]:
    print('%8d B %5d x  %r' % (count, groups[key], key[:100]))
