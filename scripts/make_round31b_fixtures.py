#!/usr/bin/python3
"""make_round31b_fixtures.py: the fixtures of round 31 (part B) in the keyed sets
fixtures/unseen-tables and fixtures/unseen-letters, with their rows of each set's expected.csv
keyed by hand below, as a careful reader would key them. Run from the repository's root:

    /usr/bin/python3 scripts/make_round31b_fixtures.py [--key]

It writes its documents and replaces its own rows of each expected.csv (the rows of every
other source file are kept as they are); --key prints its rows only.
fixtures/unseen-tables/make.py rewrites that expected.csv from its own key: after running
it, run this script again.

  lincolnshire/LP FOI 002731-26 by employee type.xlsx
      sheet "By employee type": long rows Calendar year / Category / Full-time officers /
      Special constabulary / All police officers / Police staff / All employees (the sheet
      says 'All police officers' = full-time officers + the special constabulary); sheet
      "Outcomes 2025" outcomes x categories + Total for the whole workforce (its heading
      says "whole workforce"). A careful reader keys "All police officers" as officers,
      "Police staff" as staff, "All employees" as officers and staff, and leaves the
      full-time and special constabulary columns out (the dataset has no subject for a part
      of the officers, and either would collide with "All police officers"); the outcome
      sheet's figures are officers and staff together, its Total row restating the 2025
      "All employees" figures.

  northumbria/NP FOI 2026-0931 allegations workbook.xlsx
      sheet "Summary": every figure a formula with its cached result (=Data!D7, =SUM(E6:E9),
      =SUM(D6:G6)) drawn from the visible sheet "Data" (long rows Calendar year / Category /
      Outcome / Number); the corner header "Category / result" merged over two rows and two
      columns, "Total 2023 to 2026 YTD" merged down two rows on the LEFT of the years, the
      years under "Calendar year" merged across; the category merged down its block, a Total
      row per category; below, "2026 YTD = 1 January 2026 to 30 September 2026". A careful
      reader keys each outcome figure once (the Data sheet and the Summary show the same),
      the Summary's Total rows, and the left-hand Total column over 1 January 2023 to 30
      September 2026 (not to the end of 2026).
  norfolk/NC FOI 001187-26 reply.txt (unseen-letters)
      a plain-text letter answering numbered questions: Answer 1 gives the counts per
      financial year in sentences (officers and staff together); Answer 2 ("How many ... were
      made against police staff rather than police officers?") says "See question 1. The
      figures in our answer to question 1 cover police officers and police staff together; a
      split between the two is not held for these years." A careful reader keys Answer 1's
      counts and nothing for Answer 2 (its figures are given, only their split is not held).
  derbyshire/DC FOI 26-3377 disclosure.html (unseen-letters)
      a disclosure-log page answering "for the financial year 2025/26 and for 2026/27 to date":
      two tables captioned only with their label and period ("Table 1: 2025/26", "Table 2:
      1/4/2026 to 30/9/2026"), and the VAWG part refused under section 12(1) "for both
      periods". A careful reader keys the tables' figures, 2026/27 to date as 1 April to 30
      September 2026 (the only place the letter says where it ends), and two refused VAWG
      rows (s12), none for the types the tables answer.
  essex/EP FOI 26-5570 reply.txt (unseen-letters)
      a plain-text letter: the year's count and its outcomes in sentences, then "One officer
      was dismissed at a hearing in 2024/25 for sexual harassment recorded in a previous year;
      that dismissal is counted in the year the allegation was recorded, so it does not appear
      above." A careful reader keys the count and its outcomes, and nothing for the officer
      (an outcome of an allegation of a year the letter does not name).
  cambridgeshire/CC FOI 0456-26 response.txt (unseen-letters)
      a plain-text letter answering numbered questions in sentences; A2 (how many VAWG
      allegations each year) says they are flagged as well as counted under their types, then
      "The numbers flagged were 7 in 2024 and 9 in 2025." A careful reader keys A1's counts and
      A2's two VAWG counts (the letter says they are also counted in A1; keyed as stated).
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
FY = lambda y: (f"{y}-04-01", f"{y + 1}-03-31")


def key(src, force, period, cat, subject, outcome, v, into=None):
    (KEY if into is None else into).append([src, force, period[0], period[1], cat, "allegations", subject, outcome,
                                            str(v), "reported", str(v), str(v), ""])


LP = "lincolnshire/LP FOI 002731-26 by employee type.xlsx"
LP_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
           ("Inappropriate relationship", "sexual_misconduct")]
LP_ROWS = {  # year: per category (full-time officers, special constabulary, police staff)
    2024: [(8, 1, 2), (3, 0, 1), (4, 2, 0), (6, 1, 3)],
    2025: [(10, 2, 4), (5, 1, 0), (2, 0, 1), (7, 3, 2)],
}
LP_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Reflective practice (RPRP)", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Investigation ongoing", "ongoing")]
LP_OUTCOMES = {  # 2025, whole workforce: per category, counts per outcome (sum = the year's All employees)
    "sexual_harassment": [2, 3, 4, 2, 5],
    "sexual_assault": [1, 0, 1, 2, 2],
    "abuse_of_position_sexual": [1, 0, 0, 1, 1],
    "sexual_misconduct": [3, 1, 2, 4, 2],
}


def lincolnshire(write):
    for y, rows in LP_ROWS.items():
        for (name, cat), (ft, sc, st) in zip(LP_CATS, rows):
            key(LP, "lincolnshire", CY(y), cat, "officers", "total", ft + sc)
            key(LP, "lincolnshire", CY(y), cat, "staff", "total", st)
            key(LP, "lincolnshire", CY(y), cat, "officers_and_staff", "total", ft + sc + st)
    for (name, cat), (ft, sc, st) in zip(LP_CATS, LP_ROWS[2025]):
        outs = LP_OUTCOMES[cat]
        assert sum(outs) == ft + sc + st, cat
        for (oname, out), v in zip(LP_OUTS, outs):
            key(LP, "lincolnshire", CY(2025), cat, "officers_and_staff", out, v)
    if not write:
        return
    import blindkit as bk
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = ROOT
    bold = Font(bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "By employee type"
    ws["A1"] = "Lincolnshire Police - FOI 002731-26"
    ws["A2"] = ("Allegations of sexual misconduct recorded against Lincolnshire Police employees, by calendar "
                "year and employee type. 'All police officers' = full-time officers + the special constabulary.")
    heads = ["Calendar year", "Category", "Full-time officers", "Special constabulary", "All police officers",
             "Police staff", "All employees"]
    for j, h in enumerate(heads, 1):
        ws.cell(4, j, h).font = bold
    r = 5
    for y, rows in LP_ROWS.items():
        for (name, cat), (ft, sc, st) in zip(LP_CATS, rows):
            for j, v in enumerate([str(y), name, ft, sc, ft + sc, st, ft + sc + st], 1):
                ws.cell(r, j, v)
            r += 1
    ws.column_dimensions["B"].width = 38
    for col in "CDEFG":
        ws.column_dimensions[col].width = 18
    oc = wb.create_sheet("Outcomes 2025")
    oc["A1"] = "Outcomes of allegations recorded in the calendar year 2025 (whole workforce)"
    heads = ["Outcome"] + [n for n, c in LP_CATS]
    for j, h in enumerate(heads, 1):
        oc.cell(3, j, h).font = bold
    for i, (oname, out) in enumerate(LP_OUTS):
        oc.cell(4 + i, 1, oname)
        for j, (n, cat) in enumerate(LP_CATS):
            oc.cell(4 + i, 2 + j, LP_OUTCOMES[cat][i])
    t = 4 + len(LP_OUTS)
    oc.cell(t, 1, "Total").font = bold
    for j, (n, cat) in enumerate(LP_CATS):
        oc.cell(t, 2 + j, sum(LP_OUTCOMES[cat])).font = bold
    oc.cell(t + 2, 1, "The Total row equals the 2025 'All employees' figures of the sheet 'By employee type'.")
    oc.column_dimensions["A"].width = 40
    bk.xlsx_save(wb, LP, creator="Lincolnshire Police")


NP = "northumbria/NP FOI 2026-0931 allegations workbook.xlsx"
NP_YEARS = [("2023", CY(2023)), ("2024", CY(2024)), ("2025", CY(2025)), ("2026 YTD", ("2026-01-01", "2026-09-30"))]
NP_SPAN = ("2023-01-01", "2026-09-30")
NP_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NP_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
NP_DATA = {  # category: per outcome, counts per year (2023, 2024, 2025, 2026 YTD)
    "sexual_harassment": [[2, 1, 3, 0], [1, 4, 0, 2], [5, 2, 3, 1], [0, 1, 2, 6]],
    "sexual_assault": [[1, 0, 2, 1], [0, 0, 1, 0], [3, 1, 0, 2], [0, 2, 1, 3]],
    "abuse_of_position_sexual": [[1, 1, 0, 2], [0, 1, 0, 0], [2, 0, 1, 1], [0, 0, 0, 2]],
}


def northumbria(write):
    for name, cat in NP_CATS:
        rows = NP_DATA[cat]
        for (oname, out), v in zip(NP_OUTS, rows):
            for (ylab, per), x in zip(NP_YEARS, v):
                key(NP, "northumbria", per, cat, "officers_and_staff", out, x)
            key(NP, "northumbria", NP_SPAN, cat, "officers_and_staff", out, sum(v))
        for i, (ylab, per) in enumerate(NP_YEARS):
            key(NP, "northumbria", per, cat, "officers_and_staff", "total", sum(r[i] for r in rows))
        key(NP, "northumbria", NP_SPAN, cat, "officers_and_staff", "total", sum(sum(r) for r in rows))
    if not write:
        return
    import blindkit as bk
    import openpyxl
    from openpyxl.styles import Alignment, Font
    bk.ROOT = ROOT
    bold = Font(bold=True)
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    dt_ = wb.create_sheet("Data")
    for j, h in enumerate(["Calendar year", "Category", "Outcome", "Number"], 1):
        dt_.cell(1, j, h).font = bold
    at = {}
    r = 2
    for ylab_i, (ylab, per) in enumerate(NP_YEARS):
        for name, cat in NP_CATS:
            for oi, (oname, out) in enumerate(NP_OUTS):
                v = NP_DATA[cat][oi][ylab_i]
                dt_.cell(r, 1, ylab)
                dt_.cell(r, 2, name)
                dt_.cell(r, 3, oname)
                dt_.cell(r, 4, v)
                at[(cat, oi, ylab_i)] = (r, v)
                r += 1
    dt_.column_dimensions["B"].width = 38
    dt_.column_dimensions["C"].width = 24
    sm["A1"] = "Northumbria Police - Freedom of Information request 2026-0931"
    sm["A2"] = ("Allegations made against police officers and police staff (together). Every figure "
                "below is taken from the sheet 'Data'.")
    sm["A4"] = "Category / result"
    sm.merge_cells("A4:B5")
    sm["C4"] = "Total 2023 to 2026 YTD"
    sm.merge_cells("C4:C5")
    sm["D4"] = "Calendar year"
    sm.merge_cells("D4:G4")
    for j, (ylab, per) in enumerate(NP_YEARS):
        sm.cell(5, 4 + j, ylab)
    for rr in (4, 5):
        for cc in range(1, 8):
            sm.cell(rr, cc).font = bold
            sm.cell(rr, cc).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cached = {}
    r = 6
    for name, cat in NP_CATS:
        top = r
        sm.cell(r, 1, name)
        for oi, (oname, out) in enumerate(NP_OUTS):
            sm.cell(r, 2, oname)
            for j in range(len(NP_YEARS)):
                dr, v = at[(cat, oi, j)]
                ref = sm.cell(r, 4 + j)
                ref.value = f"=Data!D{dr}"
                cached[ref.coordinate] = v
            sm.cell(r, 3).value = f"=SUM(D{r}:G{r})"
            cached[sm.cell(r, 3).coordinate] = sum(NP_DATA[cat][oi])
            r += 1
        sm.cell(r, 2, "Total").font = bold
        for j in range(len(NP_YEARS)):
            col = "DEFG"[j]
            c = sm.cell(r, 4 + j)
            c.value = f"=SUM({col}{top}:{col}{r - 1})"
            c.font = bold
            cached[c.coordinate] = sum(NP_DATA[cat][oi][j] for oi in range(len(NP_OUTS)))
        c = sm.cell(r, 3)
        c.value = f"=SUM(C{top}:C{r - 1})"
        c.font = bold
        cached[c.coordinate] = sum(sum(x) for x in NP_DATA[cat])
        sm.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)
        sm.cell(top, 1).alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    sm.cell(r + 1, 1, "2026 YTD = 1 January 2026 to 30 September 2026.")
    sm.cell(r + 2, 1, "Under investigation = the allegation was still being investigated on 30 September 2026.")
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 24
    sm.column_dimensions["C"].width = 14
    bk.xlsx_save(wb, NP, creator="Northumbria Police", cached={"Summary": cached})


NF = "norfolk/NC FOI 001187-26 reply.txt"
NF_TEXT = """Norfolk Constabulary
Information Rights Team, Jubilee House, Falconers Chase, Wymondham NR18 0WW

