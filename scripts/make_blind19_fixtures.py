#!/usr/bin/python3
"""make_blind19_fixtures.py -- the nineteenth blind test batch for `foi` and its answer key.

The request, sent on 17 November 2026: for each of the last five financial years (2021/22 to
2025/26), or the calendar years 2021 to 2025 where a force records by calendar year, the number of
allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual
purpose and violence against women and girls made against police officers and police staff, and
their outcomes.  Fourteen forces answer in fifteen files, and a sixteenth file is an
acknowledgement from a force that has not answered yet.  The folder is as it arrives: OpenDocument
files written by LibreOffice itself (an ODT letter, an ODS workbook with indented outcome rows),
Word tables with three-deep merged and shaded headers, PDFs with unruled right-aligned tables, two
tables side by side on a landscape page, superscript footnote markers glued to counts and a bar
chart, banded figures ("5-9"), percentage changes in prose, a CSV whose year column is spelt three
ways, a pipe-separated extract, an HTML grid built from <div> elements.
The machinery (F/L/N accounting, writers, read_back, check) is blindkit.py beside this script;
keying calls are in fixtures/blind19/NOTES.md.

usage: /usr/bin/python3 make_blind19_fixtures.py             # rebuild fixtures/blind19 (or $FOI_BLIND19_OUT)
       /usr/bin/python3 make_blind19_fixtures.py check       # verify determinism and every number
       /usr/bin/python3 make_blind19_fixtures.py dump FILE   # show FILE (relative to the batch) as read back
"""
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND19_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind19").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CATS4 = (SA, SM, SH, AP)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
CS = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment", AP: "APSP",
      VG: "VAWG"}
REQ_DATE = "17 November 2026"
REQUEST19 = ("Please provide, for each of the last five financial years (2021/22 to 2025/26), or "
             "for the calendar years 2021 to 2025 if that is how your records are kept, the "
             "number of allegations of sexual assault, sexual misconduct, sexual harassment, abuse "
             "of position for a sexual purpose and violence against women and girls (VAWG) made "
             "against police officers and police staff, with the outcome of each allegation "
             "(dismissed, would have been dismissed, final written warning, written warning, "
             "management action or reflective practice, no case to answer, not upheld, withdrawn, "
             "still under investigation).")
FYRS = (2021, 2022, 2023, 2024, 2025)
CYRS = (2021, 2022, 2023, 2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
FSPAN = SPAN(FY(2021), FY(2025))
CSPAN = SPAN(CY(2021), CY(2025))
WORDS = bk.WORDS
XCAT = "a total across allegation types (no category)"
LO_PROFILE = "file:///tmp/blind19-lo-profile"

OUT_STD = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
           ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"),
           ("Reflective practice", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
           ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]


def request19(indent=None):
    return N(REQUEST19, "the request's years; 'five' years")


def rng(name):
    return random.Random("blind19-" + name)


def counts(r, outs, hi=4, zero=0.3, cat=None):
    """Random outcome counts {outcome: n}; abuse of position rarer."""
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(0, hi)) for _, oc in outs}


def wrap(s, n=78):
    return textwrap.wrap(s, n) or [""]


# =========================================================================== LibreOffice and ODF


def tmp_path(name):
    return Path(tempfile.mkdtemp(prefix="b19src-")) / name


def docx_tmp(d, name, author):
    """Save a Word file outside the batch (fixed properties) for LibreOffice to convert."""
    cp = d.core_properties
    fixed = bk.dt.datetime(2026, 11, 30, 10, 0, 0)
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    tmp = tmp_path(name)
    d.save(tmp)
    return tmp


def odf_normalise(data):
    """A LibreOffice-written ODF package made deterministic: fixed meta dates and rsids, fixed
    member times, mimetype first and stored."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, body in sorted(members, key=lambda m: m[0] != "mimetype"):
            if name == "meta.xml":
                s = body.decode("utf-8")
                s = re.sub(r"<meta:creation-date>[^<]*<", "<meta:creation-date>2026-11-30T10:00:00<", s)
                s = re.sub(r"<dc:date>[^<]*<", "<dc:date>2026-11-30T10:00:00<", s)
                s = re.sub(r"<meta:editing-duration>[^<]*<", "<meta:editing-duration>PT0S<", s)
                body = s.encode("utf-8")
            if name == "styles.xml":
                # LibreOffice writes a workbook's per-sheet master pages in hash order: sort them
                s = body.decode("utf-8")
                m = re.search(r"<office:master-styles>(.*)</office:master-styles>", s, re.S)
                if m:
                    pages = re.findall(r"<style:master-page .*?</style:master-page>", m.group(1),
                                       re.S)
                    if "".join(pages) == m.group(1):
                        s = s[:m.start(1)] + "".join(sorted(pages)) + s[m.end(1):]
                body = s.encode("utf-8")
            if name == "settings.xml":
                s = body.decode("utf-8")
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+<', r"\g<1>1048576<", s)
                body = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return buf.getvalue()


def lo_convert(tmp_file, src, fmt):
    """Convert tmp_file (written outside the batch) with LibreOffice to fmt (odt, ods) as src."""
    out = Path(tempfile.mkdtemp(prefix="b19lo-"))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(tmp_file)],
                   check=True, capture_output=True)
    res = out / (Path(tmp_file).stem + "." + fmt)
    write_bytes(src, odf_normalise(res.read_bytes()))
    shutil.rmtree(out)
    shutil.rmtree(Path(tmp_file).parent)


TNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TBL = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STY = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


def _ptext(el):
    parts = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        if tag == "s":
            parts.append(" " * int(ch.get(f"{{{TNS}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            parts.append(_ptext(ch))
        parts.append(ch.tail or "")
    return "".join(parts)


def odf_text(p):
    """An ODF file as its reader sees it: every sheet's name (ODS), every paragraph and heading
    of the body (table cells included) and, for a text document, its page header and footer."""
    with zipfile.ZipFile(p) as z:
        content = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    out = []
    ods = any(True for _ in content.iter(f"{{{TBL}}}table")) and p.suffix == ".ods"
    if not ods:
        for tag in ("header", "footer"):
            for hf in styles.iter(f"{{{STY}}}{tag}"):
                for par in hf.iter():
                    if par.tag in (f"{{{TNS}}}p", f"{{{TNS}}}h"):
                        out.append(_ptext(par))
    if ods:
        # a spreadsheet: each sheet's name, then its cells row by row; a cell or row repeated
        # (LibreOffice writes equal neighbours once, with a repeat count) is seen that many times
        # when it has content (empty repeats, up to a million, are never expanded)
        for tb in content.iter(f"{{{TBL}}}table"):
            out.append(tb.get(f"{{{TBL}}}name"))
            for row in tb.iter(f"{{{TBL}}}table-row"):
                cells = []
                for cell in row:
                    if cell.tag not in (f"{{{TBL}}}table-cell", f"{{{TBL}}}covered-table-cell"):
                        continue
                    text = "\n".join(_ptext(p) for p in cell.iter(f"{{{TNS}}}p"))
                    rep = int(cell.get(f"{{{TBL}}}number-columns-repeated", "1"))
                    if text:
                        cells += [text] * rep
                if cells:
                    rep = int(row.get(f"{{{TBL}}}number-rows-repeated", "1"))
                    out += cells * rep
        return "\n".join(out)
    for el in content.iter():
        if el.tag in (f"{{{TNS}}}p", f"{{{TNS}}}h"):
            out.append(_ptext(el))
    return "\n".join(out)


SUPER_MARKS = {}     # src -> [(printed figure, marker)] glued superscripts (read back apart)


def read19(path):
    p = Path(path)
    if p.suffix.lower() in (".odt", ".ods"):
        return odf_text(p)
    text = bk.read_back(p, dates=True)
    rel = p.relative_to(FINAL).as_posix() if p.is_relative_to(FINAL) else None
    for fig, mark in SUPER_MARKS.get(rel, []):
        # pdftotext glues a raised footnote marker to its count ("14" + superscript "1" -> "141");
        # a reader sees them apart: split the first glued occurrence
        pat = re.compile(r"(?<![\w.])" + re.escape(fig + mark) + r"(?![A-Za-z\d])")
        # (pdftotext sometimes prints the marker on a line of its own instead: then it is a
        # token already and nothing is split)
        text = pat.sub(fig + "^" + mark, text, count=1)
    return text


def furniture_text(canvas, x, y, text, size=7.5, font="Helvetica", align="c"):
    canvas.setFont(font, size)
    {"c": canvas.drawCentredString, "l": canvas.drawString, "r": canvas.drawRightString}[align](
        x, y, text)


def pdf_mixed(src, story, furniture, title, author, margins=(20, 20, 24, 22)):
    """A reportlab document with 'portrait' and 'landscape' A4 page templates (switch with
    NextPageTemplate)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    l, r_, t, b = [m * mm for m in margins]
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title=title, author=author,
                          creator=author)
    pw, ph = A4
    lw, lh = landscape(A4)

    def size(pagesize):
        def on(canvas, d):
            canvas.setPageSize(pagesize)
        return on

    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(l, b, pw - l - r_, ph - t - b, id="p")],
                     onPage=size(A4), pagesize=A4),
        PageTemplate("landscape", [Frame(l, b, lw - l - r_, lh - t - b, id="l")],
                     onPage=size(landscape(A4)), pagesize=landscape(A4))])
    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))


# =========================================================================== 1 Lancashire: ODT letter written by LibreOffice


