#!/usr/bin/python3
"""make_round42a_fixtures.py: the documents of round 42 (part A) in the keyed sets; their
rows of each set's expected.csv are keyed by hand below, as a careful reader would key
them; --key writes them into that expected.csv in place of any rows of this script's files
it already has, keeping every other row as it is.

Written with blindkit's helpers (fixed core properties and zip times; reportlab's
invariant canvas): the output is byte-identical from run to run. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round42a_fixtures.py [--key]

  warwickshire/WP FOI 2026-2207 allegations.xlsx   (fixtures/office)
      a workbook whose two data sheets are named in GOV.UK's style, "Financial year 2023
      to 2024" and "Financial year 2024 to 2025", each with a title row that names no
      period, outcomes down and allegation types across (officers and staff together),
      and a "Read me" sheet of prose about "the financial years 2023 to 2024 and 2024 to
      2025". A careful reader takes each sheet's name for the financial year of its
      figures (2023/24, 2024/25), never two calendar years.

  cumbria/CC FOI 2026-1183 reply.html   (fixtures/unseen-tables)
      a web page: outcomes down, two period columns headed "Y/E Sep 2024" and "Y/E Sep
      2025" over each of two allegation types (a two-row head), a key line saying Y/E is
      the year ending with that month, officers and staff together. A careful reader takes
      each head for the twelve months to the end of that September, never the month.

  cleveland/Cleveland Police FOI 2026-0917 reply.html   (fixtures/unseen-tables)
      a web page dated on a line of its own at the top ("Dated 15 December 2026"), one table:
      allegation types down, columns "2024/25", "2025/26" and "2026/27 (to date)", officers
      and staff together. Nothing else says where the current year stops. A careful reader
      ends "2026/27 (to date)" on the letter's own date (round 42a's ruling):
      2026-04-01..2026-12-15.

  durham/DC FOI 26-4410 answer.html   (fixtures/unseen-tables)
      a web page, "Date: 10 December 2026", a table with columns "2025/26" and "2026/27" (no
      words saying part of the year) and a note under it "Data extracted on 30/11/2026". A
      careful reader takes "2026/27" in a letter of December 2026 for the year so far, to the
      day the data were extracted: 2026-04-01..2026-11-30; 2025/26 is the whole year.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT_OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
ROOT_TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"

SRC_XLSX = "warwickshire/WP FOI 2026-2207 allegations.xlsx"
KEY_XLSX = []
FY23 = ("2023-04-01", "2024-03-31", "Financial year 2023 to 2024")
FY24 = ("2024-04-01", "2025-03-31", "Financial year 2024 to 2025")
XTYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
XOUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
         ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
         ("Investigation ongoing", "ongoing")]
XDATA = {  # per year, per outcome: one count per type
    FY23: [(3, 1, 2), (2, 0, 1), (6, 2, 0), (4, 3, 1), (1, 2, 3)],
    FY24: [(5, 2, 1), (1, 1, 0), (3, 0, 2), (7, 1, 1), (2, 4, 0)],
}


def build_xlsx():
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = ROOT_OFFICE
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    for r, line in enumerate((
            "Warwickshire Police - response to FOI 2026-2207",
            "These sheets give the allegations of sexual misconduct recorded against our police officers and "
            "police staff in the financial years 2023 to 2024 and 2024 to 2025, by outcome.",
            "Officers and staff are counted together. Each sheet holds one financial year.",
            "Response sent on 14 December 2026."), 1):
        ws.cell(row=r, column=1, value=line)
    ws["A1"].font = Font(bold=True)
    for per in (FY23, FY24):
        s = wb.create_sheet(per[2])
        s.cell(row=1, column=1, value="Allegations by outcome and type").font = Font(bold=True)
        heads = ["Outcome"] + [tl for tl, _ in XTYPES]
        for j, h in enumerate(heads, 1):
            s.cell(row=3, column=j, value=h).font = Font(bold=True)
        tot = [0] * len(XTYPES)
        r = 4
        for (ol, oc), vals in zip(XOUTS, XDATA[per]):
            s.cell(row=r, column=1, value=ol)
            for j, v in enumerate(vals):
                s.cell(row=r, column=2 + j, value=v)
                tot[j] += v
                KEY_XLSX.append([SRC_XLSX, "warwickshire", per[0], per[1], XTYPES[j][1], "allegations",
                                 "officers_and_staff", oc, str(v), "reported", str(v), str(v), ""])
            r += 1
        s.cell(row=r, column=1, value="Total").font = Font(bold=True)
        for j, v in enumerate(tot):
            s.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
            KEY_XLSX.append([SRC_XLSX, "warwickshire", per[0], per[1], XTYPES[j][1], "allegations",
                             "officers_and_staff", "total", str(v), "reported", str(v), str(v), ""])
        s.column_dimensions["A"].width = 24
    bk.xlsx_save(wb, SRC_XLSX, creator="Warwickshire Police")


SRC_HTML = "cumbria/CC FOI 2026-1183 reply.html"
KEY_HTML = []
YE24 = ("2023-10-01", "2024-09-30", "Y/E Sep 2024")
YE25 = ("2024-10-01", "2025-09-30", "Y/E Sep 2025")
HTYPES = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment")]
HOUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
         ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer")]
HDATA = {  # per outcome: misconduct YE24, YE25, harassment YE24, YE25
    "dismissed": (2, 4, 1, 3), "written_warning": (5, 1, 0, 2), "management_action": (3, 6, 4, 1),
    "no_case_to_answer": (7, 2, 2, 5)}


def build_html():
    bk.ROOT = ROOT_TABLES
    cols = [(tc, per) for _, tc in HTYPES for per in (YE24, YE25)]
    rows = []
    tot = [0] * len(cols)
    for ol, oc in HOUTS:
        vals = HDATA[oc]
        rows.append("<tr><td>%s</td>%s</tr>" % (ol, "".join("<td>%d</td>" % v for v in vals)))
        for j, ((tc, per), v) in enumerate(zip(cols, vals)):
            tot[j] += v
            KEY_HTML.append([SRC_HTML, "cumbria", per[0], per[1], tc, "allegations", "officers_and_staff", oc,
                             str(v), "reported", str(v), str(v), ""])
    rows.append("<tr><td><b>Total</b></td>%s</tr>" % "".join("<td><b>%d</b></td>" % v for v in tot))
    for (tc, per), v in zip(cols, tot):
        KEY_HTML.append([SRC_HTML, "cumbria", per[0], per[1], tc, "allegations", "officers_and_staff", "total",
                         str(v), "reported", str(v), str(v), ""])
    body = """<h1>Cumbria Constabulary &ndash; Freedom of Information reply 2026-1183</h1>
