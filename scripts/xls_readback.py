#!/usr/bin/python3
"""xls_readback.py: the read-back of legacy Excel (BIFF8) workbooks that the blind
batches' generators use in their `check` mode (blindkit reads every other format):
every cell of every sheet, hidden sheets and rows included, as "[A1] value", so
that each number can be required to be keyed or declared a non-figure. Shared by
make_blind14_fixtures.py and make_blind16_fixtures.py."""
import struct


def col_ref(j):
    s = ""
    j += 1
    while j:
        j, m = divmod(j - 1, 26)
        s = chr(65 + m) + s
    return s


def xls_text(p):
    """A BIFF8 workbook read record by record (olefile): sheets with their visibility, every
    LABELSST / NUMBER / RK / MULRK cell as "[A1] value", hidden rows read too."""
    import olefile
    data = olefile.OleFileIO(str(p)).openstream("Workbook").read()
    recs = []
    i = 0
    while i + 4 <= len(data):
        typ, ln = struct.unpack_from("<HH", data, i)
        recs.append((i, typ, data[i + 4:i + 4 + ln]))
        i += 4 + ln
    sheets, sst = [], []
    for k, (off, typ, body) in enumerate(recs):
        if typ == 0x85:
            pos, vis, _ = struct.unpack_from("<IBB", body)
            n, flag = body[6], body[7]
            name = body[8:8 + n * (2 if flag & 1 else 1)].decode("utf-16-le" if flag & 1 else "latin-1")
            sheets.append((pos, name, ["visible", "hidden", "veryHidden"][vis]))
        elif typ == 0xFC:
            assert recs[k + 1][1] != 0x3C, "SST continues: extend the reader"
            cnt = struct.unpack_from("<I", body, 4)[0]
            j = 8
            for _ in range(cnt):
                n, flag = struct.unpack_from("<HB", body, j)
                j += 3
                assert not flag & 0x0C, "rich / extended strings"
                w = 2 if flag & 1 else 1
                sst.append(body[j:j + n * w].decode("utf-16-le" if w == 2 else "latin-1"))
                j += n * w

    def rk(v):
        if v & 2:
            x = v >> 2
            if x & (1 << 29):
                x -= 1 << 30
        else:
            x = struct.unpack("<d", struct.pack("<Q", (v & 0xFFFFFFFC) << 32))[0]
        return x / 100 if v & 1 else x

    def fmt(x):
        return str(int(x)) if isinstance(x, float) and x == int(x) else str(x)

    out = []
    bypos = {off: k for k, (off, _, _) in enumerate(recs)}
    for pos, name, state in sheets:
        out.append(f"[sheet {name!r} state={state}]")
        k = bypos[pos] + 1
        while recs[k][1] != 0x0A:
            _, typ, body = recs[k]
            if typ == 0xFD:
                r, c, _, s = struct.unpack_from("<HHHI", body)
                out.append(f"[{col_ref(c)}{r + 1}] {sst[s]}")
            elif typ == 0x203:
                r, c, _, x = struct.unpack_from("<HHHd", body)
                out.append(f"[{col_ref(c)}{r + 1}] {fmt(x)}")
            elif typ == 0x27E:
                r, c, _, v = struct.unpack_from("<HHHI", body)
                out.append(f"[{col_ref(c)}{r + 1}] {fmt(rk(v))}")
            elif typ == 0xBD:
                r, c = struct.unpack_from("<HH", body)
                n = (len(body) - 6) // 6
                for m in range(n):
                    v = struct.unpack_from("<I", body, 4 + 6 * m + 2)[0]
                    out.append(f"[{col_ref(c + m)}{r + 1}] {fmt(rk(v))}")
            elif typ == 0x204:
                r, c, _, n = struct.unpack_from("<HHHH", body)
                out.append(f"[{col_ref(c)}{r + 1}] {body[9:9 + n].decode('latin-1')}")
            k += 1
    return "\n".join(out)
