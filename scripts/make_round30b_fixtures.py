#!/usr/bin/python3
"""make_round30b_fixtures.py: the fixtures of round 30 (part B) in the keyed set
fixtures/unseen-tables, with their rows of fixtures/unseen-tables/expected.csv keyed by
hand below, as a careful reader would key them. Run from the repository's root:

    /usr/bin/python3 scripts/make_round30b_fixtures.py [--key]

It writes its documents and replaces its own rows of expected.csv (the rows of every
other source file are kept as they are); --key prints its rows only.
fixtures/unseen-tables/make.py rewrites expected.csv from its own key: after running it,
run this script again.

  dyfed-powys/DPP disclosure log 0412-2026.html
      a disclosure-log page: the counts per calendar year as one definition list per
      year (<h3>) whose every description is a total and, in brackets, its split
      ("9 (police officers 6; police staff 3)", "Nil (police officers nil; police staff
      nil)"); the outcomes of 2024's allegations as one definition list per type under
      <h3> sub-headings, in the section of an <h2> that names the year, with a paragraph
      of the section between. A careful reader keys three rows per description (the
      total for officers and staff together, then each part) and the outcome lists
      under 2024.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"
KEY = []

CY = lambda y: (f"{y}-01-01", f"{y}-12-31")

DPP = "dyfed-powys/DPP disclosure log 0412-2026.html"
DPP_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Disclosure log 0412/2026 - Dyfed-Powys Police</title></head>
<body>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/foi">Freedom of information</a> / <a href="/foi/log">Disclosure log</a></nav>
<article>
<h1>0412/2026 Sexual misconduct by police officers and police staff</h1>
<p class="dates">Request received 2 February 2026. Response sent 27 February 2026.</p>
<h2>What was asked</h2>
<p>I would like to know, for the calendar years 2023 and 2024, how many allegations of sexual harassment,
sexual assault and abuse of position for a sexual purpose were made against police officers and police
staff, and what the outcome of each allegation was.</p>
<h2>Our response</h2>
<p>Dyfed-Powys Police holds this information. Each figure below is the number of allegations, followed in
brackets by how many of them concerned police officers and how many concerned police staff.</p>
<h3>Calendar year 2023</h3>
<dl>
<dt>Sexual harassment</dt><dd>9 (police officers 6; police staff 3)</dd>
<dt>Sexual assault</dt><dd>3 (police officers 3; police staff 0)</dd>
<dt>Abuse of position for a sexual purpose</dt><dd>Nil (police officers nil; police staff nil)</dd>
</dl>
<h3>Calendar year 2024</h3>
<dl>
<dt>Sexual harassment</dt><dd>14 (police officers 11; police staff 3)</dd>
<dt>Sexual assault</dt><dd>5 (police officers 4; police staff 1)</dd>
<dt>Abuse of position for a sexual purpose</dt><dd>2 (police officers 2; police staff 0)</dd>
</dl>
<h2>Outcomes of the allegations made in 2024</h2>
<p>These are police officers and police staff together, by the type of allegation.</p>
<h3>Sexual harassment</h3>
<dl>
<dt>Dismissed</dt><dd>1</dd>
<dt>Final written warning</dt><dd>2</dd>
<dt>Reflective practice</dt><dd>3</dd>
<dt>No case to answer</dt><dd>5</dd>
<dt>Under investigation</dt><dd>3</dd>
</dl>
<h3>Sexual assault</h3>
<dl>
<dt>Dismissed</dt><dd>1</dd>
<dt>No case to answer</dt><dd>2</dd>
<dt>Under investigation</dt><dd>2</dd>
</dl>
<h3>Abuse of position for a sexual purpose</h3>
<dl>
<dt>Dismissed</dt><dd>1</dd>
<dt>Under investigation</dt><dd>1</dd>
</dl>
<h2>If you are unhappy with our response</h2>
<p>You may ask for an internal review within 40 working days. Write to the Freedom of Information Unit,
PO Box 99, Llangunnor, Carmarthen SA31 2PF.</p>
</article>
</body>
</html>
"""


def key(src, force, period, cat, subject, outcome, v):
    KEY.append([src, force, period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported",
                str(v), str(v), ""])


def dyfed_powys(write):
    if write:
        (ROOT / DPP).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / DPP).write_text(DPP_HTML, encoding="utf-8")
    split = {2023: [("sexual_harassment", 9, 6, 3), ("sexual_assault", 3, 3, 0),
                    ("abuse_of_position_sexual", 0, 0, 0)],
             2024: [("sexual_harassment", 14, 11, 3), ("sexual_assault", 5, 4, 1),
                    ("abuse_of_position_sexual", 2, 2, 0)]}
    for y, rows in split.items():
        for cat, tot, off, stf in rows:
            key(DPP, "dyfed-powys", CY(y), cat, "officers_and_staff", "total", tot)
            key(DPP, "dyfed-powys", CY(y), cat, "officers", "total", off)
            key(DPP, "dyfed-powys", CY(y), cat, "staff", "total", stf)
    outcomes = {"sexual_harassment": [("dismissed", 1), ("final_written_warning", 2), ("management_action", 3),
                                      ("no_case_to_answer", 5), ("ongoing", 3)],
                "sexual_assault": [("dismissed", 1), ("no_case_to_answer", 2), ("ongoing", 2)],
                "abuse_of_position_sexual": [("dismissed", 1), ("ongoing", 1)]}
    for cat, outs in outcomes.items():
        for out, v in outs:
            key(DPP, "dyfed-powys", CY(2024), cat, "officers_and_staff", out, v)


def main():
    write = "--key" not in sys.argv[1:]
    dyfed_powys(write)
    if not write:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows(KEY)
        return
    mine = {r[0] for r in KEY}
    exp = ROOT / "expected.csv"
    with open(exp, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head, rest = rows[0], [r for r in rows[1:] if r and r[0] not in mine]
    with open(exp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(rest + KEY)


if __name__ == "__main__":
    main()
