#!/usr/bin/python3
"""make_blind24.py -- the twenty-fourth blind test batch for `foi` and its answer key.

The request, sent on 17 November 2026: for the financial years 2023/24, 2024/25 and 2025/26 and
the calendar year 2025, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Fifteen forces answer in
fifteen files, as the folder arrives (see NOTES-blind24.md): an Outlook .msg with an XLSX
attachment (written by the compound-file writer below), a disclosure-portal .zip, a PDF whose
outcome table is a picture, an HTML page with the same figures twice and a chart's data table, a
Word table continued after a page break, an XLSX with real date cells, percentages of stated totals,
a Welsh-first ODT, an RTF letter, a CSV with a trailing metadata block, a CSV with two-line quoted
headers, a PDF table split across pages by columns, custom number formats, packed HTML cells and a
spreadsheet printout with its row numbers and column letters.  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the read-backs of .msg,
.zip, .odt and .rtf are local.

usage: /usr/bin/python3 make_blind24.py             # rebuild fixtures/blind24 (or $FOI_BLIND24_OUT)
       /usr/bin/python3 make_blind24.py check       # verify determinism and every number
       /usr/bin/python3 make_blind24.py dump FILE   # show FILE (relative to the batch) as read back
"""
import csv
import datetime as dt
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, MON, SPAN, SUP, REF, NH, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND24_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind24").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST24 = ("For each of the financial years 2023/24, 2024/25 and 2025/26, and for the calendar "
             "year 2025, please provide (a) the number of allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) made against your police officers and police staff, "
             "and (b) the outcome of each allegation (dismissed, would have been dismissed, final "
             "written warning, written warning, reflective practice, no case to answer, or still "
             "under investigation).")
FYRS = (2023, 2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
CY25 = CY(2025)
PERIODS4 = [FY(2023), FY(2024), FY(2025), CY25]
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
WORDS = bk.WORDS


def request24():
    return N(REQUEST24, "the request's years")


def rng(name):
    return random.Random("blind24-" + name)


def counts(r, outs=OUT7, hi=4, zero=0.4, cat=None):
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in outs}


def wrap(text, width=84):
    return [x.strip() for x in re.findall(r".{1,%d}(?:\s|$)" % width, text)]


# =========================================================================== other writers


def xlsx_bytes(wb, creator):
    """A workbook's bytes, saved as xlsx_save saves it (fixed properties and zip times)."""
    fixed = dt.datetime(2024, 6, 1, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.xlsx"
        wb.save(p)
        bk.normalise_zip(p)
        return p.read_bytes()


def zip_bytes(members, stored=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, (2026, 12, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'office:version="1.2"')


def xesc(s):
    return E(s).replace('"', "&quot;")


def odt_write(src, body_xml, generator):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<office:document-content {ODF_NS}><office:automatic-styles>"
               '<style:style style:name="P1" style:family="paragraph">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P2" style:family="paragraph">'
               '<style:text-properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="PB" style:family="paragraph">'
               '<style:paragraph-properties fo:break-before="page"/></style:style>'
               '<style:style style:name="C1" style:family="table-cell">'
               '<style:table-cell-properties fo:border="0.5pt solid #000000" '
               'fo:padding="0.05cm"/></style:style>'
               "</office:automatic-styles><office:body><office:text>"
               + body_xml + "</office:text></office:body></office:document-content>")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f"<office:document-styles {ODF_NS}><office:styles>"
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
              'style:family="paragraph"><style:text-properties fo:font-size="14pt" '
              'fo:font-weight="bold"/></style:style></office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office='
            '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta='
            '"urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
            f"<meta:generator>{xesc(generator)}</meta:generator></office:meta>"
            "</office:document-meta>")
    members = [("mimetype", b"application/vnd.oasis.opendocument.text"),
               ("content.xml", content.encode()), ("styles.xml", styles.encode()),
               ("meta.xml", meta.encode()), ("META-INF/manifest.xml", manifest.encode())]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    write_bytes(src, buf.getvalue())


def odt_p(text, style=None):
    s = f' text:style-name="{style}"' if style else ""
    return f"<text:p{s}>{xesc(text)}</text:p>"


def odt_h(text):
    return (f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{xesc(text)}'
            "</text:h>")


def odt_table(name, rows, header_rows=1):
    ncol = max(len(x) for x in rows)
    out = [f'<table:table table:name="{xesc(name)}">'
           f'<table:table-column table:number-columns-repeated="{ncol}"/>']
    for i, row in enumerate(rows):
        if i == 0:
            out.append("<table:table-header-rows>")
        ps = ' text:style-name="P1"' if i < header_rows else ""
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="C1" office:value-type="string">'
            f"<text:p{ps}>{xesc(str(c))}</text:p></table:table-cell>" for c in row)
            + "</table:table-row>")
        if i == header_rows - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "".join(out)


# =========================================================================== read-back


def odt_text(data):
    import xml.etree.ElementTree as ET
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag in (X + "p", X + "h"))


def rtf_text(data):
    """RTF as a reader sees it: destinations (font and colour tables, \\* groups) dropped,
    \\par and \\row as line ends, \\cell as a cell rule, \\'xx decoded as Windows-1252."""
    s = data.decode("ascii")
    for dest_word in ("fonttbl", "colortbl", "stylesheet", "info", "\\*"):
        while True:
            i = s.find("{\\" + dest_word) if dest_word != "\\*" else s.find("{\\*")
            if i < 0:
                break
            depth, j = 0, i
            while True:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            s = s[:i] + s[j + 1:]
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\(par|row|line)\b ?", "\n", s)
    s = re.sub(r"\\cell\b ?", " | ", s)
    s = re.sub(r"\\tab\b ?", "\t", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "").replace("\r", "")
    return s


def msg_text(data):
    import olefile
    o = olefile.OleFileIO(io.BytesIO(data))

    def s(path):
        return o.openstream(path).read().decode("utf-16-le").rstrip("\0")
    out = ["Subject: " + s("__substg1.0_0037001F"), "From: " + s("__substg1.0_0C1A001F"),
           "To: " + s("__substg1.0_0E04001F"), "", s("__substg1.0_1000001F")]
    atts = sorted({e[0] for e in o.listdir() if e[0].startswith("__attach_version1.0_#")})
    for a in atts:
        name = s(a + "/__substg1.0_3707001F")
        out.append(f"[attachment] {name}")
        out.append(member_text(name, o.openstream(a + "/__substg1.0_37010102").read()))
    return "\n".join(out)


def member_text(name, data):
    """A file inside an e-mail or an archive, read back by its kind."""
    suf = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / ("m" + suf)
        p.write_bytes(data)
        return read24(p)


def zip_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for i in z.infolist():
            out.append(f"[member] {i.filename}")
            out.append(member_text(i.filename, z.read(i)))
    return "\n".join(out)


def read24(path):
    p = Path(path)
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".msg":
        return msg_text(data)
    if suf == ".zip":
        return zip_text(data)
    if suf == ".odt":
        return odt_text(data)
    if suf == ".rtf":
        return rtf_text(data)
    return bk.read_back(p, dates=True)


# =========================================================================== PDF helpers


def P(text, style):
    return bk.P(E(text), style)


def S(h=6):
    return bk.S(h)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", repeat=0,
          extra=()):
    from reportlab.platypus import Table
    ex = [("FONT", (0, r), (-1, r), font + "-Bold", size) for r in bold_rows] + list(extra)
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=ex))
    return t


def furniture(top, bottom, page_fmt="Page {p} of {n}", land=False):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    W, H = landscape(A4) if land else A4

    def furn(c, p, n):
        c.setFont("Helvetica", 8)
        if top:
            c.drawCentredString(W / 2, H - 12 * mm, N(top, "running header"))
        c.drawString(20 * mm, 10 * mm, N(bottom, "page footer: address / reference"))
        c.drawRightString(W - 20 * mm, 10 * mm, N(page_fmt.format(p=p, n=n), "page number"))
    return furn


# =========================================================================== 1 Civil Nuclear: Outlook .msg, answer in an attached XLSX


