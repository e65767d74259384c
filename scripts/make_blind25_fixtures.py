#!/usr/bin/python3
"""make_blind25.py -- the twenty-fifth blind test batch for `foi` and its answer key.

The request, sent on 24 November 2026: for the financial years 2023/24, 2024/25 and 2025/26 and
the calendar years 2024 and 2025, the number of allegations of sexual assault, sexual misconduct,
sexual harassment, abuse of position for a sexual purpose and violence against women and girls
made against police officers and police staff, and the outcome of each.  Fifteen forces answer in
fourteen files (Norfolk and Suffolk jointly), as the folder arrives (see NOTES-blind25.md).  Most
documents are made by a real office producer: written with python-docx / openpyxl and then
converted by LibreOffice headless (PDF, XLSX, DOCX, ODT, HTML), with LibreOffice's stamps (dates,
PDF /ID, zip times) normalised so a rebuild is byte-identical.  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the ODT and e-mail
read-backs are local.

usage: /usr/bin/python3 make_blind25.py             # rebuild fixtures/blind25 (or $FOI_BLIND25_OUT)
       /usr/bin/python3 make_blind25.py check       # verify determinism and every number
       /usr/bin/python3 make_blind25.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, MON, MRANGE, SPAN, SUP, REF, NH, NCND, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND25_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind25").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST25 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "the calendar years 2024 and 2025: (1) the number of allegations of sexual assault, "
             "sexual misconduct, sexual harassment, abuse of position for a sexual purpose and "
             "violence against women and girls (VAWG) made against police officers and police "
             "staff; and (2) the outcome of each allegation (dismissed, would have been dismissed, "
             "final written warning, written warning, reflective practice, no case to answer, "
             "still under investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
PER5 = [FY23, FY24, FY25, CY24, CY25]
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
SUBJ2 = (("Police officers", "officers"), ("Police staff", "staff"))


def request25():
    return N(REQUEST25, "the request's years")


def rng(name):
    return random.Random("blind25-" + name)


def counts(r, outs=OUT7, hi=4, zero=0.4, cat=None, subj=None):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in outs}


def tot(r, cat=None, subj=None, lo=2, hi=24):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


def split_total(r, t, cat=None):
    """Outcome counts that add up to t (the rest of a random spread under investigation)."""
    k = {oc: 0 for _, oc in OUT7}
    for _ in range(t):
        k[OUT7[min(6, int(r.random() ** 0.8 * 7))][1]] += 1
    return k


def pct(k, t, places="0.1"):
    """k / t as a percentage rounded half up (as office programs round)."""
    return str((Decimal(k) * 100 / Decimal(t)).quantize(Decimal(places), ROUND_HALF_UP))


# =========================================================================== LibreOffice as the producer

LO_PROFILE = "file:///tmp/blind25-lo-profile"
FIXED_ISO = "2026-12-03T10:00:00Z"


def lo_convert(data, in_name, fmt):
    """Convert a document with LibreOffice headless; returns the output's bytes."""
    tmp = Path(tempfile.mkdtemp(prefix="b25lo-"))
    try:
        (tmp / in_name).write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", fmt, "--outdir", str(tmp / "out"), str(tmp / in_name)],
                       check=True, capture_output=True, timeout=300)
        outs = list((tmp / "out").iterdir())
        assert len(outs) == 1, outs
        return outs[0].read_bytes()
    finally:
        shutil.rmtree(tmp)


def norm_pdf(b, seed):
    """LibreOffice stamps the conversion time and a random /ID: fixed, same lengths."""
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})", lambda m: m.group(1) + b"20261203100000", b)
    hx = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + hx + b">", b)
    b = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + hx, b)
    return b


