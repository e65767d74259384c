#!/usr/bin/python3
"""make_blind28.py -- the twenty-eighth blind test batch for `foi` and its answer key.

The request, sent on 24 November 2026: for the financial years 2024/25 and 2025/26 and for
2026/27 to date, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Thirteen forces answer in
fifteen files, as the folder arrives (see NOTES-blind28.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the .eml, .zip and
.rtf read-backs and the documents' own tricks (redaction boxes, white text, hidden Word runs,
CSS-hidden rows, SVG labels) are local.

usage: /usr/bin/python3 make_blind28.py             # rebuild fixtures/blind28 (or $FOI_BLIND28_OUT)
       /usr/bin/python3 make_blind28.py check       # verify determinism and every number
       /usr/bin/python3 make_blind28.py dump FILE   # show FILE (relative to the batch) as read back
"""
import base64
import datetime as dt
import email
import email.policy
import io
import os
import random
import re
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, MON, MRANGE, SUP, REF, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND28_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind28").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST28 = ("Please provide, for the financial years 2024/25 and 2025/26 and for the current "
             "financial year 2026/27 to date: (1) the number of allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) made against police officers and police staff; and (2) "
             "the outcome of each allegation (dismissed, would have been dismissed, final written "
             "warning, written warning, reflective practice, no case to answer, still under "
             "investigation).")
FY24, FY25 = FY(2024), FY(2025)
YTD_SEP = ("2026-04-01", "2026-09-30")
YTD_OCT = ("2026-04-01", "2026-10-31")
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
OCS = [oc for _, oc in OUT7]
SENT = "24 November 2026"


def request28(text=REQUEST28):
    return N(text, "the request's years and part numbers")


def rng(name):
    return random.Random("blind28-" + name)


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


def zip_bytes(members, stored=()):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, (2026, 12, 1, 15, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = (0o40755 << 16 | 0x10) if name.endswith("/") else 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def norm_bytes(data):
    """An Office zip with fixed member times (blindkit.normalise_zip on bytes)."""
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.zip"
        p.write_bytes(data)
        bk.normalise_zip(p)
        return p.read_bytes()


def docx_bytes(d, author):
    bk.docx_props(d, author, when=dt.datetime(2026, 12, 1, 9, 0, 0))
    buf = io.BytesIO()
    d.save(buf)
    return norm_bytes(buf.getvalue())


def xlsx_save(wb, src, creator):
    fixed = dt.datetime(2026, 12, 2, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    p = bk.dest(src)
    wb.save(p)
    bk.normalise_zip(p)


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# =========================================================================== read-back


def rtf_text(data):
    """RTF as a reader sees it: destinations dropped, \\par and \\row as line ends, \\cell as a
    cell rule, control words removed (blind24's reader)."""
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
    s = re.sub(r"\\u(\d+)\??", lambda m: chr(int(m.group(1))), s)
    s = re.sub(r"\\(par|row|line|page)\b ?", "\n", s)
    s = re.sub(r"\\cell\b ?", " | ", s)
    s = re.sub(r"\\tab\b ?", "\t", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "").replace("\r", "")
    return s


def member_text(name, data):
    """A file inside an e-mail or an archive, read back by its kind."""
    suf = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / ("m" + suf)
        p.write_bytes(data)
        return read28(p)


def zip_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for i in z.infolist():
            out.append(f"[member] {i.filename}")
            if not i.filename.endswith("/"):
                out.append(member_text(i.filename, z.read(i)))
    return "\n".join(out)


def eml_text(data):
    """What a mail program shows: From / To / Date / Subject, the text body, then each
    attachment's name and content read by its kind."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(f"[attachment] {fn}")
            out.append(member_text(fn, part.get_payload(decode=True)))
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def read28(path):
    p = Path(path)
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".eml":
        return eml_text(data)
    if suf == ".zip":
        return zip_text(data)
    if suf == ".rtf":
        return rtf_text(data)
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


def furniture(ref_text, font="Helvetica", marking="OFFICIAL", foot_extra=""):
    """Running header and footer; foot_extra (text after the reference) is declared on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference") + N(foot_extra, "part number"))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# =========================================================================== 1 Suffolk: a badly redacted PDF


def build_suffolk():
    """A reportlab letter whose "redactions" are black cell backgrounds under black text: the
    numbers are still in the text layer.  A white line of working notes is invisible too."""
    src = "suffolk/Suffolk FOI 2026-11873 response (redacted).pdf"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    st = pstyles("Helvetica", 9.5)
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    story = [P("Suffolk Constabulary", "h"), P("Information Management Department"),
             P(N("Reference: FOI 2026/11873", "reference")), P(N("Date: 3 December 2026", "date")),
             P("Dear Requester,"),
             P(N(f"Thank you for your request for information received on {SENT}:", "date")),
             P(request28(), "quote"),
             P(N("Suffolk Constabulary holds the information. Table 1 gives the number of allegations "
                 "against police officers and police staff; Table 2 gives the outcomes of the "
                 "allegations recorded in 2025/26, officers and staff together.",
                 "table numbers and year")),
             P(N("Where a figure is fewer than five it has been redacted under section 40(2) of the "
                 "Freedom of Information Act 2000 (personal information), as it could identify the "
                 "individuals concerned.", "suppression threshold, section number and act year"))]
    white = ParagraphStyle("white", parent=st["small"], textColor=colors.white)
    story.append(bk.P(N("Working note (remove before release): Centurion extract run 14/11/2026, "
                        "1,204 conduct records, 61 flagged sexual or VAWG.",
                        "white text on a white page: not visible, not a figure"), white))
    story.append(P(N("Table 1: Allegations recorded, by employee type", "table number"), "h2"))
    hdr1 = ["Allegation type", "Police officers", "", "", "Police staff", "", ""]
    labs = [N("2024/25", "period"), N("2025/26", "period"), N("2026/27 to 31 Oct", "period")]
    N("2024/25 2025/26 2026/27 to 31 Oct", "period (second group of the header)")
    rows = [hdr1, [""] + labs + list(labs)]
    black = []
    for cat in CATS5:
        row = [CL[cat]]
        for subj in ("officers", "staff"):
            for per in (FY24, FY25, YTD_OCT):
                v = tot(r, cat, subj, lo=5, hi=30 if per != YTD_OCT else 16)
                if 1 <= v <= 4:
                    F(cat, "total", SUP(), per, subject=subj, said=str(v), printed=False)
                    row.append(N(str(v), "text under a black redaction box: a reader sees the box"))
                    black.append((len(row) - 1, len(rows)))
                else:
                    row.append(F(cat, "total", v, per, subject=subj))
        rows.append(row)
    ex = [("BACKGROUND", (c, rr), (c, rr), colors.black) for c, rr in black]
    story.append(ruled([[bk.P(E(c), st["cell"]) if j == 0 and i > 1 else c for j, c in enumerate(row)]
                        for i, row in enumerate(rows)],
                       [52, 20, 20, 26, 20, 20, 26], header_rows=2,
                       spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (6, 0))], size=8,
                       extra=ex))
    story.append(bk.S(10))
    story.append(P(N("Table 2: Outcomes of allegations recorded in 2025/26 (officers and staff)",
                     "table number and year"), "h2"))
    rows = [["Outcome"] + ["Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP",
                           "VAWG"]]
    labs = OUT7[:4] + [("Reflective practice (RPRP)", "management_action")] + OUT7[5:]
    k = {}
    for cat in CATS5:
        k[cat] = {oc: r.choice([0, 0, 1, 2, 3, 5, 6, 7, 9, 11]) for oc in OCS}
    black = []
    for lab, oc in labs:
        row = [lab]
        for cat in CATS5:
            v = k[cat][oc]
            if 1 <= v <= 4:
                F(cat, oc, SUP(), FY25, said=str(v), printed=False)
                row.append(N(str(v), "text under a black redaction box: a reader sees the box"))
                black.append((len(row) - 1, len(rows)))
            else:
                row.append(F(cat, oc, v, FY25))
        rows.append(row)
    rows.append(["Total"] + [F(cat, "total", sum(k[cat].values()), FY25) for cat in CATS5])
    ex = [("BACKGROUND", (c, rr), (c, rr), colors.black) for c, rr in black]
    story.append(ruled(rows, [44, 26, 30, 30, 18, 18], bold_rows=(len(rows) - 1,), size=8,
                       extra=ex))
    story.append(bk.S(4))
    story.append(P("APSP: abuse of position for a sexual purpose. VAWG: allegations flagged as "
                   "violence against women and girls. Totals include the redacted figures.", "small"))
    story += [P(rights("Suffolk Constabulary")), P("Yours sincerely,"),
              P("Information Management Department")]
    bk.pdf_letter(src, story, furniture("FOI 2026/11873"), title="FOI 2026/11873",
                  author="Suffolk Constabulary")