Our reference: FOI 001187-26
Date: 4 December 2026

Dear Applicant

Freedom of Information Act 2000 - request 001187-26

Thank you for your request received on 12 November 2026. For clarity we have numbered your questions and
give our answer under each one.

Question 1: How many allegations of sexual harassment and of sexual assault were made against police officers
and police staff in each of the financial years 2024/25 and 2025/26?
Answer 1: In 2024/25 there were 14 allegations of sexual harassment and 5 allegations of sexual assault. In
2025/26 there were 11 allegations of sexual harassment and 7 allegations of sexual assault.

Question 2: How many of those allegations were made against police staff rather than police officers?
Answer 2: See question 1. The figures in our answer to question 1 cover police officers and police staff
together; a split between the two is not held for these years.

If you are unhappy with the way your request has been handled you may ask for an internal review within
40 working days of the date of this letter.

Yours sincerely

Information Rights Team
Norfolk Constabulary
"""


def norfolk(write):
    for y, sh, sa in ((2024, 14, 5), (2025, 11, 7)):
        key(NF, "norfolk", FY(y), "sexual_harassment", "officers_and_staff", "total", sh, KEY_LETTERS)
        key(NF, "norfolk", FY(y), "sexual_assault", "officers_and_staff", "total", sa, KEY_LETTERS)
    if write:
        p = LETTERS / NF
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(NF_TEXT, encoding="utf-8")


DB = "derbyshire/DC FOI 26-3377 disclosure.html"
DB_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>FOI 26-3377 Misconduct allegations - Derbyshire Constabulary</title></head>
<body>
<header><p>Derbyshire Constabulary - Freedom of Information disclosure log</p></header>
<main>
<h1>FOI 26-3377: sexual misconduct allegations</h1>
<p>Date of response: 8 December 2026</p>
<h2>Request</h2>
<p>Please tell me, for the financial year 2025/26 and for 2026/27 to date, how many allegations of sexual
harassment, sexual assault and violence against women and girls were made against police officers and police
staff.</p>
<h2>Response</h2>
<p>Derbyshire Constabulary holds part of the information you asked for. The tables give allegations against
police officers and police staff together.</p>
<table>
<caption>Table 1: 2025/26</caption>
<tr><th>Allegation type</th><th>Allegations</th></tr>
<tr><td>Sexual harassment</td><td>13</td></tr>
<tr><td>Sexual assault</td><td>6</td></tr>
</table>
<table>
<caption>Table 2: 1/4/2026 to 30/9/2026</caption>
<tr><th>Allegation type</th><th>Allegations</th></tr>
<tr><td>Sexual harassment</td><td>5</td></tr>
<tr><td>Sexual assault</td><td>2</td></tr>
</table>
<h3>Violence against women and girls</h3>
<p>Our case management system does not flag allegations as violence against women and girls. Finding them would
mean reading every allegation file for both periods, which would take well over the 18 hours allowed, so this
part of your request is refused under section 12(1) of the Act.</p>
<h2>Your right to complain</h2>
<p>You may ask for an internal review within 40 working days of this response, and then complain to the
Information Commissioner at www.ico.org.uk.</p>
</main>
</body>
</html>
"""