def norm_zip(b, stored=("mimetype",)):
    """LibreOffice's zip: fixed member times, dates in core.xml / meta.xml fixed."""
    zin = zipfile.ZipFile(io.BytesIO(b))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = data.decode("utf-8")
                t = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?", FIXED_ISO, t)
                t = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                           "<meta:editing-duration>PT1M</meta:editing-duration>", t)
                t = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>",
                           "<meta:editing-cycles>1</meta:editing-cycles>", t)
                data = t.encode("utf-8")
            if info.filename == "settings.xml":             # LibreOffice's random revision-save ids
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048576", data)
            zi = zipfile.ZipInfo(info.filename, bk.FIXED_ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename in stored
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def docx_bytes(d, author):
    bk.docx_props(d, author)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx_bytes(wb, creator):
    fixed = dt.datetime(2026, 12, 3, 10, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def lo_pdf(src, data, in_name):
    pdf = norm_pdf(lo_convert(data, in_name, "pdf"), src)
    write_bytes(src, pdf)
    return pdf


def pdf_pages(src):
    return bk.pdf_text(bk.ROOT / src).count("\f")


# =========================================================================== read-back


def odt_text(data):
    import xml.etree.ElementTree as ET
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in ("styles.xml", "content.xml"):
            root = ET.fromstring(z.read(part))
            out += ["".join(el.itertext()) for el in root.iter() if el.tag in (X + "p", X + "h")]
    return "\n".join(out)


def read25(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".odt":
        return odt_text(p.read_bytes())
    if suf == ".eml":
        return p.read_bytes().decode("utf-8")
    return bk.read_back(p)


# =========================================================================== python-docx helpers


def dpara(d, text, bold=False, italic=False, size=None, align=None, style=None):
    return bk.docx_para(d, text, bold=bold, italic=italic, size=size, align=align, style=style)


def dtable(d, rows, header_rows=1, bold_rows=(), widths=None, size=9, merges=(), repeat=True):
    """A Word table ('Table Grid') of rows of strings; merges: ((r1, c1), (r2, c2)) areas."""
    t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
    t.style = "Table Grid"
    done = set()
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
        for rr in range(a[0], b[0] + 1):
            for cc in range(a[1], b[1] + 1):
                if (rr, cc) != a:
                    done.add((rr, cc))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in done:
                continue
            docx_cell(t.cell(i, j), str(v), bold=i < header_rows or i in bold_rows, size=size)
            if i < header_rows:
                docx_shade(t.cell(i, j), "D9D9D9")
    if repeat:
        for i in range(header_rows):
            bk.docx_repeat_header(t.rows[i])
    return t


def letterhead(d, lines, ref_lines):
    for i, ln in enumerate(lines):
        dpara(d, ln, bold=i == 0, size=14 if i == 0 else 9, align=2)
    for ln in ref_lines:
        dpara(d, ln)


# =========================================================================== 1 South Yorkshire: a spreadsheet printed to PDF by LibreOffice


def build_south_yorkshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "south-yorkshire/SYP FOI 20261187 table (printed).pdf"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 20261187"
    ws["A1"] = "South Yorkshire Police - Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI 20261187: allegations against police officers and police staff (combined), "
                 "by type and outcome", "reference")
    ws["A3"] = "Number of allegations. Outcome as recorded at the date of extraction."
    cols = [("Apr 23 - Mar 24", FY23), ("Apr 24 - Mar 25", FY24), ("Apr 25 - Mar 26", FY25),
            ("Jan 24 - Dec 24", CY24), ("Jan 25 - Dec 25", CY25)]
    hdr = ["Allegation type", "Outcome"] + [c[0] for c in cols] + ["% of Apr 25 - Mar 26 total"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = xl_border()
    row = 6
    letters = "CDEFG"
    for cat in CATS5:
        k = {}
        for pi, (lab, per) in enumerate(cols):
            k[pi] = counts(r, hi=4, zero=0.35, cat=cat)
            if pi == 2:
                k[pi]["ongoing"] += 1 + r.randint(0, 2)
        top = row
        for lab, oc in OUT7:
            ws.cell(row, 1, CL[cat] if row == top else None)
            ws.cell(row, 2, lab)
            for pi, (plab, per) in enumerate(cols):
                ws.cell(row, 3 + pi, k[pi][oc])
                F(cat, oc, k[pi][oc], per)
            t25 = sum(k[2].values())
            p = pct(k[2][oc], t25)
            ws.cell(row, 8, float(Decimal(p) / 100))
            ws.cell(row, 8).number_format = "0.0%"
            N(p + "%", "percentage of the 2025/26 total")
            row += 1
        ws.cell(row, 2, "Total").font = Font(bold=True)
        for pi, (plab, per) in enumerate(cols):
            L_ = letters[pi]
            c = ws.cell(row, 3 + pi, f"=SUM({L_}{top}:{L_}{row - 1})")
            c.font = Font(bold=True)
            F(cat, "total", sum(k[pi].values()), per)
        ws.cell(row, 8, 1.0).number_format = "0.0%"
        N("100.0%", "percentage")
        row += 1
    for rr in range(6, row):
        for cc in range(1, 9):
            ws.cell(rr, cc).border = xl_border()
    row += 1
    for note in [N("Notes: 1. Periods are by the date the allegation was recorded. Apr 25 - Mar 26 "
                   "is the financial year 2025/26.", "note number; period"),
                 N("2. An allegation is counted once, under its most serious type; VAWG covers "
                   "allegations not counted under another type.", "note number"),
                 N("3. Percentages are of the type's total for Apr 25 - Mar 26.", "note number; period")]:
        ws.cell(row, 1, note)
        row += 1
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 26
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 13
    ws.row_dimensions[5].height = 32
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "OFFICIAL"
    ws.oddFooter.left.text = "SYP FOI 20261187"
    ws.oddFooter.right.text = "Page &P of &N"
    lo_pdf(src, xlsx_bytes(wb, "SYP Information Access"), "SYP FOI 20261187.xlsx")
    n = pdf_pages(src)
    for _ in range(bk.pdf_text(bk.ROOT / src).count("Apr 23 - Mar")):   # the header row (once unless
        N(" ".join(hdr[2:]), "period headings")                           # print titles repeat it)
    for p in range(1, n + 1):
        N(f"SYP FOI 20261187 Page {p} of {n}", "page footer: reference and page number")


# =========================================================================== 2 Northamptonshire: Word letter exported to PDF by LibreOffice, correction note


def build_northamptonshire():
    from docx.shared import Pt
    src = "northamptonshire/Northamptonshire Police FOI 002317-26 response.pdf"
    KEY.file(src, "northamptonshire")
    r = rng("nth")
    d = bk.docx_a4(bk.docx_new("Liberation Sans", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Northamptonshire Police, Wootton Hall, Northampton "
                                           "NN4 0JQ", "postcode"))
    letterhead(d, ["Northamptonshire Police", "Information Rights Unit", "Wootton Hall, Northampton"],
               [N("Our reference: FOI 002317/26", "reference"), N("Date: 3 December 2026", "date")])
    dpara(d, "Dear Requester,")
    dpara(d, N("Freedom of Information Act 2000 - request received 24 November 2026",
               "act year; date"), bold=True)
    dpara(d, "You asked:")
    dpara(d, request25(), italic=True)
    dpara(d, N("Northamptonshire Police holds this information. Table 1 gives the number of "
               "allegations by type for each year to 31 March and each calendar year, for police "
               "officers and police staff. Table 2 gives the outcomes of the allegations made in "
               "the year to 31 March 2026.", "table numbers; dates"))
    dpara(d, N("Table 1: allegations by type", "table number"), bold=True)
    cols = [("Year to 31 March 2024", FY23), ("Year to 31 March 2025", FY24),
            ("Year to 31 March 2026", FY25), ("Calendar year 2024", CY24),
            ("Calendar year 2025", CY25)]
    rows = [["Allegation type", "Employee"] + [N(c[0], "period heading") for c in cols]]
    fy25 = {}
    correction = None
    for cat in CATS5:
        for sl, s in SUBJ2:
            cells = [CL[cat] if s == "officers" else "", sl]
            for lab, per in cols:
                v = tot(r, cat, s)
                if cat == SH and s == "staff" and per == FY24:
                    v = 7
                    cells.append(N("6", "superseded by the correction note under the table"))
                    correction = v
                    continue
                cells.append(F(cat, "total", v, per, subject=s))
                if per == FY25:
                    fy25[(cat, s)] = v
            rows.append(cells)
    dtable(d, rows, widths=None, size=9)
    dpara(d, L("Correction (3 December 2026): the figure for sexual harassment, police staff, year "
               "to 31 March 2025 in Table 1 should read {c}, not 6. The table was prepared before a "
               "duplicate record was corrected.", "date of the note; the period; table number; "
               "the superseded figure",
               c=F(SH, "total", correction, FY24, subject="staff")), italic=True, size=8)
    dpara(d, N("Table 2: outcomes of allegations made in the year to 31 March 2026", "table number; date"),
          bold=True)
    rows = [["Allegation type", "Outcome", "Police officers", "Police staff"]]
    for cat in CATS5:
        ks = {}
        for sl, s in SUBJ2:
            ks[s] = counts(r, hi=3, zero=0.5, cat=cat, subj=s)
            # make the outcomes add up to Table 1's total: put the rest under investigation
            rest = fy25[(cat, s)] - sum(ks[s].values())
            if rest < 0:
                ks[s] = {oc: 0 for _, oc in OUT7}
                rest = fy25[(cat, s)]
            ks[s]["ongoing"] += rest
        for i, (lab, oc) in enumerate(OUT7):
            rows.append([CL[cat] if i == 0 else "", lab] +
                        [F(cat, oc, ks[s][oc], FY25, subject=s) for _, s in SUBJ2])
        rows.append(["", "Total"] + [F(cat, "total", fy25[(cat, s)], FY25, subject=s, restated=True)
                                     for _, s in SUBJ2])
    dtable(d, rows, size=9, bold_rows=[i for i, x in enumerate(rows) if x[1] == "Total"])
    dpara(d, "")
    dpara(d, N("Figures are counts of allegations recorded on Centurion; one complaint or conduct "
               "matter may contain more than one allegation.", "more than one"))
    dpara(d, rights("Northamptonshire Police"))
    dpara(d, "Yours sincerely,")
    dpara(d, "Information Rights Unit")
    lo_pdf(src, docx_bytes(d, "Information Rights Unit"), "nth.docx")


# =========================================================================== 3 City of London: XLSX with a hidden draft sheet and inline strings


def build_city_of_london():
    import openpyxl
    from openpyxl.styles import Font
    src = "city-of-london/CoLP FOI 2026-0412 return.xlsx"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Published"
    ws["A1"] = "City of London Police - FOI 2026-0412"
    N("2026-0412", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations against police officers and police staff, by type"
    ws["A3"] = N("* denotes a figure of 1 to 4, withheld under section 40(2) of the Act; 0 means "
                 "none.", "suppression threshold; section number; the word for none")
    cols = [("FY23/24", FY23), ("FY24/25", FY24), ("FY25/26", FY25), ("CY2024", CY24),
            ("CY2025", CY25)]
    hdr = ["Allegation type", "Employee type"] + [N(c[0], "period heading") for c in cols]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    draft = wb.create_sheet("Draft 14-11-26")
    N("Draft 14-11-26", "hidden sheet's name (a date)")
    draft.sheet_state = "hidden"
    draft["A1"] = N("DRAFT - working figures 14/11/2026 - not for release", "date")
    for j, h in enumerate(hdr, 1):
        draft.cell(3, j, h)
        N(h, "hidden draft sheet") if j > 2 else None
    row = 6
    raw25 = {}
    for cat in CATS5:
        for sl, s in (("Officer", "officers"), ("Staff", "staff")):
            ws.cell(row, 1, CL[cat])
            ws.cell(row, 2, sl)
            draft.cell(row - 2, 1, CL[cat])
            draft.cell(row - 2, 2, sl)
            for j, (lab, per) in enumerate(cols, 3):
                v = r.randint(0, 9 if s == "officers" else 4)
                if cat == AP:
                    v = r.randint(0, 5)
                if per == FY25:
                    raw25[cat] = raw25.get(cat, 0) + v
                if 1 <= v <= 4:
                    ws.cell(row, j, "*")
                    F(cat, "total", SUP(1, 4), per, subject=s, said="*")
                else:
                    ws.cell(row, j, v)
                    F(cat, "total", v, per, subject=s)
                dv = v + (1 if (row + j) % 7 == 0 else 0)          # superseded draft figures
                draft.cell(row - 2, j, dv)
                N(str(dv), "hidden draft sheet (superseded working figures, unsuppressed)")
            row += 1
    ws.cell(row + 1, 1, "Source: Professional Standards case management system, extracted "
                        "for this request.")
    ws2 = wb.create_sheet("Outcomes FY25-26")
    N("Outcomes FY25-26", "sheet name (period)")
    ws2["A1"] = N("Outcomes of allegations recorded in FY25/26 (1 April 2025 - 31 March 2026), "
                  "officers and staff combined", "period")
    ws2["A1"].font = Font(bold=True)
    ws2.cell(3, 1, "Outcome").font = Font(bold=True)
    for j, cat in enumerate(CATS5, 2):
        ws2.cell(3, j, CL[cat]).font = Font(bold=True)
    ks = {cat: split_total(r, raw25[cat]) for cat in CATS5}
    for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")], 4):
        ws2.cell(i, 1, lab)
        for j, cat in enumerate(CATS5, 2):
            v = ks[cat][oc] if oc != "total" else sum(ks[cat].values())
            if 1 <= v <= 4:
                ws2.cell(i, j, "*")
                F(cat, oc, SUP(1, 4), FY25, said="*")
            else:
                ws2.cell(i, j, v)
                F(cat, oc, v, FY25)
    ws2.cell(13, 1, N("* 1 to 4 (section 40(2)).", "suppression threshold; section number"))
    for w in (ws, ws2, draft):
        w.column_dimensions["A"].width = 40
    data = xlsx_bytes(wb, "CoLP Information Management")
    assert b't="inlineStr"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    write_bytes(src, norm_zip(data, stored=()))


# =========================================================================== 4 British Transport Police: plain-text e-mail, quoted reply with a tab-separated table


def build_british_transport():
    src = "british-transport/RE_ FOI 2026-1733 calendar years.eml"
    KEY.file(src, "british-transport")
    r = rng("btp")
    hdr = [N("From: BTP Freedom of Information Unit <foi@btp.police.uk>", ""),
           "To: requester@example.org",
           N("Subject: RE: FOI 2026-1733 - calendar years", "reference"),
           N("Date: Thu, 03 Dec 2026 14:22:05 +0000", "date and time"),
           N("Message-ID: <20261203142205.1733@btp.police.uk>", "message id"),
           N("In-Reply-To: <CAF9p2026120211@mail.example.org>", "message id"),
           N("MIME-Version: 1.0", "MIME version"),
           N("Content-Type: text/plain; charset=utf-8", "character set name"),
           N("Content-Transfer-Encoding: 8bit", "encoding")]
    body = ["Dear Requester,", "",
            N("Thank you for your e-mail of 2 December 2026 pointing out that our response of 1 "
              "December did not include the calendar years you asked for. I apologise. The "
              "figures for calendar years 2024 and 2025 are below: allegations against BTP police "
              "officers and police staff, counted by the date the allegation was recorded.", "dates; years"),
            ""]
    officers = 3050
    w = [40, 12, 8, 8, 27]
    line = lambda cells: "".join(str(c).ljust(x) if i < 2 else str(c).rjust(x)
                                 for i, (c, x) in enumerate(zip(cells, w))).rstrip()
    body.append(line(["Allegation type", "Employee", "2024", "2025", "Rate per 1,000 officers"]))
    N("2024 2025 1,000", "years; the rate's base")
    body.append(line(["", "", "", "", "(2025)"]))
    N("2025", "year of the rate")
    body.append("-" * 90)
    for cat in CATS5:
        for sl, s in (("Officers", "officers"), ("Staff", "staff")):
            v24, v25 = tot(r, cat, s), tot(r, cat, s)
            rate = (str((Decimal(v25) * 1000 / officers).quantize(Decimal("0.01"), ROUND_HALF_UP))
                    if s == "officers" else "n/a")
            N(rate, "rate per 1,000 officers")
            body.append(line([CL[cat] if s == "officers" else "", sl, F(cat, "total", v24, CY24, subject=s),
                              F(cat, "total", v25, CY25, subject=s), rate]))
    body += ["",
             N("Rates use our police officer headcount of 3,050 at 31 March 2025; they are not "
               "given for staff.", "headcount; date"), "",
             "Kind regards,", "", "Freedom of Information Unit", "British Transport Police",
             N("3rd Floor, 25 Camden Road, London NW1 9LN", "address; postcode"), "",
             N("-----Original Message-----", ""),
             "From: requester@example.org",
             N("Sent: 02 December 2026 11:40", "date and time"),
             "To: BTP Freedom of Information Unit",
             N("Subject: RE: FOI 2026-1733", "reference"), ""]
    q = ["Hello,", "", N("Thank you. Your response covers the financial years but not calendar "
                          "years 2024 and 2025, which were part of my request. Could you add them?",
                          "years"), "", "Regards", ""]
    q += [N("On 1 Dec 2026, at 16:05, BTP Freedom of Information Unit wrote:", "date and time"), ""]
    qq = ["Dear Requester,", "",
          N("Freedom of Information request FOI 2026-1733", "reference"), "",
          N("Your request of 24 November 2026 has been considered. The number of allegations "
            "made against BTP police officers and police staff in each financial year is in "
            "Table 1, and the outcomes of the allegations made in 2025-2026 are in Table 2 "
            "(officers and staff together). The tables are tab-separated so that they can be "
            "pasted into a spreadsheet.", "date; years; table numbers"), "",
          N("Table 1", "table number")]
    fys = [("2023-2024 (Apr-Mar)", FY23), ("2024-2025 (Apr-Mar)", FY24), ("2025-2026 (Apr-Mar)", FY25)]
    fy25 = {}
    qq.append("\t".join(["Allegation type", "Employee"] + [N(x[0], "period heading") for x in fys]))
    for cat in CATS5:
        for sl, s in (("Officers", "officers"), ("Staff", "staff")):
            vals = [tot(r, cat, s) for _ in fys]
            fy25[cat] = fy25.get(cat, 0) + vals[2]
            qq.append("\t".join([CL[cat], sl] + [F(cat, "total", v, per, subject=s)
                                                  for v, (_, per) in zip(vals, fys)]))
    qq += ["", N("Table 2 - outcomes, 2025-2026 (Apr-Mar)", "table number; period")]
    qq.append("\t".join(["Outcome"] + [CL[c] for c in CATS5]))
    ks = {c: split_total(r, fy25[c]) for c in CATS5}
    for lab, oc in OUT7:
        qq.append("\t".join([lab] + [F(c, oc, ks[c][oc], FY25) for c in CATS5]))
    qq.append("\t".join(["Total"] + [F(c, "total", sum(ks[c].values()), FY25) for c in CATS5]))
    qq += ["", N("Outcomes are as at 30 November 2026.", "date"), "", rights("British Transport Police"),
           "", "Freedom of Information Unit"]
    q += [("> " + x) if x else ">" for x in qq]
    text = "\n".join(hdr) + "\n\n" + "\n".join(body + q) + "\n"
    write_bytes(src, text.replace("\n", "\r\n").encode("utf-8"))


# =========================================================================== 5 Norfolk and Suffolk: a joint response, one table per force and a combined column


def build_norfolk():
    from reportlab.lib.units import mm
    src = "norfolk/Norfolk and Suffolk FOI 001982-26 joint response.pdf"
    KEY.file(src, "norfolk")
    r = rng("nsf")
    st = bk.styles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])

    def force(fid):
        KEY.ctx[src] = (fid, "allegations", "officers_and_staff")

    def ruled(data, widths, bold_rows=()):
        from reportlab.platypus import Table
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(bk.grid_style(1, size=8.5, extra=[("FONT", (0, b), (-1, b), "Helvetica-Bold", 8.5)
                                                      for b in bold_rows]))
        return t
    story = [P("Norfolk Constabulary and Suffolk Constabulary", "h"),
             P("Joint Information Management Department", "bold"),
             P(N("Reference: FOI 001982/26 (Norfolk) and FOI 001983/26 (Suffolk)", "references")),
             P(N("Date: 2 December 2026", "date")), bk.S(6),
             P("Dear Requester,"),
             P(N("You sent the same request to Norfolk Constabulary and to Suffolk Constabulary on "
                 "24 November 2026. The two forces share a joint Professional Standards Department, "
                 "so we are answering both requests in this one letter.", "date")),
             P(request25(), "quote"),
             P("The figures are allegations made against police officers and police staff "
               "(combined). Tables 1 and 2 give the totals for each force; Table 3 gives the "
               "outcomes for the financial year 2025/26 for each force and for the joint "
               "department as a whole." if N("Tables 1 and 2 Table 3 2025/26", "table numbers; year")
               else "")]
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2024", CY24), ("2025", CY25)]
    fy25 = {}
    for ti, (fid, fname) in enumerate((("norfolk", "Norfolk Constabulary"),
                                       ("suffolk", "Suffolk Constabulary")), 1):
        force(fid)
        story += [bk.S(4), P(N(f"Table {ti}: {fname}", "table number"), "h2")]
        data = [["Allegation type"] + [N(("Financial year " if len(c[0]) == 7 else "Calendar year ")
                                         + c[0], "period heading") for c in cols]]
        for cat in CATS5:
            row = [CL[cat]]
            for lab, per in cols:
                v = tot(r, cat, hi=18)
                if per == FY25:
                    fy25[(fid, cat)] = v
                row.append(F(cat, "total", v, per))
            data.append(row)
        story.append(ruled(data, [56, 22, 22, 22, 22, 22]))
    story += [bk.S(6), P(N("Table 3: outcomes, financial year 2025/26 (1 April 2025 to 31 March 2026)",
                           "table number; period"), "h2")]
    data = [["Allegation type", "Outcome", "Norfolk", "Suffolk", "Joint PSD (combined)"]]
    bold = []
    for cat in CATS5:
        ks = {}
        for fid in ("norfolk", "suffolk"):
            ks[fid] = counts(r, hi=3, zero=0.45, cat=cat)
            rest = fy25[(fid, cat)] - sum(ks[fid].values())
            if rest < 0:
                ks[fid] = {oc: 0 for _, oc in OUT7}
                rest = fy25[(fid, cat)]
            ks[fid]["ongoing"] += rest
        for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")]):
            cells = [CL[cat] if i == 0 else "", lab]
            for fid in ("norfolk", "suffolk"):
                force(fid)
                v = fy25[(fid, cat)] if oc == "total" else ks[fid][oc]
                cells.append(F(cat, oc, v, FY25, restated=oc == "total"))
            comb = (fy25[("norfolk", cat)] + fy25[("suffolk", cat)] if oc == "total"
                    else ks["norfolk"][oc] + ks["suffolk"][oc])
            cells.append(N(str(comb), "combined column of two forces (not a force)"))
            if oc == "total":
                bold.append(len(data))
            data.append(cells)
    force("norfolk")
    story.append(ruled(data, [50, 42, 20, 20, 34], bold_rows=bold))
    story += [bk.S(6),
              P(N("The combined column is the sum of the two forces' figures and is given for "
                  "information only.", "two forces")),
              P(rights("Norfolk Constabulary or Suffolk Constabulary")),
              P("Yours faithfully,"), P("Joint Information Management Department")]

    def furn(c, p, n):
        from reportlab.lib.pagesizes import A4
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N("FOI 001982/26 and 001983/26", "references"))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    bk.pdf_letter(src, story, furn, title="FOI 001982-26", author="Norfolk and Suffolk IMD")
    KEY.ctx[src] = ("norfolk", "allegations", "officers_and_staff")


# =========================================================================== 6 Cambridgeshire: Word document saved as a web page by LibreOffice, ranks and grades


def build_cambridgeshire():
    src = "cambridgeshire/FOI 2026-7718 response.html"
    KEY.file(src, "cambridgeshire")
    r = rng("cam")
    d = bk.docx_new("Liberation Serif", 11)
    bk.docx_props(d, "Cambridgeshire Constabulary")
    d.core_properties.title = "FOI 2026-7718 response"
    N("FOI 2026-7718 response", "reference (document title)")
    dpara(d, "Cambridgeshire Constabulary", bold=True, size=16)
    dpara(d, N("Freedom of Information request 2026/7718", "reference"), bold=True)
    dpara(d, N("Published 4 December 2026", "date"))
    dpara(d, "Request", bold=True)
    dpara(d, request25(), italic=True)
    dpara(d, "Response", bold=True)
    dpara(d, N("Table 1 shows the allegations recorded against police officers and police staff "
               "together. Table 2 breaks the allegations recorded in 2025-2026 (Apr-Mar) down by the "
               "rank or grade of the officer or member of staff concerned. Table 3 gives their "
               "outcomes.", "table numbers; period"))
    cols = [("2023-2024 (Apr-Mar)", FY23), ("2024-2025 (Apr-Mar)", FY24),
            ("2025-2026 (Apr-Mar)", FY25), ("2024 (Jan-Dec)", CY24), ("2025 (Jan-Dec)", CY25)]
    dpara(d, N("Table 1: allegations by type and period", "table number"), bold=True)
    rows = [["Allegation type"] + [N(c[0], "period heading") for c in cols]]
    fy25 = {}
    for cat in CATS5:
        row = [CL[cat]]
        for lab, per in cols:
            v = tot(r, cat, lo=6, hi=26)
            if per == FY25:
                fy25[cat] = v
            row.append(F(cat, "total", v, per))
        rows.append(row)
    dtable(d, rows)
    dpara(d, "")
    dpara(d, N("Table 2: allegations recorded in 2025-2026 (Apr-Mar), by rank or grade",
               "table number; period"), bold=True)
    ranks = ["Constable", "Sergeant", "Inspector", "Chief Inspector and above"]
    grades = [N("Police community support officer", ""), N("Scale 1-6", "pay scale"),
              N("SO1-SO2", "pay grade"), N("PO1 and above", "pay grade")]
    rows = [["Rank / grade"] + [CL[c] for c in CATS5]]
    split = {}
    for cat in CATS5:
        t = fy25[cat]
        o = max(0, t - r.randint(0, max(1, t // 3)))
        s = t - o
        split[cat] = (o, s)
    bold = []

    def spread(n, k):
        parts = [0] * k
        for _ in range(n):
            parts[min(k - 1, int(r.random() ** 1.6 * k))] += 1
        return parts
    rk = {c: spread(split[c][0], 4) for c in CATS5}
    gr = {c: spread(split[c][1], 4) for c in CATS5}
    for i, lab in enumerate(ranks):
        rows.append([lab] + [N(str(rk[c][i]), "breakdown by rank (not a subject)") for c in CATS5])
    bold.append(len(rows))
    rows.append(["All police officers"] + [F(c, "total", split[c][0], FY25, subject="officers")
                                          for c in CATS5])
    for i, lab in enumerate(grades):
        rows.append([lab] + [N(str(gr[c][i]), "breakdown by grade (not a subject)") for c in CATS5])
    bold.append(len(rows))
    rows.append(["All police staff"] + [F(c, "total", split[c][1], FY25, subject="staff")
                                       for c in CATS5])
    bold.append(len(rows))
    rows.append(["Grand total"] + [F(c, "total", fy25[c], FY25, restated=True) for c in CATS5])
    dtable(d, rows, bold_rows=bold)
    dpara(d, "")
    dpara(d, N("Table 3: outcomes of the allegations recorded in 2025-2026 (Apr-Mar), officers "
               "and staff together", "table number; period"), bold=True)
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    ks = {}
    for cat in CATS5:
        ks[cat] = counts(r, hi=3, zero=0.45, cat=cat)
        rest = fy25[cat] - sum(ks[cat].values())
        if rest < 0:
            ks[cat] = {oc: 0 for _, oc in OUT7}
            rest = fy25[cat]
        ks[cat]["ongoing"] += rest
    for lab, oc in OUT7:
        rows.append([lab] + [F(c, oc, ks[c][oc], FY25) for c in CATS5])
    rows.append(["Total"] + [F(c, "total", fy25[c], FY25, restated=True) for c in CATS5])
    dtable(d, rows, bold_rows=[len(rows) - 1])
    dpara(d, "")
    dpara(d, N("Notes: special constables are counted as police officers. Police community "
               "support officers are police staff.", ""))
    dpara(d, rights("Cambridgeshire Constabulary"))
    html = lo_convert(docx_bytes(d, "Cambridgeshire Constabulary"), "cam.docx",
                      "html:HTML (StarWriter)").decode("utf-8")
    html = re.sub(r'(<meta name="(?:created|changed)" content=")[^"]*(")', r"\g<1>2026-12-03T10:00:00\2", html)
    write_bytes(src, html.encode("utf-8"))


# =========================================================================== 7 Dorset: XLSX saved by LibreOffice, quarters, rolling 12 months, rates


def build_dorset():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    from openpyxl.utils import get_column_letter as CLT
    src = "dorset/Dorset Police FOI 2026-1650 quarterly.xlsx"
    KEY.file(src, "dorset")
    r = rng("dor")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quarterly"
    ws["A1"] = "Dorset Police - allegations against police officers and police staff"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI 2026-1650. Quarters run by the date the allegation was recorded; the last "
                 "column is the rolling 12 months to 30 September 2026.", "reference; date")
    qs = []
    for y, q in [(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1), (2025, 2), (2025, 3),
                 (2025, 4), (2026, 1), (2026, 2), (2026, 3)]:
        m = 3 * q - 2
        lab = f"{['Jan', 'Apr', 'Jul', 'Oct'][q - 1]}-{['Mar', 'Jun', 'Sep', 'Dec'][q - 1]} {y}"
        qs.append((lab, MRANGE(y, m, y, m + 2)))
    hdr = ["Allegation type", "Employee"] + [N(q[0], "quarter heading") for q in qs] + \
        [N("Calendar year 2024", "year"), N("Calendar year 2025", "year"),
         N("Last 12 months to 30 September 2026", "period heading"),
         N("Rate per 1,000 employees (last 12 months)", "rate heading")]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    heads = {("officers"): 1290, ("staff"): 1105}
    row = 5
    for cat in CATS5:
        for sl, s in (("Police officer", "officers"), ("Police staff", "staff")):
            ws.cell(row, 1, CL[cat])
            ws.cell(row, 2, sl)
            vals = []
            for j, (lab, per) in enumerate(qs, 3):
                v = r.randint(0, 5 if s == "officers" else 2)
                if cat == AP:
                    v = r.randint(0, 2)
                vals.append(v)
                ws.cell(row, j, v)
                F(cat, "total", v, per, subject=s)
            c0 = CLT(3)
            ws.cell(row, 14, f"=SUM({CLT(3)}{row}:{CLT(6)}{row})")
            F(cat, "total", sum(vals[0:4]), CY24, subject=s)
            ws.cell(row, 15, f"=SUM({CLT(7)}{row}:{CLT(10)}{row})")
            F(cat, "total", sum(vals[4:8]), CY25, subject=s)
            ws.cell(row, 16, f"=SUM({CLT(10)}{row}:{CLT(13)}{row})")
            F(cat, "total", sum(vals[7:11]), MRANGE(2025, 10, 2026, 9), subject=s)
            rate = (Decimal(sum(vals[7:11])) * 1000 / heads[s]).quantize(Decimal("0.01"), ROUND_HALF_UP)
            ws.cell(row, 17, float(rate)).number_format = "0.00"
            fr = float(rate)
            N(str(int(fr)) if fr == int(fr) else str(fr), "rate per 1,000 employees (as stored)")
            del c0
            row += 1
    row += 1
    notes = [N("Rates use the headcount at 30 September 2026: 1,290 police officers and 1,105 "
               "police staff.", "headcount; date"),
             N("Financial-year figures are not given separately: each financial year is the sum of "
               "four quarters (April-June to January-March).", "four quarters"),
             "Figures are numbers of allegations."]
    for n_ in notes:
        ws.cell(row, 1, n_)
        row += 1
    ws.column_dimensions["A"].width = 38
    ws.freeze_panes = "C5"
    data = lo_convert(xlsx_bytes(wb, "Dorset Police Disclosure"), "dorset.xlsx",
                      "xlsx:Calc MS Excel 2007 XML")
    write_bytes(src, norm_zip(data, stored=()))


# =========================================================================== 8 Staffordshire: plain-text letter, "-" nil and ".." not available


def build_staffordshire():
    src = "staffordshire/FOI 6655-26 response.txt"
    KEY.file(src, "staffordshire")
    r = rng("sta")
    out = ["STAFFORDSHIRE POLICE", "Freedom of Information Team",
           N("PO Box 3167, Stafford ST16 9JZ", "PO box; postcode"), "",
           N("Our ref: FOI 6655/26", "reference"), N("Date: 3 December 2026", "date"), "",
           "Dear Requester,", "", "You asked:", "", request25(), "",
           N("Staffordshire Police holds the information. Table 1 gives the number of allegations "
             "by type for police officers and police staff; Table 2 the outcomes of the "
             "allegations made in 2025/26, officers and staff together.", "table numbers; year"), "",
           N("Symbols:  -   nil (no allegations)", "legend"),
           N("          ..  not available (the VAWG flag was introduced on 1 April 2024)", "date"),
           "", N("Table 1", "table number")]
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("CY2024", CY24), ("CY2025", CY25)]
    W = [42, 10] + [9] * 5
    fmt = lambda cells: "".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in
                                enumerate(zip(cells, W))).rstrip()
    out.append(fmt(["Allegation type", "Employee"] + [N(c[0], "period heading") for c in cols]))
    t25 = {}
    out.append("-" * sum(W))
    for cat in CATS5:
        for sl, s in (("Officers", "officers"), ("Staff", "staff")):
            cells = [CL[cat] if s == "officers" else "", sl]
            for lab, per in cols:
                if cat == VG and per in (FY23, CY24):
                    F(cat, "total", NH, per, subject=s)
                    cells.append("..")
                    continue
                v = tot(r, cat, s, lo=0, hi=10)
                cells.append("-" if v == 0 else str(v))
                F(cat, "total", v, per, subject=s, said="-" if v == 0 else None)
                if per == FY25:
                    t25[cat] = t25.get(cat, 0) + v
            out.append(fmt(cells))
    out += ["", N("Table 2 - outcomes, 2025/26, officers and staff", "table number; year")]
    W2 = [30] + [13] * 5
    short = {SA: "Sex. assault", SM: "Sex. misc.", SH: "Harassment", AP: "APSP", VG: "VAWG"}
    out.append("".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                       enumerate(zip(["Outcome"] + [short[c] for c in CATS5], W2))))
    out.append("-" * sum(W2))
    ks = {c: split_total(r, t25[c]) for c in CATS5}
    for lab, oc in OUT7 + [("Total", "total")]:
        cells = [lab]
        for c in CATS5:
            v = ks[c][oc] if oc != "total" else sum(ks[c].values())
            cells.append("-" if v == 0 else str(v))
            F(c, oc, v, FY25, said="-" if v == 0 else None)
        if oc == "total":
            out.append("-" * sum(W2))
        out.append("".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, W2))))
    out += ["", "APSP = abuse of position for a sexual purpose; VAWG = violence against women "
                "and girls.", "",
            rights("Staffordshire Police"), "", "Yours sincerely,", "", "Freedom of Information Team"]
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# =========================================================================== 9 West Mercia: ODT written by LibreOffice; s21 for one question, figures for the other