def build_lancashire():
    """Lancashire's letter written in Word and saved by LibreOffice as ODT; counts cases (its
    house style); one outcomes x categories table per financial year under a heading that gives
    the year; the two earliest years not held."""
    src = "lancashire/FOI-2026-02417 response.odt"
    KEY.file(src, "lancashire", measure="cases")
    r = rng("lancs")
    ref = "FOI-2026-02417"
    outs = [("Dismissed (gross misconduct)", "dismissed"),
            ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management advice / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"),
            ("Ongoing \u2013 subject on restricted duties", "ongoing")]
    d = docx_new("Arial", 10.5)
    bk.docx_header_footer(d, "OFFICIAL", "Lancashire Constabulary \u2013 Information Access Team")
    bk.docx_heading(d, "Lancashire Constabulary", 16)
    d.add_paragraph(N("Information Access Team, Police Headquarters, Saunders Lane, Hutton, "
                      "Preston, PR4 5SB", "postcode"))
    t = d.add_table(rows=2, cols=2)
    docx_cell(t.cell(0, 0), "Our reference:", bold=True)
    docx_cell(t.cell(0, 1), N(ref, "reference"))
    docx_cell(t.cell(1, 0), "Date:", bold=True)
    docx_cell(t.cell(1, 1), N("2 December 2026", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(L(f"Thank you for your request for information received on {REQ_DATE}, "
                      "which has been dealt with under the Freedom of Information Act 2000. "
                      "You asked:", "date; act year"))
    q = d.add_paragraph()
    q.paragraph_format.left_indent = Pt(28)
    run = q.add_run("\u201c" + request19() + "\u201d")
    run.italic = True
    bk.docx_heading(d, "Response", 12)
    d.add_paragraph(
        N("Lancashire Constabulary records misconduct matters as cases. A case may contain more "
          "than one allegation, but it is counted once, under its most serious allegation type. "
        "The figures below are therefore numbers of cases, for police officers and police staff "
        "together, by the financial year in which the case was recorded.", "'more than one'"))
    d.add_paragraph(L(
        "Cases recorded before 1 April 2023 are held on our previous case management system, "
        "which did not record the allegation types you have asked about. The information for "
        "2021/22 and 2022/23 is therefore not held.", "dates; years of the not-held part"))
    for c in CATS5:
        for y in (2021, 2022):
            F(c, "total", NH, FY(y), said="")
    oc_v = {}
    for y in (2023, 2024, 2025):
        for c in CATS5:
            oc_v[(y, c)] = counts(r, outs, hi=5 if c != AP else 2, zero=0.35)
            if y != 2025:
                oc_v[(y, c)]["ongoing"] = r.randint(0, 1)
            else:
                oc_v[(y, c)]["ongoing"] = r.randint(1, 6)
    for ti, y in enumerate((2023, 2024, 2025), 1):
        bk.docx_heading(d, L(f"Table {ti}: cases recorded in {FLAB[y]} (1 April {y} to 31 March "
                             f"{y + 1})", "table number; year; dates"), 11)
        tb = d.add_table(rows=1 + len(outs) + 1, cols=6)
        tb.style = "Table Grid"
        docx_cell(tb.cell(0, 0), "Outcome", bold=True)
        for j, c in enumerate(CATS5, 1):
            docx_cell(tb.cell(0, j), CL[c] if c not in (AP, VG) else
                      {AP: "Abuse of position for a sexual purpose (APSP)",
                       VG: "Violence against women and girls (VAWG)"}[c], bold=True)
            docx_shade(tb.cell(0, j), "DCE6F1")
        docx_shade(tb.cell(0, 0), "DCE6F1")
        for i, (ol, oc) in enumerate(outs, 1):
            docx_cell(tb.cell(i, 0), ol)
            for j, c in enumerate(CATS5, 1):
                docx_cell(tb.cell(i, j), F(c, oc, oc_v[(y, c)][oc], FY(y)), align=1)
        i = len(outs) + 1
        docx_cell(tb.cell(i, 0), "Total cases", bold=True)
        for j, c in enumerate(CATS5, 1):
            docx_cell(tb.cell(i, j), F(c, "total", sum(oc_v[(y, c)].values()), FY(y)),
                      bold=True, align=1)
        d.add_paragraph("")
    d.add_paragraph(
        "\u201cOngoing\u201d cases are those still under investigation or awaiting a hearing; the "
        "subject may be on restricted duties in the meantime. Outcomes are those recorded at "
        "the date of extraction.")
    d.add_paragraph(rights("Lancashire Constabulary", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Access Team")
    lo_convert(docx_tmp(d, "FOI-2026-02417 response.docx", "Information Access Team"), src,
               "odt")


# =========================================================================== 2 Essex: covering e-mail + ODS with indented blocks


ESSEX_ODS = "essex/Essex Police FOI 26-9912 data.ods"


def build_essex_email():
    """The covering e-mail, saved as text: names the attached spreadsheet, says what it counts,
    and that VAWG is not held as a category."""
    src = "essex/Essex Police FOI 26-9912 covering email.txt"
    KEY.file(src, "essex")
    lines = ["From: Essex Police FOI Team <foi@essex.police.uk>",
             "To: requester@example.org",
             N("Sent: 03 December 2026 11:42", "date and time"),
             N("Subject: FOI 26-9912 - allegations against officers and staff", "reference"),
             N("Attachments: Essex Police FOI 26-9912 data.ods", "reference in file name"), "",
             "Dear Requester,", ""]
    lines += wrap(L(f"Thank you for your request of {REQ_DATE}, which we have dealt with under "
                    "the Freedom of Information Act 2000 (reference 26-9912). You asked:",
                    "date; act year; reference"))
    lines += [""] + ["  > " + x for x in wrap(request19(), 70)] + [""]
    lines += wrap("Please find our response in the attached spreadsheet (Essex Police FOI "
                  + N("26-9912", "reference") + " data.ods). The figures are allegations "
                  "recorded against police officers and police staff together, by the financial "
                  "year in which each allegation was recorded, with the outcome recorded for "
                  "each.") + [""]
    lines += wrap("Essex Police does not record violence against women and girls as an "
                  "allegation type of its own: allegations of that kind are recorded under the "
                  "other types listed. The information you asked for under that heading is "
                  "therefore not held.") + [""]
    for c in (VG,):
        for y in FYRS:
            F(c, "total", NH, FY(y), said="")
    lines += wrap(rights("Essex Police", 40)) + [""]
    lines += ["Kind regards,", "", "FOI Team", "Essex Police", ""]
    write_text(src, "\n".join(lines), newline="\r\n")


def build_essex_ods():
    """The attachment: a workbook saved by LibreOffice as ODS.  One block of rows per allegation
    type: the type's own row in bold carries the yearly subtotals (SUM formulas), its outcomes
    follow indented by four spaces; financial years across; a bold grand total (no category)."""
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = ESSEX_ODS
    KEY.file(src, "essex")
    r = rng("essex")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn / discontinued", "withdrawn"),
            ("Under investigation", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    bold = Font(name="Arial", bold=True, size=10)
    ws["A1"] = "Essex Police \u2013 Professional Standards Department"
    ws["A1"].font = Font(name="Arial", bold=True, size=12)
    ws["A2"] = N("FOI 26-9912: allegations against police officers and police staff, by "
                 "financial year recorded", "reference")
    ws["A4"] = "Allegation type / outcome"
    ws["A4"].font = bold
    for j, y in enumerate(FYRS, 2):
        c = ws.cell(4, j, N(FLAB[y], "year"))
        c.font = bold
        c.alignment = Alignment(horizontal="right")
    row = 5
    grand = {y: 0 for y in FYRS}
    for c in CATS4:
        head = row
        ws.cell(row, 1, CL[c]).font = bold
        vals = {y: counts(r, outs, hi=6 if c != AP else 2, zero=0.3) for y in FYRS}
        for y in FYRS:
            vals[y]["ongoing"] = r.randint(0, 1) if y < 2024 else r.randint(2, 7)
        for ol, oc in outs:
            row += 1
            ws.cell(row, 1, "    " + ol)
            for j, y in enumerate(FYRS, 2):
                ws.cell(row, j, int(F(c, oc, vals[y][oc], FY(y))))
        for j, y in enumerate(FYRS, 2):
            col = openpyxl.utils.get_column_letter(j)
            tot = sum(vals[y].values())
            F(c, "total", tot, FY(y))
            grand[y] += tot
            cell = ws.cell(head, j, f"=SUM({col}{head + 1}:{col}{row})")
            cell.font = bold
        row += 1
    ws.cell(row, 1, "All allegation types").font = bold
    for j, y in enumerate(FYRS, 2):
        col = openpyxl.utils.get_column_letter(j)
        N(str(grand[y]), XCAT)
        heads = [5 + 9 * k for k in range(len(CATS4))]
        ws.cell(row, j, "=" + "+".join(f"{col}{h}" for h in heads)).font = bold
    row += 2
    notes = [
        "Notes",
        "1. Each allegation type is shown in bold with its total for the year; the outcomes of "
        "those allegations are listed beneath it.",
        "2. Outcomes are as recorded on 31 October 2026. Allegations still under investigation "
        "may later receive any of the outcomes above.",
        "3. Management action includes reflective practice under the Police (Conduct) "
        "Regulations 2020.",
    ]
    for k, t in enumerate(notes):
        ws.cell(row + k, 1, N(t, "note numbers; date; regulations year"))
    ws.column_dimensions["A"].width = 42
    ws2 = wb.create_sheet("Notes")
    ws2["A1"] = "About this spreadsheet"
    ws2["A2"] = N("Prepared by the Essex Police FOI Team in response to request 26-9912.",
                  "reference")
    ws2["A3"] = "Figures count allegations against police officers and police staff together."
    wb.properties.creator = "FOI Team"
    fixed = bk.dt.datetime(2026, 11, 30, 10, 0, 0)
    wb.properties.created = wb.properties.modified = fixed
    tmp = tmp_path("Essex Police FOI 26-9912 data.xlsx")
    wb.save(tmp)
    lo_convert(tmp, src, "ods")


# =========================================================================== 3 Humberside: Word, three-deep merged and shaded header bands


def docx_landscape_section(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec


def docx_portrait_section(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec


def docx_a4(d):
    from docx.shared import Mm
    for sec in d.sections:
        sec.page_width, sec.page_height = Mm(210), Mm(297)


def docx_white(cell):
    from docx.shared import RGBColor
    for par in cell.paragraphs:
        for run in par.runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def build_humberside():
    """Humberside's Word letter: two tables styled for the eye -- a three-row header (a band
    over everything, a band per year or per category, then Officers / Staff), dark and mid
    shading, white bold header text, banded body rows; 2021/22 refused on cost."""
    src = "humberside/Humberside Police FOI 2026-06133 response.docx"
    KEY.file(src, "humberside")
    r = rng("humber")
    years = (2022, 2023, 2024, 2025)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Sub judice / under investigation", "ongoing")]
    subs = ("officers", "staff")
    oc25 = {(c, s): counts(r, outs, hi=(4 if s == "officers" else 2), zero=0.4, cat=c)
            for c in CATS5 for s in subs}
    for c in CATS5:
        oc25[(c, "officers")]["ongoing"] = r.randint(1, 5)
    tot = {}
    for c in CATS5:
        for s in subs:
            for y in years[:-1]:
                hi = {AP: 4, SA: 14, SM: 10, SH: 16, VG: 20}[c]
                tot[(c, s, y)] = r.randint(0, hi if s == "officers" else hi // 2)
            tot[(c, s, 2025)] = sum(oc25[(c, s)].values())
    d = docx_new("Calibri", 11)
    docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Humberside Police \u2013 Information Compliance Unit")
    bk.docx_heading(d, "Humberside Police", 16)
    d.add_paragraph(N("Information Compliance Unit, Priory Road, Hull, HU5 5SF", "postcode"))
    d.add_paragraph(N("Reference: FOI 2026/06133", "reference"))
    d.add_paragraph(N("Date: 4 December 2026", "date"))
    d.add_paragraph("Dear Applicant,")
    d.add_paragraph(L(f"Your request of {REQ_DATE} has been handled under the Freedom of "
                      "Information Act 2000. You asked:", "date; act year"))
    q = d.add_paragraph(request19())
    q.paragraph_format.left_indent = Pt(28)
    bk.docx_heading(d, "Our response", 12)
    d.add_paragraph(L(
        "Allegations recorded before 1 April 2022 are held only in archived case files. To "
        "identify those of the types you asked about for 2021/22 we would need to read every "
        "misconduct file of that year, which we estimate would take 26 hours, more than the 18 "
        "hours (\u00a3450) allowed. That part of your request is refused under section 12(1) "
        "of the Act.", "date; year refused; hours and cost of the estimate; section"))
    for c in CATS5:
        F(c, "total", REF("s12"), FY(2021), said="")
    d.add_paragraph(N(
        "For the other years the figures are allegations recorded against police officers and "
        "police staff, shown separately. Table 2 gives the outcomes of the allegations recorded "
        "in the most recent complete year.", "table number"))
    DARK, MID, BAND = "1F3864", "8EAADB", "DEEAF6"
    # ---- Table 1: categories x (four years x Officers / Staff), header three rows deep
    bk.docx_heading(d, N("Table 1: Allegations by type and financial year recorded",
                         "table number"), 11)
    t = d.add_table(rows=3 + len(CATS5), cols=1 + 2 * len(years))
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(2, 0))
    docx_cell(a, "Allegation type", bold=True)
    band = t.cell(0, 1).merge(t.cell(0, 2 * len(years)))
    docx_cell(band, "Allegations recorded against Humberside Police employees", bold=True,
              align=1)
    for k, y in enumerate(years):
        m = t.cell(1, 1 + 2 * k).merge(t.cell(1, 2 + 2 * k))
        docx_cell(m, N(FLAB[y], "year"), bold=True, align=1)
        docx_cell(t.cell(2, 1 + 2 * k), "Officers", bold=True, align=1)
        docx_cell(t.cell(2, 2 + 2 * k), "Staff", bold=True, align=1)
    for ri in range(3):
        for ci in range(1 + 2 * len(years)):
            cell = t.cell(ri, ci)
            docx_shade(cell, DARK if ri < 2 else MID)
            if ri < 2:
                docx_white(cell)
    for i, c in enumerate(CATS5, 3):
        docx_cell(t.cell(i, 0), CL[c])
        for k, y in enumerate(years):
            for m, s in enumerate(subs):
                docx_cell(t.cell(i, 1 + 2 * k + m), F(c, "total", tot[(c, s, y)], FY(y),
                                                    subject=s), align=2)
        if i % 2 == 0:
            for ci in range(1 + 2 * len(years)):
                docx_shade(t.cell(i, ci), BAND)
    for ri in range(3):
        bk.docx_repeat_header(t.rows[ri])
    d.add_paragraph("")
    # ---- Table 2 (landscape): outcomes x (five categories x Officers / Staff)
    docx_landscape_section(d)
    bk.docx_heading(d, N("Table 2: Outcomes of allegations recorded in 2025/26 (1 April 2025 to "
                         "31 March 2026)", "table number; year; dates"), 11)
    t = d.add_table(rows=3 + len(outs) + 1, cols=1 + 2 * len(CATS5))
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(2, 0))
    docx_cell(a, "Outcome", bold=True)
    band = t.cell(0, 1).merge(t.cell(0, 2 * len(CATS5)))
    docx_cell(band, N("Outcome of allegations recorded in 2025/26", "year"), bold=True, align=1)
    for k, c in enumerate(CATS5):
        m = t.cell(1, 1 + 2 * k).merge(t.cell(1, 2 + 2 * k))
        docx_cell(m, CS[c], bold=True, align=1)
        docx_cell(t.cell(2, 1 + 2 * k), "Officers", bold=True, align=1, size=9)
        docx_cell(t.cell(2, 2 + 2 * k), "Staff", bold=True, align=1, size=9)
    for ri in range(3):
        for ci in range(1 + 2 * len(CATS5)):
            cell = t.cell(ri, ci)
            docx_shade(cell, DARK if ri < 2 else MID)
            if ri < 2:
                docx_white(cell)
    for i, (ol, oc) in enumerate(outs, 3):
        docx_cell(t.cell(i, 0), ol, size=9)
        for k, c in enumerate(CATS5):
            for m, s in enumerate(subs):
                docx_cell(t.cell(i, 1 + 2 * k + m), F(c, oc, oc25[(c, s)][oc], FY(2025),
                                                    subject=s), align=2, size=9)
        if i % 2 == 0:
            for ci in range(1 + 2 * len(CATS5)):
                docx_shade(t.cell(i, ci), BAND)
    i = 3 + len(outs)
    docx_cell(t.cell(i, 0), "Total", bold=True, size=9)
    for k, c in enumerate(CATS5):
        for m, s in enumerate(subs):
            docx_cell(t.cell(i, 1 + 2 * k + m),
                      F(c, "total", tot[(c, s, 2025)], FY(2025), subject=s, restated=True),
                      bold=True, align=2, size=9)
            docx_shade(t.cell(i, 1 + 2 * k + m), MID)
    docx_shade(t.cell(i, 0), MID)
    d.add_paragraph("APSP = abuse of position for a sexual purpose. VAWG = violence against "
                    "women and girls. Each allegation is counted once, under its main type.")
    docx_portrait_section(d)
    d.add_paragraph(rights("Humberside Police", 40))
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Information Compliance Unit")
    bk.docx_save(d, src, "Information Compliance Unit")


# =========================================================================== 4 Norfolk: PDF, unruled tables, centred headers over right-aligned numbers


def unruled(data, widths, header_rows=1, bold_rows=(), size=8.5, extra=()):
    from reportlab.platypus import Table, TableStyle
    cmds = [("FONT", (0, 0), (-1, -1), "Helvetica", size),
            ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", size),
            ("ALIGN", (1, 0), (-1, header_rows - 1), "CENTER"),
            ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("RIGHTPADDING", (1, header_rows), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for br in bold_rows:
        cmds.append(("FONT", (0, br), (-1, br), "Helvetica-Bold", size))
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle(cmds + list(extra)))
    return t


def build_norfolk():
    """Norfolk's reportlab letter (calendar years): two tables drawn with no lines at all; the
    headers are centred over wide columns and the numbers right-aligned, so a number never sits
    under the middle of its header; two-line headers; category lines in bold above indented
    outcomes in Table 2."""
    from reportlab.lib.units import mm
    src = "norfolk/Norfolk Constabulary FOI 000817-26 response.pdf"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    st = bk.styles("Helvetica", 9.5)
    ref = "FOI 000817/26"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    oc = {(c, s): counts(r, outs, hi=(5 if s == "officers" else 2), zero=0.35, cat=c)
          for c in CATS5 for s in ("officers", "staff")}
    tot = {}
    for c in CATS5:
        for y in CYRS[:-1]:
            tot[(c, y)] = r.randint(*{AP: (1, 6), SA: (8, 24), SM: (6, 18), SH: (9, 26),
                                      VG: (12, 34)}[c])
        tot[(c, 2025)] = sum(oc[(c, "officers")].values()) + sum(oc[(c, "staff")].values())

    def furniture(cv, page, pages):
        furniture_text(cv, 105 * mm, 287 * mm, "Norfolk Constabulary \u2013 Freedom of Information")
        furniture_text(cv, 105 * mm, 12 * mm, N(f"{ref}    Page {page} of {pages}",
                                                "reference; page number"))

    story = [P("Norfolk Constabulary", st["h"]),
             P(N("Information Management, Falconers Chase, Wymondham, Norfolk, NR18 0WW",
                 "postcode"), st["addr"]), S(8),
             P(N(f"Reference: {ref}", "reference"), st["addr"]),
             P(N("Date: 7 December 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(L(f"Thank you for your request dated {REQ_DATE}. You asked:", "date"), st["body"]),
             P(request19(), st["quote"]),
             P(N("Norfolk Constabulary records allegations by calendar year, so we have answered "
                 "for the calendar years 2021 to 2025 as your request allows. The figures are "
                 "allegations against police officers and police staff.", "years"), st["body"]),
             P(N("Table 1: allegations recorded, by type and calendar year", "table number"),
               st["h2"])]
    hdr = ["Allegation type"] + [N(str(y), "year") for y in CYRS] + [
        N("Total\n2021\u20132025", "years")]
    rows = [hdr]
    for c in CATS5:
        row = [CL[c] if c != AP else "Abuse of position for a\nsexual purpose"]
        for y in CYRS:
            row.append(F(c, "total", tot[(c, y)], CY(y)))
        row.append(F(c, "total", sum(tot[(c, y)] for y in CYRS), CSPAN))
        rows.append(row)
    story += [unruled(rows, [62 * mm] + [17 * mm] * 5 + [22 * mm]), S(10)]
    story += [P(N("Table 2: outcomes of allegations recorded in 2025", "table number; year"),
                st["h2"])]
    rows = [["Allegation type and outcome", "Police\nofficers", "Police\nstaff",
             "All\nemployees"]]
    bold_rows = []
    for c in CATS5:
        rows.append([CL[c], "", "", ""])
        bold_rows.append(len(rows) - 1)
        for ol, o in outs:
            a, b = oc[(c, "officers")][o], oc[(c, "staff")][o]
            rows.append(["    " + ol, F(c, o, a, CY(2025), subject="officers"),
                         F(c, o, b, CY(2025), subject="staff"), F(c, o, a + b, CY(2025))])
        a, b = sum(oc[(c, "officers")].values()), sum(oc[(c, "staff")].values())
        rows.append(["    Total", F(c, "total", a, CY(2025), subject="officers"),
                     F(c, "total", b, CY(2025), subject="staff"),
                     F(c, "total", a + b, CY(2025), restated=True)])
        bold_rows.append(len(rows) - 1)
    story += [unruled(rows, [78 * mm, 30 * mm, 30 * mm, 30 * mm], bold_rows=bold_rows), S(8)]
    story += [P("\u201cAll employees\u201d is police officers and police staff together. "
                "Outcomes are as recorded when the data was extracted; allegations under "
                "investigation have no final outcome yet.", st["small"]),
              P(rights("Norfolk Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Management", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"Norfolk Constabulary {ref}",
                  author="Norfolk Constabulary")


def P(text, style):
    from reportlab.platypus import Paragraph
    return Paragraph(E(text).replace("\n", "<br/>"), style)


def S(h=6):
    from reportlab.platypus import Spacer
    return Spacer(1, h)


# =========================================================================== 5 Surrey: PDF, two tables side by side on landscape pages


def build_surrey():
    """Surrey's letter on a portrait page, then two landscape annex pages, each with two ruled
    tables side by side -- police officers on the left, police staff on the right -- so that
    every line of text runs across both tables; '*' for one to four (staff)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import NextPageTemplate, PageBreak, Table, TableStyle
    src = "surrey/Surrey Police FOI 2026-11871 response.pdf"
    KEY.file(src, "surrey")
    r = rng("surrey")
    st = bk.styles("Helvetica", 10)
    ref = "FOI 2026-11871"
    years = (2023, 2024, 2025)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Investigation ongoing", "ongoing")]
    subs = ("officers", "staff")
    oc = {(c, s): counts(r, outs, hi=(6 if s == "officers" else 3), zero=0.35, cat=c)
          for c in CATS5 for s in subs}
    tot = {}
    for c in CATS5:
        for s in subs:
            for y in years[:-1]:
                hi = {AP: 5, SA: 16, SM: 12, SH: 20, VG: 24}[c]
                tot[(c, s, y)] = r.randint(2, hi if s == "officers" else hi // 3 + 2)
            tot[(c, s, 2025)] = sum(oc[(c, s)].values())

    def cell(c, o, v, per, s, restated=False):
        if s == "staff" and 1 <= v <= 4:
            return F(c, o, SUP(1, 4), per, subject=s, said="*", restated=restated)
        return F(c, o, v, per, subject=s, restated=restated)

    def furniture(cv, page, pages):
        w, h = cv._pagesize
        furniture_text(cv, w / 2, h - 12 * mm, "OFFICIAL", size=8, font="Helvetica-Bold")
        furniture_text(cv, w / 2, 10 * mm, N(f"Surrey Police \u2013 {ref} \u2013 page {page} of "
                                             f"{pages}", "reference; page number"))

    story = [P("Surrey Police", st["h"]),
             P(N("Information Access, PO Box 101, Guildford, GU1 9PE", "PO box; postcode"),
               st["addr"]), S(8),
             P(N(f"Our ref: {ref}", "reference"), st["addr"]),
             P(N("8 December 2026", "date"), st["addr"]), S(10),
             P("Dear Requester,", st["body"]),
             P(L(f"Thank you for your request of {REQ_DATE}:", "date"), st["body"]),
             P(request19(), st["quote"]),
             P(L("Surrey Police changed the way it categorises misconduct allegations on 1 April "
                 "2023. Allegations recorded before that date were not categorised in the way "
                 "your request describes, so the information for 2021/22 and 2022/23 is not "
                 "held.", "date; years of the not-held part"), st["body"])]
    for c in CATS5:
        for y in (2021, 2022):
            F(c, "total", NH, FY(y), said="")
    story += [
        P(N("For 2023/24, 2024/25 and 2025/26 the figures are in Annex A (allegations by type "
            "and year) and Annex B (the outcomes of allegations recorded in 2025/26). In each "
            "annex the table on the left is police officers and the table on the right is police "
            "staff.", "years"), st["body"]),
        P(L("Where a figure for police staff is between one and four it is shown as *. "
            "Releasing such small numbers could identify the staff concerned, and they are "
            "withheld under section 40(2) of the Act.", "suppression range; section"),
          st["body"]),
        P(rights("Surrey Police", 40), st["body"]),
        P("Yours sincerely,", st["body"]), P("Information Access Team", st["body"]),
        NextPageTemplate("landscape"), PageBreak()]
    grid = bk.grid_style(1, size=8.5, shade="#C9D7EA")

    def side(title, rows_l, rows_r, widths):
        tl = Table(rows_l, colWidths=widths)
        tl.setStyle(grid)
        tr = Table(rows_r, colWidths=widths)
        tr.setStyle(grid)
        outer = Table([[P("Police officers", st["h2"]), "", P("Police staff", st["h2"])],
                       [tl, "", tr]], colWidths=[sum(widths) + 2, 10 * mm, sum(widths) + 2])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [P(title, st["h"]), S(4), outer]

    # Annex A: categories x years + Total
    hdr = ["Allegation type"] + [N(FLAB[y], "year") for y in years] + ["Total"]
    tabs = {}
    for s in subs:
        rows = [hdr if s == "officers" else list(hdr)]
        for c in CATS5:
            row = [CS[c] if c in (AP, VG) else CL[c]]
            for y in years:
                row.append(cell(c, "total", tot[(c, s, y)], FY(y), s))
            row.append(cell(c, "total", sum(tot[(c, s, y)] for y in years),
                            SPAN(FY(2023), FY(2025)), s))
            rows.append(row)
        tabs[s] = rows
    N(" ".join(FLAB[y] for y in years), "year (staff table header)")
    story += side(N("Annex A \u2013 Allegations recorded, by type and financial year",
                    "annex letter"), tabs["officers"], tabs["staff"],
                  [40 * mm, 19 * mm, 19 * mm, 19 * mm, 18 * mm])
    story += [S(6), P(N("APSP = abuse of position for a sexual purpose. VAWG = violence "
                        "against women and girls. Total = the three years together.",
                        "'three' years"), st["small"]),
              PageBreak()]
    # Annex B: outcomes of 2025/26 x categories
    hdr = ["Outcome"] + [CS[c] if c in (AP, VG) else CL[c].replace(" ", "\n", 1)
                         for c in CATS5]
    for s in subs:
        rows = [list(hdr)]
        for ol, o in outs:
            rows.append([ol] + [cell(c, o, oc[(c, s)][o], FY(2025), s) for c in CATS5])
        rows.append(["Total"] + [cell(c, "total", tot[(c, s, 2025)], FY(2025), s, restated=True)
                                 for c in CATS5])
        tabs[s] = rows
    story += side(N("Annex B \u2013 Outcomes of allegations recorded in 2025/26 (1 April 2025 to "
                    "31 March 2026)", "annex letter; year; dates"), tabs["officers"],
                  tabs["staff"], [38 * mm, 17 * mm, 17 * mm, 17 * mm, 12 * mm, 13 * mm])
    story += [S(6), P(N("Outcomes are as recorded on 30 November 2026.", "date"), st["small"])]
    pdf_mixed(src, story, furniture, title=f"Surrey Police {ref}", author="Surrey Police")


# =========================================================================== 6 Sussex: PDF, superscript footnote markers glued to counts


def build_sussex():
    """Sussex's letter (Times): Table 1 categories x five financial years, Table 2 the outcomes of
    2025/26; some counts carry a raised footnote number drawn right after them ("14" and a
    superscript "1"), which text extraction glues into one number."""
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table
    src = "sussex/Sussex Police FOI 2026-14420 response.pdf"
    KEY.file(src, "sussex")
    SUPER_MARKS[src] = []
    r = rng("sussex")
    st = bk.styles("Times-Roman", 11)
    ref = "FOI 2026-14420"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Still under investigation", "ongoing")]
    oc = {c: counts(r, outs, hi=5, zero=0.3, cat=c) for c in CATS5}
    for c in CATS5:
        oc[c]["ongoing"] = r.randint(2, 6)
    tot = {}
    for c in CATS5:
        for y in FYRS[:-1]:
            tot[(c, y)] = r.randint(*{AP: (2, 7), SA: (10, 26), SM: (8, 19), SH: (12, 30),
                                      VG: (15, 40)}[c])
        tot[(c, 2025)] = sum(oc[c].values())
    numst = ParagraphStyle("num", fontName="Times-Roman", fontSize=10, leading=12, alignment=2)
    marked = {(SH, 2022): "1", (VG, 2023): "2", (SA, 2024): "1", (VG, 2025): "3",
              (SM, "management_action"): "4", (SH, "ongoing"): "3"}

    def cellv(c, o, v, per, key, restated=False):
        txt = F(c, o, v, per, restated=restated)
        m = marked.get(key)
        if m is None:
            return txt
        SUPER_MARKS[src].append((txt, m))
        N(m, "footnote marker (superscript)")
        return Paragraph(f"{txt}<super>{m}</super>", numst)

    def furniture(cv, page, pages):
        furniture_text(cv, 105 * mm, 285 * mm, "OFFICIAL", size=8, font="Times-Bold")
        furniture_text(cv, 190 * mm, 12 * mm, N(f"{page}", "page number"), size=8,
                       font="Times-Roman", align="r")

    story = [P("SUSSEX POLICE", st["h"]),
             P("Public Access Office, Sussex Police Headquarters, Church Lane, Lewes, "
               + N("BN7 2DZ", "postcode"), st["addr"]), S(10),
             P(N(f"Our reference: {ref}", "reference"), st["addr"]),
             P(N("Date: 9 December 2026", "date"), st["addr"]), S(10),
             P("Dear Requester,", st["body"]),
             P(L(f"I write in response to your request for information dated {REQ_DATE}, in "
                 "which you asked:", "date"), st["body"]),
             P(request19(), st["quote"]),
             P("Sussex Police holds the information. The figures are allegations made against "
               "police officers and police staff together, counted by the financial year in "
               "which each allegation was recorded. Some figures carry a note, marked by a "
               "small raised number after the figure; the notes are under each table.",
               st["body"]),
             P(N("Table 1: Allegations recorded, by type and financial year", "table number"),
               st["h2"])]
    rows = [["Allegation type"] + [N(FLAB[y], "year") for y in FYRS]]
    for c in CATS5:
        rows.append([CL[c] if c != AP else "Abuse of position for a sexual purpose"] +
                    [cellv(c, "total", tot[(c, y)], FY(y), (c, y)) for y in FYRS])
    t = Table(rows, colWidths=[62 * mm] + [21 * mm] * 5)
    t.setStyle(bk.grid_style(1, font="Times-Roman", size=10, shade="#E7E6E6",
                             extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story += [t, S(4),
              P(N("Note 1: includes allegations first recorded under another type and "
                  "re-classified after assessment.", "footnote number"), st["small"]),
              P(N("Note 2: includes allegations that the complainant later withdrew.",
                  "footnote number"), st["small"]),
              P(N("Note 3: the year is complete, but some of these allegations are still being "
                  "assessed and the figure may change.", "footnote number"), st["small"]),
              S(8),
              P(N("Table 2: Outcomes of allegations recorded in 2025/26", "table number; year"),
                st["h2"])]
    rows = [["Outcome", "Sexual\nassault", "Sexual\nmisconduct", "Sexual\nharassment", "APSP",
             "VAWG"]]
    for ol, o in outs:
        rows.append([ol] + [cellv(c, o, oc[c][o], FY(2025), (c, o)) for c in CATS5])
    rows.append(["Total"] + [cellv(c, "total", tot[(c, 2025)], FY(2025), ("t", c),
                                   restated=True) for c in CATS5])
    t = Table(rows, colWidths=[55 * mm] + [22 * mm] * 5)
    t.setStyle(bk.grid_style(1, font="Times-Roman", size=10, shade="#E7E6E6",
                             extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                    ("FONT", (0, -1), (-1, -1), "Times-Bold", 10)]))
    story += [t, S(4),
              P(N("Note 4: management action includes reflective practice (the reflective "
                  "practice review process, RPRP).", "footnote number"), st["small"]),
              P(N("Note 3 applies to the outcomes too: allegations still under investigation "
                  "have no final outcome yet.", "footnote number"), st["small"]),
              P("APSP = abuse of position for a sexual purpose; VAWG = violence against women "
                "and girls.", st["small"]), S(6),
              P(rights("Sussex Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Public Access Office", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"Sussex Police {ref}", author="Sussex Police")


# =========================================================================== 7 Northumbria: XLSX, one sheet per subject


def build_northumbria():
    """Northumbria's workbook: a Cover sheet with the letter, then one sheet per subject --
    "Officers", "Staff" (blocks of outcomes per allegation type, calendar years across, bold
    Total row) and "Officers and staff" (totals only) -- the subject only in the sheet name and
    its title row."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "northumbria/Northumbria Police FOI 2026-3391.xlsx"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    years = (2023, 2024, 2025)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    bold = Font(name="Arial", bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    cover = [
        "Northumbria Police \u2013 Freedom of Information",
        N("Request reference: 2026/3391", "reference"),
        N("Date of response: 10 December 2026", "date"),
        "",
        "Request",
        request19(),
        "",
        "Response",
        N("Northumbria Police records misconduct allegations by calendar year. Figures for 2023, "
          "2024 and 2025 are on the following sheets, one sheet for police officers, one for "
          "police staff and one for both together.", "years; 'one' sheet"),
        L("Allegations recorded before 1 January 2023 were held on a system that has since been "
          "decommissioned, and its records were not migrated. The information for 2021 and 2022 "
          "is not held.", "date; years of the not-held part"),
        "The figures are allegations. Outcomes are as recorded at the end of November.",
        "",
        rights("Northumbria Police", 40),
    ]
    for c in CATS5:
        for y in (2021, 2022):
            F(c, "total", NH, CY(y), said="")
    for i, t in enumerate(cover, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(name="Arial", bold=True, size=13)
    ws["A5"].font = ws["A8"].font = bold
    ws.column_dimensions["A"].width = 120
    fill = PatternFill("solid", fgColor="D9E1F2")
    alltot = {}
    for s, title, sheet in (("officers", "police officers", "Officers"),
                            ("staff", "police staff", "Staff")):
        w = wb.create_sheet(sheet)
        w["A1"] = f"Northumbria Police \u2013 allegations against {title}"
        w["A1"].font = Font(name="Arial", bold=True, size=12)
        w["A2"] = N("Calendar years 2023 to 2025 (year the allegation was recorded)", "years")
        hdr = ["Allegation type", "Outcome"] + [y for y in years]
        N(" ".join(str(y) for y in years), "year")
        for j, h in enumerate(hdr, 1):
            cl = w.cell(4, j, h)
            cl.font = bold
            cl.fill = fill
        row = 5
        for c in CATS5:
            vals = {y: counts(r, outs, hi=(5 if s == "officers" else 2), zero=0.35, cat=c)
                    for y in years}
            for y in years:
                vals[y]["ongoing"] = r.randint(0, 1) if y < 2025 else r.randint(1, 5)
            w.cell(row, 1, CL[c])
            for ol, o in outs:
                w.cell(row, 2, ol)
                for j, y in enumerate(years, 3):
                    w.cell(row, j, int(F(c, o, vals[y][o], CY(y), subject=s)))
                row += 1
            w.cell(row, 2, "Total").font = bold
            for j, y in enumerate(years, 3):
                t = sum(vals[y].values())
                alltot[(c, s, y)] = t
                w.cell(row, j, int(F(c, "total", t, CY(y), subject=s))).font = bold
            row += 2
        w.column_dimensions["A"].width = 40
        w.column_dimensions["B"].width = 28
        w.freeze_panes = "C5"
    w = wb.create_sheet("Officers and staff")
    w["A1"] = "Northumbria Police \u2013 allegations against police officers and police staff"
    w["A1"].font = Font(name="Arial", bold=True, size=12)
    w["A2"] = N("Calendar years 2023 to 2025: totals only (outcomes are on the Officers and "
                "Staff sheets)", "years")
    for j, h in enumerate(["Allegation type"] + list(years), 1):
        cl = w.cell(4, j, h)
        cl.font = bold
        cl.fill = fill
    N(" ".join(str(y) for y in years), "year")
    for i, c in enumerate(CATS5, 5):
        w.cell(i, 1, CL[c])
        for j, y in enumerate(years, 2):
            w.cell(i, j, int(F(c, "total", alltot[(c, "officers", y)] + alltot[(c, "staff", y)],
                               CY(y))))
    w.column_dimensions["A"].width = 40
    xlsx_save(wb, src, creator="Northumbria Police")


# =========================================================================== 8 Warwickshire: Word letter, every figure in a band of five


def band(v):
    lo = 5 * (v // 5)
    return lo, lo + 4


def build_warwickshire():
    """Warwickshire's Word letter: every figure given as a band of five ("0-4", "5-9", ...)
    under section 40(2); Table 1 type x employee x calendar year, Table 2 the outcomes of 2025
    with a Total row."""
    src = "warwickshire/Warwickshire Police FOI 2026-1290 response.docx"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]

    def bcell(c, o, v, per, subject=None):
        lo, hi = band(v)
        return F(c, o, SUP(lo, hi), per, subject=subject, said=f"{lo}-{hi}")

    d = docx_new("Arial", 10)
    docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Warwickshire Police \u2013 Freedom of Information Unit")
    bk.docx_heading(d, "Warwickshire Police", 15)
    d.add_paragraph(N("Freedom of Information Unit, Leek Wootton, Warwick, CV35 7QA", "postcode"))
    d.add_paragraph(N("Our reference: FOI 2026-1290          Date: 11 December 2026",
                      "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(L(f"Thank you for your request of {REQ_DATE}. You asked:", "date"))
    q = d.add_paragraph(request19())
    q.paragraph_format.left_indent = Pt(28)
    bk.docx_heading(d, "Response", 12)
    d.add_paragraph(N(
        "Warwickshire Police records misconduct allegations by calendar year, so the figures "
        "below are for the calendar years 2021 to 2025. They are allegations made against police "
        "officers and police staff.", "years"))
    d.add_paragraph(L(
        "Warwickshire is a small force, and the number of staff in some departments is small. "
        "To reduce the risk that the people involved could be identified, every figure in this "
        "response is given as a band of five: 0-4, 5-9, 10-14 and so on. The exact figures are "
        "withheld under section 40(2) of the Act (personal information).",
        "the band scheme; section"))
    bk.docx_heading(d, N("Table 1: allegations by type, employee and calendar year",
                         "table number"), 11)
    tot = {}
    oc = {c: counts(r, outs, hi=6, zero=0.3, cat=c) for c in CATS5}
    split25 = {c: r.randint(0, sum(oc[c].values()) // 3) for c in CATS5}
    t = d.add_table(rows=1 + 2 * len(CATS5), cols=2 + len(CYRS))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee"] + [N(str(y), "year") for y in CYRS]):
        docx_cell(t.cell(0, j), h, bold=True, align=None if j < 2 else 1)
        docx_shade(t.cell(0, j), "D9D9D9")
    i = 1
    for c in CATS5:
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            docx_cell(t.cell(i, 0), CL[c])
            docx_cell(t.cell(i, 1), sl)
            for j, y in enumerate(CYRS, 2):
                hi = {AP: 6, SA: 22, SM: 16, SH: 26, VG: 30}[c]
                v = r.randint(0, hi if s == "officers" else hi // 3)
                if y == 2025:      # 2025 agrees with Table 2's total (split officers / staff)
                    v = split25[c] if s == "staff" else sum(oc[c].values()) - split25[c]
                docx_cell(t.cell(i, j), bcell(c, "total", v, CY(y), subject=s), align=1)
            i += 1
    d.add_paragraph("")
    bk.docx_heading(d, N("Table 2: outcomes of allegations recorded in 2025, police officers and "
                         "police staff together", "table number; year"), 11)
    t = d.add_table(rows=2 + len(outs), cols=1 + len(CATS5))
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CS[c] for c in CATS5]):
        docx_cell(t.cell(0, j), h, bold=True, align=None if j == 0 else 1)
        docx_shade(t.cell(0, j), "D9D9D9")
    for i, (ol, o) in enumerate(outs, 1):
        docx_cell(t.cell(i, 0), ol)
        for j, c in enumerate(CATS5, 1):
            docx_cell(t.cell(i, j), bcell(c, o, oc[c][o], CY(2025)), align=1)
    i = len(outs) + 1
    docx_cell(t.cell(i, 0), "Total", bold=True)
    for j, c in enumerate(CATS5, 1):
        docx_cell(t.cell(i, j), bcell(c, "total", sum(oc[c].values()), CY(2025)), bold=True,
                  align=1)
    d.add_paragraph("APSP = abuse of position for a sexual purpose. VAWG = violence against "
                    "women and girls. A total is banded on its own exact figure, so it need not "
                    "be the sum of the bands above it.")
    d.add_paragraph(rights("Warwickshire Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Freedom of Information Unit")
    bk.docx_save(d, src, "Freedom of Information Unit")


# =========================================================================== 9 Cleveland: disclosure-log page, prose, percentage changes, "included in the totals above"


def build_cleveland():
    """Cleveland's disclosure-log page: a small table for 2021/22 to 2024/25 in which VAWG is
    "Included in the totals above" and APSP is for police officers only; the outcomes of 2024/25
    in prose; 2025/26 withheld under section 22 (to be published) and described only as
    percentage changes on 2024/25; APSP against police staff neither confirmed nor denied."""
    src = "cleveland/FOI 2026-1742 Sexual misconduct allegations - Cleveland Police.html"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    years = (2021, 2022, 2023, 2024)
    cats = (SA, SM, SH, AP)
    outs = [("dismissed", "led to dismissal"),
            ("would_have_been_dismissed", "led to a finding that the officer would have been "
             "dismissed"),
            ("final_written_warning", "led to a final written warning"),
            ("written_warning", "led to a written warning"),
            ("management_action", "led to management action"),
            ("no_case_to_answer", "led to a finding of no case to answer"),
            ("not_upheld", "were not upheld"),
            ("ongoing", "are still under investigation")]
    tot = {}
    oc24 = {}
    for c in cats:
        oc24[c] = {o: (0 if r.random() < 0.35 else r.randint(1, 5 if c != AP else 2))
                   for o, _ in outs}
        oc24[c]["ongoing"] = r.randint(1, 4)
        for y in years[:-1]:
            tot[(c, y)] = r.randint(*{AP: (1, 5), SA: (9, 22), SM: (6, 15), SH: (10, 24)}[c])
        tot[(c, 2024)] = sum(oc24[c].values())
    subj = {c: ("officers" if c == AP else None) for c in cats}
    lab = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
           AP: "Abuse of position for a sexual purpose (police officers)"}
    trs = ["<tr><th scope=\"col\">Allegation type</th>" + "".join(
        f"<th scope=\"col\">{N(FLAB[y], 'year')}</th>" for y in years) + "</tr>"]
    for c in cats:
        trs.append(f"<tr><th scope=\"row\">{E(lab[c])}</th>" + "".join(
            f"<td>{F(c, 'total', tot[(c, y)], FY(y), subject=subj[c])}</td>" for y in years)
            + "</tr>")
    trs.append("<tr><th scope=\"row\">Violence against women and girls</th>"
               "<td colspan=\"4\"><em>Included in the totals above</em></td></tr>")
    paras = []
    for c in cats:
        bits = [(o, ph) for o, ph in outs if oc24[c][o]]
        words, figs = [], {}
        for k, (o, ph) in enumerate(bits):
            figs[f"n{k}"] = F(c, o, oc24[c][o], FY(2024), subject=subj[c])
            if oc24[c][o] == 1:
                ph = ph.replace("were not", "was not").replace("are still", "is still")
            words.append(f"{{n{k}}} {ph}")
        if len(words) > 1:
            listing = ", ".join(words[:-1]) + " and " + words[-1]
        else:
            listing = words[0]
        who = ("against police officers " if c == AP else "")
        name = {SA: "sexual assault", SM: "sexual misconduct", SH: "sexual harassment",
                AP: "abuse of position for a sexual purpose"}[c]
        total_txt = F(c, "total", tot[(c, 2024)], FY(2024), subject=subj[c], restated=True)
        paras.append(L(f"Of the {{t}} allegations of {name} {who}recorded in 2024/25, {listing}.",
                       "year", t=total_txt, **figs))
    pct = {}
    for c in cats:
        pct[c] = r.choice([-30, -20, -15, -10, 5, 10, 20, 25, 40])
        F(c, "total", REF("s22"), FY(2025), subject=subj[c], said="")
    change = []
    for c in cats:
        name = {SA: "sexual assault", SM: "sexual misconduct", SH: "sexual harassment",
                AP: "abuse of position for a sexual purpose (police officers)"}[c]
        p = pct[c]
        change.append(N(f"{name} {'up' if p > 0 else 'down'} {abs(p)}% on 2024/25",
                        "percentage change (not a count); year"))
    for y in FYRS:
        F(AP, "total", NCND("s40(5B)"), FY(y), subject="staff", said="")
    vawg_note = N("Allegations involving violence against women and girls are not recorded as a "
                  "separate type: each is recorded under one of the types in the table and is "
                  "included in the totals above.", "'one of the types'")
    body = f"""
<div class="skip"><a href="#main">Skip to content</a></div>
<header class="site-header"><a href="/" class="logo">Cleveland Police</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/report">Report</a></li>
<li><a href="/foi-ai/cleveland-police/disclosure-log">Disclosure log</a></li></ul></nav></header>
<main id="main">
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi-ai/cleveland-police/disclosure-log">Disclosure log</a> &gt; {E(N("FOI 2026/1742", "reference"))}</p>
<h1>Sexual misconduct allegations against officers and staff</h1>
<table class="meta"><tr><th>Reference</th><td>{N("2026/1742", "reference")}</td></tr>
<tr><th>Date published</th><td>{N("14 December 2026", "date")}</td></tr>
<tr><th>Category</th><td>Professional standards</td></tr></table>
<h2>Request</h2>
<blockquote><p>{E(request19())}</p></blockquote>
<h2>Response</h2>
<p>Cleveland Police holds some of the information. The figures are allegations against police
officers and police staff together, by the financial year in which they were recorded, except
where the table says otherwise.</p>
<table class="data">
<caption>{N("Allegations recorded, 2021/22 to 2024/25", "years")}</caption>
{"".join(trs)}
</table>
<p>{vawg_note}</p>
<h3>{N("Outcomes of allegations recorded in 2024/25", "year")}</h3>
{"".join(f"<p>{E(x)}</p>" for x in paras)}
<p>Allegations with any other outcome, or withdrawn by the complainant, are included in the totals
above and are not shown separately.</p>
<h3>{N("2025/26", "year")}</h3>
<p>{E(L("The figures for 2025/26 will be published in the force's annual professional standards "
        "report in January 2027, and are withheld under section 22 of the Act (information "
        "intended for future publication). To give you an indication in the meantime, compared "
        "with 2024/25 the number of allegations recorded in 2025/26 was:", "years; date; section"))}</p>
<ul>{"".join(f"<li>{E(x)}</li>" for x in change)}</ul>
<h3>Police staff and abuse of position</h3>
<p>{E(L("Cleveland Police neither confirms nor denies whether it holds information about "
        "allegations of abuse of position for a sexual purpose made against police staff, in any "
        "of the years requested. Confirming or denying could identify individuals; the duty to "
        "confirm or deny does not arise by virtue of section 40(5B) of the Act.", "section"))}</p>
<p>{E(rights("Cleveland Police", 40))}</p>
</main>
<footer class="site-footer"><p>{N("&copy; Cleveland Police 2026", "copyright year")}</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
"""
    write_text(src, html_page(N("FOI 2026/1742 Sexual misconduct allegations | Cleveland Police",
                                "reference"), body))


# =========================================================================== 10 Derbyshire: CSV whose year column is spelt several ways


def build_derbyshire():
    """Derbyshire's CSV export: long format, one row per year x type x employee x outcome (non-zero
    outcomes only) plus a Total row per block; the Financial Year column is spelt differently
    from row to row ("FY23/24", "2023-2024", "April 2023 - March 2024", "2023/24")."""
    import csv as csvmod
    src = "derbyshire/Derbyshire Constabulary FOI 26-4471 data.csv"
    KEY.file(src, "derbyshire")
    r = rng("derbys")
    outs = [("Dismissed", "dismissed"), ("Would Have Been Dismissed", "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Not Upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under Investigation", "ongoing")]
    labs = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
            AP: "Abuse of Position for a Sexual Purpose", VG: "Violence Against Women and Girls"}

    def fylabel(y):
        yy = y % 100
        return r.choice([f"FY{yy:02d}/{yy + 1:02d}", f"{y}-{y + 1}",
                         f"April {y} - March {y + 1}", f"{y}/{yy + 1:02d}"])

    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\r\n")
    w.writerow(["Financial Year", "Allegation Type", "Employee Type", "Outcome", "Allegations"])
    for y in FYRS:
        for c in CATS5:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                v = counts(r, outs, hi=(4 if s == "officers" else 2),
                           zero=(0.55 if s == "officers" else 0.75), cat=c)
                v["ongoing"] = 0 if y < 2024 else v["ongoing"]
                for ol, o in outs:
                    if v[o]:
                        w.writerow([N(fylabel(y), "year"), labs[c], sl, ol,
                                    F(c, o, v[o], FY(y), subject=s)])
                w.writerow([N(fylabel(y), "year"), labs[c], sl, "Total",
                            F(c, "total", sum(v.values()), FY(y), subject=s)])
    write_text(src, buf.getvalue())


# =========================================================================== 11 North Yorkshire: pipe-separated report extract


def build_north_yorkshire():
    """North Yorkshire sent the raw output of its case system's report: a banner, run parameters,
    a pipe-separated table in capitals (calendar year / type / employee / outcome / allegations,
    non-zero rows only, no totals), a trailer with the row count and a note that VAWG is not
    held as a category."""
    src = "north-yorkshire/NYP_FOI_1904-2026_PSD_extract.txt"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    outs = [("DISMISSED", "dismissed"), ("WOULD HAVE BEEN DISMISSED", "would_have_been_dismissed"),
            ("FINAL WRITTEN WARNING", "final_written_warning"),
            ("WRITTEN WARNING", "written_warning"),
            ("REFLECTIVE PRACTICE (RPRP)", "management_action"),
            ("NO CASE TO ANSWER", "no_case_to_answer"), ("NOT UPHELD", "not_upheld"),
            ("WITHDRAWN", "withdrawn"), ("LIVE - UNDER INVESTIGATION", "ongoing")]
    labs = {SA: "SEXUAL ASSAULT", SM: "SEXUAL MISCONDUCT", SH: "SEXUAL HARASSMENT",
            AP: "ABUSE OF POSITION FOR SEXUAL PURPOSE"}
    data = []
    for y in CYRS:
        for c in CATS4:
            for s, sl in (("officers", "POLICE OFFICER"), ("staff", "POLICE STAFF")):
                v = counts(r, outs, hi=(4 if s == "officers" else 2),
                           zero=(0.5 if s == "officers" else 0.75), cat=c)
                if y < 2025:
                    v["ongoing"] = 0
                for ol, o in outs:
                    if v[o]:
                        data.append("|".join([N(str(y), "year"), labs[c], sl, ol,
                                              F(c, o, v[o], CY(y), subject=s)]))
    lines = ["=" * 78,
             "NORTH YORKSHIRE POLICE - PROFESSIONAL STANDARDS DEPARTMENT",
             N("REPORT: PSD_ALLEG_BY_TYPE_OUTCOME    RUN: 01/12/2026 08:47    USER: FOIUNIT",
               "run date and time"),
             N("FOI REQUEST: 1904/2026    REQUEST RECEIVED: 17/11/2026", "reference; date"),
             N("PARAMETERS: RECORDED_DATE 01/01/2021 TO 31/12/2025; EMP_TYPE IN (POLICE OFFICER, "
               "POLICE STAFF); GROUP BY CALENDAR YEAR", "report parameters: dates"),
             "COUNTS: NUMBER OF ALLEGATIONS. ROWS WITH A ZERO COUNT ARE NOT LISTED.",
             "=" * 78,
             "CAL_YEAR|ALLEG_TYPE|EMP_TYPE|OUTCOME|ALLEGATIONS"]
    lines += data
    lines += ["=" * 78,
              N(f"ROWS RETURNED: {len(data)}", "row count of the report"),
              "NOTE (FOI UNIT): VIOLENCE AGAINST WOMEN AND GIRLS IS NOT A RECORDING CATEGORY ON "
              "THE PSD SYSTEM.",
              "INFORMATION FOR THAT PART OF THE REQUEST IS NOT HELD.",
              "=" * 78, ""]
    for y in CYRS:
        F(VG, "total", NH, CY(y), said="")
    write_text(src, "\n".join(lines))


# =========================================================================== 12 Gwent: HTML grid of <div> elements with ARIA roles


def build_gwent():
    """Gwent's disclosure page: both tables are CSS grids of <div> elements (role="table",
    "row", "columnheader", "rowheader", "cell"), no <table> at all; '<5' for one to four."""
    src = "gwent/Gwent Police FOI 2026-2093 disclosure.html"
    KEY.file(src, "gwent")
    r = rng("gwent")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    oc = {c: counts(r, outs, hi=6, zero=0.3, cat=c) for c in CATS5}
    for c in CATS5:
        oc[c]["ongoing"] = r.randint(2, 6)
    tot = {}
    for c in CATS5:
        for y in FYRS[:-1]:
            tot[(c, y)] = r.randint(*{AP: (1, 7), SA: (9, 25), SM: (6, 18), SH: (10, 28),
                                      VG: (14, 36)}[c])
        tot[(c, 2025)] = sum(oc[c].values())

    def v(c, o, n, per, restated=False):
        if 1 <= n <= 4:
            return E(F(c, o, SUP(1, 4), per, said="<5", restated=restated))
        return F(c, o, n, per, restated=restated)

    def grid(label, head, rows, ncols):
        h = "".join(f'<div role="columnheader" class="gh">{E(x)}</div>' for x in head)
        b = ""
        for row in rows:
            b += ('<div role="row" class="gr">' + f'<div role="rowheader" class="rh">{E(row[0])}</div>'
                  + "".join(f'<div role="cell" class="gc">{x}</div>' for x in row[1:]) + "</div>\n")
        return (f'<div role="table" class="foi-grid cols-{ncols}" aria-label="{E(label)}">\n'
                f'<div role="rowgroup"><div role="row" class="gr head">{h}</div></div>\n'
                f'<div role="rowgroup">\n{b}</div>\n</div>')

    head1 = ["Allegation type"] + [N(FLAB[y], "year") for y in FYRS] + [
        N("Total 2021/22 to 2025/26", "years")]
    rows1 = []
    for c in CATS5:
        rows1.append([CL[c]] + [v(c, "total", tot[(c, y)], FY(y)) for y in FYRS] +
                     [v(c, "total", sum(tot[(c, y)] for y in FYRS), FSPAN)])
    head2 = ["Outcome"] + [CS[c] for c in CATS5]
    rows2 = [[ol] + [v(c, o, oc[c][o], FY(2025)) for c in CATS5] for ol, o in outs]
    rows2.append(["Total"] + [v(c, "total", tot[(c, 2025)], FY(2025), restated=True)
                              for c in CATS5])
    t1 = N("Table 1: allegations recorded, by type and financial year", "table number")
    t2 = N("Table 2: outcomes of allegations recorded in 2025/26", "table number; year")
    css = """<style>
.foi-grid{display:grid;border:1px solid #555;margin:1em 0;font-size:0.95em}
.foi-grid .gr{display:contents}
.cols-7{grid-template-columns:18em repeat(6,7em)}
.cols-6{grid-template-columns:18em repeat(5,8em)}
.gh{font-weight:bold;background:#00355f;color:#fff;padding:4px;text-align:center}
.rh{padding:4px;border-top:1px solid #ccc}
.gc{padding:4px;border-top:1px solid #ccc;text-align:right}
</style>
"""
    body = f"""
<header class="masthead"><div class="brand">Heddlu Gwent Police</div>
<nav aria-label="Main"><a href="/cy">Cymraeg</a> <a href="/en/news">News</a> <a href="/en/foi-ai/gwent-police/disclosure-log">Disclosure log</a></nav></header>
<main>
<h1>Allegations of sexual misconduct against officers and staff</h1>
<div class="foi-meta"><span>{N("Reference: 2026/2093", "reference")}</span> <span>{N("Published: 15 December 2026", "date")}</span></div>
<h2>Request</h2>
<div class="request"><p>{E(request19())}</p></div>
<h2>Response</h2>
<p>Gwent Police holds the information. The figures below are allegations made against police
officers and police staff together, by the financial year in which each allegation was recorded.</p>
<p>{E(L("Where a figure is between 1 and 4 it is shown as <5 and withheld under section 40(2) of "
        "the Act, as such small numbers could identify the people involved.",
        "suppression range; section"))}</p>
<h3>{t1}</h3>
{grid(t1, head1, rows1, 7)}
<h3>{t2}</h3>
{grid(t2, head2, rows2, 6)}
<p>APSP = abuse of position for a sexual purpose. VAWG = violence against women and girls.</p>
<p>{E(rights("Gwent Police", 40))}</p>
</main>
<footer><p>{N("&copy; 2026 Gwent Police", "copyright year")}</p></footer>
"""
    write_text(src, html_page(N("FOI 2026/2093 | Gwent Police", "reference"), body,
                              head_extra=css, lang="en-GB"))


# =========================================================================== 13 British Transport Police: PDF with a bar chart


def build_btp():
    """BTP's letter: a clustered bar chart (vector text: axis ticks, data labels, legend)
    of allegations by type and financial year, the same figures in Table 1 below it, and
    Table 2 the outcomes of 2025/26; 2021/22 and 2022/23 refused on cost."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.platypus import Table
    src = "british-transport/BTP FOI 2026-1187 response.pdf"
    KEY.file(src, "british-transport")
    r = rng("btp")
    st = bk.styles("Helvetica", 10)
    ref = "FOI 2026-1187"
    years = (2023, 2024, 2025)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Under investigation", "ongoing")]
    oc = {c: counts(r, outs, hi=4, zero=0.35, cat=c) for c in CATS5}
    for c in CATS5:
        oc[c]["ongoing"] = r.randint(1, 5)
    tot = {}
    for c in CATS5:
        for y in years[:-1]:
            tot[(c, y)] = r.randint(*{AP: (1, 6), SA: (8, 22), SM: (5, 14), SH: (9, 24),
                                      VG: (10, 26)}[c])
        tot[(c, 2025)] = sum(oc[c].values())

    def furniture(cv, page, pages):
        furniture_text(cv, 105 * mm, 287 * mm, "OFFICIAL", size=8, font="Helvetica-Bold")
        furniture_text(cv, 105 * mm, 11 * mm, N(f"British Transport Police  |  {ref}  |  "
                                                f"Page {page} of {pages}",
                                                "reference; page number"))

    story = [P("British Transport Police", st["h"]),
             P(N("Freedom of Information Unit, 25 Camden Road, London, NW1 9LN",
                 "street number; postcode"), st["addr"]), S(8),
             P(N(f"Reference: {ref}", "reference"), st["addr"]),
             P(N("Date: 10 December 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(L(f"Thank you for your request of {REQ_DATE}, in which you asked:", "date"),
               st["body"]),
             P(request19(), st["quote"]),
             P(L("Allegations recorded before 1 April 2023 are held on our previous complaints "
                 "and misconduct system, in free text. To find those of the types you asked about "
                 "for 2021/22 and 2022/23 we would have to read about 1,400 case records; at five "
                 "minutes each this would take well over the 18 hours (\u00a3450) allowed, so "
                 "that part of the request is refused under section 12 of the Act.",
                 "date; years refused; cost estimate (records, minutes, hours, GBP); section"),
               st["body"])]
    for c in CATS5:
        for y in (2021, 2022):
            F(c, "total", REF("s12"), FY(y), said="")
    story += [P(N("For 2023/24 to 2025/26 the figures are allegations against "
                                "police officers and police staff together, by the financial "
                                "year recorded. Figure 1 shows them as a chart; Table 1 gives "
                                "the same figures.", "years; figure and table numbers"),
                st["body"])]
    # ---- Table 1 first (keys), the chart restates it
    rows = [["Allegation type"] + [N(FLAB[y], "year") for y in years]]
    for c in CATS5:
        rows.append([CL[c]] + [F(c, "total", tot[(c, y)], FY(y)) for y in years])
    t1 = Table(rows, colWidths=[75 * mm, 25 * mm, 25 * mm, 25 * mm])
    t1.setStyle(bk.grid_style(1, size=9, shade="#D6DCE4"))
    # ---- the chart, drawn with shapes: bars, data labels above them, value-axis ticks, legend
    top = max(tot.values())
    step = 10 if top > 25 else 5
    vmax = step * (top // step + 1)
    dw = Drawing(160 * mm, 78 * mm)
    x0, y0, ch, cw = 14 * mm, 10 * mm, 58 * mm, 110 * mm
    dw.add(String(x0, 73 * mm, "Allegations recorded", fontName="Helvetica-Bold", fontSize=8))
    for k in range(0, vmax + 1, step):
        yy = y0 + ch * k / vmax
        dw.add(Line(x0, yy, x0 + cw, yy, strokeColor=colors.HexColor("#D9D9D9"),
                    strokeWidth=0.4))
        dw.add(String(x0 - 3, yy - 2.5, str(k), fontName="Helvetica", fontSize=7,
                      textAnchor="end"))
    dw.add(Line(x0, y0, x0, y0 + ch, strokeWidth=0.6))
    palette = ["#1F4E79", "#2E75B6", "#9DC3E6", "#C55A11", "#F4B183"]
    gw = cw / len(years)
    bw = gw * 0.8 / len(CATS5)
    for gi, y in enumerate(years):
        gx = x0 + gi * gw + gw * 0.1
        for ci, c in enumerate(CATS5):
            h = ch * tot[(c, y)] / vmax
            bx = gx + ci * bw
            dw.add(Rect(bx, y0, bw * 0.92, h, fillColor=colors.HexColor(palette[ci]),
                        strokeColor=None))
            dw.add(String(bx + bw * 0.46, y0 + h + 1.5, str(tot[(c, y)]), fontName="Helvetica",
                          fontSize=6, textAnchor="middle"))
        dw.add(String(x0 + gi * gw + gw / 2, y0 - 9, FLAB[y], fontName="Helvetica", fontSize=8,
                      textAnchor="middle"))
    for ci, c in enumerate(CATS5):
        ly = 66 * mm - ci * 5 * mm
        dw.add(Rect(130 * mm, ly, 3 * mm, 3 * mm, fillColor=colors.HexColor(palette[ci]),
                    strokeColor=None))
        dw.add(String(134.5 * mm, ly + 0.5, CS[c] if c in (AP, VG) else CL[c],
                      fontName="Helvetica", fontSize=7))
    N(" ".join(FLAB[y] for y in years), "year (chart axis)")
    N(" ".join(str(k) for k in range(0, vmax + 1, step)), "chart value-axis ticks")
    for c in CATS5:
        for y in years:
            F(c, "total", tot[(c, y)], FY(y), restated=True)
    story += [P(N("Figure 1: allegations recorded, by type and financial year",
                  "figure number"), st["h2"]), dw,
              P(N("Table 1: allegations recorded, by type and financial year", "table number"),
                st["h2"]), t1, S(8),
              P(N("Table 2: outcomes of allegations recorded in 2025/26", "table number; year"),
                st["h2"])]
    rows = [["Outcome"] + [CS[c] if c in (AP, VG) else CL[c].replace(" ", "\n", 1)
                           for c in CATS5]]
    for ol, o in outs:
        rows.append([ol] + [F(c, o, oc[c][o], FY(2025)) for c in CATS5])
    rows.append(["Total"] + [F(c, "total", tot[(c, 2025)], FY(2025), restated=True)
                             for c in CATS5])
    t2 = Table(rows, colWidths=[50 * mm] + [24 * mm] * 5)
    t2.setStyle(bk.grid_style(1, size=9, shade="#D6DCE4",
                              extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    story += [t2, S(6),
              P("APSP = abuse of position for a sexual purpose. VAWG = violence against women "
                "and girls. Outcomes are as recorded at the end of November.", st["small"]),
              P(rights("British Transport Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Freedom of Information Unit", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"BTP {ref}", author="British Transport Police")


# =========================================================================== 14 Police Scotland: Word letter, cells "total (officers / staff)"


def build_police_scotland():
    """Police Scotland's FOISA letter in Word: each table cell holds three figures, "12 (9 / 3)"
    = all, then officers / staff (defined above the tables); a cell of 0 is just "0"; VAWG
    not held (section 17)."""
    src = "police-scotland/IM-FOI-2026-3104 response.docx"
    KEY.file(src, "police-scotland")
    r = rng("scotland")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    subs = ("officers", "staff")
    oc = {(c, s): counts(r, outs, hi=(5 if s == "officers" else 2),
                         zero=(0.35 if s == "officers" else 0.6), cat=c)
          for c in CATS4 for s in subs}
    for c in CATS4:
        oc[(c, "officers")]["ongoing"] = r.randint(1, 6)
    tot = {}
    for c in CATS4:
        for y in FYRS[:-1]:
            hi = {AP: 8, SA: 30, SM: 22, SH: 34}[c]
            tot[(c, "officers", y)] = r.randint(hi // 4, hi)
            tot[(c, "staff", y)] = r.randint(0, hi // 4)
        for s in subs:
            tot[(c, s, 2025)] = sum(oc[(c, s)].values())

    def trio(c, o, a, b, per, restated=False):
        if a + b == 0:
            return F(c, o, 0, per, restated=restated)
        t = F(c, o, a + b, per, restated=restated)
        x = F(c, o, a, per, subject="officers", restated=restated)
        y = F(c, o, b, per, subject="staff", restated=restated)
        return f"{t} ({x} / {y})"

    d = docx_new("Arial", 11)
    docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Police Scotland \u2013 Information Management")
    bk.docx_heading(d, "Police Scotland", 16)
    d.add_paragraph(N("Information Management \u2013 Dundee, Police Scotland, West Bell Street, "
                      "Dundee, DD1 9JU", "postcode"))
    d.add_paragraph(N("Our reference: IM-FOI-2026-3104", "reference"))
    d.add_paragraph(N("Your request dated: 17 November 2026", "date"))
    d.add_paragraph(N("Date of response: 15 December 2026", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(L("Freedom of Information (Scotland) Act 2002. I refer to your recent "
                      "request for the following information:", "act year"))
    q = d.add_paragraph(request19())
    q.paragraph_format.left_indent = Pt(28)
    d.add_paragraph(L(
        "Police Scotland does not record violence against women and girls as a type of "
        "misconduct allegation. In terms of section 17 of the Act, I must therefore advise you "
        "that the information you have requested under that heading is not held.", "section"))
    for y in FYRS:
        F(VG, "total", NH, FY(y), said="")
    d.add_paragraph(
        N("For the other types, the figures below are allegations recorded by Professional "
          "Standards against police officers and police staff, by financial year. To keep the "
          "tables short, each cell gives the number of allegations against all employees first, "
          "then in brackets the number against police officers and the number against police "
          "staff, in that order: for example 12 (9 / 3). Where there were no allegations the "
          "cell shows 0.", "the worked example of the cell format"))
    bk.docx_heading(d, N("Table 1: Allegations by type and financial year \u2013 all employees "
                         "(officers / staff)", "table number"), 11)
    t = d.add_table(rows=1 + len(CATS4), cols=1 + len(FYRS))
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(["Allegation type"] + [N(FLAB[y], "year") for y in FYRS]):
        docx_cell(t.cell(0, j), h, bold=True, align=None if j == 0 else 1)
    for i, c in enumerate(CATS4, 1):
        docx_cell(t.cell(i, 0), CL[c])
        for j, y in enumerate(FYRS, 1):
            docx_cell(t.cell(i, j), trio(c, "total", tot[(c, "officers", y)],
                                         tot[(c, "staff", y)], FY(y)), align=1)
    d.add_paragraph("")
    bk.docx_heading(d, N("Table 2: Outcomes of allegations recorded in 2025/26 \u2013 all "
                         "employees (officers / staff)", "table number; year"), 11)
    t = d.add_table(rows=2 + len(outs), cols=1 + len(CATS4))
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(["Outcome"] + [CL[c] if c != AP else "Abuse of position for a "
                                         "sexual purpose" for c in CATS4]):
        docx_cell(t.cell(0, j), h, bold=True, align=None if j == 0 else 1)
    for i, (ol, o) in enumerate(outs, 1):
        docx_cell(t.cell(i, 0), ol)
        for j, c in enumerate(CATS4, 1):
            docx_cell(t.cell(i, j), trio(c, o, oc[(c, "officers")][o], oc[(c, "staff")][o],
                                         FY(2025)), align=1)
    i = len(outs) + 1
    docx_cell(t.cell(i, 0), "Total", bold=True)
    for j, c in enumerate(CATS4, 1):
        docx_cell(t.cell(i, j), trio(c, "total", tot[(c, "officers", 2025)],
                                     tot[(c, "staff", 2025)], FY(2025), restated=True),
                  bold=True, align=1)
    d.add_paragraph("")
    d.add_paragraph(L(
        "Should you require any further assistance please contact Information Management "
        "quoting the reference number given. If you are dissatisfied with the way in which "
        "Police Scotland has dealt with your request, you are entitled to request a review of "
        "our actions and decisions within 40 working days of receiving this response. If you "
        "remain dissatisfied following the review, you are entitled to apply to the Scottish "
        "Information Commissioner within six months for a decision.",
        "review deadline in working days; six months to appeal"))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Management")
    bk.docx_save(d, src, "Information Management")


# =========================================================================== 15 South Yorkshire: an acknowledgement, not a response


def build_south_yorkshire():
    """South Yorkshire has only acknowledged the request: the letter gives a due date and no
    figures (it is not a response)."""
    src = "south-yorkshire/SYP FOI 20261977 acknowledgement.txt"
    KEY.file(src, "south-yorkshire")
    lines = ["South Yorkshire Police",
             "Information Compliance Unit",
             N("Carbrook House, 5 Carbrook Hall Road, Sheffield, S9 2EH", "street number; postcode"),
             "",
             N("Our reference: FOI 20261977", "reference"),
             N("Date: 18 November 2026", "date"),
             "",
             "Dear Requester,",
             ""]
    lines += wrap(L(f"Thank you for your request for information, which we received on "
                    f"{REQ_DATE}. It is being handled under the Freedom of Information Act "
                    "2000. You asked for the following:", "date; act year"))
    lines += [""] + ["    " + x for x in wrap(request19(), 72)] + [""]
    lines += wrap(L("We will respond promptly and in any event within 20 working days, that is "
                    "by 15 December 2026. If we need to consider the public interest we may need "
                    "longer, and we will tell you if so. Some information may be exempt from "
                    "disclosure or may cost more than the appropriate limit of 18 hours to find.",
                    "statutory deadline in working days; due date; cost limit in hours")) + [""]
    lines += wrap("Please quote the reference above in any correspondence about this request.")
    lines += ["", "Yours sincerely,", "", "Information Compliance Unit",
              "South Yorkshire Police", ""]
    write_text(src, "\n".join(lines))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind19-", read=read19))
