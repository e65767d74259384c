#!/usr/bin/python3
"""make_round32b_fixtures.py: the fixtures of round 32 (part B) in the keyed set
fixtures/unseen-tables, with their rows of its expected.csv keyed by hand below, as a
careful reader would key them. Run from the repository's root:

    /usr/bin/python3 scripts/make_round32b_fixtures.py [--key]

It writes its documents and replaces its own rows of expected.csv (the rows of every other
source file are kept as they are); --key prints its rows only.
fixtures/unseen-tables/make.py rewrites that expected.csv from its own key: after running
it, run this script again.

  leicestershire/LP FOI 26-0577 misconduct extract.csv
      a case-system extract: every value quoted, CRLF line ends; a header row (Calendar
      year / Category of allegation / Result / Officers / Staff / All employees / Percent of
      category) and under it a second header row of units ("", "", "", "number", "number",
      "number", "percent"); a Total result row per block (100.0 percent); an "Extracted ..."
      line at the end. A careful reader keys the three count columns (officers, staff and
      "All employees" = officers and staff together) for every result including Total, and
      no percentage.
"""
import csv
import sys
from pathlib import Path

FIX = Path(__file__).resolve().parent.parent / "fixtures"
ROOT = FIX / "unseen-tables"
KEY = []        # unseen-tables rows

CY = lambda y: (f"{y}-01-01", f"{y}-12-31")


def key(src, force, period, cat, subject, outcome, v, into=None):
    (KEY if into is None else into).append([src, force, period[0], period[1], cat, "allegations", subject, outcome,
                                            str(v), "reported", str(v), str(v), ""])


LE = "leicestershire/LP FOI 26-0577 misconduct extract.csv"
LE_CATS = [("Sexual harassment", "sexual_harassment"), ("Abuse of position for a sexual purpose",
                                                        "abuse_of_position_sexual")]
LE_OUTS = [("Gross misconduct - dismissed", "dismissed"), ("Written warning", "written_warning"),
           ("No further action", "no_further_action"), ("Still under investigation", "ongoing")]
LE_DATA = {  # year: per category, (officers, staff) per result
    2024: [[(3, 1), (2, 0), (1, 2), (0, 1)], [(1, 0), (0, 1), (2, 0), (1, 1)]],
    2025: [[(2, 2), (1, 1), (4, 0), (3, 0)], [(0, 0), (2, 0), (1, 1), (0, 2)]],
}


def leicestershire(write):
    rows = [["Calendar year", "Category of allegation", "Result", "Officers", "Staff", "All employees",
             "Percent of category"],
            ["", "", "", "number", "number", "number", "percent"]]
    for year, cats in LE_DATA.items():
        for (label, cat), outs in zip(LE_CATS, cats):
            tot_o = sum(o for o, _ in outs)
            tot_s = sum(s for _, s in outs)
            tot = tot_o + tot_s
            for (olabel, out), (o, s) in zip(LE_OUTS, outs):
                rows.append([str(year), label, olabel, str(o), str(s), str(o + s),
                             f"{100.0 * (o + s) / tot:.1f}" if tot else "0.0"])
                key(LE, "leicestershire", CY(year), cat, "officers", out, o)
                key(LE, "leicestershire", CY(year), cat, "staff", out, s)
                key(LE, "leicestershire", CY(year), cat, "officers_and_staff", out, o + s)
            rows.append([str(year), label, "Total", str(tot_o), str(tot_s), str(tot), "100.0"])
            key(LE, "leicestershire", CY(year), cat, "officers", "total", tot_o)
            key(LE, "leicestershire", CY(year), cat, "staff", "total", tot_s)
            key(LE, "leicestershire", CY(year), cat, "officers_and_staff", "total", tot)
    rows.append(["Extracted from Centurion on 12/01/2026 for FOI 26-0577.", "", "", "", "", "", ""])
    if write:
        p = ROOT / LE
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)


def merge(exp, rows):
    mine = {r[0] for r in rows}
    with open(exp, newline="", encoding="utf-8") as f:
        old = list(csv.reader(f))
    head, rest = old[0], [r for r in old[1:] if r and r[0] not in mine]
    with open(exp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(rest + rows)


def main():
    write = "--key" not in sys.argv[1:]
    leicestershire(write)
    if not write:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows(KEY)
        return
    merge(ROOT / "expected.csv", KEY)


if __name__ == "__main__":
    main()
