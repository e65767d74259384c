#!/usr/bin/python3
"""make_blind17_fixtures.py -- the seventeenth blind test batch for `foi` and its answer key.

The request, sent on 14 October 2026: for each of the financial years 2022/23 to 2025/26 and the
calendar years 2024 and 2025, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and their outcomes.  Fifteen forces answer in sixteen
files (one covering e-mail with its printed-spreadsheet PDF beside it).  Several PDFs are produced
the way forces produce them: a Word letter or an Excel workbook exported to PDF by LibreOffice.
The machinery (F/L/N accounting, writers, read_back, check) is blindkit.py beside this script;
keying calls are in fixtures/blind17/NOTES.md.

usage: /usr/bin/python3 make_blind17_fixtures.py             # rebuild fixtures/blind17 (or $FOI_BLIND17_OUT)
       /usr/bin/python3 make_blind17_fixtures.py check       # verify determinism and every number
       /usr/bin/python3 make_blind17_fixtures.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, MON, SPAN, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      docx_repeat_header, xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND17_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind17").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQ_DATE = "14 October 2026"
REQUEST17 = ("Please provide, for each of the financial years 2022/23, 2023/24, 2024/25 and "
             "2025/26, and for the calendar years 2024 and 2025, the number of allegations of "
             "sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
             "purpose and violence against women and girls (VAWG) made against police officers "
             "and police staff, broken down by officers and staff, and the outcome of each "
             "allegation (for example dismissed, final written warning, written warning, "
             "management action or reflective practice, no case to answer, not upheld, withdrawn "
             "or still under investigation).")
FYRS = (2022, 2023, 2024, 2025)
CYRS = (2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2020, 2028)}
FSPAN = SPAN(FY(2022), FY(2025))
WORDS = bk.WORDS
XCAT = "a total across allegation types (no category)"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LO_PROFILE = "file:///tmp/blind17-lo-profile"


def request17():
    return N(REQUEST17, "the request's years")


def rng(name):
    return random.Random("blind17-" + name)


def gen(name, cats, outs, periods, subjects=("all",), hi=4, lo=0):
    return bk.counts_over(rng(name), cats, outs, periods, subjects, hi, lo)


def tot(d, c, p, s, outs):
    return sum(d[(c, oc, p, s)] for _, oc in outs)


# =========================================================================== LibreOffice export


def pdf_normalise(b):
    """LibreOffice stamps a creation date, a document id and a checksum: fix them (same lengths)."""
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20261103100000", b)
    b = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20261103100000", b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>",
               lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group(0)), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    return b


def lo_pdf(tmp_file, src):
    """Export tmp_file (a .docx or .xlsx written outside the batch) to PDF with LibreOffice and
    write it as src; returns the PDF's text as read back (for the page furniture)."""
    out = Path(tempfile.mkdtemp(prefix="b17lo-"))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(tmp_file)],
                   check=True, capture_output=True)
    pdf = out / (Path(tmp_file).stem + ".pdf")
    write_bytes(src, pdf_normalise(pdf.read_bytes()))
    shutil.rmtree(out)
    shutil.rmtree(Path(tmp_file).parent)
    return bk.pdf_text(bk.dest(src))


def furniture_from(text, pattern, why):
    """Declare the page furniture LibreOffice printed (page numbers) as non-figures."""
    for m in re.finditer(pattern, text):
        N(m.group(0), why)


def tmp_path(name):
    return Path(tempfile.mkdtemp(prefix="b17src-")) / name


def docx_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    el = OxmlElement("w:fldSimple")
    el.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    el.append(r)
    par._p.append(el)


def docx_fixed(d, author):
    bk.docx_props(d, author, datetime.datetime(2026, 11, 3, 10, 0, 0))