# =========================================================================== 2-3 Norfolk: one response in two PDFs, the table continuing in part 2


def build_norfolk():
    """A letter sent as "part 1 of 2" and "part 2 of 2": a long table Period / type / employee /
    outcome / number that begins in part 1 and continues in part 2 (header repeated)."""
    r = rng("norfolk")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    labs = OUT7[:4] + [("Reflective practice", "management_action")] + OUT7[5:] + [
        ("All outcomes", "total")]
    pers = [(FY24, "2024/25"), (FY25, "2025/26"), (YTD_SEP, "2026/27 (to 30/09/2026)")]
    body = []
    for per, lab in pers:
        for cat in CATS5:
            for subj, slab in (("officers", "Police officer"), ("staff", "Police staff")):
                k = counts(r, hi=5, zero=0.45, cat=cat, subj=subj, late=per != FY24)
                for olab, oc in labs:
                    v = sum(k.values()) if oc == "total" else k[oc]
                    body.append((per, lab, cat, subj, slab, olab, oc, v))
    cut = 120               # part 1 ends half-way through 2025/26
    hdr = ["Period", "Allegation type", "Employee type", "Outcome", "Number of allegations"]
    for part, chunk in ((1, body[:cut]), (2, body[cut:])):
        src = f"norfolk/Norfolk FOI 26-3390 response part {part} of 2.pdf"
        KEY.file(src, "norfolk")
        story = [P("Norfolk Constabulary", "h")]
        if part == 1:
            story += [P("Freedom of Information Decision Maker"),
                      P(N("Our ref: FOI 26-3390", "reference")), P(N("Date: 4 December 2026", "date")),
                      P("Dear Requester,"),
                      P(N(f"Your request for information, received on {SENT}, read:", "date")),
                      P(request28(), "quote"),
                      P(N("Norfolk Constabulary holds the information. Because of its length the "
                          "response is sent as two PDF files; the table below continues in part 2 "
                          "of 2.", "part numbers")),
                      P(N("The current financial year is counted from 1 April 2026 to 30 September 2026, "
                          "the last complete month when the data were extracted.", "dates of the part year")),
                      P(N("Table 1: Allegations against police officers and police staff, by outcome",
                          "table number"), "h2")]
        else:
            story += [P(N("FOI 26-3390 - response part 2 of 2", "reference and part numbers")),
                      P(N("Table 1 (continued)", "table number"), "h2")]
        rows = [hdr]
        for per, lab, cat, subj, slab, olab, oc, v in chunk:
            rows.append([N(lab, "period"), CL[cat], slab, olab,
                         F(cat, oc, v, per, subject=subj)])
        rows = [[bk.P(E(c), st["cell"]) if j == 1 and i else c for j, c in enumerate(row)]
                for i, row in enumerate(rows)]
        rows[0][4] = bk.P("Number of allegations", st["cellb"])
        story.append(ruled(rows, [24, 52, 24, 42, 24], size=8,
                           bold_rows=[i for i, row in enumerate(rows) if row[3] == "All outcomes"]))
        story.append(bk.S(6))
        if part == 1:
            story.append(P(N("The table continues in part 2 of 2.", "part numbers")))
        else:
            story += [P("Figures are numbers of allegations, counted by the date the allegation was "
                        "recorded on Centurion. \u201cAll outcomes\u201d is the number of allegations "
                        "of that type against that employee type in the period."),
                      P(rights("Norfolk Constabulary")), P("Yours faithfully,"),
                      P("Freedom of Information Decision Maker")]
        bk.pdf_letter(src, story, furniture("FOI 26-3390", foot_extra=f"  Part {part} of 2"),
                      title=f"FOI 26-3390 part {part} of 2", author="Norfolk Constabulary")


# =========================================================================== 4-5 Cambridgeshire: covering letter PDF and its bare annex XLSX


