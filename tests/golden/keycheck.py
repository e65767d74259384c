#!/usr/bin/env python3
"""keycheck.py RECORDS_CSV EXPECTED_CSV: every keyed figure must be extracted
exactly once with the right value, and nothing extra from keyed files.
A response beside the key (in its folder tree) with no row in it is keyed as
having no figures, as score.py does: anything taken from it is extra.
Prints the misses and 'keys: R right, W wrong, M missed, X extra'; exit 1 on
any miss. (The figure identity and value columns are those of SPEC.md.)"""
import csv
import os
import sys
from collections import Counter

NOT_RESPONSES = {"README.md", "MANIFEST.md", "expected.csv"}


def files_beside(key_path):
    root = os.path.dirname(os.path.abspath(key_path))
    out = set()
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in files:
            rel = os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
            if f in NOT_RESPONSES or f.startswith(".") or f.endswith(".py") or "/" not in rel:
                continue
            out.add(rel)
    return out

ID = ["source_file", "force_id", "period_start", "period_end",
      "category", "measure", "subject", "outcome"]
VAL = ["value_status", "value", "value_min", "value_max", "exemption"]


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def key(r):
    return tuple((r.get(f) or "").strip() for f in ID + VAL)


def main():
    got, exp = rows(sys.argv[1]), rows(sys.argv[2])
    files = {r["source_file"] for r in exp} | files_beside(sys.argv[2])
    g = Counter(key(r) for r in got if r["source_file"] in files)
    e = Counter(key(r) for r in exp)
    missed = e - g
    extra = g - e
    right = sum((e & g).values())
    for k in sorted(missed):
        print("missed", " | ".join(k))
    for k in sorted(extra):
        print("extra ", " | ".join(k))
    print(f"keys: {right} right, {sum(missed.values())} missed, {sum(extra.values())} extra")
    return 1 if missed or extra else 0


if __name__ == "__main__":
    sys.exit(main())
