#!/usr/bin/python3
"""make_blind29.py -- the twenty-ninth blind test batch for `foi` and its answer key.

The request, sent on 23 November 2026: for the calendar years 2024 and 2025 and for the
financial year 2025/26, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Fourteen forces answer in
fifteen files, as the folder arrives (see NOTES-blind29.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py, the OLE2 and .msg writer with it;
the read-backs for .msg (RTF body), .odt, PDFs with embedded files and
Word comments / tracked changes are local.

usage: /usr/bin/python3 make_blind29.py             # rebuild fixtures/blind29 (or $FOI_BLIND29_OUT)
       /usr/bin/python3 make_blind29.py check       # verify determinism and every number
       /usr/bin/python3 make_blind29.py dump FILE   # show FILE (relative to the batch) as read back
"""
import csv
import datetime as dt
import functools
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND29_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind29").resolve()
bk.ROOT = FINAL
xlsx_save = functools.partial(bk.xlsx_save, when=dt.datetime(2026, 12, 2, 9, 0, 0))

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST29 = ("Please provide, for the calendar years 2024 and 2025 and for the financial year "
             "2025/26: (1) the number of allegations of sexual assault, sexual misconduct, sexual "
             "harassment, abuse of position for a sexual purpose and violence against women and girls "
             "(VAWG) made against police officers and police staff; and (2) the outcome of each "
             "allegation (dismissed, would have been dismissed, final written warning, written "
             "warning, reflective practice, no case to answer, still under investigation).")
CY24, CY25, FY25 = CY(2024), CY(2025), FY(2025)
PERS = (CY24, CY25, FY25)
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
OCS = [oc for _, oc in OUT7]
SENT = "23 November 2026"


def request29(text=REQUEST29):
    return N(text, "the request's years and part numbers")