<p>Reply sent 3 December 2026.</p>
<p>You asked for the outcomes of allegations of sexual misconduct and sexual harassment made against our
officers and staff. Our professional standards figures are reported for years ending in September.
Officers and staff are counted together.</p>
<p>Key: Y/E = year ending (the twelve months to the end of the month shown).</p>
<table border="1">
<thead>
<tr><th rowspan="2">Outcome</th>%s</tr>
<tr>%s</tr>
</thead>
<tbody>
%s
</tbody>
</table>
<p>If you are not satisfied with this reply you may ask for an internal review within 40 working days.</p>
""" % ("".join('<th colspan="2">%s</th>' % tl for tl, _ in HTYPES),
       "".join("<th>%s</th>" % per[2] for _ in HTYPES for per in (YE24, YE25)), "\n".join(rows))
    bk.write_text(SRC_HTML, bk.html_page("FOI 2026-1183 - Cumbria Constabulary", body))
    bk.ROOT = ROOT_OFFICE


SRC_CLE = "cleveland/Cleveland Police FOI 2026-0917 reply.html"
SRC_DUR = "durham/DC FOI 26-4410 answer.html"
KEY_DATES = []
DFY24 = ("2024-04-01", "2025-03-31")
DFY25 = ("2025-04-01", "2026-03-31")
DTYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
          ("Sexual misconduct", "sexual_misconduct")]
CLE = {"sexual_harassment": (7, 9, 4), "sexual_assault": (3, 5, 2), "abuse_of_position_sexual": (2, 1, 3),
       "sexual_misconduct": (11, 8, 6)}
DUR = {"sexual_harassment": (6, 2), "sexual_assault": (4, 1), "abuse_of_position_sexual": (0, 2),
       "sexual_misconduct": (9, 5)}


def build_dates():
    bk.ROOT = ROOT_TABLES
    pers = [DFY24, DFY25, ("2026-04-01", "2026-12-15")]
    rows = []
    for tl, tc in DTYPES:
        rows.append("<tr><td>%s</td>%s</tr>" % (tl, "".join("<td>%d</td>" % v for v in CLE[tc])))
        for per, v in zip(pers, CLE[tc]):
            KEY_DATES.append([SRC_CLE, "cleveland", per[0], per[1], tc, "allegations", "officers_and_staff", "total",
                              str(v), "reported", str(v), str(v), ""])
    body = """<p>Cleveland Police<br>Freedom of Information Unit</p>
<p>Dated 15 December 2026</p>
<h1>Freedom of Information request 2026-0917</h1>
<p>You asked how many allegations of sexual harassment, sexual assault, abuse of position for a sexual purpose
and sexual misconduct were made against our police officers and police staff in each financial year since
2024/25, including the current year.</p>
<p>The table below gives the allegations recorded in each financial year. Officers and staff are counted
together.</p>
<table border="1">
<thead><tr><th>Allegation type</th><th>2024/25</th><th>2025/26</th><th>2026/27 (to date)</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p>If you are dissatisfied with this reply you may ask for an internal review within 40 working days.</p>
""" % "\n".join(rows)
    bk.write_text(SRC_CLE, bk.html_page("FOI 2026-0917 - Cleveland Police", body))
    pers = [DFY25, ("2026-04-01", "2026-11-30")]
    rows = []
    for tl, tc in DTYPES:
        rows.append("<tr><td>%s</td>%s</tr>" % (tl, "".join("<td>%d</td>" % v for v in DUR[tc])))
        for per, v in zip(pers, DUR[tc]):
            KEY_DATES.append([SRC_DUR, "durham", per[0], per[1], tc, "allegations", "officers_and_staff", "total",
                              str(v), "reported", str(v), str(v), ""])
    body = """<h1>Durham Constabulary &ndash; FOI 26-4410</h1>
<p>Date: 10 December 2026</p>
<p>Your request asked for the number of allegations of sexual misconduct of each type made against police
officers and police staff for the last financial year and this one.</p>
<p>Officers and staff are counted together in the table below.</p>
<table border="1">
<thead><tr><th>Type of allegation</th><th>2025/26</th><th>2026/27</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p>Data extracted on 30/11/2026.</p>
<p>You can ask for an internal review of this answer within 40 working days.</p>
""" % "\n".join(rows)
    bk.write_text(SRC_DUR, bk.html_page("FOI 26-4410 - Durham Constabulary", body))
    bk.ROOT = ROOT_OFFICE


if __name__ == "__main__":
    build_xlsx()
    build_html()
    build_dates()
    if "--key" in sys.argv:
        bk.merge_key(ROOT_OFFICE, KEY_XLSX)
        bk.merge_key(ROOT_TABLES, KEY_HTML + KEY_DATES)