def build_west_mercia():
    src = "west-mercia/West Mercia FOI 26-7120 response.odt"
    KEY.file(src, "west-mercia")
    r = rng("wmc")
    d = bk.docx_a4(bk.docx_new("Liberation Sans", 10))
    letterhead(d, ["West Mercia Police", "Information Rights", "Hindlip Hall, Worcester"],
               [N("Reference: FOI 26-7120", "reference"), N("3 December 2026", "date")])
    dpara(d, "Dear Requester,")
    dpara(d, request25(), italic=True)
    dpara(d, "Financial years", bold=True)
    url = "https://www.westmercia.police.uk/foi-ai/af/accessing-information/published-items/psd-allegations-2023-24-to-2025-26/"
    dpara(d, N("The number of allegations of each type made against police officers and police "
               "staff in the financial years 2023/24, 2024/25 and 2025/26 is published on our "
               "website at " + url + " . As this information is reasonably accessible to you by "
               "other means, it is exempt under section 21 of the Freedom of Information Act 2000 "
               "and we have not repeated it here.", "years; section number; act year; web address"))
    for per in (FY23, FY24, FY25):
        for c in CATS5:
            F(c, "total", REF("s21"), per)
    dpara(d, "Calendar years", bold=True)
    dpara(d, N("Table 1 gives the allegations recorded in the calendar years 2024 and 2025. "
               "Tables 2a and 2b give the outcomes of the allegations recorded in 2025.",
               "table numbers; years"))
    dpara(d, N("Table 1: allegations by calendar year", "table number"), bold=True)
    rows = [["Allegation type", N("2024", "year"), "", N("2025", "year"), ""],
            ["", "Officers", "Staff", "Officers", "Staff"]]
    c25 = {}
    for cat in CATS5:
        row = [CL[cat]]
        for per in (CY24, CY25):
            for s in ("officers", "staff"):
                v = tot(r, cat, s, lo=1, hi=14)
                if per == CY25:
                    c25[(cat, s)] = v
                row.append(F(cat, "total", v, per, subject=s))
        rows.append(row)
    dtable(d, rows, header_rows=2, merges=[((0, 1), (0, 2)), ((0, 3), (0, 4)), ((0, 0), (1, 0))])
    for ti, (sl, s) in zip(("2a", "2b"), SUBJ2):
        dpara(d, "")
        dpara(d, N(f"Table {ti}: outcomes of allegations recorded in 2025 - {sl.lower()}",
                   "table number; year"), bold=True)
        rows = [["Outcome"] + [CL[c] for c in CATS5]]
        ks = {}
        for cat in CATS5:
            ks[cat] = counts(r, hi=3, zero=0.5, cat=cat, subj=s)
            rest = c25[(cat, s)] - sum(ks[cat].values())
            if rest < 0:
                ks[cat] = {oc: 0 for _, oc in OUT7}
                rest = c25[(cat, s)]
            ks[cat]["ongoing"] += rest
        for lab, oc in OUT7:
            rows.append([lab] + [F(c, oc, ks[c][oc], CY25, subject=s) for c in CATS5])
        rows.append(["Total"] + [F(c, "total", c25[(c, s)], CY25, subject=s, restated=True)
                                 for c in CATS5])
        dtable(d, rows, bold_rows=[len(rows) - 1])
    dpara(d, "")
    dpara(d, rights("West Mercia Police"))
    dpara(d, "Yours sincerely,")
    dpara(d, "Information Rights Team")
    data = lo_convert(docx_bytes(d, "West Mercia Information Rights"), "wmc.docx", "odt")
    write_bytes(src, norm_zip(data))


