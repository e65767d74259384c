#!/usr/bin/env python3
"""keycheck.py RECORDS_CSV EXPECTED_CSV [KNOWN_MISSES_CSV]: every keyed figure must
be extracted exactly once with the right value, and nothing extra from keyed files.
Prints the misses and 'keys: R right, W wrong, M missed, X extra'; exit 1 on
any miss. (The figure identity and value columns are those of SPEC.md.)

KNOWN_MISSES_CSV lists keyed rows the engine is known not to extract yet (the
key's columns plus a `reason`): they are reported, not failed; a listed row that
is extracted, or that the key no longer has, fails, so the list only shrinks."""
import csv
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


def main():
    got, exp = rows(sys.argv[1]), rows(sys.argv[2])
    known = Counter(key(r) for r in rows(sys.argv[3])) if len(sys.argv) > 3 else Counter()
    files = {r["source_file"] for r in exp}
    g = Counter(key(r) for r in got if r["source_file"] in files)
    e = Counter(key(r) for r in exp)
    missed = e - g
    extra = g - e
    right = sum((e & g).values())
    stale = known - missed          # extracted after all, or no longer keyed
    missed_known = missed & known
    missed = missed - known
    for k in sorted(missed):
        print("missed", " | ".join(k))
    for k in sorted(extra):
        print("extra ", " | ".join(k))
    for k in sorted(stale):
        print("stale known miss (now extracted or not keyed: remove it from the list)", " | ".join(k))
    print(f"keys: {right} right, {sum(missed.values())} missed, {sum(extra.values())} extra"
          + (f", {sum(missed_known.values())} known misses" if known else ""))
    return 1 if missed or extra or stale else 0


if __name__ == "__main__":
    sys.exit(main())