def derbyshire(write):
    ytd = ("2026-04-01", "2026-09-30")
    for per, sh, sa in ((FY(2025), 13, 6), (ytd, 5, 2)):
        key(DB, "derbyshire", per, "sexual_harassment", "officers_and_staff", "total", sh, KEY_LETTERS)
        key(DB, "derbyshire", per, "sexual_assault", "officers_and_staff", "total", sa, KEY_LETTERS)
        KEY_LETTERS.append([DB, "derbyshire", per[0], per[1], "vawg", "allegations", "officers_and_staff", "total",
                            "", "refused", "", "", "s12"])
    if write:
        p = LETTERS / DB
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(DB_HTML, encoding="utf-8")


EX = "essex/EP FOI 26-5570 reply.txt"
EX_TEXT = """Essex Police
Freedom of Information Team, PO Box 2, Springfield, Chelmsford CM2 6DA

Our ref: FOI 26-5570
Date: 7 December 2026

Dear Requester

You asked: "How many allegations of sexual harassment were made against police officers in the financial
year 2024/25, and what were their outcomes?"

Response

Essex Police holds this information. In 2024/25 there were 8 allegations of sexual harassment against police
officers. Of these, 3 resulted in a written warning and 5 are still under investigation.

One officer was dismissed at a hearing in 2024/25 for sexual harassment recorded in a previous year; that
dismissal is counted in the year the allegation was recorded, so it does not appear above.

If you are not satisfied with this response you may ask for an internal review within 40 working days.

Yours sincerely

Freedom of Information Team
Essex Police
"""