def zip_patch(path, name, fn):
    """Rewrite one member of a zip written outside the batch."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in members:
            z.writestr(i, fn(data) if i.filename == name else data)


def docx_table(d, rows, header_rows=1, widths=None, size=9, shade="D9D9D9", bold_rows=(),
               repeat=True):
    """A ruled Word table from rows of text (None: no cell text)."""
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cl = t.cell(i, j)
            docx_cell(cl, "" if v is None else str(v), bold=i < header_rows or i in bold_rows,
                      align=None if j == 0 else 1, size=size)
            if i < header_rows:
                docx_shade(cl, shade)
            if widths:
                cl.width = Cm(widths[j])
        if i < header_rows and repeat:
            docx_repeat_header(t.rows[i])
    return t


# =========================================================================== read-back


def read17(path):
    return bk.read_back(Path(path), dates=True)


# =========================================================================== 1 West Yorkshire: Word -> PDF


def build_west_yorkshire():
    """West Yorkshire Police: a Word letter exported to PDF by LibreOffice.  One long ruled table
    (Financial year / Allegation type / Outcome / Police officers / Police staff), 160 rows over
    several pages with the header row repeated on each page; the allegation type printed only on
    the first row of its block, the year on every row; a bold Total row closes each block."""
    from docx.shared import Pt
    src = "west-yorkshire/WYP FOI 2026-6120 response.pdf"
    KEY.file(src, "west-yorkshire")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn / discontinued", "withdrawn"), ("Under investigation", "ongoing")]
    d = gen("wyp", CATS5, outs, FYRS, ("officers", "staff"), hi=4)
    for c in CATS5:                    # older years are closed: nothing still under investigation
        for y in (2022, 2023):
            for s in ("officers", "staff"):
                d[(c, "ongoing", y, s)] = 0
    doc = bk.docx_a4(docx_new("Liberation Sans", 10))
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = 1
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    fp.add_run("West Yorkshire Police \u2013 Freedom of Information \u2013 Page ")
    docx_field(fp, "PAGE")
    fp.add_run(" of ")
    docx_field(fp, "NUMPAGES")
    bk.docx_para(doc, "West Yorkshire Police", bold=True, size=14, align=2)
    bk.docx_para(doc, N("Information Management, PO Box 9, Laburnum Road, Wakefield, WF1 3QP",
                "PO box; postcode"), align=2)
    bk.docx_para(doc, N("Our reference: FOI 2026/6120", "reference"))
    bk.docx_para(doc, N("Date: 6 November 2026", "date"))
    bk.docx_para(doc, "Dear Requester,")
    bk.docx_para(doc, N(f"Thank you for your request for information received on {REQ_DATE}:", "date"))
    bk.docx_para(doc, request17(), italic=True)
    bk.docx_para(doc, "Decision", bold=True, size=11)
    bk.docx_para(doc, "West Yorkshire Police holds the information you requested. Misconduct allegations "
              "are recorded and reported by financial year; the table below gives allegations "
              "against police officers and police staff for each financial year you asked for. "
              "We do not report conduct matters by calendar year and have not answered that part "
              "of your request separately, as the same allegations are counted in the table.")
    bk.docx_para(doc, N("The outcome is the one recorded on the date of this response. Allegations still "
                "under investigation in 2022/23 and 2023/24 have all been finalised.",
                "'the one recorded'; years"))
    bk.docx_para(doc, N("Table 1 \u2013 allegations by financial year, allegation type and outcome",
                "table number"), bold=True)
    rows = [["Financial year", "Allegation type", "Outcome", "Police officers", "Police staff"]]
    bold = []
    for y in FYRS:
        for c in CATS5:
            for i, (ol, oc) in enumerate(outs):
                rows.append([N(FLAB[y], "year label"), CL[c] if i == 0 else None, ol]
                            + [F(c, oc, d[(c, oc, y, s)], FY(y), subject=s)
                               for s in ("officers", "staff")])
            bold.append(len(rows))
            rows.append([N(FLAB[y], "year label"), None, "Total"]
                        + [F(c, "total", tot(d, c, y, s, outs), FY(y), subject=s)
                           for s in ("officers", "staff")])
    docx_table(doc, rows, widths=[2.4, 5.2, 5.6, 2.2, 2.2], size=8.5, shade="C6D9F1",
               bold_rows=bold)
    bk.docx_para(doc, "")
    bk.docx_para(doc, N("An allegation made against more than one person is counted once for each person. "
                "West Yorkshire Police employs about 6,100 police officers and 4,800 police staff.",
                "headcounts"), size=9)
    bk.docx_para(doc, rights("West Yorkshire Police", 40))
    bk.docx_para(doc, "Yours sincerely,")
    bk.docx_para(doc, "Disclosure Officer, Information Management")
    docx_fixed(doc, "West Yorkshire Police")
    tmp = tmp_path("WYP FOI 2026-6120 response.docx")
    doc.save(tmp)
    text = lo_pdf(tmp, src)
    furniture_from(text, r"Page \d+ of \d+", "page numbers")


# =========================================================================== 2 Bedfordshire: e-mail + printed workbook


def build_bedfordshire():
    """Bedfordshire Police: a covering e-mail (plain text) and its attachment, a workbook 'printed'
    to PDF by LibreOffice: landscape, gridlines, the column header row repeated on every page,
    page header and footer; outcomes down and financial years across in blocks per category, each
    block opened by a shaded category row and closed by a Total row."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    mail = "bedfordshire/RE FOI 2026-01187 Bedfordshire Police response.txt"
    att = "bedfordshire/Bedfordshire FOI 2026-01187 data.pdf"
    KEY.file(mail, "bedfordshire")
    lines = [N("From: Freedom of Information <foi@bedfordshire.police.uk>", ""),
             "To: requester", N("Sent: 4 November 2026 11:42", "date and time"),
             N("Subject: RE: FOI 2026/01187 - sexual misconduct allegations", "reference"),
             N("Attachments: Bedfordshire FOI 2026-01187 data.pdf", "attachment name"), "",
             "Dear Requester,", "",
             N(f"Thank you for your e-mail of {REQ_DATE} requesting information about allegations "
               "against Bedfordshire Police officers and staff.", "date"), "",
             "Please find attached our response in PDF format. The figures are allegations made "
             "against police officers and police staff together, by financial year of recording.",
             "We hold this information by financial year only; the calendar-year figures you "
             "asked for are therefore not held.", "",
             rights("Bedfordshire Police", 20), "", "Kind regards,", "",
             "Information Access Team", "Bedfordshire Police", ""]
    for c in CATS5:
        for y in CYRS:
            KEY.fig(c, "total", NH, CY(y), printed=False)
    write_text(mail, "\r\n".join(lines), newline="\r\n")

    KEY.file(att, "bedfordshire")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Live", "ongoing")]
    d = gen("beds", CATS5, outs, FYRS, hi=5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 2026-01187"
    bold = Font(bold=True)
    ws["A1"] = "Bedfordshire Police \u2013 Professional Standards Department"
    ws["A2"] = N("FOI 2026/01187 \u2013 allegations against police officers and police staff",
                 "reference")
    ws["A3"] = "Allegations of a sexual nature and VAWG, by financial year in which recorded"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(bold=True, size=12 if r == 1 else 10)
    head = ["Allegation type / outcome"] + [N(FLAB[y], "year heading") for y in FYRS] \
        + [N("Total 2022/23 to 2025/26", "column heading: years")]
    for j, h in enumerate(head, 1):
        cl = ws.cell(5, j, h)
        cl.font = bold
        cl.fill = PatternFill("solid", fgColor="BDD7EE")
        cl.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 6
    shade = PatternFill("solid", fgColor="E7E6E6")
    for c in CATS5:
        ws.cell(r, 1, CL[c]).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = shade
        r += 1
        for ol, oc in outs:
            ws.cell(r, 1, "    " + ol)
            vs = [d[(c, oc, y, "all")] for y in FYRS]
            for j, (y, v) in enumerate(zip(FYRS, vs), 2):
                ws.cell(r, j, int(F(c, oc, v, FY(y))))
            ws.cell(r, 6, int(F(c, oc, sum(vs), FSPAN)))
            r += 1
        ws.cell(r, 1, "Total").font = bold
        tv = [tot(d, c, y, "all", outs) for y in FYRS]
        for j, (y, v) in enumerate(zip(FYRS, tv), 2):
            ws.cell(r, j, int(F(c, "total", v, FY(y)))).font = bold
        ws.cell(r, 6, int(F(c, "total", sum(tv), FSPAN))).font = bold
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: \u2018Live\u2019 = still under investigation or awaiting a misconduct "
                  "meeting or hearing. Management action includes reflective practice.")
    ws.cell(r + 1, 1, N("Data extracted from Centurion on 30 October 2026.", "date"))
    ws.column_dimensions["A"].width = 44
    for col in "BCDEF":
        ws.column_dimensions[col].width = 15
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.gridLines = True
    ws.print_title_rows = "5:5"
    ws.oddHeader.left.text = "OFFICIAL"
    ws.oddHeader.right.text = "Bedfordshire Police"
    ws.oddFooter.center.text = "Page &P of &N"
    ws.page_margins.top = 0.9
    ws.page_margins.bottom = 0.9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    tmp = tmp_path("Bedfordshire FOI 2026-01187 data.xlsx")
    wb.save(tmp)
    zip_patch(tmp, "xl/workbook.xml", lambda b: b.replace(b"!5:5<", b"!$5:$5<"))
    text = lo_pdf(tmp, att)
    furniture_from(text, r"Page \d+ of \d+", "page numbers")
    for _ in range(text.count("Allegation type / outcome") - 1):     # print titles
        N(" ".join(head[1:]), "column header repeated at the top of the next page")


# =========================================================================== 3 Merseyside: workbook -> PDF, rotated headers