def build_civil_nuclear():
    import openpyxl
    from openpyxl.styles import Font
    src = "civil-nuclear/RE FOI CNC 2026-0931 - allegations data.msg"
    KEY.file(src, "civil-nuclear", subject="officers")
    r = rng("cnc")
    subject = N("RE: FOI CNC 2026-0931 - allegations data", "reference")
    att = N("CNC FOI 2026-0931 data.xlsx", "reference in the attachment's name")
    body = ["Dear Requester,", "",
            N("Freedom of Information request CNC 2026-0931", "reference"), "",
            N("Thank you for your e-mail of 17 November 2026, in which you asked:", "date"), "",
            request24(), "",
            L("Please find attached the workbook '{a}'. It gives, for each of the financial years "
              "2023/24, 2024/25 and 2025/26, the number of allegations of each type made against "
              "Civil Nuclear Constabulary police officers, and their outcomes. Outcomes are as at "
              "30 November 2026; allegations still being investigated on that date are shown as "
              "under investigation.", "years; date of the outcomes", a=att), "",
            N("Police staff: the CNC's police staff are civil servants employed under the terms "
              "of the Civil Service Code and allegations against them are handled by our HR "
              "department, which does not record them by these types. The information you asked "
              "for about police staff is therefore not held (section 1(1)(a) of the Act), for any "
              "of the periods in your request.", "section number")]
    for per in PERIODS4:
        for c in CATS5:
            F(c, "total", NH, per, subject="staff")
    body += ["",
             N("Calendar year 2025: our conduct database records allegations by financial year. "
               "Re-sorting the 2025 allegations by date would mean opening each of the files "
               "for the period and would exceed the appropriate limit of 18 hours (section 12 of "
               "the Act), so we are not providing police officer figures for calendar year 2025.",
               "year; cost-limit hours; section number")]
    for c in CATS5:
        F(c, "total", REF("s12"), CY25, subject="officers")
    body += ["", rights("the Civil Nuclear Constabulary"), "", "Kind regards,", "",
             "Disclosure Officer", "Information Governance | Civil Nuclear Constabulary",
             N("Culham Science Centre, Abingdon, Oxfordshire OX14 3DB", "postcode")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Civil Nuclear Constabulary - allegations against police officers"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI CNC 2026-0931", "reference")
    hdr = ["Financial year", "Allegation type", "Outcome", "Number of allegations"]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    labs = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
            AP: "Abuse of position for a sexual purpose", VG: "VAWG"}
    for y in FYRS:
        for c in CATS5:
            k = counts(r, hi=3, zero=0.5, cat=c)
            if y == 2025:
                k["ongoing"] += r.randint(0, 2)
            for lab, oc in OUT7:
                ws.cell(row, 1, N(FLAB[y], "year"))
                ws.cell(row, 2, labs[c])
                ws.cell(row, 3, lab)
                ws.cell(row, 4, k[oc])
                F(c, oc, k[oc], FY(y))
                row += 1
            ws.cell(row, 1, N(FLAB[y], "year"))
            ws.cell(row, 2, labs[c])
            ws.cell(row, 3, "Total").font = Font(bold=True)
            ws.cell(row, 4, sum(k.values())).font = Font(bold=True)
            F(c, "total", sum(k.values()), FY(y))
            row += 1
    ws.cell(row + 1, 1, N("Outcomes as at 30/11/2026.", "date"))
    ws.cell(row + 2, 1, "VAWG = violence against women and girls (allegations not counted in "
                        "the other types).")
    for col, w in zip("ABCD", (15, 40, 28, 22)):
        ws.column_dimensions[col].width = w
    data = xlsx_bytes(wb, "CNC Information Governance")
    msgb = bk.msg_file(subject, "CNC Freedom of Information", "foi@cnc.police.uk", "Requester",
                       "requester@example.org", bk.filetime(dt.datetime(2026, 12, 4, 10, 15)),
                       [(att, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         data)], body="\r\n".join(body))
    N(att, "reference in the attachment's name")          # the attachment line of the read-back
    write_bytes(src, msgb)


# =========================================================================== 2 West Midlands: a disclosure-portal .zip (letter PDF + two CSVs)


def build_west_midlands():
    from reportlab.lib.units import mm
    src = "west-midlands/FOI 2026-5120 disclosure pack.zip"
    KEY.file(src, "west-midlands")
    r = rng("wmp")
    ref = "FOI 2026-5120"
    readme = "\n".join([
        "West Midlands Police - Disclosure Log",
        N(f"Request {ref}: Sexual misconduct allegations against officers and staff", "reference"),
        N("Published: 04/12/2026", "date"),
        "",
        "This pack contains:",
        N(f"  {ref} response letter.pdf", "reference"),
        N(f"  {ref} Table 1 allegations by year.csv", "reference; table number"),
        N(f"  {ref} Table 2 outcomes 2025-26.csv", "reference; table number; year"),
        "",
        "Files are released under the Open Government Licence.", ""]).replace("\n", "\r\n")
    names = [N(f"{ref} response letter.pdf", "member name: reference"),
             N(f"{ref} Table 1 allegations by year.csv", "member name: reference; table number"),
             N(f"{ref} Table 2 outcomes 2025-26.csv", "member name: reference; table; year")]
    N("README.txt", "")
    # --- the letter
    st = bk.styles("Helvetica", 10)
    story = [P("West Midlands Police", st["h"]), P("Information Management", st["right"]),
             P(N("PO Box 52, Lloyd House, Birmingham B4 6NQ", "PO box; postcode"), st["right"]),
             S(8), P(N(f"Our reference: {ref}", "reference"), st["body"]),
             P(N("Date: 4 December 2026", "date"), st["body"]), S(6),
             P("Dear Sir/Madam", st["body"]), P("REQUEST", st["h2"]),
             P(request24(), st["quote"]), P("RESPONSE", st["h2"]),
             P(N("West Midlands Police holds the information you requested. It is given in the two "
                 "CSV files that accompany this letter in the disclosure pack:", "'two' files"), st["body"]),
             P(N("Table 1 - the number of allegations of each type recorded against police "
                 "officers and against police staff, for each financial year and for calendar "
                 "year 2025.", "table number; year"), st["bullet"]),
             P(N("Table 2 - the outcomes of the allegations recorded in the financial year "
                 "2025/26, police officers and police staff together.", "table number; year"),
               st["bullet"]),
             P(N("All figures are numbers of allegations. One investigation may concern more than "
                 "one allegation.", "'one'"), st["body"]),
             P(N("Section 40(2) - personal information. Where fewer than five allegations were "
                 "made against police staff in a period, the number is shown as '<5': this means "
                 "a number between 1 and 4. Releasing the exact number could identify the members "
                 "of staff concerned. A nil is shown as 0.",
                 "section number; suppression threshold; bounds of '<5'"), st["body"]),
             P(rights("West Midlands Police"), st["body"]), S(6),
             P("Yours faithfully", st["body"]), P("Information Management Unit", st["body"])]
    tmp = "_tmp_wmp_letter.pdf"
    bk.pdf_letter(tmp, story, furniture("OFFICIAL", f"West Midlands Police | {ref}"),
                  title="FOI response", author="West Midlands Police")
    pdf = bk.ROOT.joinpath(tmp).read_bytes()
    bk.ROOT.joinpath(tmp).unlink()
    # --- Table 1
    t1 = io.StringIO()
    w = csv.writer(t1, lineterminator="\r\n")
    w.writerow(["Allegation type", "Employee type", N("2023/24", "year"), N("2024/25", "year"),
                N("2025/26", "year"), N("Calendar year 2025", "year")])
    fy25tot = {}
    for c in CATS5:
        for emp, subj in (("Police officer", "officers"), ("Police staff", "staff")):
            cells = []
            for per in PERIODS4:
                v = r.randint(3, 16) if subj == "officers" else r.choice([0, 0, 1, 2, 3, 4, 5, 6])
                if c == AP:
                    v = r.randint(0, 6) if subj == "officers" else r.choice([0, 0, 1, 2])
                if subj == "staff" and 1 <= v <= 4:
                    cells.append(F(c, "total", SUP(1, 4), per, subject=subj, said="<5"))
                else:
                    cells.append(F(c, "total", v, per, subject=subj))
            w.writerow([CL[c], emp] + cells)
    # --- Table 2
    t2 = io.StringIO()
    w = csv.writer(t2, lineterminator="\r\n")
    cats2 = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment", AP: "APSP",
             VG: "VAWG"}
    w.writerow(["Outcome"] + [cats2[c] for c in CATS5])
    k2 = {c: counts(r, hi=5, zero=0.35, cat=c) for c in CATS5}
    for lab, oc in OUT7:
        w.writerow([lab] + [F(c, oc, k2[c][oc], FY(2025)) for c in CATS5])
    w.writerow(["Total"] + [F(c, "total", sum(k2[c].values()), FY(2025)) for c in CATS5])
    w.writerow([])
    w.writerow([N("APSP = abuse of position for a sexual purpose; VAWG = violence against women "
                  "and girls. Police officers and police staff together, 2025/26.", "year")])
    data = zip_bytes([("README.txt", readme.encode()), (names[0], pdf),
                      (names[1], t1.getvalue().encode("utf-8-sig")),
                      (names[2], t2.getvalue().encode("utf-8-sig"))])
    write_bytes(src, data)