# =========================================================================== 10 Warwickshire: DOCX saved by LibreOffice, percentages beside counts


def build_warwickshire():
    src = "warwickshire/Warwickshire Police FOI 2026-4410.docx"
    KEY.file(src, "warwickshire")
    r = rng("wwk")
    d = bk.docx_a4(bk.docx_new("Liberation Sans", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Warwickshire Police, Leek Wootton, Warwick CV35 7QA",
                                           "postcode"))
    letterhead(d, ["Warwickshire Police", "Freedom of Information"],
               [N("FOI 2026-4410", "reference"), N("2 December 2026", "date")])
    dpara(d, "Dear Requester,")
    dpara(d, request25(), italic=True)
    fys = [("FY23/24", FY23), ("FY24/25", FY24), ("FY25/26", FY25)]
    dpara(d, N("Table 1 - allegations against police officers and police staff (combined), with "
               "each type's share of the year's allegations of these types", "table number"),
          bold=True)
    rows = [["Allegation type", N("FY23/24", "year"), "", N("FY24/25", "year"), "",
             N("FY25/26", "year"), ""],
            [""] + ["No.", "%"] * 3]
    tt = {(c, p): tot(r, c, lo=3, hi=22) for c in CATS5 for _, p in fys}
    allt = {p: sum(tt[(c, p)] for c in CATS5) for _, p in fys}
    for cat in CATS5:
        row = [CL[cat]]
        for _, p in fys:
            row.append(F(cat, "total", tt[(cat, p)], p))
            row.append(N(pct(tt[(cat, p)], allt[p]), "percentage of the year's allegations"))
        rows.append(row)
    rows.append(["All five types"] + sum([[N(str(allt[p]), "all-types total (no category)"),
                                           N("100.0", "percentage")] for _, p in fys], []))
    N("five", "number of types")
    dtable(d, rows, header_rows=2, bold_rows=[len(rows) - 1],
           merges=[((0, 1), (0, 2)), ((0, 3), (0, 4)), ((0, 5), (0, 6)), ((0, 0), (1, 0))])
    dpara(d, "")
    dpara(d, N("Table 2 - outcomes by allegation type", "table number"), bold=True)
    rows = [["Allegation type", "Outcome"] + [N(f[0], "year") for f in fys]]
    bold = []
    for cat in CATS5:
        ks = {}
        for _, p in fys:
            ks[p] = counts(r, hi=3, zero=0.5, cat=cat)
            rest = tt[(cat, p)] - sum(ks[p].values())
            if rest < 0:
                ks[p] = {oc: 0 for _, oc in OUT7}
                rest = tt[(cat, p)]
            ks[p]["no_case_to_answer" if p != FY25 else "ongoing"] += rest
        for i, (lab, oc) in enumerate(OUT7):
            rows.append([CL[cat] if i == 0 else "", lab] + [F(cat, oc, ks[p][oc], p) for _, p in fys])
        bold.append(len(rows))
        rows.append(["", "Total"] + [F(cat, "total", tt[(cat, p)], p, restated=True) for _, p in fys])
    dtable(d, rows, bold_rows=bold)
    dpara(d, "")
    dpara(d, N("Calendar years 2024 and 2025: our misconduct system reports by financial year "
               "only, and the information is not held in the form requested (section 1(1)(a) of "
               "the Act). We are not required to create new information.", "years; section number"))
    for per in (CY24, CY25):
        for c in CATS5:
            F(c, "total", NH, per)
    dpara(d, rights("Warwickshire Police"))
    data = lo_convert(docx_bytes(d, "Warwickshire FOI"), "wwk.docx", "docx:MS Word 2007 XML")
    write_bytes(src, norm_zip(data, stored=()))