def build_merseyside():
    """Merseyside Police: a workbook of three sheets (one per financial year) exported to PDF by
    LibreOffice, one page per sheet; the outcome column headers rotated 90 degrees; each
    allegation type merged down over its Officer and Staff rows; '*' for one to four in the staff rows only (s40(2));
    the sheet name printed in the page header."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "merseyside/Merseyside Police FOI 2026-2291 tables.pdf"
    KEY.file(src, "merseyside")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Sub judice / ongoing", "ongoing")]
    years = (2023, 2024, 2025)
    d = gen("mersey", CATS5, outs, years, ("officers", "staff"), hi=6)
    wb = openpyxl.Workbook()
    first = True
    border = xl_border()
    for y in years:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"{y}-{str(y + 1)[2:]}"
        N(ws.title, "sheet name: year (printed in the page header)")
        ws["A1"] = "Merseyside Police \u2013 Professional Standards"
        a, b = FY(y)
        ws["A2"] = N(f"Allegations recorded 1 April {y} to 31 March {y + 1}",
                     "period of the sheet (dates)")
        ws["A3"] = "Police officers and police staff"
        for r in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).font = Font(bold=True, size=12 if r == 1 else 10)
        head = ["Allegation type", "Employee"] + [o for o, _ in outs] + ["Total"]
        for j, h in enumerate(head, 1):
            cl = ws.cell(5, j, h)
            cl.font = Font(bold=True)
            cl.border = border
            cl.fill = PatternFill("solid", fgColor="DDEBF7")
            cl.alignment = Alignment(textRotation=90 if j > 2 else 0, vertical="bottom",
                                     horizontal="center", wrap_text=j > 2)
        ws.row_dimensions[5].height = 120
        r = 6
        for c in CATS5:
            ws.cell(r, 1, CL[c])
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
            ws.cell(r, 1).alignment = Alignment(vertical="center", wrap_text=True)
            for s, sl in (("officers", "Officer"), ("staff", "Staff")):
                ws.cell(r, 2, sl).border = border
                ws.cell(r, 1).border = border
                vals = [d[(c, oc, y, s)] for _, oc in outs] + [tot(d, c, y, s, outs)]
                for j, (v, oc) in enumerate(zip(vals, [o for _, o in outs] + ["total"]), 3):
                    if s == "staff" and 1 <= v <= 4:
                        cell = F(c, oc, SUP(1, 4), FY(y), subject=s, said="*")
                    else:
                        cell = int(F(c, oc, v, FY(y), subject=s))
                    cl = ws.cell(r, j, cell)
                    cl.border = border
                    cl.alignment = Alignment(horizontal="center")
                r += 1
        ws.cell(r + 1, 1, N("* = between one and four (police staff only). Figures of fewer than "
                            "five for police staff are withheld under section 40(2) of the "
                            "Freedom of Information Act 2000.",
                            "suppression definition; section; act year"))
        ws.column_dimensions["A"].width = 30
        ws.column_dimensions["B"].width = 10
        for j in range(3, 11):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 8
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.oddHeader.center.text = "&A"
        ws.oddHeader.right.text = "OFFICIAL"
        ws.oddFooter.left.text = "FOI 2026/2291"
        ws.oddFooter.right.text = "Page &P"
    tmp = tmp_path("Merseyside Police FOI 2026-2291 tables.xlsx")
    wb.save(tmp)
    text = lo_pdf(tmp, src)
    furniture_from(text, r"Page \d+", "page number")
    furniture_from(text, r"FOI 2026/2291", "reference (page footer)")


# =========================================================================== 4 Leicestershire: data sheet, hidden rows, pivot


def build_leicestershire():
    """Leicestershire Police workbook: 'Notes' sheet; 'Data' long format with the 2021/22 rows
    (outside the request) hidden, some counts stored as text with a trailing space; 'Summary' a
    pivot-looking cross-tab (categories x years, Grand Total row and column) restating the totals;
    a hidden 'Lists' sheet of codes."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "leicestershire/Leics FOI 002291-26 workbook.xlsx"
    KEY.file(src, "leicestershire")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Management Action", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under Investigation", "ongoing")]
    cat_lab = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
               AP: "Abuse of Position for a Sexual Purpose", VG: "VAWG"}
    d = gen("leics", CATS5, outs, (2021,) + FYRS, ("officers", "staff"), hi=4)
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    nl = ["Leicestershire Police \u2013 Freedom of Information",
          N("Request reference: 002291/26", "reference"),
          N(f"Request received: {REQ_DATE}", "date"),
          N("Data: allegations recorded against police officers and police staff, by financial "
            "year of recording (1 April to 31 March).", "dates of the financial year"),
          N("The Data sheet lists every combination with at least one allegation; combinations "
            "with none are not listed.", "'at least one' (blanket statement)"),
          "The Summary sheet totals the Data sheet by allegation category and year.",
          "Leicestershire Police records conduct matters by financial year; calendar-year "
          "figures are not held.",
          "Some counts are stored as text because of the way the export was produced; they are "
          "numbers.",
          N("Queries: foi@leics.police.uk or 101.", "telephone number")]
    for i, t in enumerate(nl, 1):
        notes.cell(i, 1, t)
    notes["A1"].font = Font(bold=True, size=12)
    for c in CATS5:
        for y in CYRS:
            KEY.fig(c, "total", NH, CY(y), printed=False)
    data = wb.create_sheet("Data")
    hdr = ["Financial Year", "Allegation Category", "Employee Type", "Outcome", "Count"]
    for j, h in enumerate(hdr, 1):
        cl = data.cell(1, j, h)
        cl.font = Font(bold=True, color="FFFFFF")
        cl.fill = PatternFill("solid", fgColor="1F4E78")
    r = 2
    k = 0
    for y in (2021,) + FYRS:
        for c in CATS5:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                for ol, oc in outs:
                    v = d[(c, oc, y, s)]
                    if v == 0:
                        continue
                    if y == 2021:
                        data.append([N(FLAB[y], "hidden row (2021/22): not keyed"), cat_lab[c],
                                     sl, ol, int(N(str(v), "hidden row (2021/22): not keyed"))])
                        data.row_dimensions[r].hidden = True
                    else:
                        k += 1
                        txt = F(c, oc, v, FY(y), subject=s)
                        data.append([N(FLAB[y], "year label"), cat_lab[c], sl, ol,
                                     txt + " " if k % 5 == 0 else int(txt)])
                    r += 1
    data.auto_filter.ref = f"A1:E{r - 1}"
    data.freeze_panes = "A2"
    for col, w in zip("ABCDE", (14, 40, 16, 24, 8)):
        data.column_dimensions[col].width = w
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Sum of Count"
    summ["B1"] = "Column Labels"
    summ["A2"] = "Row Labels"
    for j, y in enumerate(FYRS, 2):
        summ.cell(2, j, N(FLAB[y], "year heading"))
    summ.cell(2, 6, "Grand Total")
    for cl in summ[2]:
        cl.font = Font(bold=True)
        cl.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, c in enumerate(CATS5, 3):
        summ.cell(i, 1, cat_lab[c])
        vs = [sum(d[(c, oc, y, s)] for _, oc in outs for s in ("officers", "staff"))
              for y in FYRS]
        for j, (y, v) in enumerate(zip(FYRS, vs), 2):
            summ.cell(i, j, int(F(c, "total", v, FY(y))))
        summ.cell(i, 6, int(F(c, "total", sum(vs), FSPAN)))
    gi = 3 + len(CATS5)
    summ.cell(gi, 1, "Grand Total").font = Font(bold=True)
    allv = []
    for j, y in enumerate(FYRS, 2):
        v = sum(d[(c, oc, y, s)] for c in CATS5 for _, oc in outs for s in ("officers", "staff"))
        allv.append(v)
        summ.cell(gi, j, int(N(str(v), XCAT))).font = Font(bold=True)
    summ.cell(gi, 6, int(N(str(sum(allv)), XCAT))).font = Font(bold=True)
    summ.column_dimensions["A"].width = 40
    lists = wb.create_sheet("Lists")
    lists.sheet_state = "hidden"
    lists["A1"] = "Outcome code"
    lists["B1"] = "Outcome"
    for i, (ol, _) in enumerate(outs, 2):
        lists.cell(i, 1, int(N(str(10 + i), "hidden sheet: outcome code")))
        lists.cell(i, 2, ol)
    lists["D1"] = "Suppression threshold"
    lists["E1"] = int(N("5", "hidden sheet: threshold"))
    xlsx_save(wb, src, creator="PSD Business Support")


# =========================================================================== 5 Suffolk: a sheet per category, formulas