# =========================================================================== 3 Metropolitan: PDF letter whose outcome table is a picture


def table_png(rows, col_w, title):
    """A table drawn as a picture (PNG bytes): what a dashboard screenshot pasted into Word gives."""
    from PIL import Image, ImageDraw, ImageFont
    k = 3
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 9 * k)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 9 * k)
    rh = 16 * k
    W = sum(col_w) * k + 2 * k
    H = (len(rows) + 1) * rh + 4 * k
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.text((2 * k, 2 * k), title, font=bold, fill=(0, 48, 135))
    y0 = rh
    for i, row in enumerate(rows):
        x = k
        if i == 0:
            dr.rectangle([k, y0, W - k, y0 + rh], fill=(0, 48, 135))
        for j, cell in enumerate(row):
            fill = (255, 255, 255) if i == 0 else (0, 0, 0)
            dr.text((x + 3 * k, y0 + 3 * k), str(cell), font=bold if i == 0 or i == len(rows) - 1
                    else font, fill=fill)
            x += col_w[j] * k
        dr.line([k, y0 + rh, W - k, y0 + rh], fill=(160, 160, 160), width=k)
        y0 += rh
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue(), W / k, H / k


def build_metropolitan():
    from reportlab.lib.units import mm
    from reportlab.platypus import Image as RLImage
    src = "metropolitan/01.FOI.26.048812 response.pdf"
    KEY.file(src, "metropolitan")
    r = rng("met")
    st = bk.styles("Helvetica", 10)
    story = [P("Metropolitan Police Service", st["h"]),
             P("Information Rights Unit", st["body"]),
             P(N("PO Box 313, Sidcup DA15 0HH", "PO box; postcode"), st["body"]), S(6),
             P(N("Reference: 01.FOI.26.048812", "reference"), st["body"]),
             P(N("Date: 9 December 2026", "date"), st["body"]), S(4),
             P("Dear Requester", st["body"]),
             P(N("Thank you for your request for information received on 17 November 2026. You "
                 "asked:", "date"), st["body"]),
             P(request24(), st["quote"]),
             P("Decision", st["h2"]),
             P(N("The MPS holds the information you requested. Table 1 gives the number of "
                 "allegations of each type recorded against MPS police officers and police staff "
                 "(counted together) in each period. Table 2 gives the outcomes of the "
                 "allegations recorded in 2025/26.", "table numbers; year"), st["body"])]
    head = ["Allegation type", N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year"),
            N("Calendar year 2025", "year")]
    rows = [head]
    tot = {}
    for c in CATS5:
        cells = []
        for per in PERIODS4:
            v = r.randint(25, 70) if c != AP else r.randint(3, 12)
            if c == AP and per == FY(2023):
                cells.append(F(c, "total", SUP(), per, said="*"))
                continue
            tot[(c, per)] = v
            cells.append(F(c, "total", v, per))
        rows.append([CL[c]] + cells)
    story += [P(N("Table 1: allegations recorded, by type", "table number"), st["h2"]),
              ruled(rows, [62 * mm, 24 * mm, 24 * mm, 24 * mm, 32 * mm]),
              P(N("* fewer than five allegations: withheld under section 40(2) (personal "
                  "information).", "suppression threshold; section number"), st["small"]),
              S(6), P(N("Table 2: outcomes of allegations recorded in 2025/26", "table number; "
                                                                              "year"), st["h2"])]
    # the picture: outcomes x types for 2025/26 (no text layer; its figures are not keyed)
    k = {c: counts(r, hi=9, zero=0.2, cat=c) for c in CATS5}
    sa_t = tot[(SA, FY(2025))]
    k[SA]["dismissed"] = 6
    k[SA]["ongoing"] = 9
    rest = sa_t - 15
    for _, oc in OUT7[1:6]:
        k[SA][oc] = 0
    for i in range(rest):
        k[SA][OUT7[1 + i % 5][1]] += 1
    img_rows = [["Outcome", "SA", "SM", "SH", "APSP", "VAWG"]]
    for lab, oc in OUT7:
        img_rows.append([lab] + [k[c][oc] for c in CATS5])
    img_rows.append(["Total"] + [sum(k[c].values()) for c in CATS5])
    png, w, h = table_png(img_rows, [150, 50, 50, 50, 50, 50],
                          "PSD dashboard - outcomes, allegations recorded 2025/26")
    scale = 165 * mm / w
    story += [RLImage(io.BytesIO(png), width=w * scale, height=h * scale), S(6),
              P(L("Of the {t} allegations of sexual assault recorded in 2025/26, {d} resulted in "
                  "dismissal and {o} are still under investigation.", "year",
                  t=F(SA, "total", sa_t, FY(2025), restated=True),
                  d=F(SA, "dismissed", 6, FY(2025)), o=F(SA, "ongoing", 9, FY(2025))),
                st["body"]),
              P(N("Table 2 is an extract from our Professional Standards dashboard and is "
                  "reproduced as an image. SA sexual assault; SM sexual misconduct; SH sexual "
                  "harassment; APSP abuse of position for a sexual purpose; VAWG violence against "
                  "women and girls.", "table number"), st["small"]),
              P(rights("the MPS"), st["body"]),
              P("Yours sincerely", st["body"]), P("Information Rights Unit", st["body"])]
    bk.pdf_letter(src, story, furniture("OFFICIAL", "MPS Information Rights Unit | 01.FOI.26.048812"),
                  title="01.FOI.26.048812", author="Metropolitan Police Service")


# =========================================================================== 4 West Yorkshire: HTML, the same figures by year and by type, and a chart's data table