# =========================================================================== 11 Essex: XLSX saved by LibreOffice, a sheet per period with formulas


def build_essex():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    from openpyxl.utils import get_column_letter as CLT
    src = "essex/Essex Police FOI 26-11902 workbook.xlsx"
    KEY.file(src, "essex")
    r = rng("esx")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cover = wb.create_sheet("Read me")
    cover["A1"] = "Essex Police - Freedom of Information"
    cover["A1"].font = Font(bold=True, size=12)
    cover["A2"] = N("Request 26-11902, received 24 November 2026", "reference; date")
    cover["A4"] = request25()
    cover["A6"] = N("One sheet per period: 2023-24, 2024-25 and 2025-26 are financial years "
                    "(1 April to 31 March); Calendar 2025 is 1 January to 31 December 2025.",
                    "sheet names; dates")
    cover["A7"] = N("Calendar year 2024: the allegation system was replaced on 1 April 2024 and "
                    "allegations recorded between 1 January and 31 March 2024 cannot be reported by "
                    "type from the old system. Calendar year 2024 is therefore not held.", "dates")
    for c in CATS5:
        F(c, "total", NH, CY24)
    cover["A8"] = "Figures are numbers of allegations. Total columns are officers plus staff."
    cover.column_dimensions["A"].width = 120
    sheets = [("2023-24", FY23, "1 April 2023 to 31 March 2024"),
              ("2024-25", FY24, "1 April 2024 to 31 March 2025"),
              ("2025-26", FY25, "1 April 2025 to 31 March 2026"),
              ("Calendar 2025", CY25, "1 January 2025 to 31 December 2025")]
    for name, per, words in sheets:
        N(name, "sheet name (period)")
        ws = wb.create_sheet(name)
        ws["A1"] = N(f"Allegations and outcomes, {words}", "period")
        ws["A1"].font = Font(bold=True)
        ws.cell(3, 1, "Outcome").font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
        for ci, cat in enumerate(CATS5):
            c0 = 2 + 3 * ci
            ws.cell(3, c0, CL[cat]).font = Font(bold=True)
            ws.cell(3, c0).alignment = Alignment(horizontal="center", wrap_text=True)
            ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
            for k, h in enumerate(("Officers", "Staff", "Total")):
                ws.cell(4, c0 + k, h).font = Font(bold=True)
            ks = {s: counts(r, hi=4 if per != FY25 else 3, zero=0.45, cat=cat, subj=s)
                  for s in ("officers", "staff")}
            for i, (lab, oc) in enumerate(OUT7):
                rr = 5 + i
                ws.cell(rr, 1, lab)
                ws.cell(rr, c0, ks["officers"][oc])
                ws.cell(rr, c0 + 1, ks["staff"][oc])
                ws.cell(rr, c0 + 2, f"={CLT(c0)}{rr}+{CLT(c0 + 1)}{rr}")
                F(cat, oc, ks["officers"][oc], per, subject="officers")
                F(cat, oc, ks["staff"][oc], per, subject="staff")
                F(cat, oc, ks["officers"][oc] + ks["staff"][oc], per)
            ws.cell(12, 1, "Total").font = Font(bold=True)
            for k, s in enumerate(("officers", "staff", None)):
                col = CLT(c0 + k)
                ws.cell(12, c0 + k, f"=SUM({col}5:{col}11)").font = Font(bold=True)
                v = (sum(ks[s].values()) if s else sum(ks["officers"].values()) +
                     sum(ks["staff"].values()))
                F(cat, "total", v, per, subject=s or "officers_and_staff")
        ws.cell(14, 1, "Under investigation: outcome not known at the date of extraction.")
        ws.column_dimensions["A"].width = 28
        ws.freeze_panes = "B5"
    data = lo_convert(xlsx_bytes(wb, "Essex Police Information Rights"), "essex.xlsx",
                      "xlsx:Calc MS Excel 2007 XML")
    write_bytes(src, norm_zip(data, stored=()))