def build_suffolk():
    """Suffolk Constabulary workbook: a 'Read me' sheet, then one sheet per allegation type; on
    each a merged title block, a two-row header (a 'Financial year' band over four years and a
    Total, a 'Calendar year' band over 2024 and 2025), outcomes down; the Total column and Total
    row are SUM formulas with cached values."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter as CLT
    src = "suffolk/Suffolk FOI 002871-26 response.xlsx"
    KEY.file(src, "suffolk")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    periods = [FY(y) for y in FYRS] + [CY(y) for y in CYRS]
    d = gen("suffolk", CATS5, outs, periods, hi=4)
    wb = openpyxl.Workbook()
    rm = wb.active
    rm.title = "Read me"
    texts = ["Suffolk Constabulary \u2013 Freedom of Information Decision",
             N("Reference: FOI 002871/26", "reference"),
             N(f"Your request of {REQ_DATE}:", "date"), request17(), "",
             N("Each of the following sheets gives one allegation type. Figures are allegations "
               "against police officers and police staff together.", "'one allegation type'"),
             N("Financial years run from 1 April to 31 March; calendar years from 1 January to "
               "31 December. The same allegation can appear in a financial-year column and a "
               "calendar-year column.", "dates defining the years"),
             "Totals are calculated in the sheet.",
             N("Suffolk Constabulary, Martlesham Heath, Ipswich, IP5 3QS", "postcode")]
    for i, t in enumerate(texts, 1):
        rm.cell(i, 1, t)
    rm["A1"].font = Font(bold=True, size=13)
    rm.column_dimensions["A"].width = 120
    sheetname = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
                 AP: "APSP", VG: "VAWG"}
    cached = {}
    fill = PatternFill("solid", fgColor="D9E1F2")
    for c in CATS5:
        ws = wb.create_sheet(sheetname[c])
        cache = cached[ws.title] = {}
        ws["A1"] = f"Suffolk Constabulary \u2013 allegations of {CL[c].lower()}"
        ws["A2"] = "Police officers and police staff; outcome as at 31 October 2026"
        N("31 October 2026", "date")
        ws.merge_cells("A1:H1")
        ws.merge_cells("A2:H2")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A4"] = "Outcome"
        ws.merge_cells("A4:A5")
        ws["B4"] = "Financial year"
        ws.merge_cells("B4:F4")
        ws["G4"] = "Calendar year"
        ws.merge_cells("G4:H4")
        labs = [N(FLAB[y], "year heading") for y in FYRS] + ["Total"] + \
            [N(str(y), "year heading") for y in CYRS]
        for j, h in enumerate(labs, 2):
            ws.cell(5, j, h)
        for row in ws["A4:H5"]:
            for cl in row:
                cl.font = Font(bold=True)
                cl.fill = fill
                cl.alignment = Alignment(horizontal="center")
                cl.border = xl_border()
        r = 6
        for ol, oc in outs:
            ws.cell(r, 1, ol)
            for j, y in enumerate(FYRS, 2):
                ws.cell(r, j, int(F(c, oc, d[(c, oc, FY(y), "all")], FY(y))))
            ws.cell(r, 6, f"=SUM(B{r}:E{r})")
            cache[f"F{r}"] = F(c, oc, sum(d[(c, oc, FY(y), "all")] for y in FYRS), FSPAN)
            for j, y in enumerate(CYRS, 7):
                ws.cell(r, j, int(F(c, oc, d[(c, oc, CY(y), "all")], CY(y))))
            r += 1
        ws.cell(r, 1, "Total").font = Font(bold=True)
        for j in range(2, 9):
            col = CLT(j)
            ws.cell(r, j, f"=SUM({col}6:{col}{r - 1})").font = Font(bold=True)
            p = periods[j - 2] if j < 6 else (FSPAN if j == 6 else periods[j - 3])
            if j == 6:
                v = sum(tot(d, c, FY(y), "all", outs) for y in FYRS)
            else:
                v = tot(d, c, p, "all", outs)
            cache[f"{col}{r}"] = F(c, "total", v, p)
        ws.column_dimensions["A"].width = 30
    xlsx_save(wb, src, creator="Suffolk Constabulary", cached=cached)


# =========================================================================== 6 Hampshire: Word -> PDF, counts and percentages


def build_hampshire():
    """Hampshire & Isle of Wight Constabulary: a Word letter exported to PDF by LibreOffice.
    Table 1 categories x financial and calendar years; Table 2 (landscape section) outcomes of
    2025/26 allegations with 'No.' and '%' side by side under each category; Table 3 public
    complaints by type (context only, not keyed); vetting numbers in prose."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK  # noqa: F401
    from docx.shared import Cm
    src = "hampshire/HIOWC FOI 2026-03310 response.pdf"
    KEY.file(src, "hampshire")
    r = rng("hants")
    doc = bk.docx_a4(docx_new("Liberation Serif", 11))
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = 2
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    fp.add_run("Hampshire and Isle of Wight Constabulary \u2013 ")
    docx_field(fp, "PAGE")
    bk.docx_para(doc, "Hampshire and Isle of Wight Constabulary", bold=True, size=14)
    bk.docx_para(doc, N("Information Rights, Police Headquarters, Mottisfont Court, Tower Street, "
                "Winchester, SO23 8ZD", "postcode"))
    bk.docx_para(doc, N("Our reference: HC/FOI/2026/03310", "reference"))
    bk.docx_para(doc, N("5 November 2026", "date"))
    bk.docx_para(doc, "Dear Requester,")
    bk.docx_para(doc, N(f"Your request of {REQ_DATE} asked:", "date"))
    bk.docx_para(doc, request17(), italic=True)
    bk.docx_para(doc, "Response", bold=True, size=12)
    bk.docx_para(doc, "Table 1 gives allegations against police officers and police staff together, by "
              "financial year and by calendar year of recording. We cannot break the figures down "
              "between officers and staff without reading each file; Table 2 gives the outcomes "
              "of the allegations recorded in 2025/26." if N("1 2 2025/26", "table numbers; year")
         else "")
    bk.docx_para(doc, N("Table 1: allegations recorded", "table number"), bold=True)
    T = {}
    rows = [["Allegation type"] + [N(FLAB[y], "year heading") for y in FYRS]
            + [N(f"{y} (calendar)", "year heading") for y in CYRS]]
    for c in CATS5:
        row = [CL[c]]
        for y in FYRS:
            T[(c, y)] = r.randint(6, 30 if c != AP else 8)
            row.append(F(c, "total", T[(c, y)], FY(y)))
        for y in CYRS:
            row.append(F(c, "total", r.randint(6, 30 if c != AP else 8), CY(y)))
        rows.append(row)
    docx_table(doc, rows, widths=[5.0] + [1.9] * 6, size=9)
    # landscape section for Table 2
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = sec.page_height, sec.page_width
    bk.docx_para(doc, N("Table 2: outcomes of allegations recorded in 2025/26 (officers and staff)",
                "table number; year"), bold=True)
    outs = [("Dismissed", "dismissed"), ("Resigned or retired", "resigned_or_retired"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice / management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Investigation ongoing", "ongoing")]
    head1 = ["Outcome"]
    head2 = [""]
    for c in CATS5:
        head1 += [CL[c], None]
        head2 += ["No.", "%"]
    rows = [head1, head2]
    V = {}
    for c in CATS5:
        left = T[(c, 2025)]
        for i, (_, oc) in enumerate(outs):
            v = left if i == len(outs) - 1 else min(left, r.randint(0, max(1, left // 3)))
            V[(c, oc)] = v
            left -= v
    for ol, oc in outs:
        row = [ol]
        for c in CATS5:
            v = V[(c, oc)]
            pct = f"{100 * v / T[(c, 2025)]:.0f}%"
            row += [F(c, oc, v, FY(2025)), N(pct, "percentage")]
        rows.append(row)
    row = ["Total"]
    for c in CATS5:
        row += [F(c, "total", T[(c, 2025)], FY(2025), restated=True), N("100%", "percentage")]
    rows.append(row)
    t = docx_table(doc, rows, header_rows=2, size=8, bold_rows=(len(rows) - 1,))
    for j in range(1, 11, 2):
        a, b = t.cell(0, j), t.cell(0, j + 1)
        txt = a.text
        m = a.merge(b)
        docx_cell(m, txt, bold=True, align=1, size=8)
    t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(t.cell(0, 0), "Outcome", bold=True, size=8)
    for i in range(len(rows)):
        t.cell(i, 0).width = Cm(5.5)
    bk.docx_para(doc, "Percentages are of all allegations of that type recorded in 2025/26 and may not "
              "add up to 100 because of rounding." if N("2025/26 100", "year; percentage")
         else "", size=9)
    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = sec.page_width, sec.page_height
    bk.docx_para(doc, "Additional information", bold=True, size=12)
    bk.docx_para(doc, "For context only, Table 3 shows all public complaints recorded in 2025/26 by the "
              "type of allegation in the complaint. It is not part of the answer to your request."
         if N("3 2025/26", "table number; year") else "")
    bk.docx_para(doc, N("Table 3: public complaint allegations recorded, 2025/26",
                "table number; year"), bold=True)
    comp = [("Delivery of duties and service", "1,214"),
            ("Police powers, policies and procedures", "618"),
            ("Individual behaviours", "433"), ("Discriminatory behaviour", "71"),
            ("Handling of or damage to property", "96"), ("All complaint allegations", "2,432")]
    rows = [["Complaint allegation type", "Allegations"]] + \
        [[a, N(b, "public complaints of all kinds (context table): not keyed")] for a, b in comp]
    docx_table(doc, rows, widths=[8.0, 3.0], size=9)
    bk.docx_para(doc, "")
    bk.docx_para(doc, N("Our Vetting Unit completed 3,906 vetting clearances in 2025/26 and refused 112; "
                "these figures are given for context and are not allegations.",
                "vetting numbers; year"))
    bk.docx_para(doc, rights("Hampshire and Isle of Wight Constabulary", 40))
    bk.docx_para(doc, "Yours sincerely,")
    bk.docx_para(doc, "Information Rights Officer")
    docx_fixed(doc, "Hampshire and Isle of Wight Constabulary")
    tmp = tmp_path("HIOWC FOI 2026-03310 response.docx")
    doc.save(tmp)
    text = lo_pdf(tmp, src)
    furniture_from(text, r"Constabulary \u2013 \d+", "page number")


# =========================================================================== 7 Devon and Cornwall: revised response (DOCX)


def build_devon_and_cornwall():
    """Devon & Cornwall Police: a REVISED response in Word replacing an earlier letter.  The
    corrections paragraph gives the superseded figures (not keyed) and the corrected ones
    (restating Table 1); Table 1 category x Employee x financial year; Table 2 outcomes of 2025/26
    allegations, categories across; calendar years not held."""
    src = "devon-and-cornwall/DCP FOI 2026-004417 REVISED response.docx"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dc")
    doc = bk.docx_a4(docx_new("Arial", 10))
    bk.docx_header_footer(doc, "OFFICIAL", "Devon & Cornwall Police \u2013 OFFICIAL")
    bk.docx_para(doc, "Devon & Cornwall Police", bold=True, size=14)
    bk.docx_para(doc, N("Freedom of Information, Middlemoor, Exeter, EX2 7HQ", "postcode"))
    bk.docx_para(doc, N("Reference: 2026-004417 (revised)", "reference"))
    bk.docx_para(doc, N("Date: 19 November 2026", "date"))
    bk.docx_para(doc, "REVISED RESPONSE", bold=True, size=12)
    bk.docx_para(doc, N("This letter replaces our response dated 2 November 2026.", "date"))
    T = {}
    for c in CATS5:
        for s in ("officers", "staff"):
            for y in FYRS:
                T[(c, s, y)] = r.randint(4, 22) if s == "officers" else r.randint(0, 7)
                if c == AP:
                    T[(c, s, y)] //= 3
    rows = [["Allegation type", "Employee"] + [N(FLAB[y], "year heading") for y in FYRS]]
    for c in CATS5:
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            rows.append([CL[c] if s == "officers" else "", sl]
                        + [F(c, "total", T[(c, s, y)], FY(y), subject=s) for y in FYRS])
    fixes = [(SH, "staff", 2024, "Sexual harassment, police staff, 2024/25"),
             (SA, "officers", 2025, "Sexual assault, police officers, 2025/26"),
             (VG, "staff", 2025, "Violence against women and girls, police staff, 2025/26")]
    bk.docx_para(doc, N("Our earlier response counted some allegations recorded against police staff "
                "twice and placed two allegations in the wrong year. The figures below are "
                "correct and supersede those we gave before. The following figures have changed:",
                "'two allegations' misplaced (not a count of a category)"))
    for c, s, y, lab in fixes:
        old = T[(c, s, y)] + 3
        bk.docx_para(doc, L(f"{lab}: previously {old}, now {{v}}",
                    "year; the superseded figure of the earlier response (not keyed)",
                    v=F(c, "total", T[(c, s, y)], FY(y), subject=s, restated=True)),
             style="List Bullet")
    bk.docx_para(doc, "Response", bold=True, size=11)
    bk.docx_para(doc, request17(), italic=True)
    bk.docx_para(doc, N("Table 1: allegations recorded by financial year", "table number"), bold=True)
    docx_table(doc, rows, size=9, shade="D0CECE")
    bk.docx_para(doc, "")
    bk.docx_para(doc, N("Table 2: outcomes of allegations recorded in 2025/26 (police officers and staff "
                "together)", "table number; year"), bold=True)
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management advice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Still under investigation", "ongoing")]
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    V = {}
    for c in CATS5:
        left = T[(c, "officers", 2025)] + T[(c, "staff", 2025)]
        for i, (_, oc) in enumerate(outs):
            v = left if i == len(outs) - 1 else min(left, r.randint(0, 3))
            V[(c, oc)] = v
            left -= v
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, V[(c, oc)], FY(2025)) for c in CATS5])
    rows.append(["Total"] + [F(c, "total", T[(c, "officers", 2025)] + T[(c, "staff", 2025)],
                               FY(2025)) for c in CATS5])
    docx_table(doc, rows, size=8.5, shade="D0CECE", bold_rows=(len(rows) - 1,))
    bk.docx_para(doc, "")
    bk.docx_para(doc, "Calendar years", bold=True)
    bk.docx_para(doc, "Devon & Cornwall Police records misconduct allegations by financial year. "
              "Figures for the calendar years 2024 and 2025 are not held: producing them would "
              "mean creating new information." if N("2024 2025", "years") else "")
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y))
    bk.docx_para(doc, "We apologise for the error in our earlier response.")
    bk.docx_para(doc, rights("Devon & Cornwall Police", 40))
    bk.docx_para(doc, "Yours faithfully,")
    bk.docx_para(doc, "Freedom of Information Officer")
    bk.docx_save(doc, src, "Devon & Cornwall Police")


