#!/usr/bin/python3
"""make_round30b_fixtures.py: the fixtures of round 30 (part B) in the keyed set
fixtures/unseen-tables and fixtures/unseen-letters, with their rows of each set's expected.csv
keyed by hand below, as a careful reader would key them. Run from the repository's root:

    /usr/bin/python3 scripts/make_round30b_fixtures.py [--key]

It writes its documents and replaces its own rows of each expected.csv (the rows of every
other source file are kept as they are); --key prints its rows only.
fixtures/unseen-tables/make.py rewrites that expected.csv from its own key: after running
it, run this script again.

  dyfed-powys/DPP disclosure log 0412-2026.html
      a disclosure-log page: the counts per calendar year as one definition list per
      year (<h3>) whose every description is a total and, in brackets, its split
      ("9 (police officers 6; police staff 3)", "Nil (police officers nil; police staff
      nil)"); the outcomes of 2024's allegations as one definition list per type under
      <h3> sub-headings, in the section of an <h2> that names the year, with a paragraph
      of the section between. A careful reader keys three rows per description (the
      total for officers and staff together, then each part) and the outcome lists
      under 2024.

  warwickshire/WP FOI 26-2290 pivot.xlsx
      sheet "Notes" (the request, what the pivot shows), sheet "Pivot" in pivot-table shape
      ("Sum of Count", "Column Labels", "Row Labels", compact rows: a bold type row holding
      the type's subtotal, indented outcomes, a "Grand Total" row and column) whose 2020 and
      2021 columns are outline-grouped, collapsed and hidden, the Grand Total summing every
      year; sheet "Officers" a plain table of 2022-2024 and a Total of those three years,
      with a hidden column "2024 (provisional)" between 2023 and 2024. A careful reader keys
      the shown years, the Pivot's Grand Total over 2020-2024 (the Notes say so, and each
      row adds up with the hidden years), the Officers' Total over 2022-2024 (it adds up
      without the hidden column); no hidden cell, no Grand Total row.

  gwent/GP RE FOI 2026-1150 your request.eml (unseen-letters)
      a plain-text e-mail reply with bullet figures per financial year, then a paragraph
      saying the force's reply to a journalist's similar request "is quoted below for
      background only ... does not form part of this response", and that reply quoted with
      '>' under "On ..., Gwent Police FOI Unit <...> wrote:" with figures of its own
      (calendar year 2023). A careful reader keys the reply's figures only.

  suffolk/SC FOI 26-0388 response.txt (unseen-letters)
      a plain-text letter: figures in prose per financial year, and "No VAWG data is held
      for 2023/24" (the flag began on 1 April 2024), a not-held statement written as "no
      ... is held" rather than "is not held". A careful reader keys the figures and one
      not_held row (vawg, 2023/24, officers and staff together).
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FIX = Path(__file__).resolve().parent.parent / "fixtures"
ROOT = FIX / "unseen-tables"
LETTERS = FIX / "unseen-letters"
KEY = []        # unseen-tables rows
KEY_LETTERS = []  # unseen-letters rows

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


def key(src, force, period, cat, subject, outcome, v, into=None):
    (KEY if into is None else into).append([src, force, period[0], period[1], cat, "allegations", subject, outcome,
                                            str(v), "reported", str(v), str(v), ""])


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


WP = "warwickshire/WP FOI 26-2290 pivot.xlsx"
WP_YEARS = [2020, 2021, 2022, 2023, 2024]
WP_PIVOT = {  # type: {outcome: counts per year 2020..2024}
    ("Sexual harassment", "sexual_harassment"): [
        ("Dismissed", "dismissed", [1, 0, 2, 1, 3]),
        ("Final written warning", "final_written_warning", [0, 2, 1, 0, 2]),
        ("No case to answer", "no_case_to_answer", [3, 1, 4, 2, 5]),
        ("Ongoing", "ongoing", [0, 0, 0, 1, 4])],
    ("Sexual misconduct", "sexual_misconduct"): [
        ("Dismissed", "dismissed", [2, 1, 0, 3, 1]),
        ("Final written warning", "final_written_warning", [1, 1, 2, 0, 0]),
        ("No case to answer", "no_case_to_answer", [0, 4, 3, 2, 2]),
        ("Ongoing", "ongoing", [0, 0, 1, 0, 3])],
}
WP_OFFICERS = [("Sexual harassment", "sexual_harassment", [6, 3, 11], 9),
               ("Sexual misconduct", "sexual_misconduct", [4, 5, 6], 7)]   # 2022-2024, hidden draft


def warwickshire(write):
    CYs = {y: CY(y) for y in WP_YEARS}
    span = ("2020-01-01", "2024-12-31")
    for (tname, cat), outs in WP_PIVOT.items():
        sub = [sum(o[2][i] for o in outs) for i in range(5)]
        for i, y in enumerate(WP_YEARS[2:], 2):
            key(WP, "warwickshire", CYs[y], cat, "officers_and_staff", "total", sub[i])
        key(WP, "warwickshire", span, cat, "officers_and_staff", "total", sum(sub))
        for oname, out, v in outs:
            for i, y in enumerate(WP_YEARS[2:], 2):
                key(WP, "warwickshire", CYs[y], cat, "officers_and_staff", out, v[i])
            key(WP, "warwickshire", span, cat, "officers_and_staff", out, sum(v))
    for tname, cat, v, draft in WP_OFFICERS:
        for i, y in enumerate(WP_YEARS[2:]):
            key(WP, "warwickshire", CYs[y], cat, "officers", "total", v[i])
        key(WP, "warwickshire", ("2022-01-01", "2024-12-31"), cat, "officers", "total", sum(v))
    if not write:
        return
    import blindkit as bk
    import openpyxl
    from openpyxl.styles import Alignment, Font
    bk.ROOT = ROOT
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = ["Warwickshire Police - Freedom of Information Unit",
             "Our reference: FOI 26-2290",
             "You asked for the number of allegations of sexual harassment and sexual misconduct made "
             "against officers and staff in each calendar year 2022, 2023 and 2024, and their outcomes.",
             "Sheet 'Pivot' counts allegations against police officers and police staff together, by "
             "calendar year in which the allegation was made.",
             "The pivot also holds 2020 and 2021, grouped and collapsed because you did not ask for them; "
             "its Grand Total column is the total of every year in the pivot, 2020 to 2024.",
             "Sheet 'Officers' counts allegations against police officers only; its Total is 2022 to 2024.",
             "If you are not satisfied you may ask for an internal review within 40 working days."]
    for i, t in enumerate(notes, 1):
        ws.cell(i, 1, t)
    ws.column_dimensions["A"].width = 110
    pv = wb.create_sheet("Pivot")
    pv["A1"] = "Sum of Count"
    pv["B1"] = "Column Labels"
    pv["A2"] = "Row Labels"
    for i, y in enumerate(WP_YEARS):
        pv.cell(2, 2 + i, y)
    pv.cell(2, 7, "Grand Total")
    bold = Font(bold=True)
    for c in range(1, 8):
        pv.cell(2, c).font = bold
    r = 3
    grand = [0] * 5
    for (tname, cat), outs in WP_PIVOT.items():
        sub = [sum(o[2][i] for o in outs) for i in range(5)]
        pv.cell(r, 1, tname).font = bold
        for i in range(5):
            pv.cell(r, 2 + i, sub[i]).font = bold
            grand[i] += sub[i]
        pv.cell(r, 7, sum(sub)).font = bold
        r += 1
        for oname, out, v in outs:
            pv.cell(r, 1, oname).alignment = Alignment(indent=1)
            for i in range(5):
                pv.cell(r, 2 + i, v[i])
            pv.cell(r, 7, sum(v))
            r += 1
    pv.cell(r, 1, "Grand Total").font = bold
    for i in range(5):
        pv.cell(r, 2 + i, grand[i]).font = bold
    pv.cell(r, 7, sum(grand)).font = bold
    pv.column_dimensions.group("B", "C", hidden=True, outline_level=1)
    pv.column_dimensions["A"].width = 28
    of = wb.create_sheet("Officers")
    heads = ["Allegation type", "2022", "2023", "2024 (provisional)", "2024", "Total"]
    for j, h in enumerate(heads, 1):
        of.cell(1, j, h).font = bold
    for i, (tname, cat, v, draft) in enumerate(WP_OFFICERS, 2):
        of.cell(i, 1, tname)
        of.cell(i, 2, v[0])
        of.cell(i, 3, v[1])
        of.cell(i, 4, draft)
        of.cell(i, 5, v[2])
        of.cell(i, 6, sum(v))
    of.column_dimensions["D"].hidden = True
    of.column_dimensions["A"].width = 24
    bk.xlsx_save(wb, WP, creator="Warwickshire Police")


SWP = "gwent/GP RE FOI 2026-1150 your request.eml"
SWP_DATA = {2024: [("Sexual harassment", "sexual_harassment", 13), ("Sexual assault", "sexual_assault", 4),
                   ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 2)],
            2025: [("Sexual harassment", "sexual_harassment", 9), ("Sexual assault", "sexual_assault", 6),
                   ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 0)]}


def gwent(write):
    FY = lambda y: (f"{y}-04-01", f"{y + 1}-03-31")
    for y, rows in SWP_DATA.items():
        for name, cat, v in rows:
            key(SWP, "gwent", FY(y), cat, "officers", "total", v, KEY_LETTERS)
    if not write:
        return
    body = ["From: Gwent Police FOI Unit <foi@gwent.police.uk>",
            "To: Requester <requester@example.com>",
            "Date: Mon, 19 Oct 2026 15:40:02 +0100",
            "Subject: RE: FOI 2026-1150 your request",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=\"utf-8\"",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Dear Requester,",
            "",
            "Re: FOI 2026-1150",
            "",
            "You asked: \"How many allegations of sexual harassment, sexual assault and abuse of position for a",
            "sexual purpose were made against police officers in the financial years 2024/25 and 2025/26?\"",
            "",
            "Gwent Police holds this information. The figures are allegations against police officers.",
            ""]
    for y, rows in SWP_DATA.items():
        body.append(f"Financial year {y}/{str(y + 1)[2:]}:")
        for name, cat, v in rows:
            body.append(f"- {name}: {v}")
        body.append("")
    body += ["In 2024 a journalist asked us a similar question. Our reply to them is quoted below for background",
             "only: it counted allegations by calendar year and does not form part of this response.",
             "",
             "Yours sincerely,",
             "",
             "Freedom of Information Unit",
             "Gwent Police",
             "",
             "On 5 February 2024, at 11:20, Gwent Police FOI Unit <foi@gwent.police.uk> wrote:",
             "",
             "> Dear Ms Evans,",
             ">",
             "> In the calendar year 2023 Gwent Police recorded 21 allegations of sexual harassment",
             "> and 8 allegations of sexual assault against police officers. Three officers were dismissed",
             "> and 5 allegations were still under investigation when we answered.",
             ">",
             "> Yours sincerely,",
             "> Freedom of Information Unit",
             ""]
    p = LETTERS / SWP
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes("\r\n".join(body).encode("utf-8"))


SUF = "suffolk/SC FOI 26-0388 response.txt"
SUF_TEXT = """Suffolk Constabulary
Information Management Department
Martlesham Heath, Ipswich IP5 3QS

