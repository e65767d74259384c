#!/usr/bin/python3
"""make_round39a_fixtures.py: the fixtures of round 39a, with their rows of the keyed sets'
expected.csv keyed by hand below, as a careful reader would key them. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round39a_fixtures.py [--key]

It writes its documents; --key also puts its rows into each set's expected.csv in place of any
rows of its files there (the rows of every other source file are kept as they are).

  office: cumbria/Cumbria Constabulary FOI 2026-1142 data.xlsx
      one sheet: a title row over the whole sheet, then two tables side by side separated by an
      empty column E: "Police officers" over A-D and "Police staff" over F-I, each title in the
      first cell of its own table (not merged across it), each table with its own header row
      (Category / Outcome / 2024 / 2025); the category is named on the first row of its block
      only, the cells under it blank down to its bold Total row; a source note under both
      tables. Keyed: every count, the left table's as officers, the right table's as staff,
      calendar years 2024 and 2025.

  office: dyfed-powys/DPP FOI 2026-0914 response.docx
      a Word letter answering a request for "2025/26 and for 2026/27 so far"; per category a
      table of outcomes down and quarter columns across ("Q1 2025/26" ... "Q4 2025/26", a
      "Total 2025/26" column, "Q1 2026/27", "Q2 2026/27", a "Total 2026/27" column), officers
      and staff together. The letter says in a sentence of its own, not beside the year label,
      that the current year's figures run from 1 April 2026 to 30 September 2026. Keyed: each
      quarter column its three months, "Total 2025/26" the financial year, "Total 2026/27" 1
      April to 30 September 2026 (the stretch the letter states; the build before round 39a left
      it with no dates).
  unseen-tables: leicestershire/LP FOI 2026-2218 disclosure.html
      a disclosure-log page: one table of allegations against police officers, the category
      in a cell spanning its block's rows (rowspan), outcomes down, calendar years 2024 and
      2025 across, a Total row per category; a note above the table: "Blank entries in the
      table show that no allegations were recorded." Some outcome rows are blank in both years
      (a row naming its outcome and nothing else), some in one. Keyed: every blank cell a
      reported 0 (the page defines blank as nil), the whole-blank rows too.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

FIX = Path(__file__).resolve().parent.parent / "fixtures"
OFFICE = FIX / "office"
OFFICE_KEY = []
TABLES = FIX / "unseen-tables"
TABLES_KEY = []


def key(into, src, force, period, cat, subject, outcome, v):
    into.append([src, force, period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported", str(v),
                 str(v), ""])


CUMBRIA = "cumbria/Cumbria Constabulary FOI 2026-1142 data.xlsx"
CUMBRIA_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
                ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
CUMBRIA_DATA = {  # per subject, per category: (2024, 2025) per outcome
    "officers": [("Sexual harassment", "sexual_harassment", [(2, 1), (0, 3), (4, 2), (1, 5)]),
                 ("Sexual misconduct", "sexual_misconduct", [(1, 0), (2, 2), (0, 1), (3, 4)]),
                 ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(3, 2), (0, 0), (1, 0), (0, 2)])],
    "staff": [("Sexual harassment", "sexual_harassment", [(0, 1), (1, 0), (2, 3), (2, 1)]),
              ("Sexual misconduct", "sexual_misconduct", [(1, 1), (0, 0), (1, 2), (0, 3)]),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(0, 0), (1, 0), (0, 1), (2, 0)])],
}


def cumbria():
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = OFFICE
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 2026-1142"
    ws["A1"] = "Cumbria Constabulary - misconduct allegations of a sexual nature, calendar years 2024 and 2025"
    ws["A1"].font = Font(bold=True)
    years = [("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")]
    for c0, (title, subject) in ((1, ("Police officers", "officers")), (6, ("Police staff", "staff"))):
        ws.cell(row=3, column=c0, value=title).font = Font(bold=True)
        for j, h in enumerate(["Category", "Outcome", "2024", "2025"]):
            ws.cell(row=4, column=c0 + j, value=h).font = Font(bold=True)
        r = 5
        for lab, cat, outs in CUMBRIA_DATA[subject]:
            ws.cell(row=r, column=c0, value=lab)
            for i, ((ol, oc), vals) in enumerate(zip(CUMBRIA_OUTS, outs)):
                ws.cell(row=r, column=c0 + 1, value=ol)
                for k, v in enumerate(vals):
                    ws.cell(row=r, column=c0 + 2 + k, value=v)
                    key(OFFICE_KEY, CUMBRIA, "cumbria", years[k], cat, subject, oc, v)
                r += 1
            ws.cell(row=r, column=c0 + 1, value="Total").font = Font(bold=True)
            for k in range(2):
                t = sum(v[k] for v in outs)
                ws.cell(row=r, column=c0 + 2 + k, value=t).font = Font(bold=True)
                key(OFFICE_KEY, CUMBRIA, "cumbria", years[k], cat, subject, "total", t)
            r += 1
    ws.cell(row=r + 1, column=1, value="Source: Professional Standards Department database. Staff include police "
                                       "community support officers.")
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["F"].width = 38
    ws.column_dimensions["E"].width = 3
    bk.xlsx_save(wb, CUMBRIA, creator="Cumbria Constabulary")


DPP = "dyfed-powys/DPP FOI 2026-0914 response.docx"
DPP_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
DPP_DATA = {  # per category: per outcome, the six quarters (four of 2025/26, two of 2026/27)
    ("Sexual harassment", "sexual_harassment"): [(1, 0, 2, 1, 0, 1), (0, 1, 0, 0, 2, 0), (2, 2, 1, 0, 1, 1),
                                                 (0, 0, 1, 2, 1, 3)],
    ("Sexual misconduct", "sexual_misconduct"): [(0, 1, 1, 0, 1, 0), (1, 0, 0, 2, 0, 1), (0, 3, 0, 1, 2, 0),
                                                 (1, 0, 0, 0, 0, 2)],
}


def dyfed_powys():
    bk.ROOT = OFFICE
    quarters = [("Q1 2025/26", ("2025-04-01", "2025-06-30")), ("Q2 2025/26", ("2025-07-01", "2025-09-30")),
                ("Q3 2025/26", ("2025-10-01", "2025-12-31")), ("Q4 2025/26", ("2026-01-01", "2026-03-31")),
                ("Q1 2026/27", ("2026-04-01", "2026-06-30")), ("Q2 2026/27", ("2026-07-01", "2026-09-30"))]
    fy25, cur = ("2025-04-01", "2026-03-31"), ("2026-04-01", "2026-09-30")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", "Dyfed-Powys Police, PO Box 99, Llangunnor, Carmarthen SA31 2PF")
    bk.docx_heading(d, "Dyfed-Powys Police - Freedom of Information Act 2000", 13)
    bk.docx_para(d, "Reference: DPP FOI 2026-0914")
    bk.docx_para(d, "Date: 11 December 2026")
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "You asked: \"For 2025/26 and for 2026/27 so far, please give the number of allegations of sexual "
                    "harassment and of sexual misconduct made against police officers and police staff, broken down "
                    "by outcome and by quarter.\"")
    bk.docx_para(d, "The tables below give the allegations made against police officers and police staff together, "
                    "by quarter of the financial year. Our quarterly returns are validated once a quarter has ended: "
                    "the current year's figures therefore run from 1 April 2026 to 30 September 2026.")
    n = 0
    for (lab, cat), outs in DPP_DATA.items():
        n += 1
        bk.docx_heading(d, f"Table {n}: {lab}", 11)
        t = d.add_table(rows=1, cols=9)
        t.style = "Table Grid"
        heads = ["Outcome"] + [q for q, _ in quarters[:4]] + ["Total 2025/26"] + [q for q, _ in quarters[4:]] + \
                ["Total 2026/27"]
        for j, h in enumerate(heads):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        cols = [[] for _ in range(6)]
        for (ol, oc), vals in zip(DPP_OUTS, outs):
            r = t.add_row().cells
            row = [ol] + list(vals[:4]) + [sum(vals[:4])] + list(vals[4:]) + [sum(vals[4:])]
            for j, v in enumerate(row):
                bk.docx_cell(r[j], str(v), bold=j in (5, 8), size=8)
            for k, v in enumerate(vals):
                cols[k].append(v)
                key(OFFICE_KEY, DPP, "dyfed-powys", quarters[k][1], cat, "officers_and_staff", oc, v)
            key(OFFICE_KEY, DPP, "dyfed-powys", fy25, cat, "officers_and_staff", oc, sum(vals[:4]))
            key(OFFICE_KEY, DPP, "dyfed-powys", cur, cat, "officers_and_staff", oc, sum(vals[4:]))
        r = t.add_row().cells
        tot = [sum(c) for c in cols]
        row = ["Total"] + tot[:4] + [sum(tot[:4])] + tot[4:] + [sum(tot[4:])]
        for j, v in enumerate(row):
            bk.docx_cell(r[j], str(v), bold=True, size=8)
        for k, v in enumerate(tot):
            key(OFFICE_KEY, DPP, "dyfed-powys", quarters[k][1], cat, "officers_and_staff", "total", v)
        key(OFFICE_KEY, DPP, "dyfed-powys", fy25, cat, "officers_and_staff", "total", sum(tot[:4]))
        key(OFFICE_KEY, DPP, "dyfed-powys", cur, cat, "officers_and_staff", "total", sum(tot[4:]))
        bk.docx_para(d, "")
    bk.docx_para(d, "If you are unhappy with this response you may request an internal review within 40 working "
                    "days. You may also complain to the Information Commissioner.")
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Disclosure Unit, Dyfed-Powys Police")
    bk.docx_finish(d, DPP, "Dyfed-Powys Police")


LEICS = "leicestershire/LP FOI 2026-2218 disclosure.html"
LEICS_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
              ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer")]
LEICS_DATA = [  # per category: (2024, 2025) per outcome; None a blank cell
    ("Sexual harassment", "sexual_harassment", [(2, None), (None, None), (1, 3), (None, 4)]),
    ("Sexual misconduct", "sexual_misconduct", [(None, None), (1, None), (None, None), (2, 1)]),
    ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(1, 1), (None, None), (None, 2),
                                                                            (None, None)]),
]


def leicestershire():
    bk.ROOT = TABLES
    years = [("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")]
    cell = lambda v: "" if v is None else str(v)
    rows = []
    for lab, cat, outs in LEICS_DATA:
        n = len(outs) + 1
        for i, ((ol, oc), vals) in enumerate(zip(LEICS_OUTS, outs)):
            first = f'<th scope="rowgroup" rowspan="{n}">{bk.E(lab)}</th>' if i == 0 else ""
            rows.append(f"<tr>{first}<td>{bk.E(ol)}</td>" + "".join(f"<td>{cell(v)}</td>" for v in vals) + "</tr>")
            for k, v in enumerate(vals):
                key(TABLES_KEY, LEICS, "leicestershire", years[k], cat, "officers", oc, v or 0)
        tot = [sum(v[k] or 0 for v in outs) for k in range(2)]
        rows.append("<tr><td><strong>Total</strong></td>" + "".join(f"<td><strong>{cell(t or None)}</strong></td>"
                                                                     for t in tot) + "</tr>")
        for k, t in enumerate(tot):
            key(TABLES_KEY, LEICS, "leicestershire", years[k], cat, "officers", "total", t)
    body = "\n".join([
        "<header><p>Leicestershire Police</p><nav><a href=\"/foi\">Disclosure log</a></nav></header>",
        "<main>",
        "<h1>FOI 2026-2218: misconduct allegations of a sexual nature against police officers</h1>",
        "<p>Date of disclosure: 8 December 2026</p>",
        "<h2>Request</h2>",
        "<p>How many allegations of sexual harassment, sexual misconduct and abuse of position for a sexual "
        "purpose were made against Leicestershire Police officers in 2024 and in 2025, and what was the outcome "
        "of each?</p>",
        "<h2>Response</h2>",
        "<p>The table below gives the allegations made against police officers in each calendar year, by "
        "outcome. Blank entries in the table show that no allegations were recorded.</p>",
        "<table>",
        "<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Outcome</th><th scope=\"col\">2024</th>"
        "<th scope=\"col\">2025</th></tr></thead>",
        "<tbody>", *rows, "</tbody>",
        "</table>",
        "<p>Police staff are not included in these figures.</p>",
        "</main>",
        "<footer><p>&copy; Leicestershire Police 2026</p></footer>",
    ])
    bk.write_text(LEICS, bk.html_page("FOI 2026-2218 - Leicestershire Police", body))


if __name__ == "__main__":
    cumbria()
    dyfed_powys()
    leicestershire()
    if "--key" in sys.argv:
        bk.merge_key(OFFICE, OFFICE_KEY)
        bk.merge_key(TABLES, TABLES_KEY)