# =========================================================================== 8 Dorset: footnote markers, NCND, s21


def build_dorset():
    """Dorset Police Word letter: calendar years only, a two-row header (year over Officers /
    Staff); footnote markers glued to figures ('3\u00b9', '5*', '12(a)'); abuse of position against
    police staff neither confirmed nor denied (s40(5B)); the financial-year part withheld under
    section 21 (already published); 2025 outcomes for sexual harassment by officers in prose."""
    src = "dorset/Dorset Police FOI 2026-1871 response.docx"
    KEY.file(src, "dorset")
    r = rng("dorset")
    doc = bk.docx_a4(docx_new("Calibri", 11))
    bk.docx_header_footer(doc, "NOT PROTECTIVELY MARKED", "Dorset Police \u2013 Freedom of "
                          "Information")
    bk.docx_para(doc, "Dorset Police", bold=True, size=16)
    bk.docx_para(doc, N("Information Disclosure, Force Headquarters, Winfrith, Dorchester, DT2 8DZ",
                "postcode"))
    bk.docx_para(doc, N("Reference: 2026-1871", "reference"))
    bk.docx_para(doc, N("Date: 28 October 2026", "date"))
    bk.docx_para(doc, "Dear Requester,")
    bk.docx_para(doc, N(f"Thank you for your request dated {REQ_DATE}:", "date"))
    bk.docx_para(doc, request17(), italic=True)
    bk.docx_para(doc, "Financial years", bold=True)
    bk.docx_para(doc, "Figures for the financial years 2022/23 to 2025/26 were published in our response "
              "to request 2026-0877, which is available on our disclosure log. That part of your "
              "request is therefore exempt under section 21 (information reasonably accessible "
              "by other means)." if N("2022/23 2025/26 2026-0877 21",
                                      "years; earlier reference; section") else "")
    for c in CATS5:
        for y in FYRS:
            F(c, "total", REF("s21"), FY(y))
    bk.docx_para(doc, "Calendar years", bold=True)
    bk.docx_para(doc, "The table gives allegations recorded in each calendar year.")
    T = {}
    for c in CATS5:
        for y in CYRS:
            T[(c, y, "officers")] = r.randint(3, 16) if c != AP else r.randint(1, 4)
            T[(c, y, "staff")] = r.randint(0, 5)
    T[(SH, 2025, "officers")] = 12
    marks = {(SM, 2024, "officers"): "\u00b9", (SH, 2025, "officers"): "(a)",
             (VG, 2025, "staff"): "*", (SA, 2025, "officers"): "*"}
    rows = [["Allegation type", N("2024", "year heading"), None, N("2025", "year heading"), None],
            ["", "Officers", "Staff", "Officers", "Staff"]]
    for c in CATS5:
        row = [CL[c]]
        for y in CYRS:
            for s in ("officers", "staff"):
                if c == AP and s == "staff":
                    F(c, "total", NCND("s40(5B)"), CY(y), subject=s)
                    row.append("NCND")
                    continue
                row.append(F(c, "total", T[(c, y, s)], CY(y), subject=s)
                           + marks.get((c, y, s), ""))
        rows.append(row)
    t = docx_table(doc, rows, header_rows=2, size=9.5, shade="E2EFDA")
    for j in (1, 3):
        txt = t.cell(0, j).text
        m = t.cell(0, j).merge(t.cell(0, j + 1))
        docx_cell(m, txt, bold=True, align=1, size=9.5)
    t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(t.cell(0, 0), "Allegation type", bold=True, size=9.5)
    bk.docx_para(doc, N("\u00b9 Includes one allegation first recorded as sexual harassment and "
                "reclassified.", "footnote marker"), size=9)
    bk.docx_para(doc, "* Includes allegations still under investigation, whose category may change.",
         size=9)
    bk.docx_para(doc, N("(a) One allegation was made against two officers and is counted once for each "
                "officer.", "footnote: one allegation, two officers (not a figure)"), size=9)
    bk.docx_para(doc, "NCND: Dorset Police neither confirms nor denies whether it holds information on "
              "allegations of abuse of position for a sexual purpose against members of police "
              "staff. To confirm or deny could identify the individuals concerned, and section "
              "40(5B) of the Act applies." if N("40(5B)", "section") else "", size=9)
    v = {"dismissed": 2, "final_written_warning": 3, "management_action": 4,
         "no_case_to_answer": 1, "ongoing": 2}
    sent = L("Of the {t} allegations of sexual harassment against police officers recorded in "
             "2025, {a} resulted in dismissal, {b} in a final written warning, {c} in management "
             "action and {d} in a finding of no case to answer; {e} are still under "
             "investigation. None was withdrawn.", "year",
             t=F(SH, "total", 12, CY(2025), subject="officers", restated=True),
             a=F(SH, "dismissed", v["dismissed"], CY(2025), subject="officers",
                 said=WORDS[v["dismissed"]]),
             b=F(SH, "final_written_warning", v["final_written_warning"], CY(2025),
                 subject="officers", said=WORDS[v["final_written_warning"]]),
             c=F(SH, "management_action", v["management_action"], CY(2025), subject="officers",
                 said=WORDS[v["management_action"]]),
             d=F(SH, "no_case_to_answer", v["no_case_to_answer"], CY(2025), subject="officers",
                 said=WORDS[v["no_case_to_answer"]]),
             e=F(SH, "ongoing", v["ongoing"], CY(2025), subject="officers",
                 said=WORDS[v["ongoing"]]))
    F(SH, "withdrawn", 0, CY(2025), subject="officers", said="None was withdrawn")
    bk.docx_para(doc, sent)
    bk.docx_para(doc, rights("Dorset Police", 40))
    bk.docx_para(doc, "Yours sincerely,")
    bk.docx_para(doc, "Information Disclosure Officer")
    bk.docx_save(doc, src, "Dorset Police")


