#!/usr/bin/env python3
"""sqlite_rows.py DB: foi.sqlite's content as text, for comparing two builds.

SPEC: foi.sqlite is identical to a clean build in content (every table's rows,
compared sorted), not necessarily in bytes (a rebuild updates it in place).
Prints every schema object (tables, indexes, views: name and SQL, sorted),
then each table's column names and its rows sorted, one per line. Two
databases with the same content print the same text."""
import sqlite3
import sys


def main():
    if len(sys.argv) != 2:
        print("usage: sqlite_rows.py DB", file=sys.stderr)
        return 2
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    out = sys.stdout
    objs = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    for typ, name, tbl, sql in objs:
        out.write("%s %s on %s: %s\n" % (typ, name, tbl, sql))
    for typ, name, _tbl, _sql in objs:
        if typ != "table":
            continue
        cur = db.execute('SELECT * FROM "%s"' % name.replace('"', '""'))
        cols = [d[0] for d in cur.description]
        rows = sorted(cur.fetchall(), key=lambda r: [(x is None, type(x).__name__, x) for x in r])
        out.write("table %s: %d rows; columns %s\n" % (name, len(rows), ", ".join(cols)))
        for r in rows:
            out.write(repr(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
