#!/usr/bin/env python3
"""keycheck.py RECORDS_CSV EXPECTED_CSV [--min RECALL PRECISION]: every keyed
figure must be extracted exactly once with the right value, and nothing extra
from keyed files; with --min (held-out sets), recall and precision must reach
the floors instead.
A response in the key's folder tree that has no row in the key is keyed as
giving no figures (a table of unknown labels, a narrative table, a scan):
any record from it is extra. Scripts (*.py), docs (*.md), the key itself and
context files (foi-context.txt, *.context.txt) are not responses.
Prints the misses and 'keys: R right, W wrong, M missed, X extra'; exit 1 on
any miss. (The figure identity and value columns are those of SPEC.md.)"""
import csv
import os
import sys
from collections import Counter

ID = ["source_file", "force_id", "period_start", "period_end",
      "category", "measure", "subject", "outcome"]
VAL = ["value_status", "value", "value_min", "value_max", "exemption"]


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def key(r):
    return tuple((r.get(f) or "").strip() for f in ID + VAL)


def responses_beside(key_path):
    """Responses in the key's folder tree, relative and /-separated."""
    root = os.path.dirname(os.path.abspath(key_path))
    out = set()
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in files:
            rel = os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
            if (f.startswith(".") or f.endswith((".py", ".md")) or f == "expected.csv" or
                    f == "foi-context.txt" or f.endswith(".context.txt") or "/" not in rel):
                continue
            out.add(rel)
    return out


def main():
    args = sys.argv[1:]
    # --min R P: a held-out set is scored, not matched: recall >= R and
    # precision >= P pass (what is missed or extra is still listed)
    floor = None
    if len(args) >= 5 and args[2] == "--min":
        floor = (float(args[3]), float(args[4]))
        args = args[:2]
    got, exp = rows(args[0]), rows(args[1])
    files = {r["source_file"] for r in exp} | responses_beside(args[1])
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
    if floor:
        recall = right / max(sum(e.values()), 1)
        precision = right / max(sum(g.values()), 1)
        ok = recall >= floor[0] and precision >= floor[1]
        print(f"recall {recall:.3f} (at least {floor[0]:.3f}), precision {precision:.3f} "
              f"(at least {floor[1]:.3f}): {'pass' if ok else 'FAIL'}")
        return 0 if ok else 1
    return 1 if missed or extra else 0


if __name__ == "__main__":
    sys.exit(main())