# =========================================================================== 9 Civil Nuclear: e-mail, ranges


def build_civil_nuclear():
    """Civil Nuclear Constabulary: a plain-text e-mail reply with the original request quoted
    ('>') and the answer below it in prose; small counts given as 'between 1 and 4' (s40(2));
    number words; calendar-year part answered with the financial-year totals (not keyed)."""
    src = "civil-nuclear/RE FOI CNC-2026-114 allegations.txt"
    KEY.file(src, "civil-nuclear")
    r = rng("cnc")
    lines = [N("From: CNC Freedom of Information <foi@cnc.pnn.police.uk>", ""),
             "To: Requester", N("Date: Thu, 5 Nov 2026 09:14:07 +0000", "date and time"),
             N("Subject: RE: FOI CNC-2026-114 - allegations against officers and staff",
               "reference"), "",
             "Dear Requester,", "",
             "Thank you for your request, which we have dealt with under the Freedom of "
             "Information Act. Our answer is below your original message.", "",
             N(f"On {REQ_DATE}, you wrote:", "date")]
    import textwrap
    lines += ["> " + x for x in textwrap.wrap(request17(), 72)]
    lines += ["", "ANSWER", "",
              "The Civil Nuclear Constabulary is a small force and records allegations against "
              "officers and staff together. Where a figure is between 1 and 4 we have not given "
              "the exact number, as it could identify the people involved (section 40(2)).",
              ""]
    N("1 4 40(2)", "suppression definition; section")
    T = {}
    for y in FYRS:
        for c in CATS5:
            T[(c, y)] = (r.choice([0, 0, 0, 1, 2, 5, 6, 7]) if c in (SH, SM)
                         else r.choice([0, 0, 1, 2]))
    T[(SH, 2025)] = max(T[(SH, 2025)], 6)
    for y in FYRS:
        parts = []
        for c in CATS5:
            v = T[(c, y)]
            name = CL[c].lower().replace("violence against women and girls", "VAWG")
            if v == 0:
                parts.append(f"{F(c, 'total', 0, FY(y), said='no')} allegations of {name}")
            elif v < 5:
                parts.append(f"{F(c, 'total', SUP(1, 4), FY(y), said='between 1 and 4')} "
                             f"allegations of {name}")
            else:
                parts.append(f"{F(c, 'total', v, FY(y), said=WORDS[v])} allegations of {name}")
        s = (L(f"In {FLAB[y]} we recorded ", "year") + "; ".join(parts[:-1]) + "; and "
             + parts[-1] + ".")
        lines += textwrap.wrap(s, 78) + [""]
    # outcomes for the largest 2025/26 figure
    c = SH
    tv = T[(c, 2025)]
    a, b = 1, 2
    rest = tv - a - b
    s = L(f"Of the {{t}} allegations of {CL[c].lower()} recorded in 2025/26, {{a}} led to "
          f"dismissal, {{b}} to a written warning and {{c}} remain under investigation.", "year",
          t=F(c, "total", tv, FY(2025), said=WORDS[tv], restated=True),
          a=F(c, "dismissed", a, FY(2025), said=WORDS[a]),
          b=F(c, "written_warning", b, FY(2025), said=WORDS[b]),
          c=F(c, "ongoing", rest, FY(2025), said=WORDS[rest]))
    lines += textwrap.wrap(s, 78) + [""]
    lines += textwrap.wrap("We record by financial year and do not hold the figures by calendar "
                           "year.", 78) + [""]
    for c2 in CATS5:
        for y in CYRS:
            F(c2, "total", NH, CY(y), said="")
    lines += textwrap.wrap(rights("the Civil Nuclear Constabulary", 40), 78)
    lines += ["", "Regards,", "", "Disclosure Team", "Civil Nuclear Constabulary",
              N("Culham Science Centre, Abingdon, OX14 3DB", "postcode"), ""]
    write_text(src, "\n".join(lines))


# =========================================================================== 10 Ministry of Defence Police: nested tables, dl


def build_ministry_of_defence():
    """Ministry of Defence Police disclosure page (HTML): per financial year an <h3> and a table
    whose 'Outcomes' cell holds a nested table of outcome / number (outcomes with none not
    listed); calendar years as <dl> definition lists."""
    src = "ministry-of-defence/MDP FOI 2026-08812 disclosure.html"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    body = ['<header class="govuk-header"><a href="/">GOV.UK</a></header>',
            '<main class="govuk-main-wrapper">',
            "<h1>Ministry of Defence Police: allegations of sexual misconduct against officers "
            "and staff</h1>",
            '<dl class="meta"><dt>Reference</dt><dd>' + N("FOI2026/08812", "reference")
            + "</dd><dt>Published</dt><dd>" + N("9 November 2026", "date") + "</dd></dl>",
            "<h2>Request</h2>", f"<blockquote><p>{E(request17())}</p></blockquote>",
            "<h2>Response</h2>",
            "<p>The Ministry of Defence Police holds information in scope of your request. The "
            "figures are allegations against MDP officers and MDP civilian staff together. "
            "Outcomes with no allegations are not listed.</p>"]
    for y in FYRS:
        body.append(f"<h3>{N(FLAB[y], 'year heading')}</h3>")
        body.append('<table class="govuk-table"><thead><tr><th>Allegation type</th>'
                    "<th>Allegations</th><th>Outcomes</th></tr></thead><tbody>")
        for c in CATS5:
            vals = {oc: r.choice([0, 0, 0, 1, 1, 2, 3]) for _, oc in outs}
            if y < 2025:
                vals["ongoing"] = 0
            t = sum(vals.values())
            inner = "".join(f"<tr><td>{ol}</td><td>{F(c, oc, vals[oc], FY(y))}</td></tr>"
                            for ol, oc in outs if vals[oc])
            cell = (f'<table class="nested">{inner}</table>' if t else "&ndash;")
            body.append(f"<tr><th scope=\"row\">{CL[c]}</th><td>{F(c, 'total', t, FY(y))}</td>"
                        f"<td>{cell}</td></tr>")
        body.append("</tbody></table>")
    body.append("<h2>Calendar years</h2>")
    for y in CYRS:
        body.append(f"<h3>{N(str(y), 'year heading')}</h3><dl class=\"cal\">")
        for c in CATS5:
            v = r.randint(0, 6)
            body.append(f"<dt>{CL[c]}</dt><dd>{F(c, 'total', v, CY(y))} "
                        f"allegation{'s' if v != 1 else ''}</dd>")
        body.append("</dl>")
    body += ["<p>" + E(rights("the Ministry of Defence Police", 40)) + "</p>", "</main>",
             '<footer class="govuk-footer"><p>' + N("\u00a9 Crown copyright 2026",
                                                    "copyright year")
             + "</p></footer>"]
    write_text(src, html_page(N("FOI2026/08812 - Ministry of Defence Police", "page title: reference"), "\n".join(body)))


# =========================================================================== 11 Kent: CSV cp1252, semicolons, months