# =========================================================================== 12 South Wales: Word letter with a landscape annex, exported to PDF by LibreOffice


def build_south_wales():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    src = "south-wales/SWP FOI 2026-5540 response.pdf"
    KEY.file(src, "south-wales")
    r = rng("swp")
    d = bk.docx_a4(bk.docx_new("Liberation Sans", 10))
    letterhead(d, ["South Wales Police / Heddlu De Cymru", "Freedom of Information Unit",
                   "Police Headquarters, Bridgend"],
               [N("Reference: FOI 2026-5540", "reference"), N("Date: 4 December 2026", "date")])
    dpara(d, "Dear Requester,")
    dpara(d, request25(), italic=True)
    cy = {(c, p): tot(r, c, lo=4, hi=30) for c in CATS5 for p in (CY24, CY25)}
    sent = []
    for c in CATS5:
        sent.append(L(f"{CL[c].lower()}: {{a}} in 2024 and {{b}} in 2025", "years",
                      a=F(c, "total", cy[(c, CY24)], CY24), b=F(c, "total", cy[(c, CY25)], CY25)))
    dpara(d, "Calendar years. The number of allegations recorded against police officers and "
             "police staff (together) in each calendar year was: " + "; ".join(sent) + ".")
    dpara(d, N("Financial years. The allegations and their outcomes for the financial years "
               "2023/24, 2024/25 and 2025/26 are in Annex A (landscape, overleaf), split between "
               "police officers and police staff. Outcomes of the calendar-year allegations are "
               "not available separately.", "years"))
    dpara(d, rights("South Wales Police"))
    dpara(d, "Yours faithfully,")
    dpara(d, "Freedom of Information Unit")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    dpara(d, N("Annex A - allegations and outcomes by financial year, police officers and police "
               "staff", ""), bold=True, size=12)
    fys = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    rows = [["Allegation type", "Outcome"] + sum([[N(f[0], "year"), ""] for f in fys], []),
            ["", ""] + ["Officers", "Staff"] * 3]
    bold = []
    for cat in CATS5:
        ks = {(p, s): counts(r, hi=4 if s == "officers" else 2, zero=0.4, cat=cat)
              for _, p in fys for s in ("officers", "staff")}
        for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")]):
            cells = [CL[cat] if i == 0 else "", lab]
            for _, p in fys:
                for s in ("officers", "staff"):
                    v = sum(ks[(p, s)].values()) if oc == "total" else ks[(p, s)][oc]
                    cells.append(F(cat, oc, v, p, subject=s))
            if oc == "total":
                bold.append(len(rows))
            rows.append(cells)
    dtable(d, rows, header_rows=2, bold_rows=bold, size=8,
           merges=[((0, 2), (0, 3)), ((0, 4), (0, 5)), ((0, 6), (0, 7)), ((0, 0), (1, 0)),
                   ((0, 1), (1, 1))])
    dpara(d, "Reflective practice = reflective practice review process. Under investigation "
             "includes allegations awaiting a hearing.", size=8)
    lo_pdf(src, docx_bytes(d, "SWP FOI Unit"), "swp.docx")
    extra = bk.pdf_text(bk.ROOT / src).count("2025/26") - 3     # the annex header repeated per page
    for _ in range(extra):
        N("2023/24 2024/25 2025/26", "annex header row repeated on the next page")


