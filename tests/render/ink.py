#!/usr/bin/python3
"""Ink of binary PGM (P5) images, as rendered by pdftoppm -gray.

ink.py dark FILE FRAC   number of dark pixels (< 128) in the top FRAC
                        of the image (the title area)
ink.py total FILE...    for each file, the total ink: sum of (255 - v)/255
"""
import sys


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    # Header: magic, width, height, maxval, separated by whitespace and
    # comments, then one whitespace byte before the pixels.
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            while data[pos:pos + 1] not in (b"\n", b""):
                pos += 1
            continue
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    pos += 1
    if fields[0] != b"P5" or int(fields[3]) != 255:
        raise SystemExit("%s: not an 8-bit binary PGM" % path)
    w, h = int(fields[1]), int(fields[2])
    pix = data[pos:pos + w * h]
    if len(pix) != w * h:
        raise SystemExit("%s: short PGM" % path)
    return w, h, pix


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "dark":
        w, h, pix = read_pgm(sys.argv[2])
        rows = int(h * float(sys.argv[3]))
        print(sum(1 for v in pix[:rows * w] if v < 128))
    elif len(sys.argv) >= 3 and sys.argv[1] == "total":
        for path in sys.argv[2:]:
            w, h, pix = read_pgm(path)
            print("%.1f" % (sum(255 - v for v in pix) / 255.0))
    else:
        raise SystemExit(__doc__)


main()