def build_cambridgeshire():
    """A covering letter PDF that says the answer is in Annex A, and the annex: a workbook with
    a title block above the header (row 7), frozen panes, counts stored as text (quote prefix,
    trailing spaces) and "N/A" / "n/k" cells; no force or period of its own."""
    r = rng("cambs")
    src = "cambridgeshire/Cambs FOI 0871-26 covering letter.pdf"
    KEY.file(src, "cambridgeshire", subject="officers")
    st = pstyles("Times-Roman", 10.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    story = [P("Cambridgeshire Constabulary", "h"), P("Joint Information Management Unit"),
             P(N("Reference: FOI 0871/26", "reference")), P(N("Date: 1 December 2026", "date")),
             P("Dear Requester,"),
             P(N(f"Thank you for your request received on {SENT}:", "date")),
             P(request28(), "quote"),
             P(N("The figures for the financial year 2025/26 (1 April 2025 to 31 March 2026) are in "
                 "the attached spreadsheet, Annex A. They are numbers of allegations against police "
                 "officers only.", "the year and its dates")),
             P(N("Allegations against police staff are handled by our HR department and are not "
                 "recorded by allegation type, so we do not hold this information for 2025/26 "
                 "(section 1(1)(a)).", "section number and year")),
             P(N("The figures for 2024/25 were published in our response to FOI 0412/25 and are "
                 "exempt under section 21 (information reasonably accessible by other means).",
                 "year, reference, section number")),
             P(N("Figures for officers and staff for 2026/27 to date (1 April to 31 October 2026) "
                 "are withheld under section 22: they will be published in our annual professional "
                 "standards report in the spring of 2027.", "years, dates and section number")),
             P("In Annex A, \u201cN/A\u201d means that the outcome does not apply to that type of "
               "allegation and \u201cn/k\u201d means that the outcome was not known when the data "
               "were extracted."),
             P(rights("Cambridgeshire Constabulary")), P("Yours sincerely,"),
             P("Joint Information Management Unit")]
    for cat in CATS5:
        F(cat, "total", NH, FY25, subject="staff")
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD_OCT, subject="officers_and_staff")
    bk.pdf_letter(src, story, furniture("FOI 0871/26", font="Times-Roman", marking=""),
                  title="FOI 0871/26", author="Cambridgeshire Constabulary")

    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "cambridgeshire/FOI 0871-26 Annex A.xlsx"
    KEY.file(src, "cambridgeshire", subject="officers")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Annex A"
    ws["A1"] = "PROFESSIONAL STANDARDS DEPARTMENT"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A3"] = "Annex A"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Allegations by type and outcome"
    ws["A5"] = "Prepared for the requester: see covering letter"
    ws["A5"].font = Font(italic=True)
    hdr = ["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True)
        c.border = xl_border()
    row = 8
    for cat in CATS5:
        ws.cell(row, 1, CL[cat]).border = xl_border()
        k = counts(r, hi=6, zero=0.35, cat=cat, late=True)
        col = 2
        for lab, oc in OUT7:
            c = ws.cell(row, col)
            c.border = xl_border()
            how = r.random()
            if oc == "would_have_been_dismissed" and cat == VG or (
                    oc == "written_warning" and cat == AP):
                c.value = "N/A"
                k[oc] = 0
            elif how < 0.08 and oc != "ongoing":
                c.value = r.choice(["n/k", "n/k "])
            elif how < 0.45:
                c.value = F(cat, oc, k[oc], FY25)
                c.quotePrefix = True
            elif how < 0.6:
                c.value = F(cat, oc, k[oc], FY25) + " "
            else:
                c.value = int(F(cat, oc, k[oc], FY25))
            col += 1
        c = ws.cell(row, col, F(cat, "total", sum(k.values()), FY25))
        c.quotePrefix = True
        c.border = xl_border()
        row += 1
    ws.cell(row + 1, 1, "Source: Centurion, extracted 20/11/2026")
    N("20/11/2026", "extraction date")
    ws.column_dimensions["A"].width = 38
    for j in range(2, 10):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 13
    ws.freeze_panes = "B8"
    xlsx_save(wb, src, "Cambridgeshire PSD")


# =========================================================================== 6 Cleveland: e-mail with a Word attachment


def build_cleveland():
    """An .eml (multipart/mixed) whose text body is a short covering note and whose attachment
    is a DOCX with the tables; the note says what the YTD column covers."""
    src = "cleveland/RE FOI 2026-1420 Cleveland Police response.eml"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Cleveland Police", bold=True, size=14)
    bk.docx_para(d, N("FOI 2026/1420 - information provided", "reference"), bold=True)
    bk.docx_para(d, N("Table 1: Allegations recorded against police officers and police staff",
                      "table number"), bold=True)
    pers = [(FY24, "2024/25"), (FY25, "2025/26"), (YTD_SEP, "YTD to 30/09/2026")]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee"] + [N(lab, "period") for _, lab in pers]):
        docx_cell(t.rows[0].cells[j], h, bold=True)
    for cat in CATS5:
        first = None
        for subj, slab in (("officers", "Officer"), ("staff", "Staff")):
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                docx_cell(cells[0], CL[cat])
            else:
                first.merge(cells[0])
            docx_cell(cells[1], slab)
            for j, (per, _) in enumerate(pers, 2):
                docx_cell(cells[j], F(cat, "total", tot(r, cat, subj, hi=18 if per != YTD_SEP else 9),
                                      per, subject=subj), align=WD_ALIGN_PARAGRAPH.RIGHT)
    bk.docx_para(d, "")
    for num, (per, lab) in ((2, (FY25, "2025/26")), (3, (YTD_SEP, "2026/27 year to date"))):
        bk.docx_para(d, N(f"Table {num}: Outcomes of allegations recorded in {lab} (officers and "
                          "staff)", "table number and period"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
                               "Abuse of position", "VAWG"]):
            docx_cell(t.rows[0].cells[j], h, bold=True)
        k = {cat: counts(r, hi=6, zero=0.35, cat=cat, late=True) for cat in CATS5}
        for lab2, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[0], lab2, bold=oc == "total")
            for j, cat in enumerate(CATS5, 1):
                v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
                docx_cell(cells[j], F(cat, oc, v, per), bold=oc == "total",
                          align=WD_ALIGN_PARAGRAPH.RIGHT)
        bk.docx_para(d, "")
    bk.docx_para(d, "VAWG: allegations flagged as violence against women and girls; they are also "
                 "counted under their own type.", size=8)
    att = docx_bytes(d, "Cleveland Police Information Compliance")
    att_name = "FOI 2026-1420 data.docx"
    N(att_name, "attachment name")
    body = L("Dear Requester,\n\n"
             f"Thank you for your request of {SENT}, reference FOI 2026/1420.\n\n"
             "Cleveland Police holds the information you asked for. Please find the figures in the "
             "attached Word document. The year to date runs from 1 April 2026 to 30 September 2026. "
             "All figures are numbers of allegations, counted when the allegation was recorded.\n\n"
             + "If you are dissatisfied with the handling of your request you may ask for an internal "
             "review within 40 working days. If you remain dissatisfied you may complain to the "
             "Information Commissioner's Office (telephone 0303 123 1113).\n\n"
             "Regards,\n\nInformation Compliance Unit\nCleveland Police\nPO Box 70, Middlesbrough "
             "TS8 9EH\n",
             "date, reference, YTD dates, review deadline, ICO telephone, PO box, postcode")
    hdrs = ("From: Information Compliance <foi@cleveland.police.uk>\n"
            "To: requester@example.org\n"
            "Date: Wed, 02 Dec 2026 10:14:07 +0000\n"
            "Subject: RE: FOI 2026/1420 - allegations against officers and staff\n")
    N(hdrs, "mail headers: date, time, reference")
    msg = (hdrs + "Message-ID: <20261202101407.1420@cleveland.police.uk>\n"
           "MIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="=_CLEV_1420_part"\n\n'
           "This is a multi-part message in MIME format.\n\n"
           "--=_CLEV_1420_part\n"
           'Content-Type: text/plain; charset="utf-8"\n'
           "Content-Transfer-Encoding: 7bit\n\n" + body + "\n"
           "--=_CLEV_1420_part\n"
           "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
           f' name="{att_name}"\n'
           f'Content-Disposition: attachment; filename="{att_name}"\n'
           "Content-Transfer-Encoding: base64\n\n" + b64lines(att) + "\n"
           "--=_CLEV_1420_part--\n")
    write_bytes(src, msg.replace("\n", "\r\n").encode("utf-8"))


# =========================================================================== 7 Humberside: e-mail with a zipped folder of CSVs