# =========================================================================== 13 Humberside: short Word letter exported to PDF; not held, NCND, refusal


def build_humberside():
    src = "humberside/Humberside Police FOI 2026-09931.pdf"
    KEY.file(src, "humberside")
    r = rng("hum")
    d = bk.docx_a4(bk.docx_new("Liberation Serif", 11))
    letterhead(d, ["Humberside Police", "Information Compliance Unit",
                   "Priory Road, Hull"], [N("FOI 2026-09931", "reference"),
                                          N("1 December 2026", "date")])
    dpara(d, "Dear Requester,")
    dpara(d, request25(), italic=True)
    dpara(d, "Humberside Police can provide the following (allegations against police officers "
             "and police staff, combined):")
    cols = [("2024-2025 (Apr-Mar)", FY24), ("2025-2026 (Apr-Mar)", FY25)]
    rows = [["Allegation type"] + [N(c[0], "period heading") for c in cols]]
    for cat in (SA, SM, SH, VG):
        rows.append([CL[cat]] + [F(cat, "total", tot(r, cat, lo=3, hi=28), p) for _, p in cols])
    dtable(d, rows)
    dpara(d, "")
    dpara(d, N("2023/24: allegations recorded before our move to the current case management "
               "system on 1 April 2024 are not held in a form that can be searched by type; the "
               "information for 2023/24 is not held.", "year; date"))
    for cat in (SA, SM, SH, VG):
        F(cat, "total", NH, FY23)
    dpara(d, N("Abuse of position for a sexual purpose: Humberside Police neither confirms nor "
               "denies that it holds information about allegations of this type for any of the "
               "periods in your request, by virtue of sections 31(3) and 40(5B) of the Act.",
               "section numbers"))
    for p in PER5:
        F(AP, "total", NCND("s31(3);s40(5B)"), p)
    dpara(d, N("Calendar years 2024 and 2025, and the outcomes: to provide these we would have to "
               "review each case file by hand. We estimate this would take 41 hours, above the "
               "18-hour limit, so this part of your request is refused under section 12(1).",
               "years; hours; section number"))
    for p in (CY24, CY25):
        for cat in (SA, SM, SH, VG):
            F(cat, "total", REF("s12"), p)
    dpara(d, rights("Humberside Police"))
    dpara(d, "Yours sincerely,")
    dpara(d, "Information Compliance Unit")
    lo_pdf(src, docx_bytes(d, "Humberside ICU"), "hum.docx")


