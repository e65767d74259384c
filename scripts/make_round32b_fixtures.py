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

  cheshire/CC FOI 8840-26 response.docx
      a letter whose first table has the calendar years across and the allegation types
      down, each cell naming its people beside its figures, "Police officers: 6" and
      "Police staff: 2" with a line break between them; its second table, the outcomes of
      2025's allegations by type, gives "3 officers" and "1 staff" as two paragraphs of a
      cell. A careful reader keys each figure to the people it names: officers and staff
      apart, never the two together.

  hertfordshire/HC FOI 26-0148 misconduct print.pdf
      a sheet printed to PDF by a spreadsheet: no letter and no words of its own but the
      table; the sheet's title is in the page header printed the same on both landscape
      pages ("Hertfordshire Constabulary - misconduct allegations recorded against officers
      and staff"), "Printed 03/02/2026 - Page n of 2" below. Long rows: Calendar year /
      Category / Officers / Staff, the header row repeated on page 2 where 2025's rows go
      on. The label column says "Category", which names no measure: only the page header
      says the figures are allegations. A careful reader keys every cell as allegations.

  staffordshire/SP FOI 26-1450 extract.csv
      an extract: Financial year / Allegation type / Police officers / Police staff for 2024/25
      and 2025/26, and a source line "Data extracted 12/01/2027 from Centurion. Figures for
      2026/27 are not held." The year 2026/27 had not ended on the day the data were
      extracted, and nothing says where the part not held ends: a careful reader keys the
      three types as not held for 2026/27 to date with no dates (as the corpus keys a year to
      date nothing ends), officers and staff together (the note names no people), never the
      whole year.
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


CH = "cheshire/CC FOI 8840-26 response.docx"
CH_CATS = [("Domestic abuse", "domestic_abuse"), ("Sexual misconduct", "sexual_misconduct"),
           ("Discriminatory behaviour", "discriminatory_behaviour")]
CH_YEARS = {  # per category, (officers, staff) per calendar year
    2023: [(6, 2), (9, 1), (4, 0)],
    2024: [(8, 3), (5, 4), (2, 2)],
    2025: [(7, 0), (11, 2), (3, 1)],
}
CH_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Investigation ongoing", "ongoing")]
CH_2025 = {  # per outcome, (officers, staff) per category (adds up to 2025's column)
    "dismissed": [(1, 0), (2, 0), (0, 0)],
    "final_written_warning": [(1, 0), (3, 1), (1, 0)],
    "management_action": [(2, 0), (1, 0), (1, 1)],
    "no_case_to_answer": [(2, 0), (3, 1), (0, 0)],
    "ongoing": [(1, 0), (2, 0), (1, 0)],
}


def cheshire(write):
    from docx import Document
    d = Document()
    for text in ["Cheshire Constabulary", "Freedom of Information Unit, Clemonds Hey, Winsford CW7 2UA",
                 "Our reference: FOI 8840-26", "Dear Applicant",
                 "You asked how many allegations of domestic abuse, sexual misconduct and discriminatory "
                 "behaviour were made against police officers and police staff in each calendar year from "
                 "2023 to 2025, and what the outcomes of the 2025 allegations were.",
                 "Cheshire Constabulary holds this information. In the tables below each cell gives the "
                 "figure for police officers and the figure for police staff."]:
        d.add_paragraph(text)
    d.add_paragraph("Allegations recorded by calendar year")
    t = d.add_table(rows=1 + len(CH_CATS), cols=1 + len(CH_YEARS))
    t.style = "Table Grid"
    t.cell(0, 0).text = "Type of allegation"
    for j, y in enumerate(CH_YEARS, 1):
        t.cell(0, j).text = str(y)
    for i, (label, cat) in enumerate(CH_CATS, 1):
        t.cell(i, 0).text = label
        for j, (y, per) in enumerate(CH_YEARS.items(), 1):
            o, s = per[i - 1]
            run = t.cell(i, j).paragraphs[0].add_run(f"Police officers: {o}")
            run.add_break()
            t.cell(i, j).paragraphs[0].add_run(f"Police staff: {s}")
            key(CH, "cheshire", CY(y), cat, "officers", "total", o)
            key(CH, "cheshire", CY(y), cat, "staff", "total", s)
    d.add_paragraph("")
    d.add_paragraph("Outcomes of the allegations recorded in 2025")
    t = d.add_table(rows=1 + len(CH_OUTS), cols=1 + len(CH_CATS))
    t.style = "Table Grid"
    t.cell(0, 0).text = "Outcome"
    for j, (label, _) in enumerate(CH_CATS, 1):
        t.cell(0, j).text = label
    for i, (olabel, out) in enumerate(CH_OUTS, 1):
        t.cell(i, 0).text = olabel
        for j, (_, cat) in enumerate(CH_CATS, 1):
            o, s = CH_2025[out][j - 1]
            t.cell(i, j).text = f"{o} officer" + ("" if o == 1 else "s")
            t.cell(i, j).add_paragraph(f"{s} staff")
            key(CH, "cheshire", CY(2025), cat, "officers", out, o)
            key(CH, "cheshire", CY(2025), cat, "staff", out, s)
    for text in ["Outcomes are those recorded at 30 January 2026.",
                 "If you are unhappy with this response you may ask for an internal review.",
                 "Yours sincerely", "Freedom of Information Unit"]:
        d.add_paragraph(text)
    if write:
        p = ROOT / CH
        p.parent.mkdir(parents=True, exist_ok=True)
        d.core_properties.created = __import__("datetime").datetime(2026, 2, 2, 9, 0, 0)
        d.core_properties.modified = d.core_properties.created
        d.save(p)
        fixed_zip(p)


def fixed_zip(p):
    """The same bytes on every run: every member dated alike."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 2, 2, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


HE = "hertfordshire/HC FOI 26-0148 misconduct print.pdf"
HE_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Domestic abuse", "domestic_abuse"), ("Discriminatory behaviour", "discriminatory_behaviour")]
HE_DATA = {  # per category, (officers, staff)
    2023: [(12, 3), (5, 1), (9, 0), (7, 2)],
    2024: [(14, 6), (4, 0), (11, 2), (6, 1)],
    2025: [(10, 2), (8, 3), (13, 1), (9, 4)],
}


def hertfordshire(write):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, PageBreak
    data = [["Calendar year", "Category", "Officers", "Staff"]]
    for y, per in HE_DATA.items():
        for (label, cat), (o, s) in zip(HE_CATS, per):
            data.append([str(y), label, str(o), str(s)])
            key(HE, "hertfordshire", CY(y), cat, "officers", "total", o)
            key(HE, "hertfordshire", CY(y), cat, "staff", "total", s)
    if not write:
        return
    sty = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                      ("FONT", (0, 1), (-1, -1), "Helvetica", 10), ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    cut = 1 + 2 * len(HE_CATS)
    story = []
    for part in (data[:cut], data[:1] + data[cut:]):
        t = Table(part, colWidths=[40 * mm, 80 * mm, 30 * mm, 30 * mm])
        t.setStyle(sty)
        story += [t, PageBreak()]
    story.pop()

    def furn(c, d):
        w, h = landscape(A4)
        c.saveState()
        c.setFont("Helvetica", 9)
        c.drawCentredString(w / 2, h - 10 * mm,
                            "Hertfordshire Constabulary - misconduct allegations recorded against officers and staff")
        c.drawCentredString(w / 2, 9 * mm, f"Printed 03/02/2026 - Page {d.page} of 2")
        c.restoreState()
    p = ROOT / HE
    p.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(p), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Sheet1", author="Microsoft Excel",
                            invariant=1)
    doc.build(story, onFirstPage=furn, onLaterPages=furn)


ST = "staffordshire/SP FOI 26-1450 extract.csv"
ST_CATS = [("Sexual misconduct", "sexual_misconduct"), ("Domestic abuse", "domestic_abuse"),
           ("Discriminatory behaviour", "discriminatory_behaviour")]
ST_DATA = {  # financial year: per category, (officers, staff)
    ("2024/25", ("2024-04-01", "2025-03-31")): [(8, 2), (5, 1), (4, 3)],
    ("2025/26", ("2025-04-01", "2026-03-31")): [(11, 4), (6, 0), (2, 2)],
}


def staffordshire(write):
    rows = [["Financial year", "Allegation type", "Police officers", "Police staff"]]
    for (label, per), vals in ST_DATA.items():
        for (clabel, cat), (o, s) in zip(ST_CATS, vals):
            rows.append([label, clabel, str(o), str(s)])
            key(ST, "staffordshire", per, cat, "officers", "total", o)
            key(ST, "staffordshire", per, cat, "staff", "total", s)
    for _, cat in ST_CATS:
        KEY.append([ST, "staffordshire", "", "", cat, "allegations", "officers_and_staff", "total", "", "not_held",
                    "", "", ""])
    rows.append(["Data extracted 12/01/2027 from Centurion. Figures for 2026/27 are not held.", "", "", ""])
    if write:
        p = ROOT / ST
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)


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
    cheshire(write)
    hertfordshire(write)
    staffordshire(write)
    if not write:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows(KEY)
        return
    merge(ROOT / "expected.csv", KEY)


if __name__ == "__main__":
    main()