def build_humberside():
    """An .eml whose attachment is a .zip holding a folder with one CSV per period; the period
    of each CSV is in its first line (and its file name)."""
    src = "humberside/FW FOI HUM-26-2218 data files.eml"
    KEY.file(src, "humberside")
    r = rng("humberside")
    cats4 = (SA, SM, SH, AP)
    folder = "FOI HUM-26-2218/"
    N(folder, "reference in the folder name")
    members = [(folder, b"")]
    labs = OUT7[:4] + [("Reflective Practice Review Process", "management_action")] + OUT7[5:6] + [
        ("Under Investigation", "ongoing")]
    for per, fname, title in ((FY24, "01 Allegations 2024-25.csv", "Financial year 2024/25"),
                              (FY25, "02 Allegations 2025-26.csv", "Financial year 2025/26"),
                              (YTD_OCT, "03 Allegations 2026-27 Apr-Oct.csv",
                               "1 April 2026 to 31 October 2026")):
        N(folder + fname, "member name: number and period")
        lines = [N(f"Humberside Police - Professional Standards - {title}", "period"),
                 "Allegation type,Outcome,Officers,Staff,Total"]
        for cat in cats4:
            ko = counts(r, hi=5, zero=0.4, cat=cat, late=per != FY24)
            ks = counts(r, hi=4, zero=0.55, cat=cat, subj="staff")
            for lab, oc in labs + [("Total", "total")]:
                a = sum(ko.values()) if oc == "total" else ko[oc]
                b = sum(ks.values()) if oc == "total" else ks[oc]
                lines.append(",".join([CL[cat], lab, F(cat, oc, a, per, subject="officers"),
                                       F(cat, oc, b, per, subject="staff"),
                                       F(cat, oc, a + b, per, subject="officers_and_staff")]))
        lines.append("")
        lines.append("Figures are numbers of allegations.")
        members.append((folder + fname, ("\r\n".join(lines) + "\r\n").encode("utf-8")))
    zdata = zip_bytes(members)
    zname = "FOI HUM-26-2218.zip"
    N(zname, "attachment name")
    for per in (FY24, FY25, YTD_OCT):
        F(VG, "total", NH, per)
    body = L("Good afternoon,\n\n"
             "Please see the response to your request below, forwarded from our Professional "
             "Standards Department.\n\n"
             "Humberside Police holds information for four of the five types you asked about. The "
             "figures are in the attached zip file, one spreadsheet (CSV) per period, each giving "
             "the numbers of allegations against police officers and police staff by outcome.\n\n"
             "Violence against women and girls is not a type of allegation recorded on our "
             "conduct system, so this information is not held for any of the three periods "
             "(section 1(1)(a) of the Freedom of Information Act 2000).\n\n"
             "You may ask for an internal review within 40 working days.\n\n"
             "Kind regards\n\nFreedom of Information Team\nHumberside Police\n",
             "counts of types and periods, section number, act year, review deadline")
    hdrs = ("From: FOI Team <foi@humberside.police.uk>\n"
            "To: requester@example.org\n"
            "Date: Tue, 01 Dec 2026 15:32:44 +0000\n"
            "Subject: FW: FOI HUM-26-2218 data files\n")
    N(hdrs, "mail headers: date, time, reference")
    msg = (hdrs + "Message-ID: <HUM-26-2218.20261201153244@humberside.police.uk>\n"
           "MIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="----=_HUM_2218_0"\n\n'
           "------=_HUM_2218_0\n"
           'Content-Type: text/plain; charset="utf-8"\n'
           "Content-Transfer-Encoding: 7bit\n\n" + body + "\n"
           "------=_HUM_2218_0\n"
           f'Content-Type: application/zip; name="{zname}"\n'
           f'Content-Disposition: attachment; filename="{zname}"\n'
           "Content-Transfer-Encoding: base64\n\n" + b64lines(zdata) + "\n"
           "------=_HUM_2218_0--\n")
    write_bytes(src, msg.replace("\n", "\r\n").encode("utf-8"))


# =========================================================================== 8 Staffordshire: prose letter with a correction in a later paragraph


def build_staffordshire():
    src = "staffordshire/FOI 5512-26 response.txt"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    W = dict(bk.WORDS)
    W[0] = "none"
    t = {(c, p): tot(r, c, None, lo=3, hi=16) for c in CATS5 for p in ("24", "25", "26")}
    wrong = t[(SH, "24")] - 1
    per = {"24": FY24, "25": FY25, "26": YTD_OCT}

    def w(c, p):
        v = t[(c, p)]
        return F(c, "total", v, per[p], said=W[v] if v <= 20 else None)
    lines = [N("Staffordshire Police\nFreedom of Information Unit\nPO Box 3167, Stafford ST16 9JZ",
               "PO box and postcode"), "",
             N("Our reference: FOI 5512/26", "reference"), N("Date: 2 December 2026", "date"), "",
             "Dear Requester,", "",
             N(f"I write in response to your request for information received on {SENT}, in which "
               "you asked:", "date"), "",
             "    \u201c" + request28() + "\u201d", "",
             N("Section 1(1)(a) of the Freedom of Information Act 2000 requires a public authority "
               "to confirm whether it holds the information requested, and section 1(1)(b) to "
               "communicate it. Staffordshire Police holds the information.",
               "section numbers and act year"), "",
             N("The figures below are allegations against police officers and police staff "
               "together.", ""), ""]
    sh24_text = "{sh}"
    p1 = (N("In the financial year 2024/25 there were ", "year") + w(SA, "24")
          + " allegations of sexual assault, " + w(SM, "24") + " of sexual misconduct, "
          + N(W.get(wrong, str(wrong)), "superseded: corrected to another figure later in the letter")
          + " of sexual harassment, " + w(AP, "24")
          + " of abuse of position for a sexual purpose and " + w(VG, "24")
          + " flagged as violence against women and girls.")
    p2 = (N("In 2025/26 the numbers were ", "year") + w(SA, "25") + " (sexual assault), "
          + w(SM, "25") + " (sexual misconduct), " + w(SH, "25") + " (sexual harassment), "
          + w(AP, "25") + " (abuse of position for a sexual purpose) and " + w(VG, "25")
          + " (violence against women and girls).")
    p3 = (N("So far in 2026/27, from 1 April to 31 October 2026, we have recorded ", "year and dates")
          + w(SA, "26") + " allegations of sexual assault, " + w(SM, "26") + " of sexual misconduct, "
          + w(SH, "26") + " of sexual harassment, " + w(AP, "26")
          + " of abuse of position for a sexual purpose and " + w(VG, "26") + " VAWG allegations.")
    k = {oc: 0 for oc in OCS}          # the outcomes add up to the 2025/26 total
    k["ongoing"] = 1
    for _ in range(t[(SH, "25")] - 1):
        k[r.choice(["final_written_warning", "written_warning", "management_action",
                    "no_case_to_answer", "ongoing"])] += 1
    p4 = (N("Of the allegations of sexual harassment recorded in 2025/26, ", "year")
          + F(SH, "final_written_warning", k["final_written_warning"], FY25,
              said=W[k["final_written_warning"]]) + " resulted in a final written warning, "
          + F(SH, "written_warning", k["written_warning"], FY25, said=W[k["written_warning"]])
          + " in a written warning, " + F(SH, "management_action", k["management_action"], FY25,
                                          said=W[k["management_action"]])
          + " in reflective practice and " + F(SH, "no_case_to_answer", k["no_case_to_answer"], FY25,
                                               said=W[k["no_case_to_answer"]])
          + " in a finding of no case to answer; " + F(SH, "ongoing", k["ongoing"], FY25,
                                                        said=W[k["ongoing"]])
          + (" is" if k["ongoing"] == 1 else " are") + " still under investigation. " + F(SH, "dismissed", 0, FY25, said="None")
          + " resulted in dismissal.")
    p5 = ("Outcomes for the other types of allegation could only be found by reading each case "
          "file, and we estimate that this would exceed the appropriate limit of "
          + N("18 hours", "cost limit") + ". That part of your request is refused under section "
          + N("12", "section number") + ".")
    p6 = (N("Correction: the figure for sexual harassment in 2024/25 given above should read ",
            "year") + F(SH, "total", t[(SH, "24")], FY24)
          + ". The earlier figure came from a report run before a case was re-coded from sexual "
            "misconduct.")
    lines = "\n".join(lines).split("\n")
    lines = [x for ln in lines for x in (textwrap.wrap(ln.strip(), 78, initial_indent="    " if
                                                         ln.startswith("    ") else "",
                                                         subsequent_indent="    " if
                                                         ln.startswith("    ") else "")
                                         if ln.strip() else [ln])]
    for p in (p1, p2, p3, p4, p5, p6):
        lines += textwrap.wrap(p, 78) + [""]
    lines += textwrap.wrap(rights("Staffordshire Police"), 78) + [""]
    lines += ["Yours sincerely,", "", "Freedom of Information Unit", "Staffordshire Police", ""]
    write_text(src, "\n".join(lines), newline="\r\n")