def rng(name):
    return random.Random("blind29-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    """Outcome counts {outcome: n}; late: a recent period (more under investigation)."""
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(1, 4)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=22):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    if n == 0:
        return "no"
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + UNITS[u] if u else "")


def zip_bytes(members, stored=("mimetype",)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, (2026, 12, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


# =========================================================================== read-back


def rtf_text(s):
    """RTF as a reader sees it (blind24/28's reader)."""
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
    s = re.sub(r"\\(par|row|line|page)\b ?", "\n", s)
    s = re.sub(r"\\cell\b ?", " | ", s)
    s = re.sub(r"\\tab\b ?", "\t", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "").replace("\r", "")


def member_text(name, data):
    suf = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / ("m" + suf)
        p.write_bytes(data)
        return read29(p)


def msg_text(data):
    import olefile
    o = olefile.OleFileIO(io.BytesIO(data))

    def s(path):
        return o.openstream(path).read().decode("utf-16-le").rstrip("\0")
    rtfc = o.openstream("__substg1.0_10090102").read()
    assert rtfc[8:12] == b"MELA"
    out = ["Subject: " + s("__substg1.0_0037001F"), "From: " + s("__substg1.0_0C1A001F"),
           "To: " + s("__substg1.0_0E04001F"), "", rtf_text(rtfc[16:].decode("cp1252"))]
    atts = sorted({e[0] for e in o.listdir() if e[0].startswith("__attach_version1.0_#")})
    for a in atts:
        name = s(a + "/__substg1.0_3707001F")
        out.append(f"[attachment] {name}")
        out.append(member_text(name, o.openstream(a + "/__substg1.0_37010102").read()))
    return "\n".join(out)


TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def odt_text(data):
    """Every heading and paragraph of content.xml in document order (the table of contents's
    entries included), text:tab as a tab, text:s as spaces."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))
    out = []

    def flat(el):
        parts = [el.text or ""]
        for ch in el:
            if ch.tag == TX + "tab":
                parts.append("\t")
            elif ch.tag == TX + "s":
                parts.append(" " * int(ch.get(TX + "c", "1")))
            elif ch.tag == TX + "line-break":
                parts.append("\n")
            else:
                parts.append(flat(ch))
            parts.append(ch.tail or "")
        return "".join(parts)
    for el in root.iter():
        if el.tag in (TX + "p", TX + "h"):
            out.append(flat(el))
    return "\n".join(out)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text29(path):
    """A Word file as Word shows it with markup: body paragraphs (inserted runs included, deleted
    text as "[deleted] ..." lines), each table row "[table T row R] cell | cell" from every w:t
    in the cell, then the comments as "[comment] ..." lines."""
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        names = z.namelist()
        com = ET.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in names else None
        hdrs = [ET.fromstring(z.read(n)) for n in sorted(names)
                if re.fullmatch(r"word/(header|footer)\d*\.xml", n)]
    out, dels = [], []

    def ptext(p):
        s = []
        for el in p.iter():
            if el.tag not in (W + "t", W + "tab", W + "br", W + "delText"):
                continue
            if el.tag == W + "t":
                s.append(el.text or "")
            elif el.tag == W + "delText":
                dels.append(el.text or "")
            else:
                s.append("\t" if el.tag == W + "tab" else "\n")
        return "".join(s)
    for h in hdrs:
        for p in h.iter(W + "p"):
            out.append(ptext(p))
    body = doc.find(W + "body")
    ti = 0
    for child in body:
        if child.tag == W + "p":
            out.append(ptext(child))
        elif child.tag == W + "tbl":
            ti += 1
            for ri, tr in enumerate(child.findall(W + "tr"), 1):
                cells = [" ".join(ptext(p) for p in tc.findall(W + "p"))
                         for tc in tr.findall(W + "tc")]
                out.append(f"[table {ti} row {ri}] " + " | ".join(cells))
    out += ["[deleted] " + d for d in dels]
    if com is not None:
        for c in com.findall(W + "comment"):
            out.append("[comment] " + " ".join(ptext(p) for p in c.findall(W + "p")))
    return "\n".join(out)


def pdf_with_files(path):
    """pdftotext of the pages, then each embedded file (pdfdetach) read by its kind."""
    text = bk.pdf_text(path)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdfdetach", "-saveall", "-o", td, str(path)], check=True,
                       capture_output=True)
        for f in sorted(Path(td).iterdir()):
            text += f"\n[embedded] {f.name}\n" + member_text(f.name, f.read_bytes())
    return text


def read29(path):
    p = Path(path)
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".msg":
        return msg_text(data)
    if suf == ".odt":
        return odt_text(data)
    if suf == ".docx":
        return docx_text29(p)
    if data.startswith(b"%PDF-"):
        return pdf_with_files(p)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", spans=(),
          extra=(), repeat=None):
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    t = Table(data, colWidths=[w * mm for w in widths],
              repeatRows=header_rows if repeat is None else repeat)
    bold = "Times-Bold" if font == "Times-Roman" else font + "-Bold"
    t.setStyle(bk.grid_style(header_rows, font=font, size=size,
                             extra=[("FONT", (0, b), (-1, b), bold, size) for b in bold_rows]
                             + [("SPAN", a, b) for a, b in spans] + list(extra)))
    return t


def furniture(ref_text, font="Helvetica", marking="OFFICIAL", pagesize=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    ps = pagesize or A4

    def furn(c, p, n):
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(ps[0] / 2, ps[1] - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# =========================================================================== 1 Gloucestershire: a scanned letter with a misread OCR layer


def build_gloucestershire():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = "gloucestershire/Glos FOI 2026-4471 response (scanned).pdf"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    items = []        # (x, y, image text, ocr text, font, size)

    def t(x, y, text, font="Times-Roman", size=10, ocr=None):
        items.append((x, y, text, text if ocr is None else ocr, font, size))
    misread = {0: "O", 1: "l", 5: "S", 8: "B", 11: "ll", 6: "b", 3: "8", 7: "1"}
    plan = iter([2, 7, 13, 17, 22, 29, 34, 41, 47, 55, 60])
    want = [next(plan)]
    seen = [0]

    def cell(x, y, cat, oc, v, per, subj):
        seen[0] += 1
        if seen[0] >= want[0] and v in misread:
            ocr = misread[v]
            F(cat, oc, v, per, subject=subj, printed=False)
            N(ocr, f"OCR misread: the image shows {v}")
            misreads.append((cat, oc, per, subj, v, ocr))
            try:
                want[0] = next(plan)
            except StopIteration:
                want[0] = 10 ** 6
        else:
            ocr = None
            F(cat, oc, v, per, subject=subj)
        items.append((x, y, str(v), str(v) if ocr is None else ocr, "Times-Roman", 9))
    misreads = []
    H = A4[1]
    y = H - 60
    t(380, y, "Gloucestershire Constabulary", "Times-Bold", 12)
    t(380, y - 14, N("PO Box 532, Cheltenham GL50 9AP", "PO box and postcode"))
    t(380, y - 28, "Information Rights Unit")
    y -= 70
    t(60, y, N("Our reference: FOI 2026-4471", "reference"))
    t(60, y - 14, N("Date: 3 December 2026", "date"))
    y -= 40
    t(60, y, "Dear Requester,")
    y -= 20
    para = N(f"Thank you for your request of {SENT}, in which you asked:", "date of the request")
    t(60, y, para)
    y -= 16
    for line in textwrap.wrap(REQUEST29, 95):
        t(75, y, request29(line), "Times-Italic", 9.5)
        y -= 12
    y -= 8
    for line in textwrap.wrap(
            "The information you asked for is held. Table 1 gives the number of allegations recorded "
            "against police officers and police staff. Table 2 gives the outcomes of the allegations "
            "recorded in the financial year 2025/26 (1 April 2025 to 31 March 2026), officers and "
            "staff together.", 100):
        t(60, y, N(line, "the periods of the tables; table numbers"))
        y -= 13
    y -= 10
    t(60, y, N("Table 1: Allegations recorded", "table number"), "Times-Bold", 10)
    y -= 16
    xs = [60, 250, 300, 350, 400, 450, 500]
    heads = [("", ""), ("2024", "Officers"), ("2024", "Staff"), ("2025", "Officers"),
             ("2025", "Staff"), ("2025/26", "Officers"), ("2025/26", "Staff")]
    for x, (a, b) in zip(xs, heads):
        if a:
            t(x, y, N(a, "period heading"), "Times-Bold", 9)
        t(x, y - 11, b or "Allegation type", "Times-Bold", 9)
    y -= 26
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position (sexual purpose)", VG: "VAWG"}
    for cat in CATS5:
        t(60, y, short[cat], "Times-Roman", 9)
        i = 1
        for per in PERS:
            for subj in ("officers", "staff"):
                cell(xs[i], y, cat, "total", tot(r, cat, subj), per, subj)
                i += 1
        y -= 14
    y -= 14
    t(60, y, N("Table 2: Outcomes of allegations recorded in 2025/26 (officers and staff)",
               "table number; period"), "Times-Bold", 10)
    y -= 16
    xs2 = [60, 230, 290, 350, 410, 470]
    heads2 = ["Outcome", "Sexual assault", "Sexual misc.", "Sexual harass.", "APSP", "VAWG"]
    for x, h in zip(xs2, heads2):
        t(x, y, h, "Times-Bold", 8.5)
    y -= 14
    k = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    for lab, oc in OUT7 + [("Total", "total")]:
        t(60, y, lab, "Times-Bold" if oc == "total" else "Times-Roman", 9)
        for x, cat in zip(xs2[1:], CATS5):
            v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
            cell(x, y, cat, oc, v, FY25, "officers_and_staff")
        y -= 13
    y -= 12
    for line in textwrap.wrap(N(
            "A nil return is shown as 0. Reflective practice is the Reflective Practice Review "
            "Process. Under investigation includes allegations awaiting a misconduct hearing.",
            "the nil legend"), 100):
        t(60, y, line)
        y -= 13
    y -= 6
    for line in textwrap.wrap(rights("Gloucestershire Constabulary"), 100):
        t(60, y, line)
        y -= 13
    y -= 10
    t(60, y, "Yours sincerely,")
    t(60, y - 28, "Information Rights Officer")
    # pass 1: the page as printed, rasterised as the scanner saw it
    with tempfile.TemporaryDirectory() as td:
        p1 = Path(td) / "page.pdf"
        c = canvas.Canvas(str(p1), pagesize=A4, invariant=1)
        for x, yy, text, _, font, size in items:
            c.setFont(font, size)
            c.drawString(x, yy, text)
        c.save()
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-jpeg", "-singlefile", str(p1),
                        str(Path(td) / "scan")], check=True)
        jpg = Path(td) / "scan.jpg"
        c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
        c.setTitle("Scan 03-12-2026 0931")
        c.setAuthor("SCANNER-IRU-2")
        c.setCreator("SCANNER-IRU-2")
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(io.BytesIO(jpg.read_bytes())), 0, 0, width=A4[0], height=A4[1])
        for x, yy, _, ocr, font, size in items:
            to = c.beginText(x, yy)
            to.setTextRenderMode(3)
            to.setFont("Helvetica", size)
            to.textOut(ocr)
            c.drawText(to)
        c.save()
    GLOS_MISREADS.extend(misreads)


GLOS_MISREADS = []


# =========================================================================== 2 Gwent: a Welsh-only disclosure page


CY_CAT = {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
          AP: "Camddefnyddio swydd at ddiben rhywiol", VG: "Trais yn erbyn menywod a merched"}
CY_OUT = [("Diswyddo", "dismissed"), ("Byddai wedi cael ei ddiswyddo", "would_have_been_dismissed"),
          ("Rhybudd ysgrifenedig terfynol", "final_written_warning"),
          ("Rhybudd ysgrifenedig", "written_warning"), ("Ymarfer myfyriol", "management_action"),
          ("Dim achos i\u2019w ateb", "no_case_to_answer"),
          ("Ymchwiliad yn parhau", "ongoing")]


def build_gwent():
    src = "gwent/Heddlu Gwent RhRG 2026-0915 ymateb.html"
    KEY.file(src, "gwent")
    r = rng("gwent")
    rows1 = []
    for cat in CATS5:
        cells = []
        for per in PERS:
            for subj in ("officers", "staff"):
                cells.append(f"<td>{F(cat, 'total', tot(r, cat, subj), per, subject=subj)}</td>")
        rows1.append(f"<tr><th scope=\"row\">{CY_CAT[cat]}</th>{''.join(cells)}</tr>")
    k = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    rows2 = []
    for lab, oc in CY_OUT + [("Cyfanswm", "total")]:
        cells = []
        for cat in CATS5:
            v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
            cells.append(f"<td>{F(cat, oc, v, FY25)}</td>")
        tag = "strong" if oc == "total" else "span"
        rows2.append(f"<tr><th scope=\"row\"><{tag}>{E(lab)}</{tag}></th>{''.join(cells)}</tr>")
    body = f"""<header class="pennawd"><a href="/cy/">Heddlu Gwent</a>
<nav><a href="/cy/rhyddid-gwybodaeth/">Rhyddid Gwybodaeth</a> &rsaquo; <a href="/cy/log-datgelu/">Log datgelu</a></nav></header>
<main id="cynnwys">
<h1>{N("Cais Rhyddid Gwybodaeth RhRG 2026-0915", "reference")}</h1>
<ul class="manylion"><li>Cyfeirnod: {N("RhRG 2026-0915", "reference")}</li><li>Dyddiad ymateb: {N("2 Rhagfyr 2026", "date")}</li><li>Categori: Safonau proffesiynol</li></ul>
<h2>Y cais</h2>
<blockquote><p>{N("Rhowch, ar gyfer blynyddoedd calendr 2024 a 2025 ac ar gyfer y flwyddyn ariannol 2025/26: (1) nifer yr honiadau o ymosodiad rhywiol, camymddwyn rhywiol, aflonyddu rhywiol, camddefnyddio swydd at ddiben rhywiol a thrais yn erbyn menywod a merched a wnaed yn erbyn swyddogion heddlu a staff yr heddlu; a (2) canlyniad pob honiad.", "the request's years and part numbers")}</p></blockquote>
<h2>Ein hymateb</h2>
<p>Mae Heddlu Gwent yn dal yr wybodaeth. {N("Mae Tabl 1 yn dangos nifer yr honiadau a gofnodwyd yn erbyn swyddogion heddlu a staff yr heddlu. Mae Tabl 2", "table numbers")} yn dangos canlyniadau&rsquo;r honiadau a gofnodwyd yn y flwyddyn ariannol {N("2025/26 (1 Ebrill 2025 i 31 Mawrth 2026)", "period of Table 2")}, swyddogion a staff gyda&rsquo;i gilydd.</p>
<table class="tabl-data">
<caption>{N("Tabl 1: Honiadau a gofnodwyd, yn ôl blwyddyn a math o weithiwr", "table number")}</caption>
<thead>
<tr><th rowspan="2" scope="col">Math o honiad</th><th colspan="2" scope="colgroup">{N("Blwyddyn galendr 2024", "period heading")}</th><th colspan="2" scope="colgroup">{N("Blwyddyn galendr 2025", "period heading")}</th><th colspan="2" scope="colgroup">{N("Blwyddyn ariannol 2025/26", "period heading")}</th></tr>
<tr><th scope="col">Swyddogion heddlu</th><th scope="col">Staff yr heddlu</th><th scope="col">Swyddogion heddlu</th><th scope="col">Staff yr heddlu</th><th scope="col">Swyddogion heddlu</th><th scope="col">Staff yr heddlu</th></tr>
</thead>
<tbody>
{chr(10).join(rows1)}
</tbody>
</table>
<table class="tabl-data">
<caption>{N("Tabl 2: Canlyniadau honiadau a gofnodwyd yn 2025/26 (swyddogion a staff)", "table number; period")}</caption>
<thead><tr><th scope="col">Canlyniad</th>{''.join(f'<th scope="col">{CY_CAT[c]}</th>' for c in CATS5)}</tr></thead>
<tbody>
{chr(10).join(rows2)}
</tbody>
</table>
<p class="nodyn">{N("Mae 0 yn golygu", "the nil legend")} na chofnodwyd unrhyw honiad. Mae &lsquo;Ymarfer myfyriol&rsquo; yn cynnwys y Broses Adolygu Ymarfer Myfyriol. Mae &lsquo;Ymchwiliad yn parhau&rsquo; yn cynnwys honiadau sy&rsquo;n aros am wrandawiad.</p>
<h2>Eich hawliau</h2>
<p>{N("Os ydych yn anfodlon â&rsquo;r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn dal yn anfodlon, gallwch gwyno i Swyddfa&rsquo;r Comisiynydd Gwybodaeth, Wycliffe House, Water Lane, Wilmslow, SK9 5AF (0303 123 1113).", "review deadline; postcode; ICO telephone")}</p>
</main>
<footer><p>{N("&copy; Heddlu Gwent 2026", "copyright year")} &middot; Pencadlys yr Heddlu, Llantarnam, Cwmbrân</p></footer>"""
    write_text(src, bk.html_page(N("Ymateb RhRG 2026-0915 | Heddlu Gwent", "reference"), body,
                                 lang="cy"))


# =========================================================================== 3 Northamptonshire: a PDF form whose fields hold the figures


def build_northamptonshire():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = "northamptonshire/Northants FOI 000731-26 data return form.pdf"
    KEY.file(src, "northamptonshire")
    r = rng("northants")
    c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("FOI 000731-26 data return")
    c.setAuthor("Northamptonshire Police")
    W_, H = A4
    form = c.acroForm
    nfield = [0]

    def field(x, y, value, w=34):
        nfield[0] += 1
        form.textfield(name=f"f{nfield[0]:03d}", value=value, x=x, y=y - 3, width=w, height=13,
                       borderWidth=0.6, fontName="Helvetica", fontSize=8, fieldFlags="readOnly")

    def page_furn(pg):
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 25, N("Northamptonshire Police  |  FOI 000731-26  |  Form PSD-FOI-3 (rev. 2)",
                               "reference; form number and revision"))
        c.drawRightString(W_ - 40, 25, N(f"Page {pg} of 2", "page number"))
        c.drawCentredString(W_ / 2, H - 25, "OFFICIAL")
    y = H - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Northamptonshire Police")
    c.setFont("Helvetica", 9)
    c.drawString(40, y - 14, "Professional Standards Department \u2013 Freedom of Information data return")
    y -= 40
    c.setFont("Helvetica", 9)
    lines = [N("Request reference: FOI 000731-26        Received: 23/11/2026        Completed: 04/12/2026",
               "reference; dates"),
             "Completed by: PSD Information Officer (on behalf of the Information Access Team)",
             "",
             "Request:"]
    lines += [request29(x) for x in textwrap.wrap(REQUEST29, 105)]
    lines += ["",
              N("The figures below are entered in the fields of this form as returned to the requester. "
                "Section A: allegations recorded,", "section letter"),
              N("by year and employee type. Section B: outcomes of the allegations recorded in the "
                "financial year 2025/26 (officers", "period of section B"),
              N("and staff together). Enter 0 where none were recorded.", "the nil instruction")]
    for ln in lines:
        c.drawString(40, y, ln)
        y -= 12
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "Section A \u2013 Allegations recorded")
    y -= 20
    xs = [210, 260, 320, 370, 430, 480]
    c.setFont("Helvetica-Bold", 8)
    for x, lab in zip((210, 320, 430), (N("Calendar year 2024", "period heading"),
                                         N("Calendar year 2025", "period heading"),
                                         N("Financial year 2025/26", "period heading"))):
        c.drawString(x, y, lab)
    y -= 11
    for x in xs[::2]:
        c.drawString(x, y, "Officers")
    for x in xs[1::2]:
        c.drawString(x, y, "Staff")
    y -= 18
    fl = {SA: "A1  Sexual assault", SM: "A2  Sexual misconduct", SH: "A3  Sexual harassment",
          AP: "A4  Abuse of position for a sexual purpose", VG: "A5  Violence against women and girls"}
    for cat in CATS5:
        c.setFont("Helvetica", 8)
        c.drawString(40, y, N(fl[cat], "question number"))
        i = 0
        for per in PERS:
            for subj in ("officers", "staff"):
                field(xs[i], y, F(cat, "total", tot(r, cat, subj), per, subject=subj))
                i += 1
        y -= 20
    page_furn(1)
    c.showPage()
    y = H - 60
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, N("Section B \u2013 Outcomes of allegations recorded in 2025/26 "
                          "(officers and staff)", "period"))
    y -= 22
    xs = [230, 290, 350, 410, 470]
    c.setFont("Helvetica-Bold", 7.5)
    for x, cat in zip(xs, CATS5):
        c.drawString(x, y, N({SA: "A1 Sex. assault", SM: "A2 Sex. misconduct",
                              SH: "A3 Sex. harassment", AP: "A4 APSP", VG: "A5 VAWG"}[cat],
                             "question number"))
    y -= 20
    k = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    labs = [("B1  Dismissed", "dismissed"), ("B2  Would have been dismissed", "would_have_been_dismissed"),
            ("B3  Final written warning", "final_written_warning"), ("B4  Written warning", "written_warning"),
            ("B5  Reflective practice (RPRP)", "management_action"), ("B6  No case to answer", "no_case_to_answer"),
            ("B7  Still under investigation", "ongoing"), ("B8  Total (B1 to B7)", "total")]
    for lab, oc in labs:
        c.setFont("Helvetica-Bold" if oc == "total" else "Helvetica", 8)
        c.drawString(40, y, N(lab, "question numbers"))
        for x, cat in zip(xs, CATS5):
            v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
            field(x, y, F(cat, oc, v, FY25))
        y -= 20
    y -= 10
    c.setFont("Helvetica", 8.5)
    for ln in textwrap.wrap(rights("Northamptonshire Police"), 110):
        c.drawString(40, y, ln)
        y -= 11
    page_furn(2)
    c.showPage()
    c.save()


# =========================================================================== 4 Nottinghamshire: a workbook with a chart sheet


def build_nottinghamshire():
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    src = "nottinghamshire/FOI-004410-26 allegations workbook.xlsx"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Nottinghamshire Police \u2013 allegations against officers and staff"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("FOI-004410-26. Allegations recorded by the Professional Standards Department.",
                 "reference")
    hdr = ["Allegation type", "Employee", N("Calendar year 2024", "period heading"),
           N("Calendar year 2025", "period heading"), N("Financial year 2025/26", "period heading")]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    fy_all = {}
    for cat in CATS5:
        vals = {}
        for subj, lab in (("officers", "Police officer"), ("staff", "Police staff")):
            ws.cell(row, 1, CL[cat])
            ws.cell(row, 2, lab)
            for j, per in enumerate(PERS, 3):
                v = tot(r, cat, subj)
                vals[(subj, per)] = v
                ws.cell(row, j, v)
                F(cat, "total", v, per, subject=subj)
            row += 1
        ws.cell(row, 1, CL[cat])
        ws.cell(row, 2, "All employees").font = Font(bold=True)
        for j, per in enumerate(PERS, 3):
            v = vals[("officers", per)] + vals[("staff", per)]
            ws.cell(row, j, v).font = Font(bold=True)
            F(cat, "total", v, per, subject="officers_and_staff")
            if per == FY25:
                fy_all[cat] = v
        row += 1
    ws.cell(row + 1, 1, "The chart on the sheet \u2018Chart\u2019 shows the financial year column.")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 16
    for col in "CDE":
        ws.column_dimensions[col].width = 20
    wo = wb.create_sheet(N("Outcomes 2025-26", "sheet name: period"))
    wo["A1"] = N("Outcomes of allegations recorded in 2025/26 (police officers and police staff)",
                 "period")
    wo["A1"].font = Font(bold=True)
    for j, h in enumerate(["Outcome"] + [CL[c] for c in CATS5], 1):
        wo.cell(3, j, h).font = Font(bold=True)
    k = {}
    for cat in CATS5:
        while True:
            kk = counts(r, cat=cat, late=True)
            if sum(kk.values()) <= fy_all[cat]:
                break
        kk["ongoing"] += fy_all[cat] - sum(kk.values())
        k[cat] = kk
    for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")], 4):
        wo.cell(i, 1, lab)
        for j, cat in enumerate(CATS5, 2):
            v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
            wo.cell(i, j, v)
            F(cat, oc, v, FY25, restated=(oc == "total"))
    wo.cell(13, 1, N("Totals equal the All employees rows of the sheet \u2018Data\u2019 for 2025/26.", "period"))
    wo.column_dimensions["A"].width = 30
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Allegations recorded, financial year"
    refs = Reference(ws, min_col=5, min_row=4, max_row=row - 1)
    chart.add_data(refs, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=5, max_row=row - 1))
    cs = wb.create_chartsheet("Chart", 0)
    cs.add_chart(chart)
    xlsx_save(wb, src, "Nottinghamshire Police PSD")


# =========================================================================== 5 Hertfordshire: tables built from CSS grid divs


def build_hertfordshire():
    src = "hertfordshire/FOI 06712-26 disclosure.html"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    grids = []
    plab = {CY24: "calendar year 2024", CY25: "calendar year 2025",
            FY25: "financial year 2025/26 (April 2025 to March 2026)"}
    n = 0
    for per in PERS:
        for subj, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            n += 1
            cells = ['<div class="c h">Outcome</div>'] + [f'<div class="c h">{CL[c]}</div>' for c in CATS5]
            k = {cat: counts(r, cat=cat, subj=subj, late=(per != CY24)) for cat in CATS5}
            for lab, oc in OUT7 + [("Total", "total")]:
                cls = "c rh t" if oc == "total" else "c rh"
                cells.append(f'<div class="{cls}">{lab}</div>')
                for cat in CATS5:
                    v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
                    cells.append(f'<div class="c n{" t" if oc == "total" else ""}">'
                                 f'{F(cat, oc, v, per, subject=subj)}</div>')
            grids.append(f'<h3 class="grid-title">{N(f"{n}. {slab}, {plab[per]}", "section number; period")}</h3>\n'
                         f'<div class="foi-grid">\n' + "\n".join(cells) + "\n</div>")
    style = """<style>
.foi-grid{display:grid;grid-template-columns:14rem repeat(5,minmax(6rem,1fr));border-top:1px solid #999;border-left:1px solid #999;margin:0 0 1.5rem}
.foi-grid .c{padding:.3rem .5rem;border-right:1px solid #999;border-bottom:1px solid #999}
.foi-grid .h{font-weight:700;background:#e8eef4}
.foi-grid .n{text-align:right}
.foi-grid .t{font-weight:700;background:#f4f4f4}
.site-head{display:flex;justify-content:space-between;align-items:center}
</style>
"""
    body = f"""<div class="site-head"><div class="logo">Hertfordshire Constabulary</div><div class="search">Search</div></div>
<div class="crumbs">Home / About us / Freedom of Information / Disclosure log</div>
<div class="content">
<h1>{N("FOI 06712-26: sexual misconduct allegations against officers and staff", "reference")}</h1>
<div class="meta"><div>Reference: {N("FOI 06712-26", "reference")}</div><div>Published: {N("4 December 2026", "date")}</div></div>
<h2>Request</h2>
<div class="request">{request29()}</div>
<h2>Response</h2>
<div class="p">Hertfordshire Constabulary holds the information. The tables below give the outcome of every allegation recorded in each period, separately for police officers and police staff; the Total line is the number of allegations recorded.</div>
{chr(10).join(grids)}
<div class="p small">Reflective practice means the Reflective Practice Review Process. Under investigation includes matters awaiting a hearing. {N("0 means none.", "the nil legend")}</div>
<div class="p small">{rights("Hertfordshire Constabulary")}</div>
</div>
<div class="footer">{N("&copy; 2026 Hertfordshire Constabulary", "copyright year")}</div>"""
    write_text(src, bk.html_page(N("FOI 06712-26 | Hertfordshire Constabulary", "reference"), body,
                                 head_extra=style))


# =========================================================================== 6 Essex: a table filled by script, the figures in <noscript>


def build_essex():
    import json
    src = "essex/Essex Police FOI 11873-26.html"
    KEY.file(src, "essex")
    r = rng("essex")
    data = []
    trs = []
    for cat in CATS5:
        for subj, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            rec = {"type": CL[cat], "employee": slab}
            tds = [f"<td>{CL[cat]}</td>", f"<td>{slab}</td>"]
            for per, key in ((CY24, "cy2024"), (CY25, "cy2025")):
                v = tot(r, cat, subj)
                rec[key] = v
                tds.append(f"<td>{F(cat, 'total', v, per, subject=subj)}</td>")
            k = counts(r, cat=cat, subj=subj, late=True)
            for lab, oc in OUT7 + [("Total", "total")]:
                v = sum(k.values()) if oc == "total" else k[oc]
                rec["fy2526_" + oc] = v
                tds.append(f"<td>{F(cat, oc, v, FY25, subject=subj)}</td>")
            data.append(rec)
            trs.append("<tr>" + "".join(tds) + "</tr>")
    js = ("var FOI_DATA = " + json.dumps(data, sort_keys=True) + ";\n"
          "document.addEventListener('DOMContentLoaded', function () {\n"
          "  var t = document.getElementById('foi-table');\n"
          "  var h = '<thead><tr><th rowspan=2>Allegation type</th><th rowspan=2>Employee</th>"
          "<th rowspan=2>2024</th><th rowspan=2>2025</th><th colspan=8>2025/26</th></tr><tr>"
          "<th>Dismissed</th><th>Would have been dismissed</th><th>Final written warning</th>"
          "<th>Written warning</th><th>Reflective practice</th><th>No case to answer</th>"
          "<th>Under investigation</th><th>Total</th></tr></thead><tbody>';\n"
          "  var oc = ['dismissed','would_have_been_dismissed','final_written_warning','written_warning',"
          "'management_action','no_case_to_answer','ongoing','total'];\n"
          "  FOI_DATA.forEach(function (d) { h += '<tr><td>' + d.type + '</td><td>' + d.employee + "
          "'</td><td>' + d.cy2024 + '</td><td>' + d.cy2025 + '</td>';\n"
          "    oc.forEach(function (o) { h += '<td>' + d['fy2526_' + o] + '</td>'; }); h += '</tr>'; });\n"
          "  t.innerHTML = h + '</tbody>';\n});\n")
    noscript_head = ("<thead><tr><th rowspan=\"2\">Allegation type</th><th rowspan=\"2\">Employee</th>"
                     f"<th rowspan=\"2\">{N('2024', 'period heading')}</th><th rowspan=\"2\">{N('2025', 'period heading')}</th>"
                     f"<th colspan=\"8\">{N('2025/26', 'period heading')}</th></tr><tr>"
                     + "".join(f"<th>{lab}</th>" for lab, _ in OUT7) + "<th>Total</th></tr></thead>")
    body = f"""<header class="ep-header"><a class="ep-logo" href="/">Essex Police</a></header>
<nav class="ep-breadcrumb"><a href="/foi-ai/">FOI</a> / <a href="/foi-ai/disclosure-log/">Disclosure log</a></nav>
<main class="ep-main">
<h1>Sexual misconduct allegations against officers and staff</h1>
<p class="ep-meta">{N("Reference 11873/26 &middot; Published 5 December 2026", "reference; date")}</p>
<h2>Request</h2>
<blockquote>{request29()}</blockquote>
<h2>Response</h2>
<p>{N("The table gives, for each allegation type and employee type, the allegations recorded in the calendar years 2024 and 2025 and, for the financial year 2025/26 (1 April 2025 to 31 March 2026), the outcome of each allegation and the total recorded.", "periods")}</p>
<div class="ep-table-wrap"><table class="ep-table" id="foi-table" aria-live="polite"></table></div>
<noscript>
<p class="ep-noscript">Your browser is not running JavaScript, so the interactive table cannot be shown. The same figures are below.</p>
<table class="ep-table ep-table--static" border="1">
{noscript_head}
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
</noscript>
<p class="ep-note">Reflective practice is the Reflective Practice Review Process. Under investigation includes cases awaiting a misconduct meeting or hearing.</p>
<p class="ep-note">{rights("Essex Police")}</p>
</main>
<script>
{js}</script>"""
    write_text(src, bk.html_page("Disclosure 11873/26 | Essex Police".replace("11873/26", N("11873/26", "reference")), body))


# =========================================================================== 7 Derbyshire: a text letter, outcomes as percentages of a total in words


def build_derbyshire():
    src = "derbyshire/Derbyshire FOI 26-2290 reply.txt"
    KEY.file(src, "derbyshire")
    r = rng("derby")
    out = ["DERBYSHIRE CONSTABULARY", "Information Management, Butterley Hall, Ripley",
           N("Derbyshire DE5 3RS", "postcode"), "",
           N("Reference: FOI 26-2290", "reference"), N("Date: 4 December 2026", "date"), "",
           "Dear Requester", "", N(f"Thank you for your request of {SENT}:", "date"), ""]
    out += ["  " + request29(x) for x in textwrap.wrap(REQUEST29, 74)]
    out += ["", "We hold the information. The figures count allegations against police officers",
            "and police staff together; the number against police staff is given alongside.", ""]
    fyk = {}
    for per, head, when in ((CY24, "Calendar year 2024", "In 2024"),
                            (CY25, "Calendar year 2025", "In 2025"),
                            (FY25, "Financial year 2025/26 (1 April 2025 to 31 March 2026)",
                             "In 2025/26")):
        out += [N(head, "period heading"), "-" * len(head)]
        para = [N(f"{when} we recorded:", "period")]
        for cat in CATS5:
            if per == FY25:
                k = counts(r, hi=5, zero=0.3, cat=cat, late=True)
                while sum(k.values()) == 0:
                    k = counts(r, hi=5, zero=0.3, cat=cat, late=True)
                fyk[cat] = k
                v = sum(k.values())
            else:
                v = r.randint(3, 30 if cat != AP else 9)
            s = r.randint(0, max(1, v // 4))
            tw = F(cat, "total", v, per, said=words(v))
            sw = F(cat, "total", s, per, subject="staff", said="none" if s == 0 else words(s))
            noun = "allegation" if v == 1 else "allegations"
            para.append(f"- {CL[cat].lower() if cat != VG else 'violence against women and girls'}: "
                        f"{tw} {noun}, {sw} of them against police staff;")
        para[-1] = para[-1][:-1] + "."
        for p in para:
            out += textwrap.wrap(p, 78, subsequent_indent="  ", break_on_hyphens=False)
        out.append("")
    out += [N("Outcomes of the allegations recorded in 2025/26", "period"), "-" * 48]
    out += textwrap.wrap("Our case management system reports outcomes as a share of the allegations "
                         "of each type. Outcomes that no allegation received are not listed.", 78)
    out.append("")
    olab = {"dismissed": "resulted in dismissal",
            "would_have_been_dismissed": "would have resulted in dismissal had the officer not left",
            "final_written_warning": "resulted in a final written warning",
            "written_warning": "resulted in a written warning",
            "management_action": "were dealt with by reflective practice",
            "no_case_to_answer": "found no case to answer",
            "ongoing": "were still under investigation at 31 October 2026"}
    for cat in CATS5:
        k = fyk[cat]
        t = sum(k.values())
        tw = F(cat, "total", t, FY25, said=words(t), restated=True)
        parts = [N(f"{100 * n / t:.1f}% {olab[oc]}", "percentage; date")
                 for oc, n in k.items() if n]
        name = CL[cat].lower() if cat != VG else "violence against women and girls"
        noun = "allegation" if t == 1 else "allegations"
        s = (f"Of the {tw} {noun} of {name} recorded in 2025/26, "
             .replace("2025/26", N("2025/26", "period"))
             + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + ".")
        out += textwrap.wrap(s, 78, break_on_hyphens=False) + [""]
    out += textwrap.wrap(rights("Derbyshire Constabulary"), 78)
    out += ["", "Yours sincerely", "", "Information Compliance Officer"]
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# =========================================================================== 8 Northumbria: a Word letter correcting last year's published figures


def build_northumbria():
    src = "northumbria/Northumbria Police FOI 2221-26 response.docx"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Northumbria Police \u2013 FOI 2221-26", "reference"))
    bk.docx_para(d, "Northumbria Police", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Unit, Middle Engine Lane, Wallsend")
    bk.docx_para(d, N("Our ref: 2221-26    Date: 3 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Your request of {SENT}", "date"), bold=True)
    bk.docx_para(d, request29(), italic=True)
    bk.docx_para(d, N("Table 1 gives the allegations recorded in the calendar year 2025 and the "
                      "financial year 2025/26. Table 2 gives the outcomes of the allegations recorded in "
                      "2025/26 (officers and staff together).", "table numbers; periods"))
    bk.docx_para(d, N("For the calendar year 2024 we published figures in response to FOI 1187-25. "
                      "A review of the records found that some allegations had been recorded twice and "
                      "others had not been flagged. Table 3 gives the figures for 2024 as published and "
                      "as revised: please use the revised figures, which replace those published.",
                      "reference; period; table number"))

    def table(rows, header_rows, widths=None):
        t = d.add_table(rows=len(rows), cols=len(rows[-1]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is None:
                    continue
                docx_cell(t.cell(i, j), v, bold=i < header_rows, size=9)
                if i < header_rows:
                    docx_shade(t.cell(i, j), "D9E2F3")
        return t
    bk.docx_para(d, N("Table 1: Allegations recorded", "table number"), bold=True)
    rows = [["Allegation type", N("Calendar year 2025", "period heading"), None,
             N("Financial year 2025/26", "period heading"), None],
            ["", "Police officers", "Police staff", "Police officers", "Police staff"]]
    fy = {}
    for cat in CATS5:
        row = [CL[cat]]
        for per in (CY25, FY25):
            for subj in ("officers", "staff"):
                v = tot(r, cat, subj)
                row.append(F(cat, "total", v, per, subject=subj))
                if per == FY25:
                    fy[(cat, subj)] = v
        rows.append(row)
    t = table(rows, 2)
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    t.cell(0, 0).merge(t.cell(1, 0))
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 2: Outcomes of allegations recorded in 2025/26 (officers and staff)",
                      "table number; period"), bold=True)
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    k = {}
    for cat in CATS5:
        tt = fy[(cat, "officers")] + fy[(cat, "staff")]
        kk = {oc: 0 for oc in OCS}
        for _ in range(tt):
            kk[r.choice(OCS + ["ongoing", "no_case_to_answer", "management_action"])] += 1
        k[cat] = kk
    for lab, oc in OUT7 + [("Total", "total")]:
        rows.append([lab] + [F(cat, oc, sum(k[cat].values()) if oc == "total" else k[cat][oc], FY25)
                             for cat in CATS5])
    table(rows, 1)
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 3: Calendar year 2024 \u2013 published and revised figures",
                      "table number; period"), bold=True)
    rows = [["Allegation type", "Police officers", None, "Police staff", None],
            ["", N("As published (FOI 1187-25)", "reference"), "Revised",
             N("As published (FOI 1187-25)", "reference"), "Revised"]]
    for cat in CATS5:
        row = [CL[cat]]
        for subj in ("officers", "staff"):
            v = tot(r, cat, subj)
            old = v + r.choice([0, 0, 1, -1, 2]) if v > 1 else v
            row.append(N(str(old), "superseded figure as first published"))
            row.append(F(cat, "total", v, CY24, subject=subj))
        rows.append(row)
    t = table(rows, 2)
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    t.cell(0, 0).merge(t.cell(1, 0))
    bk.docx_para(d, "")
    bk.docx_para(d, "Reflective practice is the Reflective Practice Review Process. Under investigation "
                    "includes allegations awaiting a hearing.")
    bk.docx_para(d, rights("Northumbria Police"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Disclosure Officer")
    p = bk.dest(src)
    bk.docx_props(d, "Northumbria Police", when=dt.datetime(2026, 12, 3, 9, 0, 0))
    d.save(p)
    bk.normalise_zip(p)


# =========================================================================== 9 South Yorkshire: rates beside counts, staff in bands


def band(v):
    if v == 0 or v >= 15:
        return None
    lo = 1 if v < 5 else (v // 5) * 5
    hi = 4 if v < 5 else lo + 4
    return lo, hi


def build_south_yorkshire():
    from reportlab.lib.pagesizes import A4, landscape
    src = "south-yorkshire/SYP FOI 20261188 response.pdf"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(t, st[s])
    heads = {CY24: ("2024", 2861, 3342), CY25: ("2025", 2907, 3398), FY25: ("2025/26", 2934, 3410)}
    story = [P("South Yorkshire Police", "h"),
             P(N("Freedom of Information Request 20261188", "reference")),
             P(N("Date of response: 4 December 2026", "date")),
             P("Your request", "h2"), P(request29(), "quote"),
             P("Our response", "h2"),
             P(N("Table 1 gives the number of allegations recorded against police officers and police "
                 "staff in each period, with a rate per 1,000 officers (or per 1,000 staff). The rate uses "
                 "the headcount at the end of the period: " + "; ".join(
                     f"{lab}: {o:,} officers and {s:,} staff" for lab, o, s in heads.values()) + ".",
                 "table number; rate base; headcounts; periods")),
             P(N("To protect the identity of the staff involved, figures for police staff between 1 and 14 "
                 "are shown as a band (1-4, 5-9 or 10-14) and no rate is calculated for them; 0 is shown "
                 "as 0. This is under section 40(2) of the Act.", "band scheme; section number")),
             P(N("Table 1: Allegations recorded, with rates", "table number"), "h2")]
    rows = [["Allegation type"], [""]]
    spans = []
    for i, per in enumerate(PERS):
        rows[0] += [N(heads[per][0], "period heading"), "", "", ""]
        rows[1] += ["Officers", N("per 1,000 officers", "rate base"), "Staff",
                    N("per 1,000 staff", "rate base")]
        spans.append(((1 + 4 * i, 0), (4 + 4 * i, 0)))
    spans.append(((0, 0), (0, 1)))
    off = {}
    for cat in CATS5:
        row = [CL[cat] if cat != AP else "Abuse of position for a sexual purpose"]
        for per in PERS:
            v = tot(r, cat, "officers", hi=26)
            off[(cat, per)] = v
            row += [F(cat, "total", v, per, subject="officers"),
                    N(f"{1000 * v / heads[per][1]:.2f}", "rate per 1,000 officers")]
            s = tot(r, cat, "staff", hi=22)
            b = band(s)
            if b:
                row += [F(cat, "total", SUP(b[0], b[1]), per, subject="staff", said=f"{b[0]}-{b[1]}"), "-"]
            else:
                row += [F(cat, "total", s, per, subject="staff"),
                        N(f"{1000 * s / heads[per][2]:.2f}", "rate per 1,000 staff")]
        rows.append(row)
    rows = [[bk.P(E(c), st["cell"]) if j == 0 and i > 1 else c for j, c in enumerate(row)]
            for i, row in enumerate(rows)]
    story.append(ruled(rows, [52] + [17, 19, 15, 17] * 3, header_rows=2, size=7.5, spans=spans))
    from reportlab.platypus import PageBreak
    story += [PageBreak(), P(N("Table 2: Outcomes of allegations against police officers recorded in "
                           "2025/26, with the rate per 100 allegations", "table number; period; rate base"), "h2")]
    rows = [["Outcome"], [""]]
    spans = [((0, 0), (0, 1))]
    for i, cat in enumerate(CATS5):
        rows[0] += [{SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
                     AP: "APSP", VG: "VAWG"}[cat], ""]
        rows[1] += ["No.", N("per 100", "rate base")]
        spans.append(((1 + 2 * i, 0), (2 + 2 * i, 0)))
    k = {}
    for cat in CATS5:
        t = off[(cat, FY25)]
        kk = {oc: 0 for oc in OCS}
        for _ in range(t):
            kk[r.choice(OCS + ["ongoing", "management_action"])] += 1
        k[cat] = kk
    for lab, oc in OUT7 + [("Total", "total")]:
        row = [lab]
        for cat in CATS5:
            t = off[(cat, FY25)]
            v = t if oc == "total" else k[cat][oc]
            row.append(F(cat, oc, v, FY25, subject="officers", restated=(oc == "total")))
            row.append(N(f"{100 * v / t:.1f}" if t else "-", "rate per 100 allegations"))
        rows.append(row)
    story.append(ruled(rows, [52] + [16, 16] * 5, header_rows=2, size=7.5, spans=spans,
                       bold_rows=(len(rows) - 1,)))
    story += [bk.S(6), P(N("Totals in Table 2 are the officer figures for 2025/26 in Table 1. Reflective "
                           "practice is the Reflective Practice Review Process.", "table numbers; period")),
              P(N("Outcomes for police staff are withheld under section 40(2): with the small numbers "
                  "involved they would identify the individuals.", "section number")),
              P(rights("South Yorkshire Police")), P("Yours sincerely,"), P("Information Access Team")]
    bk.pdf_letter(src, story, furniture("SYP FOI 20261188", pagesize=landscape(A4)),
                  pagesize=landscape(A4), title="FOI 20261188", author="South Yorkshire Police")


# =========================================================================== 10 Surrey: an ODT with a table of contents and counts in the headings


def odt_bytes(body_xml, title):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>' + body_xml +
               '</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.3">'
              '<office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>'
              '<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>'
              '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.3"><office:meta>'
            f'<dc:title>{title}</dc:title><meta:initial-creator>Surrey Police</meta:initial-creator>'
            '<meta:creation-date>2026-12-02T09:00:00</meta:creation-date><dc:date>2026-12-02T09:00:00</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"),
                      ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)])


def build_surrey():
    src = "surrey/Surrey Police FOI 26-1142 response.odt"
    KEY.file(src, "surrey")
    r = rng("surrey")
    toc = []     # (level, heading text, page)
    body = []

    def p(text, style="Standard"):
        body.append(f'<text:p text:style-name="{style}">{E(text)}</text:p>')

    def h(level, text, page, toc_text=None):
        body.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{E(text)}</text:h>')
        toc.append((level, toc_text if toc_text is not None else text, page))
    p("Surrey Police", "Title")
    p(N("Freedom of Information response \u2013 reference 26-1142 \u2013 4 December 2026", "reference; date"))
    h(1, N("1 Your request", "section number"), N("1", "page number in the contents"),
      N("1 Your request", "section number"))
    p(N(f"On {SENT} you asked:", "date"))
    p(request29())
    p(N("The number of allegations of each type is given in brackets in each heading below, "
        "police officers and police staff together, and the split by employee type under the heading. "
        "Section 4 also gives the outcomes of the allegations recorded in the financial year 2025/26.",
        "section number; period"))
    page = 1
    for sec, per, head in ((2, CY24, "Calendar year 2024"), (3, CY25, "Calendar year 2025"),
                           (4, FY25, "Financial year 2025/26 (1 April 2025 to 31 March 2026)")):
        page += 1
        h(1, N(f"{sec} {head}", "section number; period"), N(str(page), "page number in the contents"),
          N(f"{sec} {head}", "section number; period"))
        for i, cat in enumerate(CATS5, 1):
            if per == FY25:
                k = {oc: 0 for oc in OCS}
                for _ in range(r.randint(2, 18 if cat != AP else 7)):
                    k[r.choice(OCS + ["ongoing", "ongoing", "management_action"])] += 1
                v = sum(k.values())
            else:
                v = r.randint(2, 24 if cat != AP else 8)
            s = r.randint(0, max(1, v // 3))
            num = N(f"{sec}.{i}", "section number")
            h(2, f"{num} {CL[cat]} ({F(cat, 'total', v, per)})",
              N(str(page + (i > 3)), "page number in the contents"),
              f"{N(f'{sec}.{i}', 'section number')} {CL[cat]} ({F(cat, 'total', v, per, restated=True)})")
            p(f"Police officers: {F(cat, 'total', v - s, per, subject='officers')}")
            p(f"Police staff: {F(cat, 'total', s, per, subject='staff')}")
            if per == FY25:
                p("Outcomes (officers and staff together):")
                items = "".join(
                    f'<text:list-item><text:p text:style-name="Standard">{E(lab)}: '
                    f'{F(cat, oc, k[oc], per)}</text:p></text:list-item>' for lab, oc in OUT7)
                body.append(f'<text:list>{items}</text:list>')
        if sec == 3:
            page += 1
    page += 1
    h(1, N("5 Your rights", "section number"), N(str(page), "page number in the contents"),
      N("5 Your rights", "section number"))
    p("Reflective practice is the Reflective Practice Review Process. Under investigation includes "
      "allegations awaiting a misconduct meeting or hearing.")
    p(rights("Surrey Police"))
    p("Yours sincerely,")
    p("Information Access Officer")
    entries = "".join(
        f'<text:p text:style-name="Contents_20_{lv}">{E(t)}<text:tab/>{pg}</text:p>' for lv, t, pg in toc)
    toc_xml = ('<text:table-of-content text:name="Table of Contents1" text:protected="true">'
               '<text:table-of-content-source text:outline-level="2">'
               '<text:index-title-template>Contents</text:index-title-template>'
               '</text:table-of-content-source><text:index-body>'
               '<text:index-title text:name="Table of Contents1_Head">'
               '<text:p text:style-name="Title">Contents</text:p></text:index-title>'
               + entries + '</text:index-body></text:table-of-content>')
    body.insert(2, toc_xml)
    write_bytes(src, odt_bytes("".join(body), "FOI 26-1142"))


# =========================================================================== 11 Kent: a Word letter with tracked changes and comments


def build_kent():
    src = "kent/Kent Police FOI 26-08814 response.docx"
    KEY.file(src, "kent")
    r = rng("kent")
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Kent Police \u2013 FOI 26-08814 \u2013 DRAFT FOR RELEASE",
                                           "reference"))
    bk.docx_para(d, "Kent Police", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Team, Police Headquarters, Sutton Road, Maidstone")
    bk.docx_para(d, N("Reference: 26-08814    Date: 4 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Thank you for your request received on {SENT}:", "date"))
    bk.docx_para(d, request29(), italic=True)
    hp = bk.docx_para(d, N("The tables below give the outcome of every allegation recorded in each period "
                           "against police officers and police staff together; the Total row is the "
                           "number of allegations recorded.", ""))
    hp.add_run("CMT0")
    comments = [N("Centurion extract of 01/12 shows 3 more SH allegations in 2025 - all transferred to "
                  "another force, so left out. OK to release? (JB)", "internal comment, not part of the "
                                                                    "response")]
    tracked = {(CY25, SH, "ongoing"): 1, (FY25, SA, "no_case_to_answer"): 2,
               (CY24, VG, "management_action"): -1}
    marks = {}
    for per, head in ((CY24, "Table 1: Calendar year 2024"), (CY25, "Table 2: Calendar year 2025"),
                      (FY25, "Table 3: Financial year 2025/26 (April 2025 to March 2026)")):
        bk.docx_para(d, N(head, "table number; period"), bold=True)
        k = {cat: counts(r, cat=cat, late=(per != CY24)) for cat in CATS5}
        for (tp, tc, to), dlt in tracked.items():
            if tp == per and k[tc][to] + dlt < 0:
                k[tc][to] = -dlt
        t = d.add_table(rows=9, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Outcome"] + [CL[c] for c in CATS5]):
            docx_cell(t.cell(0, j), h, bold=True, size=9)
            docx_shade(t.cell(0, j), "DDDDDD")
        for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")], 1):
            docx_cell(t.cell(i, 0), lab, bold=(oc == "total"), size=9)
            for j, cat in enumerate(CATS5, 1):
                v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
                if oc == "total":
                    dlt = sum(dd for (pp, cc, _), dd in tracked.items() if pp == per and cc == cat)
                else:
                    dlt = tracked.get((per, cat, oc), 0)
                if dlt:
                    m = f"TRK{len(marks):02d}"
                    marks[m] = (N(str(v + dlt), "tracked deletion: the draft figure replaced"),
                                F(cat, oc, v, per))
                    docx_cell(t.cell(i, j), m, bold=(oc == "total"), size=9)
                else:
                    docx_cell(t.cell(i, j), F(cat, oc, v, per), bold=(oc == "total"), size=9)
                if per == CY24 and cat == SM and oc == "dismissed":
                    t.cell(i, j).paragraphs[0].add_run("CMT1")
                    comments.append(N(f"PSD spreadsheet says {v + 2} here; 2 were gross misconduct "
                                      "cases heard together. Use the Centurion count.",
                                      "internal comment, not part of the response"))
        bk.docx_para(d, "")
    ins = bk.docx_para(d, "INSP0")
    bk.docx_para(d, "Reflective practice is the Reflective Practice Review Process. Under investigation "
                    "includes allegations awaiting a misconduct meeting or hearing.")
    bk.docx_para(d, rights("Kent Police"))
    bk.docx_para(d, "Yours faithfully")
    bk.docx_para(d, "Freedom of Information Officer")
    ins_text = N("Figures revised on 2 December 2026 after duplicate records were removed; the tables "
                 "above show the revised figures.", "date")
    del ins
    p = bk.dest(src)
    bk.docx_props(d, "Kent Police FOI Team", when=dt.datetime(2026, 12, 4, 9, 0, 0))
    d.save(p)
    A = 'w:author="FOI Reviewer" w:date="2026-12-02T10:15:00Z"'

    def patch(name, data):
        if name == "word/document.xml":
            x = data.decode("utf-8")
            nid = [100]
            for m, (old, new) in marks.items():
                def rep(mo):
                    nid[0] += 2
                    rpr = mo.group(1)
                    return (f'<w:del w:id="{nid[0]}" {A}><w:r>{rpr}<w:delText>{old}</w:delText></w:r></w:del>'
                            f'<w:ins w:id="{nid[0] + 1}" {A}><w:r>{rpr}<w:t>{new}</w:t></w:r></w:ins>')
                x, n = re.subn(r"<w:r>((?:(?!</w:r>).)*?)<w:t>" + m + "</w:t></w:r>", rep, x)
                assert n == 1, m
            x, n = re.subn(r"<w:r>((?:(?!</w:r>).)*?)<w:t>INSP0</w:t></w:r>",
                           lambda mo: f'<w:ins w:id="90" {A}><w:r>{mo.group(1)}<w:t xml:space="preserve">'
                                      f'{ins_text}</w:t></w:r></w:ins>', x)
            assert n == 1
            for i in range(len(comments)):
                x, n = re.subn(r"<w:r>(?:(?!</w:r>).)*?<w:t>CMT" + str(i) + "</w:t></w:r>",
                               f'<w:r><w:commentReference w:id="{i}"/></w:r>', x)
                assert n == 1, i
            return x.encode("utf-8")
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="'
                                b'application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                b'comments+xml"/></Types>')
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdCm1" Type="http://schemas.'
                                b'openxmlformats.org/officeDocument/2006/relationships/comments" '
                                b'Target="comments.xml"/></Relationships>')
        return data
    bk.normalise_zip(p, patch)
    cx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.'
          'openxmlformats.org/wordprocessingml/2006/main">' + "".join(
              f'<w:comment w:id="{i}" w:author="PSD Analyst" w:date="2026-12-01T16:{20 + i}:00Z" '
              f'w:initials="JB"><w:p><w:r><w:t xml:space="preserve">{E(c)}</w:t></w:r></w:p></w:comment>'
              for i, c in enumerate(comments)) + '</w:comments>')
    with zipfile.ZipFile(p) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    members.append(("word/comments.xml", cx.encode("utf-8")))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    p.write_bytes(buf.getvalue())


# =========================================================================== 12 Police Scotland: a coded CSV and its data dictionary


PS_CAT = [(SA, "SA"), (SM, "SM"), (SH, "SH"), (AP, "APSP"), (VG, "VAWG")]
PS_OUT = [("dismissed", "DIS"), ("would_have_been_dismissed", "WHBD"),
          ("final_written_warning", "FWW"), ("written_warning", "WW"),
          ("management_action", "RP"), ("no_case_to_answer", "NCTA"), ("ongoing", "UI"),
          ("total", "TOT")]


def build_police_scotland():
    src = "police-scotland/PS FOI 26-2871 allegations data.csv"
    KEY.file(src, "police-scotland")
    r = rng("scot")
    lines = ["PERIOD_CODE,ALLEG_CODE,EMP_CODE,OUTCOME_CODE,COUNT"]
    for per, pc in ((CY24, "CY2024"), (CY25, "CY2025"), (FY25, "FY2025-26")):
        for cat, cc in PS_CAT:
            if cat == VG and per == CY24:
                continue          # the VAWG flag starts in 2025 (the dictionary)
            for subj, ec in (("officers", "PO"), ("staff", "PS")):
                k = counts(r, cat=cat, subj=subj, late=(per != CY24))
                for oc, occ in PS_OUT:
                    v = sum(k.values()) if oc == "total" else k[oc]
                    lines.append(",".join([N(pc, "period code"), cc, ec, occ,
                                           F(cat, oc, v, per, subject=subj)]))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")
    src2 = "police-scotland/PS FOI 26-2871 data dictionary.csv"
    KEY.file(src2, "police-scotland")
    d = [("FIELD", "CODE", "DESCRIPTION"),
         ("PERIOD_CODE", "CY2024", "Calendar year 2024 (1 January 2024 to 31 December 2024)"),
         ("PERIOD_CODE", "CY2025", "Calendar year 2025 (1 January 2025 to 31 December 2025)"),
         ("PERIOD_CODE", "FY2025-26", "Financial year 2025-26 (1 April 2025 to 31 March 2026)"),
         ("ALLEG_CODE", "SA", "Sexual assault"), ("ALLEG_CODE", "SM", "Sexual misconduct (other than the types below)"),
         ("ALLEG_CODE", "SH", "Sexual harassment"),
         ("ALLEG_CODE", "APSP", "Abuse of position for a sexual purpose"),
         ("ALLEG_CODE", "VAWG", "Violence against women and girls (flagged allegations not counted under another code)"),
         ("", "", "The VAWG flag was introduced on 1 January 2025: VAWG allegations are not held for "
                  "calendar year 2024 and there are no VAWG rows for CY2024."),
         ("EMP_CODE", "PO", "Police officer (all ranks, including special constables)"),
         ("EMP_CODE", "PS", "Police staff"),
         ("OUTCOME_CODE", "DIS", "Dismissed"),
         ("OUTCOME_CODE", "WHBD", "Would have been dismissed (left the service before the hearing)"),
         ("OUTCOME_CODE", "FWW", "Final written warning"), ("OUTCOME_CODE", "WW", "Written warning"),
         ("OUTCOME_CODE", "RP", "Reflective practice / improvement action"),
         ("OUTCOME_CODE", "NCTA", "No case to answer"),
         ("OUTCOME_CODE", "UI", "Under investigation or awaiting a hearing"),
         ("OUTCOME_CODE", "TOT", "Total allegations recorded in the period (all outcomes)"),
         ("COUNT", "", "Number of allegations; 0 means none were recorded"),
         ("", "", "Police Scotland, Information Management, FOI 26-2871, extracted 28/11/2026. "
                  "Both files together answer the request; there is no covering letter.")]
    F(VG, "total", NH, CY24, subject="officers_and_staff")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in d:
        w.writerow([N(c, "period definitions; nil legend; reference; extraction date") for c in row])
    write_text(src2, buf.getvalue(), newline="\r\n")


# =========================================================================== 13 Ministry of Defence Police: a PDF letter with the data as an embedded file


def pdf_embed(pdf, name, data, desc):
    """Append an incremental update to a PDF: an EmbeddedFile, its Filespec, an EmbeddedFiles name
    tree and a new catalog naming it (and opening the attachments panel)."""
    m = re.search(rb"(\d+) 0 obj\s*<<(.*?)>>\s*endobj", pdf[pdf.find(b"/Type /Catalog") - 400:], re.S)
    cats = [mm for mm in re.finditer(rb"\n(\d+) 0 obj\s*<<((?:(?!endobj).)*?/Type /Catalog(?:(?!endobj).)*?)>>\s*endobj",
                                     pdf, re.S)]
    assert len(cats) == 1, m
    cat_no, cat_body = int(cats[0].group(1)), cats[0].group(2)
    size = int(re.findall(rb"/Size (\d+)", pdf)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    info = re.findall(rb"/Info (\d+) 0 R", pdf)[-1]
    ids = re.findall(rb"/ID\s*\[(.*?)\]", pdf, re.S)[-1]
    ef, fs, nt = size, size + 1, size + 2
    objs = {
        ef: (b"<< /Type /EmbeddedFile /Subtype /text#2Fcsv /Params << /Size %d /ModDate (D:20261204100000Z) >> "
             b"/Length %d >>\nstream\n" % (len(data), len(data)) + data + b"\nendstream"),
        fs: (b"<< /Type /Filespec /F (%s) /UF (%s) /Desc (%s) /EF << /F %d 0 R >> >>"
             % (name.encode(), name.encode(), desc.encode(), ef)),
        nt: b"<< /Names [(%s) %d 0 R] >>" % (name.encode(), fs),
        cat_no: (b"<<" + cat_body.replace(b"/PageMode /UseNone", b"") +
                 b" /PageMode /UseAttachments /Names << /EmbeddedFiles %d 0 R >> >>" % nt),
    }
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for no in sorted(objs):
        offs[no] = len(out)
        out += b"%d 0 obj\n" % no + objs[no] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    out += b"%d 1\n%010d 00000 n \n" % (cat_no, offs[cat_no])
    out += b"%d 3\n" % ef + b"".join(b"%010d 00000 n \n" % offs[n] for n in (ef, fs, nt))
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %s 0 R /ID [%s] /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size + 3, cat_no, info, ids, prev, xref))
    return bytes(out)


def pdf_bytes(story, furn, title, author, pagesize=None, margins=(22, 22, 30, 24)):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    buf = io.BytesIO()
    l, rr, t, b = margins
    doc = SimpleDocTemplate(buf, pagesize=pagesize or A4, leftMargin=l * mm, rightMargin=rr * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title, author=author,
                            creator=author)
    doc.build(story, canvasmaker=bk.numbered_canvas(furn))
    return buf.getvalue()


def build_ministry_of_defence():
    src = "ministry-of-defence/MDP FOI 2026-04412 response.pdf"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    st = pstyles("Helvetica", 10)

    def P(t, s="body"):
        return bk.P(t, st[s])
    aname = "MDP FOI 2026-04412 Annex A.csv"
    lines = ["Period,Allegation type,Employee type,Outcome,Number of allegations"]
    for per, plab in ((CY24, "Calendar year 2024"), (CY25, "Calendar year 2025"),
                      (FY25, "Financial year 2025/26")):
        for cat in CATS5:
            for subj, slab in (("officers", "Police officer"), ("staff", "Police staff")):
                k = counts(r, hi=2, zero=0.6, cat=cat, subj=subj, late=(per == FY25))
                for lab, oc in OUT7 + [("Total", "total")]:
                    v = sum(k.values()) if oc == "total" else k[oc]
                    lines.append(",".join([N(plab, "period"), CL[cat], slab, lab,
                                           F(cat, oc, v, per, subject=subj)]))
    lines.append("")
    lines.append('"Police staff: MOD civilian staff working in MDP units. 0 means none."'
                 .replace("0 means", N("0 means", "nil legend")))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    story = [P("Ministry of Defence Police", "h"),
             P("Secretariat and Information Rights, Wethersfield, Braintree, Essex"),
             P(N("Our reference: MDP FOI 2026-04412", "reference")),
             P(N("Date: 4 December 2026", "date")),
             P("Dear Requester,"),
             P(N(f"Thank you for your request of {SENT}. You asked:", "date")),
             P(request29(), "quote"),
             P("The Ministry of Defence Police holds the information. The figures are in the file "
               "attached to this PDF (Annex A, a CSV file): open the attachments panel of your PDF "
               "reader (the paperclip icon) to save or view it.".replace(
                   "Annex A", "Annex A")),
             P("Annex A lists, for each period, allegation type and employee type, the number of "
               "allegations with each outcome and the total recorded. Every combination is listed, "
               "including those with no allegations."),
             P(rights("the Ministry of Defence Police")),
             P("Yours sincerely,"), P("MDP Secretariat")]
    pdf = pdf_bytes(story, furniture("MDP FOI 2026-04412"), title="MDP FOI 2026-04412",
                    author="Ministry of Defence Police")
    N(aname, "attachment name")
    write_bytes(src, pdf_embed(pdf, aname, data, "Annex A"))


# =========================================================================== 14 Sussex: an Outlook message with an RTF body and a PDF attachment


def build_sussex():
    src = "sussex/RE FOI 2026-3318 Sussex Police response.msg"
    KEY.file(src, "sussex")
    r = rng("sussex")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(t, st[s])
    subj_line = N("RE: FOI 2026-3318 - sexual misconduct allegations [OFFICIAL]", "reference")
    fy = {}
    body_lines = []
    for cat in CATS5:
        v = tot(r, cat, hi=30)
        fy[cat] = v
        body_lines.append(f"{CL[cat]}: {F(cat, 'total', v, FY25)}")
    rtf_body = "\\par\n".join(
        ["Dear Requester,", "",
         N(f"Thank you for your request of {SENT} (our reference FOI 2026-3318).", "date; reference"),
         "",
         N("The number of allegations recorded in the financial year 2025/26 (1 April 2025 to 31 March "
           "2026), against police officers and police staff together, was:", "period")]
        + ["\\tab " + x for x in body_lines] +
        ["",
         N("The outcomes by calendar year (2024 and 2025) are in the attached PDF. The outcomes of the "
           "2025/26 allegations are not yet finalised in our records and are not provided.",
           "periods"),
         "", "Kind regards,", "", "{\\b Information Access Team}", "Sussex Police"])
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}}"
           "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang2057 "
           + rtf_body + "\\par\n}\n")
    story = [P("Sussex Police", "h"), P(N("FOI 2026-3318 \u2013 Annex", "reference")),
             P(N("Outcomes of allegations recorded in the calendar years 2024 and 2025, police officers "
                 "and police staff together.", "periods"))]
    for per, head in ((CY24, "Table 1: Calendar year 2024"), (CY25, "Table 2: Calendar year 2025")):
        story.append(P(N(head, "table number; period"), "h2"))
        k = {cat: counts(r, cat=cat, late=(per == CY25)) for cat in CATS5}
        rows = [["Outcome"] + [bk.P(E(CL[c]), st["cellb"]) for c in CATS5]]
        for lab, oc in OUT7 + [("Total", "total")]:
            rows.append([lab] + [F(cat, oc, sum(k[cat].values()) if oc == "total" else k[cat][oc], per)
                                 for cat in CATS5])
        story.append(ruled(rows, [46, 24, 24, 24, 30, 30], bold_rows=(8,)))
        story.append(bk.S(8))
    story += [P("Reflective practice is the Reflective Practice Review Process."),
              P(rights("Sussex Police"))]
    pdf = pdf_bytes(story, furniture("FOI 2026-3318 annex"), title="FOI 2026-3318 annex",
                    author="Sussex Police")
    aname = N("FOI 2026-3318 annex.pdf", "attachment name")
    msg = bk.msg_file(subj_line, "Information Access Team", "foi@sussex.police.uk",
                      "Requester", "requester@example.org",
                      bk.filetime(dt.datetime(2026, 12, 4, 11, 42, 0)),
                      [(aname, "application/pdf", pdf)], rtf=rtf, codepage=1252)
    write_bytes(src, msg)


# =========================================================================== build and check


def build_all():
    del GLOS_MISREADS[:]
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind29-", read=read29))