def build_west_yorkshire():
    src = "west-yorkshire/FOI-4471-26 disclosure.html"
    KEY.file(src, "west-yorkshire")
    r = rng("wyp")
    v = {}
    for c in CATS5:
        for per in PERIODS4:
            v[(c, per)] = r.randint(8, 40) if c != AP else r.randint(1, 9)
    plab = {FY(2023): "2023/24", FY(2024): "2024/25", FY(2025): "2025/26",
            CY25: "Calendar year 2025"}
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position (sexual purpose)", VG: "VAWG"}
    first = set()

    def fig(c, per, oc="total", val=None):
        key = (c, per, oc)
        val = v[(c, per)] if val is None else val
        t = F(c, oc, val, per, restated=key in first)
        first.add(key)
        return t
    # table A: by year (rows are periods)
    ta = ['<table class="wyp-table" id="by-year">',
          "<caption>Table 1a: allegations by year</caption>",
          "<thead><tr><th scope=\"col\">Period</th>"
          + "".join(f'<th scope="col">{E(short[c])}</th>' for c in CATS5) + "</tr></thead><tbody>"]
    for per in PERIODS4:
        ta.append(f'<tr><th scope="row">{E(N(plab[per], "period"))}</th>'
                  + "".join(f"<td>{fig(c, per)}</td>" for c in CATS5) + "</tr>")
    ta.append("</tbody></table>")
    # table B: by type (rows are types, periods in another order: calendar year first)
    order = [CY25, FY(2025), FY(2024), FY(2023)]
    tb = ['<table class="wyp-table" id="by-type">',
          "<caption>Table 1b: the same allegations by type</caption>",
          "<thead><tr><th scope=\"col\">Allegation type</th>"
          + "".join(f'<th scope="col">{E(N(plab[p], "period"))}</th>' for p in order)
          + "</tr></thead><tbody>"]
    for c in CATS5:
        tb.append(f'<tr><th scope="row">{E(CL[c])}</th>'
                  + "".join(f"<td>{fig(c, p)}</td>" for p in order) + "</tr>")
    tb.append("</tbody></table>")
    # chart data: financial years only, hidden from view (read by screen readers)
    ch = ['<figure class="chart" role="img" aria-label="Bar chart of allegations by financial '
          'year">', '<div class="chart-canvas" data-chart="bar"></div>',
          '<table class="chart-data visually-hidden">',
          "<tr><th>Series</th>" + "".join(f"<th>{N(FLAB[y], 'year')}</th>" for y in FYRS) + "</tr>"]
    for c in CATS5:
        ch.append(f"<tr><th>{E(short[c])}</th>"
                  + "".join(f"<td>{fig(c, FY(y))}</td>" for y in FYRS) + "</tr>")
    ch.append("</table>")
    ch.append("<figcaption>Figure 1: allegations by financial year</figcaption></figure>")
    N("Table 1a Table 1b Figure 1", "table and figure numbers")
    # outcomes 2025/26
    k = {}
    for c in CATS5:
        t = v[(c, FY(2025))]
        kk = {oc: 0 for _, oc in OUT7}
        for _ in range(t):
            kk[r.choice([oc for _, oc in OUT7] + ["ongoing", "no_case_to_answer",
                                                   "management_action"])] += 1
        k[c] = kk
    to = ['<table class="wyp-table" id="outcomes">',
          "<caption>Table 2: outcomes of allegations recorded in 2025/26</caption>",
          '<thead><tr><th scope="col">Allegation type</th>'
          + "".join(f'<th scope="col">{E(lab)}</th>' for lab, _ in OUT7)
          + '<th scope="col">Total</th></tr></thead><tbody>']
    for c in CATS5:
        to.append(f'<tr><th scope="row">{E(CL[c])}</th>'
                  + "".join(f"<td>{F(c, oc, k[c][oc], FY(2025))}</td>" for _, oc in OUT7)
                  + f"<td><strong>{fig(c, FY(2025))}</strong></td></tr>")
    to.append("</tbody></table>")
    N("Table 2 2025/26", "table number; year")
    body = f"""<header class="site-header"><a href="/" class="logo">West Yorkshire Police</a>
<nav><a href="/about-us">About us</a> <a href="/foi">Freedom of Information</a> <a href="/contact">Contact</a></nav></header>
<main id="main">
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI</a> &gt; Disclosure log</nav>
<h1>{E(N("FOI-4471-26: Sexual misconduct allegations against officers and staff", "reference"))}</h1>
<p class="meta">{E(N("Date of response: 10 December 2026 | Category: Professional Standards", "date"))}</p>
<h2>Request</h2>
<blockquote>{E(request24())}</blockquote>
<h2>Response</h2>
<p>{E(N("West Yorkshire Police holds this information. The figures are allegations recorded against police officers and police staff, counted together. Tables 1a and 1b show the same figures arranged two ways, and the chart shows the financial years again; please do not add them together.", "'two' ways"))}</p>
{chr(10).join(ta)}
{chr(10).join(tb)}
{chr(10).join(ch)}
<h3>Outcomes</h3>
{chr(10).join(to)}
<p class="note">{E(N("Outcomes are recorded as at 1 December 2026. Under investigation includes allegations awaiting a misconduct hearing.", "date"))}</p>
<h2>Your rights</h2>
<p>{E(rights("West Yorkshire Police"))}</p>
</main>
<footer class="site-footer"><p>{E(N("West Yorkshire Police, PO Box 9, Laburnum Road, Wakefield WF1 3QP", "PO box; postcode"))}</p></footer>"""
    css = ("<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;"
           "clip:rect(0 0 0 0);white-space:nowrap}.wyp-table td{text-align:right}</style>\n")
    write_text(src, html_page(N("FOI-4471-26 | West Yorkshire Police", "reference"), body, css))


# =========================================================================== 5 Wiltshire: Word tables with a merged period row, one continued after a page break