# =========================================================================== 9 Thames Valley: an internal review that replaces the original figures


def build_thames_valley():
    src = "thames-valley/TVP IR 2026-0192 internal review outcome.docx"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_para(d, "Thames Valley Police", bold=True, size=15)
    bk.docx_para(d, "Information Access", bold=True)
    bk.docx_para(d, N("Internal review reference: IR 2026/0192 (original request FOI 2026/4410)",
                      "references"))
    bk.docx_para(d, N("Date: 3 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("You asked for an internal review of our response of 20 October 2026 to your "
                      "request of 22 September 2026, which read:", "dates"))
    bk.docx_para(d, request28(), italic=True)
    bk.docx_para(d, N("Internal review decision", ""), bold=True, size=12)
    bk.docx_para(d, N("I have reviewed the handling of your request. The original response gave "
                 "quarterly figures for 2025/26 and 2026/27 but was built from a report that "
                 "counted each allegation once for every officer or member of staff named in it. "
                 "I uphold your complaint. The figures below replace those in the original "
                 "response in full.", "years"))
    pers = [(MRANGE(2025, 4, 2025, 6), "Apr-Jun 25"), (MRANGE(2025, 7, 2025, 9), "Jul-Sep 25"),
            (MRANGE(2025, 10, 2025, 12), "Oct-Dec 25"), (MRANGE(2026, 1, 2026, 3), "Jan-Mar 26"),
            (FY25, "2025/26 total"), (MRANGE(2026, 4, 2026, 6), "Apr-Jun 26"),
            (MRANGE(2026, 7, 2026, 9), "Jul-Sep 26")]
    vals = {}
    for cat in CATS5:
        for subj in ("officers", "staff"):
            q = [tot(r, cat, subj, lo=0, hi=7) for _ in range(6)]
            vals[(cat, subj)] = q[:4] + [sum(q[:4])] + q[4:]
    # the examples quoted from the original response
    ex = [(SA, "officers", 2), (SH, "officers", 0), (VG, "staff", 3)]
    quoted = []
    for cat, subj, qi in ex:
        new = vals[(cat, subj)][qi]
        old = new + r.randint(1, 3)
        quoted.append((cat, subj, qi, old, new))
    bk.docx_para(d, N("Revised figures: allegations recorded, by quarter", ""), bold=True, size=12)
    t = d.add_table(rows=1, cols=2 + len(pers))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee type"] + [N(lab, "period") for _, lab in pers]):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
        docx_shade(t.rows[0].cells[j], "D9D9D9")
    for cat in CATS5:
        for subj, slab in (("officers", "Police officer"), ("staff", "Police staff")):
            cells = t.add_row().cells
            docx_cell(cells[0], CL[cat], size=8.5)
            docx_cell(cells[1], slab, size=8.5)
            for j, ((per, lab), v) in enumerate(zip(pers, vals[(cat, subj)]), 2):
                docx_cell(cells[j], F(cat, "total", v, per, subject=subj), size=8.5,
                          bold=lab.endswith("total"), align=WD_ALIGN_PARAGRAPH.RIGHT)
    bk.docx_para(d, "")
    txt = "For example, "
    parts = []
    for cat, subj, qi, old, new in quoted:
        lab = pers[qi][1]
        parts.append(f"allegations of {CL[cat].lower()} against police "
                     f"{'officers' if subj == 'officers' else 'staff'} in {N(lab, 'period')} were "
                     f"given as {N(str(old), 'superseded figure of the original response')} and "
                     f"are {F(cat, 'total', new, pers[qi][0], subject=subj, restated=True)}")
    bk.docx_para(d, txt + "; ".join(parts) + ".")
    bk.docx_para(d, N("The 2024/25 figures given in the original response were not affected and "
                      "are not repeated here. The outcome of each allegation remains refused "
                      "under section 12, as explained in the original response.",
                      "year, section number"))
    bk.docx_para(d, rights("Thames Valley Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Internal Review Officer, Information Access")
    bk.docx_header_footer(d, "OFFICIAL", N("Thames Valley Police - IR 2026/0192", "reference"))
    bk.docx_save(d, src, "TVP Information Access")


# =========================================================================== 10 West Mercia: SVG chart, img alt, CSS-hidden rows


def build_west_mercia():
    src = "west-mercia/West Mercia FOI 26-7725 disclosure.html"
    KEY.file(src, "west-mercia")
    r = rng("wmercia")
    pers = [(FY24, "2024/25"), (FY25, "2025/26"), (YTD_OCT, "FYTD")]
    tv = {(c, p): tot(r, c, None, lo=6, hi=34 if p != YTD_OCT else 18) for c in CATS5
          for p, _ in pers}
    rows = []
    for cat in CATS5:
        tds = "".join(f'<td class="num">{F(cat, "total", tv[(cat, p)], p)}</td>' for p, _ in pers)
        rows.append(f"<tr><th scope=\"row\">{E(CL[cat])}</th>{tds}</tr>")
        if cat == SH:
            hid = [str(r.randint(20, 40)) for _ in pers]
            N(" ".join(hid), "row hidden by CSS (display:none): not seen")
            rows.append('<tr class="row--draft"><th scope="row">Sexual harassment (incl. online)'
                        '</th>' + "".join(f'<td class="num">{h}</td>' for h in hid) + "</tr>")
    hidden2 = [str(r.randint(3, 12)) for _ in pers]
    N(" ".join(hidden2), "row hidden by CSS (display:none): not seen")
    rows.append('<tr class="row--draft"><th scope="row">Domestic abuse (draft)</th>'
                + "".join(f'<td class="num">{h}</td>' for h in hidden2) + "</tr>")
    # SVG bar chart of the 2025/26 column
    mx = max(tv[(c, FY25)] for c in CATS5)
    bars = []
    short = {SA: "Assault", SM: "Misconduct", SH: "Harassment", AP: "APSP", VG: "VAWG"}
    for i, cat in enumerate(CATS5):
        v = tv[(cat, FY25)]
        h = int(150 * v / max(mx, 1))
        x = 60 + i * 66
        bars.append(f'<rect x="{x}" y="{180 - h}" width="40" height="{h}" fill="#2a5db0"/>'
                    f'<text x="{x + 20}" y="{174 - h}" text-anchor="middle">'
                    f'{F(cat, "total", v, FY25, restated=True)}</text>'
                    f'<text x="{x + 20}" y="196" text-anchor="middle">{short[cat]}</text>')
    ticks = "".join(f'<text x="50" y="{180 - int(150 * t / max(mx, 1))}" text-anchor="end">'
                    f'{N(str(t), "chart axis tick")}</text>' for t in (0, 10, 20, 30) if t <= mx)
    alt = ("Bar chart of allegations in 2025/26: " + ", ".join(
        f"{CL[c].lower()} {tv[(c, FY25)]}" for c in CATS5))
    svg = (f'<svg viewBox="0 0 420 210" width="420" height="210" role="img" '
           f'aria-labelledby="chart-title"><title id="chart-title">Allegations 2025/26</title>'
           f'{ticks}{"".join(bars)}</svg>')
    N("Allegations 2025/26", "chart title: year")
    k = {}
    for cat in CATS5:      # the outcomes of each type add up to its 2025/26 total in the first table
        k[cat] = {oc: 0 for oc in OCS}
        for _ in range(tv[(cat, FY25)]):
            k[cat][r.choice(OCS + ["ongoing", "no_case_to_answer"])] += 1
    orows = []
    for lab, oc in OUT7[:4] + [("Reflective practice review process", "management_action")] + \
            OUT7[5:] + [("Total", "total")]:
        tds = "".join(f'<td class="num">{F(c, oc, sum(k[c].values()) if oc == "total" else k[c][oc], FY25, restated=oc == "total")}</td>'
                      for c in CATS5)
        cls = ' class="total"' if oc == "total" else ""
        orows.append(f"<tr{cls}><th scope=\"row\">{E(lab)}</th>{tds}</tr>")
    body = f"""<header class="site-header"><a class="logo" href="/">West Mercia Police</a>
<nav><ul><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li></ul></nav></header>
<main id="content">
<p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a> &rsaquo; {N("FOI 26-7725", "reference")}</p>
<h1>Allegations of sexual misconduct and VAWG against officers and staff</h1>
<p class="meta">{N("Reference: FOI 26-7725 &middot; Published: 4 December 2026", "reference and date")}</p>
<h2>Request</h2>
<blockquote>{E(request28())}</blockquote>
<h2>Response</h2>
<p>West Mercia Police holds the information. The table gives allegations against police officers and police staff together. {N("FYTD means the financial year to date, 1 April to 31 October 2026.", "dates of the part year")}</p>
<table class="foi-table">
<caption>Allegations recorded</caption>
<thead><tr><th scope="col">Allegation type</th>{"".join(f'<th scope="col">{N(lab, "period")}</th>' for _, lab in pers)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<figure class="chart">
{svg}
<img src="/media/foi-26-7725-chart.png" alt="{E(alt)}" width="1" height="1" class="print-only">
<figcaption>{N("Figure 1: allegations recorded in 2025/26, by type", "figure number and year")}</figcaption>
</figure>
<h3>{N("Outcomes of allegations recorded in 2025/26", "year")}</h3>
<table class="foi-table">
<thead><tr><th scope="col">Outcome</th>{"".join(f'<th scope="col">{E(CL[c])}</th>' for c in CATS5)}</tr></thead>
<tbody>
{chr(10).join(orows)}
</tbody></table>
<p class="note">Outcomes for the financial year to date will be available once the investigations have concluded and are refused under section 22 (information intended for future publication).</p>
<p class="note">{E(rights("West Mercia Police"))}</p>
</main>
<footer><p>&copy; {N("2026", "copyright year")} West Mercia Police</p></footer>"""
    N("22", "section number")
    head = ('<style>\nbody{font-family:Arial,sans-serif}\n.foi-table td.num{text-align:right}\n'
            '.row--draft{display:none}\n.print-only{display:none}\n</style>\n')
    write_text(src, bk.html_page(N("FOI 26-7725 | West Mercia Police", "reference"), body, head))


# =========================================================================== 11 Warwickshire: change and % change columns, "of which" rows


def build_warwickshire():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src = "warwickshire/Warwickshire FOI 2026-0981.xlsx"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Warwickshire Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Freedom of Information request 2026/0981", "reference")
    ws["A3"] = "Allegations recorded against police officers and police staff"
    rowi = 5
    for subj, slab in (("officers", "Police officers"), ("staff", "Police staff")):
        hdr = ["Allegation type", N("FY24/25", "period"), N("FY25/26", "period"), "Change",
               "% change", N("FYTD 26/27 (to 31 Oct)", "period")]
        ws.cell(rowi, 1, slab).font = Font(bold=True, size=11)
        rowi += 1
        for j, h in enumerate(hdr, 1):
            c = ws.cell(rowi, j, h)
            c.font = Font(bold=True)
            c.border = xl_border()
        rowi += 1
        sub = {c: (tot(r, c, subj, lo=2, hi=16), tot(r, c, subj, lo=2, hi=16),
                   tot(r, c, subj, lo=0, hi=8)) for c in (SA, SM, SH, AP)}
        vg = tuple(sum(sub[c][i] for c in (SA, SH)) + r.randint(0, 3) for i in range(3))
        for cat, lab, v in [(VG, "VAWG-related allegations (all)", vg)] + [
                (c, f"   of which: {CL[c].lower()}", sub[c]) for c in (SA, SH)] + [
                (SM, "Other sexual misconduct", sub[SM]), (AP, "Abuse of position for a sexual purpose",
                                                           sub[AP])]:
            ws.cell(rowi, 1, lab)
            ws.cell(rowi, 2, int(F(cat, "total", v[0], FY24, subject=subj)))
            ws.cell(rowi, 3, int(F(cat, "total", v[1], FY25, subject=subj)))
            ch = v[1] - v[0]
            c = ws.cell(rowi, 4, ch)
            c.number_format = "+0;-0;0"
            N(str(abs(ch)), "change between the years: derived, not a figure")
            c = ws.cell(rowi, 5)
            if v[0]:
                c.value = round(ch / v[0], 3)
                c.number_format = "0.0%"
                N(f"{c.value * 100:.1f}%", "percentage change: not a figure")
            else:
                c.value = "n/a"
            ws.cell(rowi, 6, int(F(cat, "total", v[2], YTD_OCT, subject=subj)))
            for j in range(1, 7):
                ws.cell(rowi, j).border = xl_border()
            rowi += 1
        rowi += 1
    ws.cell(rowi, 1, "VAWG-related allegations may also be counted under another type. Change is "
                     "2025/26 minus 2024/25; % change is the change as a share of 2024/25.")
    N("2025/26 2024/25 2024/25", "years in the note")
    ws.column_dimensions["A"].width = 44
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14
    ws.freeze_panes = "B7"

    ws2 = wb.create_sheet("Outcomes")
    ws2["A1"] = "Outcomes of allegations, police officers and police staff together"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Allegation type", "Outcome", N("FY24/25", "period"), N("FY25/26", "period"), "Change",
            "% change"]
    for j, h in enumerate(hdr2, 1):
        c = ws2.cell(3, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    rowi = 4
    labs = OUT7[:4] + [("Reflective practice", "management_action")] + OUT7[5:] + [
        ("All outcomes", "total")]
    for cat in CATS5:
        k = [counts(r, hi=6, zero=0.35, cat=cat), counts(r, hi=6, zero=0.35, cat=cat, late=True)]
        for i, (lab, oc) in enumerate(labs):
            ws2.cell(rowi, 1, CL[cat] if i == 0 else None)
            ws2.cell(rowi, 2, lab)
            v = [sum(x.values()) if oc == "total" else x[oc] for x in k]
            ws2.cell(rowi, 3, int(F(cat, oc, v[0], FY24)))
            ws2.cell(rowi, 4, int(F(cat, oc, v[1], FY25)))
            ch = v[1] - v[0]
            ws2.cell(rowi, 5, ch).number_format = "+0;-0;0"
            N(str(abs(ch)), "change between the years: derived, not a figure")
            c = ws2.cell(rowi, 6)
            if v[0]:
                c.value = round(ch / v[0], 3)
                c.number_format = "0.0%"
                N(f"{c.value * 100:.1f}%", "percentage change: not a figure")
            else:
                c.value = "n/a"
            if oc == "total":
                for j in range(1, 7):
                    ws2.cell(rowi, j).font = Font(bold=True)
            rowi += 1
    ws2.column_dimensions["A"].width = 40
    ws2.column_dimensions["B"].width = 28
    xlsx_save(wb, src, "Warwickshire Police PSD")


# =========================================================================== 12 Dorset: RTF letter, table over a page break with its header repeated


def build_dorset():
    src = "dorset/Dorset Police FOI 2026-1544.rtf"
    KEY.file(src, "dorset")
    r = rng("dorset")

    def esc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch)}?")
            else:
                out.append(ch)
        return "".join(out)

    def para(t, bold=False, size=20, extra=""):
        b = "\\b " if bold else ""
        return f"{{\\pard\\sa120\\fs{size}{extra} {b}{esc(t)}\\par}}\n"
    pers = [(FY24, "2024/25"), (FY25, "2025/26"), (YTD_OCT, "2026/27 (Apr-Oct)")]
    widths = [2600, 2900, 1400, 1400, 1600]

    def row(cells, bold=False, header=False):
        s = "\\trowd\\trgaph108\\trleft0" + ("\\trhdr" if header else "")
        x = 0
        for w in widths:
            x += w
            s += f"\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx{x}"
        s += "\n"
        for i, c in enumerate(cells):
            s += "\\pard\\intbl\\fs18 " + ("{\\b " if bold else "{") + esc(c) + "}\\cell\n"
        return s + "\\row\n"
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n"
           "{\\info{\\title FOI 2026-1544}{\\author Dorset Police}{\\creatim\\yr2026\\mo12\\dy2\\hr9\\min0}}\n"
           "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\n"]
    out.append(para("Dorset Police", bold=True, size=28))
    out.append(para("Freedom of Information Team, Force Headquarters, Winfrith, Dorchester DT2 8DZ"))
    N("DT2 8DZ", "postcode")
    out.append(para(N("Reference: FOI 2026-1544", "reference")))
    out.append(para(N("Date: 2 December 2026", "date")))
    out.append(para("Dear Requester,"))
    out.append(para(N(f"Thank you for your request received on {SENT}:", "date")))
    out.append(para(request28(), extra="\\li567\\ri567\\i"))
    out.append(para("Dorset Police holds the information. The table below gives the number of "
                    "allegations made against police officers and police staff (counted together) "
                    "and their outcomes, by the financial year in which the allegation was "
                    "recorded. The current year runs from 1 April to 31 October 2026."))
    N("1 31 2026", "dates of the part year")
    out.append(para(N("Table 1: Allegations and outcomes", "table number"), bold=True))
    hdr = ["Allegation type", "Outcome"] + [N(lab, "period") for _, lab in pers]
    out.append(row(hdr, bold=True, header=True))
    labs = OUT7[:4] + [("Reflective practice review process", "management_action")] + OUT7[5:] + [
        ("Total allegations", "total")]
    for ci, cat in enumerate(CATS5):
        if ci == 3:         # the table breaks here: a new page, its header row typed again
            out.append(para(N("Table 1 (continued)", "table number"), bold=True, extra="\\pagebb"))
            out.append(row(["Allegation type", "Outcome"] + [N(lab, "period (header repeated)")
                                                             for _, lab in pers],
                           bold=True, header=True))
        k = [counts(r, hi=5, zero=0.35, cat=cat, late=p != FY24) for p, _ in pers]
        for i, (lab, oc) in enumerate(labs):
            vals = [F(cat, oc, sum(k[j].values()) if oc == "total" else k[j][oc], p)
                    for j, (p, _) in enumerate(pers)]
            out.append(row([CL[cat] if i == 0 else "", lab] + vals, bold=oc == "total"))
    out.append(para(""))
    out.append(para("Allegations flagged as violence against women and girls are also counted under "
                    "their own type."))
    out.append(para(rights("Dorset Police")))
    out.append(para("Yours sincerely,"))
    out.append(para("Freedom of Information Team"))
    out.append("}\n")
    write_bytes(src, "".join(out).replace("\n", "\r\n").encode("ascii"))