def build_kent():
    """Kent Police CSV: Windows-1252, semicolon-separated, every field quoted (numbers too), CRLF;
    preamble with en dashes, curly quotes and a pound sign; months Jan..Dec as columns for each
    calendar year, with a 'Year total' column; officers and staff on separate rows."""
    src = "kent/Kent Police FOI 26-11520 monthly.csv"
    KEY.file(src, "kent")
    r = rng("kent")
    q = lambda x: '"' + str(x).replace('"', '""') + '"'  # noqa: E731
    lines = [q("Kent Police \u2013 Professional Standards Department \u2013 FOI 26/11520"),
             q("Allegations recorded by month, calendar years 2024 and 2025 (\u201clive\u201d "
               "data extracted 30/10/2026)"),
             q("Financial-year figures were provided in FOI 26/04471 and are withheld here under "
               "section 21 (reasonably accessible to you); no fee (\u00a3) applies"), ""]
    N(lines[0] + lines[1] + lines[2], "reference; years; extraction date; earlier reference; section")
    F_ = []
    for c in CATS5:
        for y in FYRS:
            F_.append(F(c, "total", REF("s21"), FY(y)))
    head = ["Year", "Allegation type", "Employee type"] + MONTHS + ["Year total"]
    lines.append(";".join(q(h) for h in head))
    for y in CYRS:
        for c in CATS5:
            for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                vs = [r.choice([0, 0, 0, 1, 1, 2, 3]) if s == "officers" else
                      r.choice([0, 0, 0, 0, 1]) for _ in MONTHS]
                if c == AP:
                    vs = [min(v, 1) for v in vs]
                cells = [N(str(y), "year label"), CL[c], sl] + \
                    [F(c, "total", v, MON(y, m), subject=s) for m, v in enumerate(vs, 1)] + \
                    [F(c, "total", sum(vs), CY(y), subject=s)]
                lines.append(";".join(q(x) for x in cells))
    lines.append("")
    lines.append(q("An allegation is counted in the month it was recorded. Officers include "
                   "special constables."))
    write_text(src, "\r\n".join(lines) + "\r\n", encoding="cp1252", newline="\r\n")


# =========================================================================== 12 Staffordshire: prose, s12 for calendar years


def build_staffordshire():
    """Staffordshire Police plain-text letter (house style: figures in prose, number words):
    financial years answered, officers and staff together; the calendar-year part refused under
    section 12 with the cost estimate; outcomes of 2025/26 for two categories in words."""
    import textwrap
    src = "staffordshire/FOI 7741-26 response.txt"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    w = lambda s: textwrap.wrap(s, 80)  # noqa: E731
    lines = ["STAFFORDSHIRE POLICE", N("Freedom of Information Unit, PO Box 3167, Stafford, "
                                      "ST16 9JZ", "PO box; postcode"), "",
             N("Our ref: FOI 7741/26", "reference"), N("Date: 2 November 2026", "date"), "",
             "Dear Requester,", "", N(f"I write in response to your request of {REQ_DATE}:",
                                      "date"), ""]
    lines += ["    " + x for x in textwrap.wrap('"' + request17() + '"', 76)] + [""]
    lines += w(N("Staffordshire Police has a duty under Section 1(1)(a) of the Freedom of "
                 "Information Act 2000 to confirm whether it holds the information and, under "
                 "Section 1(1)(b), to provide it.", "section numbers; act year")) + [""]
    lines += ["FINANCIAL YEARS", ""]
    T = {(c, y): r.randint(0, 14) if c != AP else r.randint(0, 4) for y in FYRS for c in CATS5}
    for c in (SA, SH):
        T[(c, 2025)] = max(T[(c, 2025)], 7)
    for y in FYRS:
        parts = []
        for c in CATS5:
            v = T[(c, y)]
            noun = CL[c].lower().replace("violence against women and girls",
                                         "violence against women and girls (VAWG)")
            if v == 0:
                parts.append(f"{F(c, 'total', 0, FY(y), said='no')} allegations of {noun}")
            else:
                parts.append(f"{F(c, 'total', v, FY(y), said=WORDS[v])} "
                             f"allegation{'s' if v != 1 else ''} of {noun}")
        s = (L(f"During {FLAB[y]} there were ", "year") + ", ".join(parts[:-1]) + " and "
             + parts[-1] + " made against police officers and police staff.")
        lines += w(s) + [""]
    outs = [("dismissed", "were dismissed"), ("final_written_warning",
                                                "received a final written warning"),
            ("management_action", "were dealt with by the reflective practice review process"),
            ("no_case_to_answer", "had no case to answer"), ("ongoing",
                                                             "are still being investigated")]
    for c in (SA, SH):
        left = T[(c, 2025)]
        parts = []
        for i, (oc, words) in enumerate(outs):
            v = left if i == len(outs) - 1 else min(left, r.randint(0, 3))
            left -= v
            parts.append(f"{F(c, oc, v, FY(2025), said=WORDS[v])} {words}")
        s = (L(f"Of the {{t}} allegations of {CL[c].lower()} recorded in 2025/26, ", "year",
               t=F(c, "total", T[(c, 2025)], FY(2025), said=WORDS[T[(c, 2025)]],
                   restated=True))
             + ", ".join(parts[:-1]) + " and " + parts[-1] + ".")
        lines += w(s) + [""]
    lines += ["CALENDAR YEARS", ""]
    lines += w(N("Our recording system reports by financial year only. To give figures for the "
                 "calendar years 2024 and 2025 we would have to review around 640 misconduct "
                 "files by hand; at an estimated 3 minutes per file this would take 32 hours, "
                 "which exceeds the appropriate limit of 18 hours (\u00a3450). That part of your "
                 "request is therefore refused under Section 12(1) of the Act.",
                 "years; cost estimate (files, minutes, hours, pounds); section")) + [""]
    for c in CATS5:
        for y in CYRS:
            F(c, "total", REF("s12"), CY(y))
    lines += w(rights("Staffordshire Police", 40)) + ["", "Yours sincerely,", "",
                                                      "Freedom of Information Officer", ""]
    write_text(src, "\n".join(lines))


# =========================================================================== 13 West Midlands: HTML n (p%)


def build_west_midlands():
    """West Midlands Police disclosure page: one table per allegation type, financial years as
    rows, outcomes across, each outcome cell 'n (p%)' (a share of that year's total), Total
    column; calendar years answered in a short list."""
    src = "west-midlands/WMP FOI 9120_26 disclosure.html"
    KEY.file(src, "west-midlands")
    r = rng("wmp")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    body = ['<div class="wmp-header"><span>West Midlands Police</span></div>',
            '<div class="foi-disclosure">',
            "<h1>Allegations of sexual misconduct and VAWG against officers and staff</h1>",
            "<p><strong>Reference:</strong> " + N("9120_26", "reference")
            + " &nbsp; <strong>Date:</strong> " + N("3 November 2026", "date") + "</p>",
            "<h2>Request</h2>", f"<p><em>{E(request17())}</em></p>",
            "<h2>Response</h2>",
            "<p>The tables give allegations against police officers and police staff together, "
            "by financial year of recording, with the outcome of each. The percentage is the "
            "share of that year\u2019s allegations of that type.</p>"]
    for c in CATS5:
        body.append(f"<h3>{CL[c]}</h3>")
        body.append('<table class="table table-striped"><thead><tr><th>Financial year</th>'
                    + "".join(f"<th>{ol}</th>" for ol, _ in outs)
                    + "<th>Total</th></tr></thead><tbody>")
        for y in FYRS:
            vals = {oc: r.randint(0, 5 if c != AP else 2) for _, oc in outs}
            if y < 2024:
                vals["ongoing"] = 0
            t = sum(vals.values()) or 1
            if sum(vals.values()) == 0:
                vals["no_case_to_answer"] = 1
            cells = []
            for _, oc in outs:
                v = vals[oc]
                pct = f"{100 * v / t:.0f}%"
                cells.append(f"<td>{F(c, oc, v, FY(y))} ({N(pct, 'percentage')})</td>")
            body.append(f"<tr><th scope=\"row\">{N(FLAB[y], 'year label')}</th>"
                        + "".join(cells) + f"<td><strong>{F(c, 'total', t, FY(y))}</strong>"
                        "</td></tr>")
        body.append("</tbody></table>")
    body.append("<h2>Calendar years</h2><ul>")
    for c in CATS5:
        vs = [F(c, "total", r.randint(3, 30 if c != AP else 6), CY(y)) for y in CYRS]
        body.append(L(f"<li>{CL[c]}: 2024 \u2013 {{a}}; 2025 \u2013 {{b}}</li>", "years",
                      a=vs[0], b=vs[1]))
    body.append("</ul>")
    body += ["<p>Percentages are rounded to whole numbers.</p>",
             "<p>" + E(rights("West Midlands Police", 40)) + "</p>", "</div>"]
    write_text(src, html_page(N("FOI 9120_26 | West Midlands Police", "page title: reference"), "\n".join(body)))