def build_wiltshire():
    from docx.enum.text import WD_BREAK
    src = "wiltshire/Wiltshire Police FOI 2026-02291 response.docx"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    d = bk.docx_a4(docx_new("Arial", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Wiltshire Police, London Road, Devizes SN10 2DN",
                                          "postcode"))
    bk.docx_para(d, "Wiltshire Police", bold=True, size=16)
    bk.docx_para(d, "Freedom of Information")
    bk.docx_para(d, N("Reference: FOI 2026-02291", "reference"))
    bk.docx_para(d, N("Date: 8 December 2026", "date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, N("We received your request on 17 November 2026. You asked:", "date"))
    bk.docx_para(d, request24(), italic=True)
    bk.docx_para(d, N("Wiltshire Police holds the information for the financial years. The tables "
                      "below give the number of allegations recorded against police officers and "
                      "police staff together, and their outcomes, one table per financial year. "
                      "Each table is headed by the dates it covers.", "'one' table per year"))
    heads = ["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP",
             "VAWG"]
    rows8 = OUT7 + [("Total", "total")]

    def table(period_text, rows, with_period=True):
        nrow = len(rows) + 1 + (1 if with_period else 0)
        t = d.add_table(rows=nrow, cols=6)
        t.style = "Table Grid"
        i = 0
        if with_period:
            m = t.cell(0, 0).merge(t.cell(0, 5))
            docx_cell(m, period_text, bold=True, align=1)
            docx_shade(m, "BDD7EE")
            i = 1
        for j, h in enumerate(heads):
            docx_cell(t.cell(i, j), h, bold=True)
            docx_shade(t.cell(i, j), "DDEBF7")
        for ri, row in enumerate(rows, i + 1):
            for j, x in enumerate(row):
                docx_cell(t.cell(ri, j), str(x), bold=row[0] == "Total", align=None if j == 0 else 2)
        return t
    for y in FYRS:
        k = {c: counts(r, hi=5, zero=0.35, cat=c) for c in CATS5}
        if y == 2025:
            for c in CATS5:
                k[c]["ongoing"] += r.randint(1, 3)
        rows = []
        for lab, oc in rows8:
            cells = []
            for c in CATS5:
                val = sum(k[c].values()) if oc == "total" else k[c][oc]
                cells.append(F(c, oc, val, FY(y)))
            rows.append([lab] + cells)
        ptxt = N(f"1 April {y} to 31 March {y + 1}", "the table's dates")
        bk.docx_para(d, "")
        if y < 2025:
            table(ptxt, rows)
        else:
            table(ptxt, rows[:4])
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            table(None, rows[4:], with_period=False)
    bk.docx_para(d, "")
    bk.docx_para(d, "APSP: abuse of position for a sexual purpose. VAWG: violence against women "
                    "and girls. Reflective practice is the reflective practice review process.")
    bk.docx_heading(d, N("Calendar year 2025", "year"))
    bk.docx_para(d, N("Our case management system records allegations by financial year. To give "
                      "figures for the calendar year 2025 we would have to read each of the "
                      "allegation files recorded between April 2024 and March 2026, which we "
                      "estimate would take more than 30 hours, beyond the 18 hours allowed. This "
                      "part of your request is refused under section 12(1) of the Act.",
                      "years; hours; section number"))
    for c in CATS5:
        F(c, "total", REF("s12"), CY25)
    bk.docx_para(d, rights("Wiltshire Police"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Freedom of Information Unit")
    bk.docx_save(d, src, "Wiltshire Police")


# =========================================================================== 6 Greater Manchester: XLSX with real date cells, vertical merges, a Grand total column


def build_greater_manchester():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "greater-manchester/GMP FOI 2026-011455 data.xlsx"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E1F2")
    ws["A1"] = "Greater Manchester Police - allegations against police officers and police staff"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI reference 2026/011455", "reference")
    hdr = ["Period from", "Period to", "Employee type", "Sexual assault", "Sexual misconduct",
           "Sexual harassment", "Abuse of position for a sexual purpose", "VAWG", "Grand total"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font, c.fill = bold, fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    row = 5
    v1 = {}
    for per in PERIODS4:
        a = dt.datetime.strptime(per[0], "%Y-%m-%d")
        b = dt.datetime.strptime(per[1], "%Y-%m-%d")
        for j, x in ((1, a), (2, b)):
            c = ws.cell(row, j, x)
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(vertical="center")
            N(x.strftime("%d/%m/%Y"), "a period's date")
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        ws.merge_cells(start_row=row, start_column=2, end_row=row + 1, end_column=2)
        for emp, subj in (("Police officer", "officers"), ("Police staff", "staff")):
            ws.cell(row, 3, emp)
            tot = 0
            for j, c in enumerate(CATS5, 4):
                v = r.randint(4, 30) if subj == "officers" else r.randint(0, 7)
                if c == AP:
                    v = r.randint(0, 6) if subj == "officers" else r.randint(0, 1)
                ws.cell(row, j, v)
                F(c, "total", v, per, subject=subj)
                v1[(c, subj, per)] = v
                tot += v
            ws.cell(row, 9, N(str(tot), "Grand total across allegation types") and tot).font = bold
            row += 1
    ws.cell(row + 1, 1, N("Grand total = all five allegation types added together. VAWG = "
                          "violence against women and girls.", "'five' types"))
    for col, w in zip("ABCDEFGHI", (13, 13, 16, 14, 14, 14, 20, 10, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D5"
    # outcomes sheet: the type merged down over its outcome rows
    ws2 = wb.create_sheet("Outcomes 2025-26")
    N("Outcomes 2025-26", "sheet name: year")
    ws2["A1"] = "Outcomes of allegations recorded in the period"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Period:"
    for j, x in ((2, dt.datetime(2025, 4, 1)), (3, dt.datetime(2026, 3, 31))):
        c = ws2.cell(2, j, x)
        c.number_format = "dd/mm/yyyy"
        N(x.strftime("%d/%m/%Y"), "the sheet's period")
    hdr2 = ["Allegation type", "Outcome", "Police officers", "Police staff", "Total"]
    for j, h in enumerate(hdr2, 1):
        c = ws2.cell(4, j, h)
        c.font, c.fill = bold, fill
    row = 5
    outs = OUT7[:4] + [("Reflective practice review process", "management_action")] + OUT7[5:]
    for c in CATS5:
        ko = {oc: 0 for _, oc in outs}
        ks = {oc: 0 for _, oc in outs}
        for _ in range(v1[(c, "officers", FY(2025))]):
            ko[r.choice([oc for _, oc in outs])] += 1
        for _ in range(v1[(c, "staff", FY(2025))]):
            ks[r.choice([oc for _, oc in outs])] += 1
        ws2.cell(row, 1, CL[c]).alignment = Alignment(vertical="top", wrap_text=True)
        ws2.merge_cells(start_row=row, start_column=1, end_row=row + len(outs), end_column=1)
        for lab, oc in outs + [("Total", "total")]:
            if oc == "total":
                vo, vs = sum(ko.values()), sum(ks.values())
            else:
                vo, vs = ko[oc], ks[oc]
            ws2.cell(row, 2, lab)
            rs = oc == "total"
            ws2.cell(row, 3, F(c, oc, vo, FY(2025), subject="officers", restated=rs) and vo)
            ws2.cell(row, 4, F(c, oc, vs, FY(2025), subject="staff", restated=rs) and vs)
            ws2.cell(row, 5, F(c, oc, vo + vs, FY(2025)) and vo + vs)
            if oc == "total":
                for j in range(2, 6):
                    ws2.cell(row, j).font = bold
            row += 1
    ws2.cell(row + 1, 1, "Total = police officers and police staff together.")
    for col, w in zip("ABCDE", (30, 34, 14, 14, 10)):
        ws2.column_dimensions[col].width = w
    xlsx_save(wb, src, creator="GMP Information Compliance")


# =========================================================================== 7 Hertfordshire: outcomes as percentages of stated totals


def build_hertfordshire():
    from reportlab.lib.units import mm
    src = "hertfordshire/Herts FOI HC-26-3318 response.pdf"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    st = bk.styles("Times-Roman", 11)
    story = [P("Hertfordshire Constabulary", st["h"]),
             P(N("Freedom of Information Unit, Stanborough Road, Welwyn Garden City AL8 6XF",
                 "postcode"), st["body"]),
             P(N("Our reference: HC/26/3318 - 11 December 2026", "reference; date"), st["body"]),
             P("Dear Requester", st["body"]),
             P(N("Your request of 17 November 2026 read:", "date"), st["body"]),
             P(request24(), st["quote"]),
             P(N("Hertfordshire Constabulary holds the information. Table 1 gives the number of "
                 "allegations recorded against police officers and police staff together.",
                 "table number"), st["body"])]
    plab = [N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year"),
            N("Calendar 2025", "year")]
    rows = [["Allegation type"] + plab]
    tot = {}
    for c in CATS5:
        cells = []
        for per in PERIODS4:
            v = r.randint(6, 24) if c != AP else r.randint(2, 8)
            if per == FY(2025):
                v = {SA: 16, SM: 20, SH: 40, AP: 8, VG: 12}[c]
            tot[(c, per)] = v
            cells.append(F(c, "total", v, per))
        rows.append([CL[c]] + cells)
    story += [P(N("Table 1: allegations recorded", "table number"), st["h2"]),
              ruled(rows, [64 * mm, 24 * mm, 24 * mm, 24 * mm, 28 * mm], size=9,
                    font="Times-Roman"), S(8),
              P(N("Outcomes of the allegations recorded in 2025/26", "year"), st["h2"]),
              P(N("Our outcome report gives each outcome as a share of the allegations of that "
                  "type. Where the report also gives the number, we have included it.", ""),
                st["body"])]
    fy = FY(2025)

    def pct(n, t):
        p = 100 * n / t
        return f"{p:.1f}%".replace(".0%", "%")      # declared by the L() template it sits in
    paras = []
    # sexual assault: 16
    t = tot[(SA, fy)]
    paras.append(L("Sexual assault: of the {t} allegations, " + pct(4, t) + " resulted in "
                   "dismissal, " + pct(2, t) + " in a final written warning and {o} ("
                   + pct(5, t) + ") are still under investigation.", "percentages of the stated total",
                   t=F(SA, "total", t, fy, restated=True), o=F(SA, "ongoing", 5, fy)))
    t = tot[(SM, fy)]
    paras.append(L("Sexual misconduct: of the {t} allegations, " + pct(5, t) + " resulted in a "
                   "written warning, " + pct(8, t) + " in reflective practice and "
                   + pct(7, t) + " in a finding of no case to answer. None resulted in "
                   "dismissal.", "percentages of the stated total",
                   t=F(SM, "total", t, fy, restated=True)))
    F(SM, "dismissed", 0, fy, said="None resulted in dismissal")
    t = tot[(SH, fy)]
    paras.append(L("Sexual harassment: of the {t} allegations, " + pct(10, t) + " were upheld "
                   "and resulted in a sanction ({d} dismissals among them); " + pct(16, t)
                   + " resulted in reflective practice and the remaining " + pct(14, t)
                   + " were found to have no case to answer.", "percentages of the stated total",
                   t=F(SH, "total", t, fy, restated=True), d=F(SH, "dismissed", 3, fy)))
    t = tot[(AP, fy)]
    paras.append(L("Abuse of position for a sexual purpose: of the {t} allegations, "
                   + pct(2, t) + " resulted in dismissal and " + pct(2, t) + " in a finding that "
                   "the officer would have been dismissed had they not resigned; {o} are still "
                   "under investigation.", "percentages of the stated total",
                   t=F(AP, "total", t, fy, restated=True), o=F(AP, "ongoing", 4, fy)))
    t = tot[(VG, fy)]
    paras.append(L("Violence against women and girls: of the {t} allegations, " + pct(3, t)
                   + " resulted in a written warning, " + pct(6, t) + " in reflective practice "
                   "and " + pct(3, t) + " in no case to answer.", "percentages of the stated total",
                   t=F(VG, "total", t, fy, restated=True)))
    for x in paras:
        story.append(P(x, st["bullet"]))
    story += [P(N("Percentages are rounded to one decimal place and may not add to 100%.",
                  "'one' decimal place; 100%"), st["small"]),
              P(N("Outcomes for 2023/24, 2024/25 and calendar year 2025 are not held in this "
                  "report format; the totals for those periods are in Table 1.",
                  "years; table number"), st["body"]),
              P(rights("Hertfordshire Constabulary"), st["body"]),
              P("Yours sincerely", st["body"]), P("Information Compliance Officer", st["body"])]
    bk.pdf_letter(src, story, furniture("", "Hertfordshire Constabulary | HC/26/3318"),
                  title="HC/26/3318", author="Hertfordshire Constabulary")


# =========================================================================== 8 North Wales: ODT letter, Welsh first, English second, the same tables twice


def build_north_wales():
    src = "north-wales/HGC FOI 2026-1407 ymateb-response.odt"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    cy_cat = {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
              AP: "Camddefnyddio swydd at ddiben rhywiol",
              VG: "Trais yn erbyn menywod a merched"}
    cy_out = {"dismissed": "Diswyddwyd", "would_have_been_dismissed": "Byddai wedi'i ddiswyddo",
              "final_written_warning": "Rhybudd ysgrifenedig terfynol",
              "written_warning": "Rhybudd ysgrifenedig", "management_action": "Ymarfer myfyriol",
              "no_case_to_answer": "Dim achos i'w ateb", "ongoing": "Yn destun ymchwiliad",
              "total": "Cyfanswm"}
    tot = {(c, per): (r.randint(3, 18) if c != AP else r.randint(0, 5))
           for c in CATS5 for per in PERIODS4}
    k = {}
    for c in CATS5:
        t = tot[(c, FY(2025))]
        kk = {oc: 0 for _, oc in OUT7}
        for _ in range(t):
            kk[r.choice([oc for _, oc in OUT7])] += 1
        k[c] = kk
    body = []

    def section(welsh):
        restated = not welsh
        if welsh:
            body.append(odt_h("Ymateb i gais Rhyddid Gwybodaeth"))
            body.append(odt_p(N("Cyfeirnod: HGC FOI 2026-1407    Dyddiad: 2 Rhagfyr 2026",
                                "reference; date")))
            body.append(odt_p(N("Diolch am eich cais a gafwyd ar 17 Tachwedd 2026. Mae Heddlu "
                                "Gogledd Cymru yn dal y wybodaeth. Mae'r ffigurau isod yn "
                                "honiadau a gofnodwyd yn erbyn swyddogion heddlu a staff heddlu "
                                "gyda'i gilydd.", "date")))
            body.append(odt_p(N("Tabl 1: honiadau yn ôl math a chyfnod", "table number"), "P1"))
            head = ["Math o honiad", N("2023/24", "year"), N("2024/25", "year"),
                    N("2025/26", "year"), N("Blwyddyn galendr 2025", "year")]
        else:
            body.append(odt_h("Response to Freedom of Information request"))
            body.append(odt_p(N("Reference: HGC FOI 2026-1407    Date: 2 December 2026",
                                "reference; date")))
            body.append(odt_p(N("Thank you for your request received on 17 November 2026. "
                                "You asked:", "date")))
            body.append(odt_p(request24(), "P2"))
            body.append(odt_p("North Wales Police holds the information. The figures below are "
                              "allegations recorded against police officers and police staff "
                              "together. They are the same figures as in the Welsh text above."))
            body.append(odt_p(N("Table 1: allegations by type and period", "table number"), "P1"))
            head = ["Allegation type", N("2023/24", "year"), N("2024/25", "year"),
                    N("2025/26", "year"), N("Calendar year 2025", "year")]
        rows = [head]
        for c in CATS5:
            rows.append([cy_cat[c] if welsh else CL[c]]
                        + [F(c, "total", tot[(c, per)], per, restated=restated)
                           for per in PERIODS4])
        body.append(odt_table("Tabl1" if welsh else "Table1", rows))
        body.append(odt_p(N("Tabl 2: canlyniadau honiadau a gofnodwyd yn 2025/26", "table number; "
                            "year") if welsh else
                          N("Table 2: outcomes of allegations recorded in 2025/26",
                            "table number; year"), "P1"))
        head2 = ["Canlyniad" if welsh else "Outcome"] + [
            {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
             AP: "Camddefnyddio swydd", VG: "Trais yn erbyn menywod"}[c] if welsh else
            {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position", VG: "VAWG"}[c] for c in CATS5]
        rows = [head2]
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = []
            for c in CATS5:
                if oc == "total":
                    cells.append(F(c, "total", tot[(c, FY(2025))], FY(2025), restated=True))
                else:
                    cells.append(F(c, oc, k[c][oc], FY(2025), restated=restated))
            rows.append([cy_out[oc] if welsh else lab] + cells)
        body.append(odt_table("Tabl2" if welsh else "Table2", rows))
        if welsh:
            body.append(odt_p("Mae 'Camddefnyddio swydd' yn golygu camddefnyddio swydd at ddiben "
                              "rhywiol."))
            body.append(odt_p("Saesneg yn dilyn / English follows", "PB"))
        else:
            body.append(odt_p("'Abuse of position' is abuse of position for a sexual purpose. "
                              "Reflective practice is the reflective practice review process."))
            body.append(odt_p(rights("North Wales Police")))
            body.append(odt_p("Yours sincerely / Yn gywir"))
            body.append(odt_p("Freedom of Information Unit / Uned Rhyddid Gwybodaeth"))
    section(True)
    section(False)
    odt_write(src, "".join(body), "LibreOffice/24.2.7.2$Linux_X86_64")


# =========================================================================== 9 Nottinghamshire: an RTF letter with a simple table


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\'%02x" % ch.encode("cp1252")[0])
        else:
            out.append(ch)
    return "".join(out)


def rtf_row(cells, widths, bold=False):
    x = 0
    defs = []
    for w in widths:
        x += w
        defs.append("\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                    f"\\clbrdrr\\brdrs\\brdrw10\\cellx{x}")
    b0, b1 = ("\\b ", "\\b0 ") if bold else ("", "")
    return ("\\trowd\\trgaph108\\trleft0" + "".join(defs) + "\n"
            + "".join("\\pard\\intbl" + ("\\qr" if i else "") + f" {b0}{rtf_esc(str(c))}{b1}\\cell "
                      for i, c in enumerate(cells)) + "\\row\n")


def build_nottinghamshire():
    src = "nottinghamshire/FOI-007731-26.rtf"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    paras = []

    def p(text, bold=False):
        paras.append(("\\pard\\sa120 " + ("\\b " if bold else "") + rtf_esc(text)
                      + ("\\b0" if bold else "") + "\\par\n"))
    p("Nottinghamshire Police", bold=True)
    p(N("Force Headquarters, Sherwood Lodge, Arnold, Nottingham NG5 8PP", "postcode"))
    p(N("Freedom of Information request FOI-007731-26", "reference"))
    p(N("Date of response: 3 December 2026", "date"))
    p("Dear Requester")
    p(N("Thank you for your request dated 17 November 2026, in which you asked:", "date"))
    p(request24())
    p(N("Nottinghamshire Police can confirm that it holds the information for the financial "
        "years. The table below gives the number of allegations recorded against police officers "
        "and police staff together, by type, outcome and financial year. Outcomes are as at 1 "
        "December 2026.", "date"))
    widths = [2600, 2900, 1300, 1300, 1300]
    rows = [rtf_row(["Allegation type", "Outcome", N("2023/24", "year"), N("2024/25", "year"),
                     N("2025/26", "year")], widths, bold=True)]
    outs = OUT7[:4] + [("Reflective practice review process", "management_action"),
                       ("No case to answer", "no_case_to_answer"),
                       ("Investigation ongoing", "ongoing")]
    for c in CATS5:
        k = {y: counts(r, outs, hi=4, zero=0.4, cat=c) for y in FYRS}
        for i, (lab, oc) in enumerate(outs + [("Total", "total")]):
            cells = [CL[c] if i == 0 else "", lab]
            for y in FYRS:
                v = sum(k[y].values()) if oc == "total" else k[y][oc]
                cells.append(F(c, oc, v, FY(y)))
            rows.append(rtf_row(cells, widths, bold=oc == "total"))
    paras2 = []

    def q(text):
        paras2.append("\\pard\\sa120 " + rtf_esc(text) + "\\par\n")
    q(N("Calendar year 2025: our Professional Standards database (Centurion) cannot produce "
        "figures by calendar year, and we do not hold them in any other form. This part of the "
        "request is therefore information not held.", "year"))
    for c in CATS5:
        F(c, "total", NH, CY25)
    q(rights("Nottinghamshire Police"))
    q("Yours sincerely")
    q("Information Management")
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057"
           "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n"
           "{\\colortbl ;\\red0\\green0\\blue0;}\n"
           "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n"
           "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\n"
           "\\f0\\fs20\n" + "".join(paras) + "".join(rows) + "\\pard\\par\n" + "".join(paras2)
           + "}\n")
    write_bytes(src, rtf.encode("ascii"))


# =========================================================================== 10 PSNI: long CSV, every value quoted, thousands separators, a trailing metadata block


def build_psni():
    src = "psni/PSNI FOI-2026-02877 extract.csv"
    KEY.file(src, "psni")
    r = rng("psni")
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Financial Year", "Allegation Category", "Employee Type", "Outcome",
                "Number of Allegations"])
    labs = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
            AP: "Abuse of Position for a Sexual Purpose", VG: "Violence Against Women and Girls"}
    outs = [("Dismissed", "dismissed"), ("Would Have Been Dismissed", "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Management Discussion", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Under Investigation", "ongoing")]
    nrows = 1
    for y in FYRS:
        for c in CATS5:
            for emp, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
                k = counts(r, outs, hi=6 if subj == "officers" else 2,
                           zero=0.35 if subj == "officers" else 0.65, cat=c)
                for lab, oc in outs:
                    w.writerow([N(FLAB[y], "year"), labs[c], emp, lab,
                                F(c, oc, k[oc], FY(y), subject=subj)])
                w.writerow([N(FLAB[y], "year"), labs[c], emp, "All Outcomes",
                            F(c, "total", sum(k.values()), FY(y), subject=subj)])
                nrows += len(outs) + 1
        allv = r.randint(1010, 1390)
        w.writerow([N(FLAB[y], "year"), "All Misconduct Allegations (all categories)",
                    "Police Officer", "All Outcomes",
                    N(f"{allv:,}", "allegations of all kinds (context row, not a requested "
                                   "category)")])
        nrows += 1
    w.writerow([])
    w.writerow(["--- Report information ---"])
    meta = [("Report", N("PSD-FOI-ALLEG-04 v3", "report id and version")),
            ("Requested by", N("FOI-2026-02877", "reference")),
            ("Run date", N("02/12/2026 09:14", "run date and time")),
            ("Data source", "Centurion (Professional Standards Department)"),
            ("Rows returned", N(f"{nrows + 2:,}", "row count of the extract")),
            ("Period basis", "Financial year in which the allegation was recorded"),
            ("Calendar year 2025", N("Not held - Centurion reports by financial year only",
                                     "")),
            ("Note", "All Misconduct Allegations rows give every allegation of any kind, for "
                     "context."),
            ("Note", "Management Discussion is the PSNI term for management action."),
            ("Note", N("Outcomes as at 30/11/2026", "date"))]
    N("Calendar year 2025", "year (metadata label)")
    for c in CATS5:
        F(c, "total", NH, CY25)
    for kk, vv in meta:
        w.writerow([kk, vv])
    write_text(src, buf.getvalue(), newline="\r\n")


# =========================================================================== 11 Thames Valley: wide monthly CSV with two-line quoted headers


def build_thames_valley():
    src = "thames-valley/FOI-TVP-2026-3310.csv"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    months = [(2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 4)]
    mname = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Allegation Category", "Subject Type"]
               + [N(f"{mname[m]}\n{y}", "month heading") for y, m in months]
               + [N("Total\n2025/26", "year")])
    labs = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
            AP: "Abuse of Position for Sexual Purpose", VG: "VAWG"}
    for c in CATS5:
        for st_, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
            vals = []
            for y, m in months:
                hi = 4 if subj == "officers" else 1
                if c == AP:
                    hi = 1 if subj == "officers" else 0
                vals.append(r.randint(0, hi))
            cells = [F(c, "total", v, MON(y, m), subject=subj) for v, (y, m) in zip(vals, months)]
            cells.append(F(c, "total", sum(vals), FY(2025), subject=subj))
            w.writerow([labs[c], st_] + cells)
    w.writerow([])
    w.writerow([N("Note: figures for 2023/24 and 2024/25 were published in response to "
                  "FOI-TVP-2025-0815 and are exempt under section 21 (reasonably accessible "
                  "by other means).", "years; reference; section number")])
    for y in (2023, 2024):
        for c in CATS5:
            F(c, "total", REF("s21"), FY(y))
    w.writerow([N("Note: calendar year 2025 figures are not held; the monthly figures for "
                  "January to March 2025 are in FOI-TVP-2025-0815.", "year; reference")])
    for c in CATS5:
        F(c, "total", NH, CY25)
    w.writerow(["Note: outcomes are not held in this extract."])
    write_text(src, buf.getvalue())


# =========================================================================== 12 Dyfed-Powys: a wide table split across two pages by columns


def build_dyfed_powys():
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak
    src = "dyfed-powys/DPP FOI 2026-882 response.pdf"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    st = bk.styles("Helvetica", 10)
    story = [P("Heddlu Dyfed-Powys Police", st["h"]),
             P(N("Freedom of Information Unit, PO Box 99, Llangunnor, Carmarthen SA31 2PF",
                 "PO box; postcode"), st["body"]),
             P(N("Reference: FOI 2026/882    Date: 7 December 2026", "reference; date"),
               st["body"]),
             P("Dear Requester", st["body"]),
             P(N("Thank you for your request of 17 November 2026:", "date"), st["body"]),
             P(request24(), st["quote"]),
             P(N("Dyfed-Powys Police holds the information you asked for in part (a). The table "
                 "on the next two pages gives the number of allegations recorded against police "
                 "officers and against police staff, with the total for both, for each period. "
                 "Because the table is too wide for the page it is printed in two parts: part 1 "
                 "has the financial years 2023/24 and 2024/25, part 2 has the financial year "
                 "2025/26 and the calendar year 2025. The allegation types are repeated in each "
                 "part.", "page count; part numbers; years"), st["body"]),
             P(N("Part (b), outcomes: Dyfed-Powys Police does not record outcomes against the "
                 "allegation types in a way that can be reported. Extracting them would mean "
                 "reviewing each case and would exceed the cost limit; we have not provided them "
                 "(section 12).", "section number"), st["body"]),
             P(rights("Dyfed-Powys Police"), st["body"]),
             P("Yours sincerely", st["body"]), P("Freedom of Information Unit", st["body"]),
             PageBreak()]
    plab = {FY(2023): "2023/24", FY(2024): "2024/25", FY(2025): "2025/26",
            CY25: "Calendar year 2025"}
    v = {}
    for c in CATS5:
        for per in PERIODS4:
            o = r.randint(2, 14) if c != AP else r.randint(0, 4)
            s = r.randint(0, 4) if c != AP else 0
            v[(c, per)] = (o, s)
    for part, pers in ((1, PERIODS4[:2]), (2, PERIODS4[2:])):
        story.append(P(N(f"Table 1 (part {part} of 2): allegations by type, "
                         + " and ".join(plab[p] for p in pers), "table and part numbers; years"),
                       st["h2"]))
        h1 = ["Allegation type"]
        h2 = [""]
        for p in pers:
            h1 += [N(plab[p], "period"), "", ""]
            h2 += ["Officers", "Staff", "Total"]
        rows = [h1, h2]
        for c in CATS5:
            row = [CL[c]]
            for p in pers:
                o, s = v[(c, p)]
                row += [F(c, "total", o, p, subject="officers"),
                        F(c, "total", s, p, subject="staff"), F(c, "total", o + s, p)]
            rows.append(row)
        ex = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)),
              ("ALIGN", (1, 0), (-1, 1), "CENTER")]
        story += [ruled(rows, [70 * mm] + [17 * mm] * 6, header_rows=2, extra=ex), S(6),
                  P(N(f"Continued in part 2 on the next page." if part == 1 else
                      "Total = police officers and police staff together.", "part number"),
                    st["small"])]
        if part == 1:
            story.append(PageBreak())
    bk.pdf_letter(src, story, furniture("SWYDDOGOL / OFFICIAL",
                                        "Heddlu Dyfed-Powys Police | FOI 2026/882"),
                  title="FOI 2026/882", author="Dyfed-Powys Police")


# =========================================================================== 13 Avon and Somerset: XLSX with custom number formats (zero shown as a dash), a share column


def build_avon_and_somerset():
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "avon-and-somerset/ASC FOI 2026-118933 workbook.xlsx"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Totals"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4D6")
    fmt = '#,##0;-#,##0;"\u2013"'
    ws["A1"] = "Avon and Somerset Police - allegations recorded against officers and staff"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI 2026/118933. A dash (\u2013) means none.", "reference")
    ws.cell(4, 1, "Allegation type").font = bold
    ws.merge_cells("A4:A5")
    plab = {FY(2023): "2023/24", FY(2024): "2024/25", FY(2025): "2025/26", CY25: "Cal. 2025"}
    col = 2
    for per in PERIODS4:
        c = ws.cell(4, col, N(plab[per], "period"))
        c.font, c.fill = bold, fill
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Officers").font = bold
        ws.cell(5, col + 1, "Staff").font = bold
        col += 2
    tot25 = {}
    for i, c in enumerate(CATS5):
        row = 6 + i
        ws.cell(row, 1, CL[c])
        col = 2
        for per in PERIODS4:
            for subj in ("officers", "staff"):
                v = r.randint(3, 22) if subj == "officers" else r.choice([0, 0, 0, 1, 2, 3])
                if c == AP:
                    v = r.randint(0, 5) if subj == "officers" else 0
                cell = ws.cell(row, col, v)
                cell.number_format = fmt
                F(c, "total", v, per, subject=subj)
                if per == FY(2025):
                    tot25[(c, subj)] = v
                col += 1
    ws.cell(12, 1, "Officers includes special constables. Staff includes PCSOs.")
    ws["C8"].comment = Comment("Includes one allegation reclassified from sexual misconduct "
                               "after review.", "PSD Analyst")
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "B6"
    # outcomes 2025/26, officers, with a share column
    ws2 = wb.create_sheet("Outcomes 25-26 officers")
    N("Outcomes 25-26 officers", "sheet name: year")
    ws2["A1"] = N("Outcomes of allegations against police officers recorded 1 April 2025 to 31 "
                  "March 2026", "the sheet's dates")
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Outcome"] + [{SA: "Sexual assault", SM: "Sexual misconduct",
                          SH: "Sexual harassment", AP: "APSP", VG: "VAWG"}[c] for c in CATS5] \
        + ["Share of all outcomes"]
    for j, h in enumerate(hdr, 1):
        ws2.cell(3, j, h).font = bold
    k = {}
    for c in CATS5:
        t = tot25[(c, "officers")]
        kk = {oc: 0 for _, oc in OUT7}
        for _ in range(t):
            kk[r.choice([oc for _, oc in OUT7])] += 1
        k[c] = kk
    grand = sum(tot25[(c, "officers")] for c in CATS5)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Live investigation", "ongoing")]
    for i, (lab, oc) in enumerate(outs + [("Total", "total")]):
        row = 4 + i
        ws2.cell(row, 1, lab)
        s = 0
        for j, c in enumerate(CATS5, 2):
            v = tot25[(c, "officers")] if oc == "total" else k[c][oc]
            s += v
            cell = ws2.cell(row, j, v)
            cell.number_format = fmt
            F(c, oc, v, FY(2025), subject="officers", restated=oc == "total")
        share = ws2.cell(row, 7, s / grand if grand else 0)
        share.number_format = "0.0%"
        N(f"{(s / grand if grand else 0) * 100:.1f}%", "a share of all outcomes (percentage)")
        if oc == "total":
            for j in range(1, 8):
                ws2.cell(row, j).font = bold
    ws2.cell(13, 1, "RPRP = reflective practice review process. Live investigation = not yet "
                    "concluded. A dash means none.")
    ws2.column_dimensions["A"].width = 28
    xlsx_save(wb, src, creator="ASP Information Disclosure")