# =========================================================================== 13 City of London: quarters "2025-26 Q1", a hidden Word run


def build_city_of_london():
    src = "city-of-london/CoLP FOI 26-0418 response.docx"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "City of London Police", bold=True, size=14)
    bk.docx_para(d, "Information Access Office")
    bk.docx_para(d, N("Reference: FOI 26-0418", "reference"))
    bk.docx_para(d, N("Date: 4 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N(f"Your request of {SENT} asked:", "date"))
    bk.docx_para(d, request28(), italic=True)
    pers = [(MRANGE(2025, 4, 2025, 6), "2025-26 Q1"), (MRANGE(2025, 7, 2025, 9), "2025-26 Q2"),
            (MRANGE(2025, 10, 2025, 12), "2025-26 Q3"), (MRANGE(2026, 1, 2026, 3), "2025-26 Q4"),
            (FY25, "2025-26 total"), (MRANGE(2026, 4, 2026, 6), "2026-27 Q1"),
            (MRANGE(2026, 7, 2026, 9), "2026-27 Q2")]
    vals = {}
    for cat in CATS5:
        q = [r.randint(0, 3) if cat != AP else r.randint(0, 1) for _ in range(6)]
        vals[cat] = q[:4] + [sum(q[:4])] + q[4:]
    allq = sum(vals[c][4] for c in CATS5)
    p = d.add_paragraph()
    p.add_run("The City of London Police holds the information. Our Professional Standards "
              "Department records allegations by quarter of the financial year, so the figures are "
              "given by quarter; the 2025-26 total column is the whole financial year. ")
    N("2025-26", "year in prose")
    p.add_run("Quarter 1 (Q1) is April to June. ")
    N("1", "quarter number in prose")
    hid = p.add_run(f"[Draft figure to confirm with PSD: {allq + 3} allegations in 2025-26] ")
    hid.font.hidden = True
    N(f"{allq + 3} 2025-26", "hidden text (w:vanish): not seen, not a figure")
    p.add_run("No figures are held for 2024-25 in this form: that year was answered in our "
              "response to FOI 25-1180, published in our disclosure log (section 21).")
    N("2024-25 25-1180 21", "year, reference and section number")
    bk.docx_para(d, N("Table 1: Allegations against police officers and police staff, by quarter",
                      "table number"), bold=True)
    t = d.add_table(rows=1, cols=1 + len(pers))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type"] + [N(lab, "period") for _, lab in pers]):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
    for cat in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[cat], size=8.5)
        for j, ((per, lab), v) in enumerate(zip(pers, vals[cat]), 1):
            docx_cell(cells[j], F(cat, "total", v, per), size=8.5, bold="total" in lab,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 2: Outcomes of the allegations recorded in 2025-26", "table number and year"),
                 bold=True)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CL[c] for c in CATS5]):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
    # outcomes add up to the 2025-26 total of each type
    k = {}
    for cat in CATS5:
        n = vals[cat][4]
        kk = {oc: 0 for oc in OCS}
        for _ in range(n):
            kk[r.choice(OCS)] += 1
        k[cat] = kk
    for lab, oc in OUT7[:4] + [("Reflective practice (RPRP)", "management_action")] + OUT7[5:]:
        cells = t.add_row().cells
        docx_cell(cells[0], lab, size=8.5)
        for j, cat in enumerate(CATS5, 1):
            docx_cell(cells[j], F(cat, oc, k[cat][oc], FY25), size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    bk.docx_para(d, "")
    bk.docx_para(d, "The outcomes of allegations recorded in 2026-27 are not yet final and are "
                 "withheld under section 30(1) while investigations are live.")
    N("2026-27 30 1", "year and section number")
    bk.docx_para(d, rights("the City of London Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Access Office")
    bk.docx_header_footer(d, "OFFICIAL", N("City of London Police FOI 26-0418", "reference"))
    bk.docx_save(d, src, "CoLP Information Access")


# =========================================================================== 14 British Transport Police: calendar half-years, FY not held


def build_british_transport():
    src = "british-transport/BTP FOI 2026-2215 response.pdf"
    KEY.file(src, "british-transport")
    r = rng("btp")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    pers = [(("2025-01-01", "2025-06-30"), "H1 2025"), (("2025-07-01", "2025-12-31"), "H2 2025"),
            (("2026-01-01", "2026-06-30"), "H1 2026"), (("2026-07-01", "2026-09-30"),
                                                        "Jul-Sep 2026")]
    story = [P("British Transport Police", "h"), P("Freedom of Information Unit"),
             P(N("Reference: FOI/2026/2215", "reference")), P(N("Date: 3 December 2026", "date")),
             P("Dear Requester,"),
             P(N(f"Thank you for your request of {SENT}:", "date")), P(request28(), "quote"),
             P("British Transport Police\u2019s professional standards reports are compiled by "
               "calendar half-year. We cannot give figures for financial years without a manual "
               "review of every case file, so the financial-year information you asked for is not "
               "held in that form (section 1(1)(a)). We have given the half-year figures instead, "
               "with the latest complete quarter.".replace("1(1)(a)", N("1(1)(a)", "section number"))),
             P(N("H1 is January to June and H2 is July to December.", "")),
             P(N("Table 1: Allegations against police officers and police staff", "table number"), "h2")]
    rows = [["Allegation type", "Employee"] + [N(lab, "period") for _, lab in pers]]
    spans = []
    for cat in CATS5:
        spans.append(((0, len(rows)), (0, len(rows) + 1)))
        for subj, slab in (("officers", "Officers"), ("staff", "Staff")):
            rows.append([CL[cat] if subj == "officers" else "", slab] +
                        [F(cat, "total", tot(r, cat, subj, lo=2, hi=20 if lab != "Jul-Sep 2026" else 10),
                           per, subject=subj) for per, lab in pers])
    rows = [[bk.P(E(c), st["cell"]) if j == 0 and i and c else c for j, c in enumerate(row)]
            for i, row in enumerate(rows)]
    story.append(ruled(rows, [55, 20, 22, 22, 22, 26], spans=spans,
                       extra=[("VALIGN", (0, 1), (0, -1), "TOP")]))
    story += [bk.S(6),
              P("Officers includes special constables; staff includes PCSOs."),
              P(N("The outcomes of these allegations are exempt under section 40(2): most categories "
                  "hold so few cases per half-year that an outcome would identify the individual.",
                  "section number")),
              P(rights("British Transport Police")), P("Yours sincerely,"),
              P("Freedom of Information Unit")]
    for per in (FY24, FY25):
        for cat in CATS5:
            F(cat, "total", NH, per)
    bk.pdf_letter(src, story, furniture("FOI/2026/2215"), title="FOI/2026/2215",
                  author="British Transport Police")


# =========================================================================== 15 South Wales: a long quarterly CSV, only non-zero rows


def build_south_wales():
    src = "south-wales/SWP FOI 2026-3391 allegations by quarter.csv"
    KEY.file(src, "south-wales")
    r = rng("swp")
    lines = ["Quarter,Allegation type,Employee type,Outcome,Allegations"]
    quarters = []
    for y in (2024, 2025, 2026):
        for q in (1, 2, 3, 4):
            if y == 2026 and q > 2:
                continue
            quarters.append((bk.FQ(y, q), f"{y}-{str(y + 1)[2:]} Q{q}"))
    labs = OUT7[:4] + [("Reflective Practice", "management_action")] + OUT7[5:]
    for per, lab in quarters:
        for cat in CATS5:
            for subj, slab in (("officers", "Police Officer"), ("staff", "Police Staff")):
                for olab, oc in labs:
                    hi = 4 if subj == "officers" else 2
                    if cat == AP:
                        hi = max(1, hi // 2)
                    v = r.randint(1, hi) if r.random() < (0.5 if subj == "officers" else 0.3) else 0
                    if v:
                        lines.append(",".join([N(lab, "period"), CL[cat], slab, olab,
                                               F(cat, oc, v, per, subject=subj)]))
    lines.append("")
    lines.append(N("Source: South Wales Police Professional Standards Department, Centurion, extracted "
                   "27/11/2026. Only combinations with one or more allegations are listed.",
                   "extraction date; 'one or more' is not a count"))
    write_text(src, "\n".join(lines) + "\n", bom=True, newline="\r\n")


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind28-", read=read28))