def essex(write):
    for out, v in (("total", 8), ("written_warning", 3), ("ongoing", 5)):
        key(EX, "essex", FY(2024), "sexual_harassment", "officers", out, v, KEY_LETTERS)
    if write:
        p = LETTERS / EX
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(EX_TEXT, encoding="utf-8")


CB = "cambridgeshire/CC FOI 0456-26 response.txt"
CB_TEXT = """Cambridgeshire Constabulary
Freedom of Information, Hinchingbrooke Park, Huntingdon PE29 6NP

Reference: FOI 0456-26
Date: 9 December 2026

Dear Requester

We have set out each part of your request with our answer beneath it.

Q1. How many allegations of sexual harassment and of sexual assault were made against officers and staff in
the calendar years 2024 and 2025?

A1. There were 12 allegations of sexual harassment in 2024 and 15 in 2025. There were 4 allegations of
sexual assault in 2024 and 6 in 2025.

Q2. How many allegations of violence against women and girls (VAWG) were made in each of those years?

A2. An allegation is flagged as VAWG as well as being recorded under its type, so these allegations are also
counted in our answer to Q1. The numbers flagged were 7 in 2024 and 9 in 2025.

If you are unhappy with this response you may ask for an internal review within 40 working days.

Yours sincerely

Information Access Team
Cambridgeshire Constabulary
"""


def cambridgeshire(write):
    for cat, v24, v25 in (("sexual_harassment", 12, 15), ("sexual_assault", 4, 6), ("vawg", 7, 9)):
        key(CB, "cambridgeshire", CY(2024), cat, "officers_and_staff", "total", v24, KEY_LETTERS)
        key(CB, "cambridgeshire", CY(2025), cat, "officers_and_staff", "total", v25, KEY_LETTERS)
    if write:
        p = LETTERS / CB
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(CB_TEXT, encoding="utf-8")


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
    lincolnshire(write)
    northumbria(write)
    norfolk(write)
    derbyshire(write)
    essex(write)
    cambridgeshire(write)
    if not write:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows(KEY + KEY_LETTERS)
        return
    merge(ROOT / "expected.csv", KEY)
    if KEY_LETTERS:
        merge(LETTERS / "expected.csv", KEY_LETTERS)


if __name__ == "__main__":
    main()