# =========================================================================== 14 Durham: HTML table whose cells pack a total and its outcomes


def build_durham():
    src = "durham/Durham Constabulary FOI 1642-26.html"
    KEY.file(src, "durham")
    r = rng("durham")
    rows = []
    for c in CATS5:
        cells = []
        for y in FYRS:
            k = counts(r, hi=4, zero=0.5, cat=c)
            t = sum(k.values())
            lines = [f'<span class="total"><strong>{F(c, "total", t, FY(y))}</strong> '
                     f'allegation{"s" if t != 1 else ""}</span>']
            items = [f"<li>{E(lab)}: {F(c, oc, k[oc], FY(y))}</li>" for lab, oc in OUT7 if k[oc]]
            if items:
                lines.append('<ul class="outcomes">' + "".join(items) + "</ul>")
            cells.append("<td>" + "".join(lines) + "</td>")
        rows.append(f'<tr><th scope="row">{E(CL[c])}</th>' + "".join(cells) + "</tr>")
    cyv = {c: (r.randint(3, 15) if c != AP else r.randint(0, 3)) for c in CATS5}
    cy_items = "".join(f"<li>{E(CL[c])}: {F(c, 'total', cyv[c], CY25)}</li>" for c in CATS5)
    body = f"""<div class="page">
<header><img src="/assets/dc-logo.svg" alt="Durham Constabulary"><span class="strap">Durham Constabulary - Freedom of Information</span></header>
<article class="foi">
<h1>{E(N("Request 1642/26: misconduct allegations of a sexual nature", "reference"))}</h1>
<table class="meta"><tr><td>Date received</td><td>{N("17/11/2026", "date")}</td></tr>
<tr><td>Date of response</td><td>{N("05/12/2026", "date")}</td></tr></table>
<h2>Your request</h2>
<p class="request">{E(request24())}</p>
<h2>Our response</h2>
<p>{E(N("Durham Constabulary holds the information. The table gives, for each type and financial year, the number of allegations recorded against police officers and police staff together and, under it, the outcomes those allegations have had so far. Outcomes with no allegations are not listed.", ""))}</p>
<table class="dc-table">
<thead><tr><th scope="col">Allegation type</th><th scope="col">{N("2023/24", "year")}</th><th scope="col">{N("2024/25", "year")}</th><th scope="col">{N("2025/26", "year")}</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>{E(N("For the calendar year 2025 (1 January to 31 December 2025) we can give the number of allegations of each type, but not their outcomes:", "year; dates"))}</p>
<ul>{cy_items}</ul>
<h2>Complaint rights</h2>
<p>{E(rights("Durham Constabulary"))}</p>
</article>
<footer>{E(N("Durham Constabulary, Aykley Heads, Durham DH1 5TT", "postcode"))}</footer>
</div>"""
    write_text(src, html_page(N("FOI 1642/26 - Durham Constabulary", "reference"), body))