# =========================================================================== 14 Thames Valley: s14(2) part, dl outcomes


def build_thames_valley():
    """Thames Valley Police disclosure page: the earlier years refused as a repeated request
    (s14(2)); 2025/26 and calendar 2025 answered in a table (category x Officers / Staff, both
    periods); 2025/26 outcomes per category as <dl> lists."""
    src = "thames-valley/TVP FOI 2026-3318 disclosure.html"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    body = ['<nav class="tvp-nav"><a href="/">Home</a> &gt; <a href="/foi">Disclosure log</a>'
            "</nav>", "<article>",
            "<h1>" + N("FOI 2026-3318", "reference")
            + ": misconduct allegations of a sexual nature</h1>",
            "<p>Date of response: " + N("30 October 2026", "date") + "</p>",
            "<h2>Request</h2>", f"<blockquote>{E(request17())}</blockquote>",
            "<h2>Response</h2>",
            "<p>The figures for the financial years 2022/23 to 2024/25 and the calendar year 2024 "
            "were provided to you on 2 June 2026 in our response to request 2026-1190. Thames "
            "Valley Police is not obliged to comply with a repeated request and relies on "
            "section 14(2) for that part of your request.</p>"]
    N("2022/23 2024/25 2024 2 June 2026 2026-1190 14(2)", "years; date; earlier reference; "
      "section")
    for c in CATS5:
        for y in (2022, 2023, 2024):
            F(c, "total", REF("s14(2)"), FY(y))
        F(c, "total", REF("s14(2)"), CY(2024))
    body.append("<p>For 2025/26 and the calendar year 2025 the information is below.</p>")
    N("2025/26 2025", "years")
    body.append('<table border="1"><thead><tr><th rowspan="2">Allegation type</th>'
                "<th colspan=\"2\">" + N("2025/26", "year heading")
                + "</th><th colspan=\"2\">" + N("2025", "year heading")
                + "</th></tr><tr><th>Officers</th><th>Staff</th><th>Officers</th><th>Staff</th>"
                "</tr></thead><tbody>")
    T = {}
    for c in CATS5:
        row = f"<tr><td>{CL[c]}</td>"
        for p in (FY(2025), CY(2025)):
            for s in ("officers", "staff"):
                v = r.randint(2, 15) if s == "officers" else r.randint(0, 4)
                T[(c, p, s)] = v
                row += f"<td>{F(c, 'total', v, p, subject=s)}</td>"
        body.append(row + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Outcomes of allegations recorded in " + N("2025/26", "year")
                + " (officers and staff)</h3>")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action (including reflective practice)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Still under investigation", "ongoing")]
    for c in CATS5:
        left = T[(c, FY(2025), "officers")] + T[(c, FY(2025), "staff")]
        body.append(f"<h4>{CL[c]}</h4><dl class=\"outcomes\">")
        for i, (ol, oc) in enumerate(outs):
            v = left if i == len(outs) - 1 else min(left, r.randint(0, 3))
            left -= v
            body.append(f"<dt>{ol}</dt><dd>{F(c, oc, v, FY(2025))}</dd>")
        body.append("</dl>")
    body += ["<p>" + E(rights("Thames Valley Police", 40)) + "</p>", "</article>"]
    write_text(src, html_page(N("FOI 2026-3318 - Thames Valley Police", "page title: reference"), "\n".join(body)))


# =========================================================================== 15 Cumbria: monthly FY in Word, Nil


def build_cumbria():
    """Cumbria Constabulary Word letter: Table 1 totals by financial year; Table 2 months April
    2025 to March 2026 down, categories across, 'Nil' for none (defined), an 'All' column (not
    keyed) and a Total row restating Table 1's 2025/26 column; Table 3 calendar years."""
    src = "cumbria/Cumbria FOI 2026-0988 response.docx"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    doc = bk.docx_a4(docx_new("Arial", 10))
    bk.docx_header_footer(doc, "Cumbria Constabulary \u2013 OFFICIAL", "OFFICIAL")
    bk.docx_para(doc, "Cumbria Constabulary", bold=True, size=15)
    bk.docx_para(doc, N("Information Management, Carleton Hall, Penrith, CA10 2AU", "postcode"))
    bk.docx_para(doc, N("FOI reference: 2026/0988", "reference"))
    bk.docx_para(doc, N("Date: 10 November 2026", "date"))
    bk.docx_para(doc, "Dear Requester,")
    bk.docx_para(doc, N(f"Thank you for your request of {REQ_DATE}:", "date"))
    bk.docx_para(doc, request17(), italic=True)
    bk.docx_para(doc, "The tables give allegations made against police officers and police staff "
              "together. In the tables \u2018Nil\u2019 means that no allegations were recorded.")
    M = {(c, m): (r.choice([0, 0, 1, 1, 2]) if c != AP else r.choice([0, 0, 0, 1]))
         for c in CATS5 for m in range(12)}
    fy25 = {c: sum(M[(c, m)] for m in range(12)) for c in CATS5}
    cell = lambda v: "Nil" if v == 0 else str(v)  # noqa: E731
    bk.docx_para(doc, N("Table 1: allegations by financial year", "table number"), bold=True)
    rows = [["Allegation type"] + [N(FLAB[y], "year heading") for y in FYRS]]
    first = []
    for c in CATS5:
        row = [CL[c]]
        for y in FYRS:
            v = fy25[c] if y == 2025 else r.randint(0, 14 if c != AP else 3)
            if y == 2025:
                first.append((c, v))
            row.append(F(c, "total", v, FY(y), said="Nil") if v == 0 else
                       F(c, "total", v, FY(y)))
        rows.append(row)
    docx_table(doc, rows, size=9, shade="FCE4D6")
    bk.docx_para(doc, "")
    bk.docx_para(doc, N("Table 2: allegations recorded in 2025/26 by month", "table number; year"),
         bold=True)
    rows = [["Month"] + [CL[c] for c in CATS5] + ["All"]]
    order = [(2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 4)]
    for i, (y, m) in enumerate(order):
        mi = (m - 4) % 12
        lab = N(f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}", "month label")  # noqa: E501
        vals = [M[(c, mi)] for c in CATS5]
        rows.append([lab] + [F(c, "total", v, MON(y, m), said=cell(v)) if v == 0
                             else F(c, "total", v, MON(y, m)) for c, v in zip(CATS5, vals)]
                    + [cell(N(str(sum(vals)), XCAT)) if sum(vals) else "Nil"])
    rows.append(["Total"] + [F(c, "total", fy25[c], FY(2025), restated=True) if fy25[c]
                             else F(c, "total", 0, FY(2025), said="Nil", restated=True)
                             for c in CATS5]
                + [N(str(sum(fy25.values())), XCAT)])
    docx_table(doc, rows, size=8.5, shade="FCE4D6", bold_rows=(len(rows) - 1,))
    bk.docx_para(doc, "")
    bk.docx_para(doc, N("Table 3: allegations by calendar year", "table number"), bold=True)
    rows = [["Allegation type", N("2024", "year heading"), N("2025", "year heading")]]
    for c in CATS5:
        row = [CL[c]]
        for y in CYRS:
            v = r.randint(0, 14 if c != AP else 3)
            row.append(F(c, "total", v, CY(y), said="Nil") if v == 0 else
                       F(c, "total", v, CY(y)))
        rows.append(row)
    docx_table(doc, rows, size=9, shade="FCE4D6")
    bk.docx_para(doc, "")
    bk.docx_para(doc, "Outcomes are not recorded in a way that can be reported against these categories "
              "without reviewing each file, and have not been provided.")
    bk.docx_para(doc, rights("Cumbria Constabulary", 40))
    bk.docx_para(doc, "Yours sincerely,")
    bk.docx_para(doc, "Disclosure Officer")
    bk.docx_save(doc, src, "Cumbria Constabulary")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind17-", read=read17))