Our reference: FOI 26-0388
Date: 9 November 2026

Dear Requester

Thank you for your request for information, received on 13 October 2026. You asked:

  "For the financial years 2023/24 and 2024/25, how many allegations of sexual
  harassment and of violence against women and girls (VAWG) were made against
  Suffolk Constabulary police officers and police staff?"

The figures below count police officers and police staff together.

In 2023/24, 7 allegations of sexual harassment were recorded. In 2024/25, 11
allegations of sexual harassment were recorded.

In 2024/25, 15 allegations of violence against women and girls were recorded.

Allegations have been flagged as VAWG on our conduct system only since 1 April
2024. No VAWG data is held for 2023/24.

Your right to complain

If you are unhappy with this response you may ask for an internal review within
40 working days. If you remain unhappy you may complain to the Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.

Yours sincerely

Information Management Department
Suffolk Constabulary
"""


def suffolk(write):
    FY = lambda y: (f"{y}-04-01", f"{y + 1}-03-31")
    key(SUF, "suffolk", FY(2023), "sexual_harassment", "officers_and_staff", "total", 7, KEY_LETTERS)
    key(SUF, "suffolk", FY(2024), "sexual_harassment", "officers_and_staff", "total", 11, KEY_LETTERS)
    key(SUF, "suffolk", FY(2024), "vawg", "officers_and_staff", "total", 15, KEY_LETTERS)
    KEY_LETTERS.append([SUF, "suffolk", "2023-04-01", "2024-03-31", "vawg", "allegations", "officers_and_staff",
                        "total", "", "not_held", "", "", ""])
    if write:
        p = LETTERS / SUF
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(SUF_TEXT, encoding="utf-8")


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
    dyfed_powys(write)
    warwickshire(write)
    gwent(write)
    suffolk(write)
    if not write:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows(KEY + KEY_LETTERS)
        return
    merge(ROOT / "expected.csv", KEY)
    merge(LETTERS / "expected.csv", KEY_LETTERS)


if __name__ == "__main__":
    main()