# =========================================================================== 15 Gloucestershire: a spreadsheet printed with its row numbers and column letters


def build_gloucestershire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    src = "gloucestershire/Glos FOI 2026-6610 printout.pdf"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    W, H = landscape(A4)
    c = canvas.Canvas(str(bk.dest(src)), pagesize=(W, H))
    c.setTitle("FOI 2026-6610 data")
    c.setAuthor("Gloucestershire Constabulary")
    c.setCreator("Microsoft Excel")
    cols = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    widths = [22, 62, 20, 24, 24, 22, 24, 22, 24, 18]
    x0, rowh, hdrw = 14 * mm, 5.4 * mm, 8 * mm
    heads = ["Period", "Allegation type", "Dismissed", "Would have been dismissed",
             "Final written warning", "Written warning", "Reflective practice",
             "No case to answer", "Under investigation", "Total"]
    short = ["Period", "Allegation type", "Dismissed", "WHBD", "FWW", "Written warn.",
             "Reflective pr.", "NCTA", "Under invest.", "Total"]
    sheet = [["Gloucestershire Constabulary - FOI 2026/6610"] + [""] * 9,
             ["Allegations against police officers and police staff (together)"] + [""] * 9,
             [""] * 10, short]
    plab = {FY(2023): "2023/24", FY(2024): "2024/25", FY(2025): "2025/26", CY25: "CY 2025"}
    for per in PERIODS4:
        for ct in CATS5:
            k = counts(r, hi=4, zero=0.45, cat=ct)
            sheet.append([plab[per], {SA: "Sexual assault", SM: "Sexual misconduct",
                                      SH: "Sexual harassment", AP: "APSP", VG: "VAWG"}[ct]]
                         + [(k[oc], ct, oc, per) for _, oc in OUT7]
                         + [(sum(k.values()), ct, "total", per)])
    sheet += [[""] * 10,
              ["WHBD would have been dismissed; FWW final written warning; NCTA no case to "
               "answer; APSP abuse of position for a sexual purpose; VAWG violence against women "
               "and girls."] + [""] * 9,
              ["CY 2025 = calendar year 1 January to 31 December 2025. Outcomes as at 30 November "
               "2026."] + [""] * 9]
    per_page = 24
    pages = [sheet[i:i + per_page] for i in range(0, len(sheet), per_page)]
    rownum = 1
    for pi, page in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, H - 10 * mm, N("FOI 2026-6610 data.xlsx", "file name: "
                                                                            "reference"))
        y = H - 22 * mm
        # column letters band
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(x0, y - rowh, hdrw + sum(widths) * mm, rowh, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        x = x0 + hdrw
        for L_, w in zip(cols, widths):
            c.drawCentredString(x + w * mm / 2, y - rowh + 1.6 * mm, L_)
            x += w * mm
        y -= rowh
        for row in page:
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(x0, y - rowh, hdrw, rowh, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 7)
            c.drawCentredString(x0 + hdrw / 2, y - rowh + 1.6 * mm, N(str(rownum), "printed "
                                                                      "spreadsheet row number"))
            x = x0 + hdrw
            c.setLineWidth(0.3)
            c.setStrokeColorRGB(0.75, 0.75, 0.75)
            for j, (cell, w) in enumerate(zip(row, widths)):
                c.rect(x, y - rowh, w * mm, rowh, fill=0, stroke=1)
                if isinstance(cell, tuple):
                    v, ct, oc, per = cell
                    txt = F(ct, oc, v, per)
                    c.setFont("Helvetica-Bold" if oc == "total" else "Helvetica", 8)
                    c.drawRightString(x + w * mm - 1.5 * mm, y - rowh + 1.6 * mm, txt)
                elif cell:
                    bold_ = rownum in (1, 4)
                    c.setFont("Helvetica-Bold" if bold_ else "Helvetica", 8)
                    if j == 0 and rownum > 4 and cell in plab.values():
                        N(cell, "period")
                    elif j == 0:
                        N(cell, "reference; dates")
                    c.drawString(x + 1.2 * mm, y - rowh + 1.6 * mm, cell)
                x += w * mm
            y -= rowh
            rownum += 1
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 8 * mm, N(f"Page {pi}", "page number"))
        c.showPage()
    c.save()


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind24-", read=read24))