# =========================================================================== 14 Cleveland: plain-text e-mail, table aligned with spaces, rates beside counts


def build_cleveland():
    src = "cleveland/Cleveland Police FOI 2026-2210.eml"
    KEY.file(src, "cleveland")
    r = rng("clv")
    hdr = ["From: Cleveland Police FOI <foi@cleveland.police.uk>",
           "To: requester@example.org",
           N("Subject: FOI 2026-2210 - response", "reference"),
           N("Date: Wed, 02 Dec 2026 09:03:41 +0000", "date and time"),
           N("Message-ID: <FOI-2026-2210.1@cleveland.police.uk>", "message id"),
           N("MIME-Version: 1.0", "MIME version"),
           N("Content-Type: text/plain; charset=utf-8; format=flowed", "character set name"),
           N("Content-Transfer-Encoding: 8bit", "encoding")]
    cols = [("FY 23/24", FY23), ("FY 24/25", FY24), ("FY 25/26", FY25), ("CY 2024", CY24),
            ("CY 2025", CY25)]
    officers = 1465
    body = ["Dear Requester,", "",
            N("Thank you for your request of 24 November 2026, quoted below. The number of "
              "allegations recorded against Cleveland Police officers and staff (together) is:",
              "date"), ""]
    W = [40] + [10] * 5 + [14]
    body.append("".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(
        zip(["Allegation type"] + [N(c[0], "period heading") for c in cols] +
            [N("Per 1,000", "rate heading")], W))))
    body.append("".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(
        zip([""] + [""] * 5 + [N("(FY 25/26)", "period of the rate")], W))))
    for cat in CATS5:
        cells = [CL[cat]]
        for _, p in cols:
            v = tot(r, cat, lo=2, hi=20)
            cells.append(F(cat, "total", v, p))
            if p == FY25:
                rate = (Decimal(v) * 1000 / officers).quantize(Decimal("0.1"), ROUND_HALF_UP)
        cells.append(N(f"{rate}", "rate per 1,000 officers"))
        body.append("".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, W))))
    body += ["", N("'Per 1,000' is allegations per 1,000 police officers, using 1,465 officers at 31 "
                   "March 2026.", "rate base; headcount; date"), "",
             N("Outcomes: our system records outcomes against the conduct case, not against each "
               "allegation, so the outcome of each allegation is not held (section 1(1)(a)).",
               "section number"), "",
             rights("Cleveland Police"), "", "Regards,", "Freedom of Information Officer",
             "Cleveland Police", "",
             N("On 24/11/2026 10:12, requester@example.org wrote:", "date and time")]
    body += ["> " + x for x in wrap(REQUEST25, 72)]
    N(" ".join(wrap(REQUEST25, 72)), "the request's years (quoted)")
    text = "\n".join(hdr) + "\n\n" + "\n".join(body) + "\n"
    write_bytes(src, text.replace("\n", "\r\n").encode("utf-8"))


def wrap(text, width):
    return [x.strip() for x in re.findall(r".{1,%d}(?:\s|$)" % width, text)]


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind25-", read=read25))
