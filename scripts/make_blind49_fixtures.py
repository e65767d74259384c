#!/usr/bin/python3
"""make_blind49_fixtures.py -- the forty-ninth blind test batch for `foi` and its answer key.

Theme: the same request answered again.  A newsroom's folder after the second and third year of sending
the same request: last year's answer and this year's (overlapping periods, a year "to date" last time now
whole, figures revised since), an internal review that corrects an earlier answer, a response restating
the previous answer's table and adding a year, a correction e-mail replacing one table, a disclosure-log
page marked "Updated" with the previous version struck through, a workbook with the superseded answer on
its own sheet.  See fixtures/blind49/NOTES.md.
Machinery: scripts/blindkit.py (not edited); a few writers and the read-back are local.

usage: /usr/bin/python3 make_blind49_fixtures.py          # build fixtures/blind49 (or $FOI_BLIND49_OUT)
       /usr/bin/python3 make_blind49_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind49_fixtures.py dump FILE
"""
import datetime as dt
import email.message
import email.policy
import io
import os
import random
import sys
import textwrap
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, L, KEY, FY, CY, SUP, NH, NCND, REF, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND49_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind49").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CATS4 = (SA, SM, SH, AP)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY23, FY24, FY25, FY26 = FY(2023), FY(2024), FY(2025), FY(2026)
CY23, CY24, CY25 = CY(2023), CY(2024), CY(2025)
FY25_TD = ("2025-04-01", "2025-09-30")      # 2025/26 to 30 September 2025 (last year's answers)
FY26_TD = ("2026-04-01", "2026-09-30")      # 2026/27 to 30 September 2026 (this year's answers)
CY25_TD = ("2025-01-01", "2025-09-30")
FYL = {FY23: "2023/24", FY24: "2024/25", FY25: "2025/26", FY26: "2026/27"}
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Management action", "No case to answer", "Under investigation"], OCS))
REQ25 = ("Please tell me, for each of the financial years 2023/24 and 2024/25 and for 2025/26 to date, how many "
         "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
         "purpose and violence against women and girls were made against your police officers and police staff, "
         "and the outcome of each allegation.")
REQ26 = ("Please tell me, for each of the financial years 2024/25 and 2025/26 and for 2026/27 to date, how many "
         "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
         "purpose and violence against women and girls were made against your police officers and police staff, "
         "and the outcome of each allegation. This is a repeat of my request of last year.")
WHEN25 = dt.datetime(2025, 11, 6, 10, 15, 0)
WHEN26 = dt.datetime(2026, 11, 12, 14, 30, 0)
SUPER = "superseded figure (the document says it is replaced)"


def req25():
    return N(REQ25, "the request's periods")


def req26():
    return N(REQ26, "the request's periods")


def rng(name):
    return random.Random("blind49-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(1, 4)
    k["total"] = sum(k[oc] for oc in OCS)
    return k


def settle(k, r):
    """Last year's part-year or ongoing cases concluded since: a whole-year version of k (for a later answer)."""
    n = dict(k)
    for _ in range(n["ongoing"]):
        if r.random() < 0.6:
            n["ongoing"] -= 1
            n[r.choice(OCS[:6])] += 1
    n["total"] = sum(n[oc] for oc in OCS)
    return n


def grow(k, r, extra=3):
    """A whole year from a part year: more allegations, some concluded."""
    n = settle(k, r)
    for _ in range(r.randint(1, extra)):
        n[r.choice(OCS)] += 1
    n["total"] = sum(n[oc] for oc in OCS)
    return n


def rights(days=40):
    return N(f"If you are unhappy with this response you may ask for an internal review within {days} working days, "
             "and then complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).", "review window; ICO address and telephone")


def furniture(ref, marking="OFFICIAL"):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref, "reference in the footer"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_bytes(d, author, when):
    bk.docx_props(d, author, when=when)
    buf = io.BytesIO()
    d.save(buf)
    return bk.normalised_zip(buf.getvalue())


def xlsx_bytes(wb, creator, when):
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return bk.normalised_zip(buf.getvalue())


def xfig(ws, ref, cat, oc, v, p, **kw):
    t = F(cat, oc, v, p, **kw)
    ws[ref] = v if isinstance(v, int) else t
    return t


def xnon(ws, ref, v, why):
    ws[ref] = v
    N(str(v), why)


def read49(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain", "html"), attachments=True)
    if p.suffix.lower() == ".csv":
        import csv as csvmod
        return "\n".join(" | ".join(row) for row in csvmod.reader(io.StringIO(bk.read_back(p))))
    return bk.read_back(p)


def hstyle(font="Helvetica-Bold", size=6.5):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle("h7", fontName=font, fontSize=size, leading=size * 1.2)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica"):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=pad + list(extra)))
    return t


def fw(cells, widths, first_left=True):
    out = []
    for i, (c, w) in enumerate(zip(cells, widths)):
        out.append(c.ljust(w) if (i == 0 and first_left) else c.rjust(w))
    return "".join(out).rstrip()


def eml(src, frm, to, subject, date, body, attachments=(), html=None, extra_headers=()):
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = f"<b49.{src.replace('/', '.').replace(' ', '_')[:40]}@mail.police.uk>"
    for k, v in extra_headers:
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, mime, data in attachments:
        mt, st = mime.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b49_part_{i}")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== Hampshire: last year's PDF letter (2023/24, 2024/25,
# 2025/26 to 30 September 2025) and this year's XLSX (2024/25 restated unchanged, 2025/26 whole, 2026/27 to date)
HANTS = {}


def hants_data():
    if HANTS:
        return HANTS
    r = rng("hants")
    for c in CATS5:
        HANTS[(c, FY23)] = counts(r, hi=6, cat=c)
        HANTS[(c, FY24)] = counts(r, hi=6, cat=c)
        HANTS[(c, FY25_TD)] = counts(r, hi=3, cat=c, late=True)
        HANTS[(c, FY25)] = grow(HANTS[(c, FY25_TD)], r)
        HANTS[(c, FY26_TD)] = counts(r, hi=3, cat=c, late=True)
    return HANTS


def build_hampshire_2025():
    src = "hampshire/2025/Hampshire Constabulary FOI HC-2025-4410 response.pdf"
    KEY.file(src, "hampshire")
    h = hants_data()
    st = bk.styles("Helvetica", 9.5)
    P = bk.P
    story = [P("<b>Hampshire and Isle of Wight Constabulary</b>", st["h"]),
             P(N("Information Access, Mottisfont Court, High Street, Winchester SO23 8ZD", "postcode"), st["addr"]),
             bk.S(8),
             P(N("Our reference: HC/2025/4410 &nbsp;&nbsp; Date: 6 November 2025", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your request of 14 October 2025, in which you asked:", "date"), st["body"]),
             P(req25(), st["quote"]),
             P("We hold this information. The tables below count allegations against police officers and police "
               "staff together, by the financial year in which the allegation was recorded. The third table is for "
               "the current financial year so far, 1 April to 30 September 2025; many of those allegations are still "
               "being investigated.", st["body"])]
    story[-1] = P(N("We hold this information. The tables below count allegations against police officers and police "
                    "staff together, by the financial year in which the allegation was recorded. The third table is for "
                    "the current financial year so far, 1 April to 30 September 2025; many of those allegations are "
                    "still being investigated.", "dates of the part year"), st["body"])
    for i, (p, lab) in enumerate(((FY23, "2023/24"), (FY24, "2024/25"),
                                  (FY25_TD, "2025/26 (1 April to 30 September 2025)")), 1):
        story.append(P(N(f"Table {i}: {lab}", "table number; period"), st["h2"]))
        data = [[P("Allegation type", hstyle())] + [P(lab_, hstyle()) for lab_, _ in OUT7] +
                [P("Total", hstyle())]]
        for c in CATS5:
            v = h[(c, p)]
            data.append([P(CL[c], st["cell"])] + [F(c, oc, v[oc], p) for _, oc in OUT7] + [F(c, "total", v["total"], p)])
        story.append(rl_table(data, [106] + [48] * 7 + [28], size=8))
        story.append(bk.S(6))
    story.append(P(rights(), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Information Access Officer", st["body"])]
    bk.pdf_letter(src, story, furniture("HC/2025/4410"), title="FOI response", author="Hampshire Constabulary")


def build_hampshire_2026():
    import openpyxl
    from openpyxl.styles import Font
    src = "hampshire/2026/HC-2026-3977 disclosure workbook.xlsx"
    KEY.file(src, "hampshire")
    h = hants_data()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Hampshire and Isle of Wight Constabulary \u2013 Freedom of Information disclosure"
    ws["A1"].font = Font(bold=True, size=12)
    xnon(ws, "A2", "Reference HC/2026/3977, 12 November 2026", "reference; date")
    xnon(ws, "A4", "Request: " + REQ26, "the request's periods")
    xnon(ws, "A6", "This is the same request you made last year (our reference HC/2025/4410). The sheet 2024-25 "
                   "restates the table we gave you then; those figures have not changed. The sheet 2025-26 replaces "
                   "last year's part-year table (1 April to 30 September 2025) with the whole year. The sheet 2026-27 "
                   "covers 1 April to 30 September 2026.", "earlier reference; sheet names; dates of the part years")
    xnon(ws, "A8", "Counts are allegations against police officers and police staff together, by financial year "
                   "recorded.", "x")
    ws.column_dimensions["A"].width = 110
    for p, name, title in ((FY24, "2024-25", "Financial year 2024/25 (restated from our previous response)"),
                           (FY25, "2025-26", "Financial year 2025/26"),
                           (FY26_TD, "2026-27", "Financial year 2026/27, 1 April to 30 September 2026")):
        ws = wb.create_sheet(N(name, "sheet name: period"))
        xnon(ws, "A1", title, "period")
        ws["A1"].font = Font(bold=True)
        for j, hd in enumerate(["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]):
            ws.cell(row=3, column=1 + j, value=hd).font = Font(bold=True)
        for i, c in enumerate(CATS5):
            v = h[(c, p)]
            ws.cell(row=4 + i, column=1, value=CL[c])
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                xfig(ws, f"{openpyxl.utils.get_column_letter(2 + j)}{4 + i}", c, oc, v[oc], p)
        ws.column_dimensions["A"].width = 40
    write_bytes(src, xlsx_bytes(wb, "Hampshire Constabulary", WHEN26))


# ===================================================================== Gwent: two long CSV exports, last year's (2023/24,
# 2024/25) and this year's (2024/25 revised, 2025/26), officers and staff rows
GWENT = {}


def gwent_data():
    if GWENT:
        return GWENT
    r = rng("gwent")
    for c in CATS5:
        for s in ("officers", "staff"):
            GWENT[(c, s, FY23)] = counts(r, hi=5, cat=c, subj=s)
            GWENT[(c, s, FY24, "old")] = counts(r, hi=5, cat=c, subj=s, late=True)
            GWENT[(c, s, FY24)] = settle(GWENT[(c, s, FY24, "old")], r)
            GWENT[(c, s, FY25)] = counts(r, hi=5, cat=c, subj=s, late=True)
    return GWENT


def gwent_csv(src, ref, periods, note):
    import csv as csvmod
    g = gwent_data()
    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\r\n")
    w.writerow(["Financial Year", "Allegation Type", "Employee Type", "Outcome", "Number of Allegations"])
    for p, key in periods:
        for c in CATS5:
            for s, slab in (("officers", "Police Officer"), ("staff", "Police Staff")):
                v = g[key(c, s)]
                for lab, oc in OUT7 + [("Total", "total")]:
                    w.writerow([N(FYL[p], "period"), CL[c], slab, lab, F(c, oc, v[oc], p, subject=s)])
    w.writerow([])
    w.writerow([N(f"Source: Gwent Police Professional Standards Department, Centurion case system. FOI reference {ref}.",
                  "reference")])
    w.writerow([N(note, "dates; reference")])
    write_text(src, buf.getvalue(), newline="\n")


def build_gwent_2025():
    src = "gwent/FOI 2025-1288 Gwent Police data.csv"
    KEY.file(src, "gwent")
    gwent_csv(src, "2025/1288", [(FY23, lambda c, s: (c, s, FY23)), (FY24, lambda c, s: (c, s, FY24, "old"))],
              "Extracted 28 October 2025. Allegations still under investigation on that date are shown as "
              "Under investigation.")


def build_gwent_2026():
    src = "gwent/FOI 2026-1207 Gwent Police data.csv"
    KEY.file(src, "gwent")
    gwent_csv(src, "2026/1207", [(FY24, lambda c, s: (c, s, FY24)), (FY25, lambda c, s: (c, s, FY25))],
              "Extracted 30 October 2026. Figures for 2024/25 differ from our response 2025/1288 because "
              "investigations have concluded since; these figures replace those.")


# ===================================================================== Surrey: this year's Word letter, then the internal
# review (PDF) upholding it in part and correcting the sexual harassment 2025/26 figures "from 7 to 8"
SURREY = {}


def surrey_data():
    if SURREY:
        return SURREY
    r = rng("surrey")
    for c in CATS5:
        for p in (FY24, FY25):
            SURREY[(c, p)] = counts(r, hi=5, cat=c, late=p == FY25)
    good = {"dismissed": 2, "would_have_been_dismissed": 1, "final_written_warning": 1, "written_warning": 0,
            "management_action": 2, "no_case_to_answer": 1, "ongoing": 1, "total": 8}
    SURREY[(SH, FY25, "good")] = good
    bad = dict(good, dismissed=1, total=7)
    SURREY[(SH, FY25)] = bad
    return SURREY


def build_surrey_response():
    src = "surrey/Surrey Police FOI 26-0912 response.docx"
    KEY.file(src, "surrey")
    s = surrey_data()
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Surrey Police, PO Box 101, Guildford GU1 9PE", "PO box; postcode"))
    bk.docx_para(d, "Surrey Police \u2013 Freedom of Information response", bold=True, size=14)
    bk.docx_para(d, N("Reference: 26/0912      Date: 3 November 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Your request of 9 October 2026 read:", "date"))
    bk.docx_para(d, req26(), italic=True)
    bk.docx_para(d, N("Surrey Police holds information for the financial years 2024/25 and 2025/26, given below for "
                      "police officers and police staff together. Information for 2026/27 to date has not yet been "
                      "validated and is withheld under section 22 (information intended for future publication); it "
                      "will be published on our website in January 2027.", "periods; section number; date"))
    for i, p in enumerate((FY24, FY25), 1):
        bk.docx_para(d, N(f"Table {i}: financial year {FYL[p]}", "table number; period"), bold=True)
        t = d.add_table(rows=1, cols=2 + len(OUT7))
        t.style = "Table Grid"
        for j, hd in enumerate(["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], hd, bold=True, size=8)
        for c in CATS5:
            v = s[(c, p)]
            cells = t.add_row().cells
            bk.docx_cell(cells[0], CL[c], size=8)
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                bk.docx_cell(cells[1 + j], F(c, oc, v[oc], p), size=8)
    # 2026/27 to date withheld (s22): one refused row per category
    for c in CATS5:
        F(c, "total", REF("s22"), FY26_TD, printed=False)
    bk.docx_para(d, "")
    bk.docx_para(d, rights(20))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Rights Team, Surrey Police")
    write_bytes(src, docx_bytes(d, "Surrey Police", WHEN26))


def build_surrey_review():
    src = "surrey/Surrey Police FOI 26-0912 internal review outcome.pdf"
    KEY.file(src, "surrey")
    s = surrey_data()
    st = bk.styles("Times-Roman", 10.5)
    P = bk.P
    g = s[(SH, FY25, "good")]
    story = [P("<b>Surrey Police</b>", st["h"]),
             P(N("Internal review of FOI 26/0912 &nbsp;&nbsp; Date: 1 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("On 16 November 2026 you asked for an internal review of our response of 3 November 2026. You said "
                 "that the figures for sexual harassment in 2025/26 did not match a press release, and that the "
                 "section 22 exemption should not apply to 2026/27.", "dates; section number; periods"), st["body"]),
             P("<b>Decision</b>", st["h2"]),
             P(N("I have reviewed the handling of the request and the original decision is upheld in part.",
                 ""), st["body"]),
             P(N("1. Section 22. The figures for 2026/27 to date are still being validated and will be published in "
                 "January 2027; I uphold the original decision to withhold them under section 22.",
                 "paragraph number; period; section number; date"), st["body"]),
             P(N("2. Sexual harassment, 2025/26. One allegation recorded as sexual harassment was omitted from the "
                 "table because it had been re-coded on our system after the extract was run. That allegation "
                 "resulted in dismissal.", "paragraph number; period"), st["body"]),
             P(L("The total number of allegations of sexual harassment in 2025/26 is therefore corrected from 7 to "
                 "{t}, and the number resulting in dismissal from 1 to {d}. The other outcomes are unchanged. For "
                 "completeness, the corrected row reads as follows.", SUPER + "; period",
                 t=F(SH, "total", g["total"], FY25), d=F(SH, "dismissed", g["dismissed"], FY25)), st["body"]),
             P(N("Table 2 (corrected): financial year 2025/26, sexual harassment", "table number; period"), st["h2"])]
    data = [[P(lab, hstyle("Times-Bold", 8)) for lab, _ in OUT7] + [P("Total", hstyle("Times-Bold", 8))]]
    row = []
    for lab, oc in OUT7 + [("Total", "total")]:
        row.append(F(SH, oc, g[oc], FY25, restated=oc in ("dismissed", "total")))
    data.append(row)
    story.append(rl_table(data, [60] * 7 + [40], size=8.5, font="Times-Roman"))
    story.append(bk.S(8))
    story.append(P(N("All other figures in our response of 3 November 2026 are correct and are not repeated here.",
                     "date"), st["body"]))
    story.append(P(N("If you remain dissatisfied you may complain to the Information Commissioner\u2019s Office, "
                     "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.", "ICO address"), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Head of Information Management, Surrey Police", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 26/0912 IR"), title="Internal review", author="Surrey Police")


# ===================================================================== Durham: disclosure-log page marked "Updated", the
# current table in calendar years and the previous version kept under <details> with the table struck through
def build_durham():
    src = "durham/durham-constabulary-disclosure-foi-1187-26.html"
    KEY.file(src, "durham")
    r = rng("durham")
    cur, old = {}, {}
    for c in CATS5:
        for p in (CY23, CY24, CY25):
            cur[(c, p)] = counts(r, hi=4, cat=c, late=p == CY25)
            o = dict(cur[(c, p)])
            if p == CY25 and r.random() < 0.7:
                o["ongoing"] += 1
                o["total"] += 1
            old[(c, p)] = o
    yl = {CY23: "2023", CY24: "2024", CY25: "2025"}

    def table(data, live, struck=False):
        rows = ["<table class=\"disclosure\">", "<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Allegation "
                "type</th>" + "".join(f"<th scope=\"col\">{E(lab)}</th>" for lab, _ in OUT7) +
                "<th scope=\"col\">Total</th></tr></thead>", "<tbody>"]
        for p in (CY23, CY24, CY25):
            for c in CATS5:
                v = data[(c, p)]
                cells = []
                for _, oc in OUT7 + [("Total", "total")]:
                    if live:
                        cells.append(F(c, oc, v[oc], p))
                    else:
                        cells.append(N(str(v[oc]), "previous version of the table, superseded by the update"))
                if struck:
                    cells = [f"<del>{x}</del>" for x in cells]
                yc = N(yl[p], "period" if live else "period of the superseded table")
                rows.append(f"<tr><th scope=\"row\">{yc}</th><td>{E(CL[c])}</td>" +
                            "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        rows += ["</tbody>", "</table>"]
        return "\n".join(rows)

    body = f"""<header><p class="site">Durham Constabulary</p><nav><a href="/">Home</a> &gt; <a href="/foi">Freedom of Information</a> &gt; Disclosure log</nav></header>
<main>
<h1>{N("FOI 1187/26: Sexual misconduct allegations against officers and staff", "reference")}</h1>
<p class="meta">{N("Published 2 October 2026", "date")} &middot; <strong>{N("Updated 20 November 2026", "date")}</strong></p>
<div class="notice"><p><strong>Update:</strong> {N("the figures for 2025 have been revised after cases concluded and one allegation was re-categorised. The table below replaces the one first published on 2 October 2026, which is kept under Previous version for transparency only and should no longer be used.", "period; date")}</p></div>
<h2>Request</h2>
<p>{N("Please provide, for the calendar years 2023, 2024 and 2025, the number of allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual purpose and violence against women and girls against police officers and police staff, and their outcomes. This repeats a request made in 2025.", "the request's periods")}</p>
<h2>Response</h2>
<p>Durham Constabulary holds this information. The figures are allegations against officers and staff together, by the calendar year in which they were recorded.</p>
{table(cur, True)}
<details>
<summary>{N("Previous version (published 2 October 2026)", "date")}</summary>
<p>{N("This table was replaced on 20 November 2026. It is shown struck through and is no longer correct.", "date")}</p>
{table(old, False, struck=True)}
</details>
</main>
<footer><p>{N("Durham Constabulary, Aykley Heads, Durham DH1 5TT", "postcode")}</p></footer>"""
    write_text(src, bk.html_page(N("FOI 1187/26 | Durham Constabulary", "reference"), body))


# ===================================================================== Merseyside: the Word letter (Table 1 officers,
# Table 2 staff; years as row bands) and a correction e-mail that replaces Table 2 only
MERS = {}


def mers_data():
    if MERS:
        return MERS
    r = rng("mers")
    for c in CATS5:
        for s in ("officers", "staff"):
            for p in (FY24, FY25):
                MERS[(c, s, p)] = counts(r, hi=5, cat=c, subj=s, late=p == FY25)
        for p in (FY24, FY25):
            v = dict(MERS[(c, "staff", p)])
            if r.random() < 0.6:
                oc = r.choice(OCS)
                v[oc] += 1
                v["total"] += 1
            MERS[(c, "staff", p, "corr")] = v
    return MERS


def build_merseyside_letter():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "merseyside/Merseyside Police FOI 2026-5561 response.docx"
    KEY.file(src, "merseyside")
    m = mers_data()
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Merseyside Police, Canning Place, Liverpool L1 8DQ", "postcode"))
    bk.docx_para(d, "MERSEYSIDE POLICE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    bk.docx_para(d, N("FOI reference 2026/5561 \u2013 4 November 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, req26(), italic=True)
    bk.docx_para(d, N("Merseyside Police holds the information for the financial years 2024/25 and 2025/26. We are "
                      "unable to provide 2026/27 to date because the figures are not held in a reportable form until "
                      "the year end.", "periods"))
    for c in CATS5:
        F(c, "total", NH, FY26_TD, printed=False)
    for ti, (s, lab) in enumerate((("officers", "police officers"), ("staff", "police staff")), 1):
        bk.docx_para(d, N(f"Table {ti}: allegations against {lab}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=2 + len(OUT7))
        t.style = "Table Grid"
        for j, hd in enumerate(["Allegation type"] + [lab_ for lab_, _ in OUT7] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], hd, bold=True, size=8)
        for p in (FY24, FY25):
            band = t.add_row().cells
            mc = band[0].merge(band[-1])
            bk.docx_cell(mc, N(f"Financial year {FYL[p]}", "period"), bold=True, size=8)
            bk.docx_shade(mc, "D9E2F3")
            for c in CATS5:
                v = m[(c, s, p)]
                cells = t.add_row().cells
                bk.docx_cell(cells[0], CL[c], size=8)
                for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                    bk.docx_cell(cells[1 + j], F(c, oc, v[oc], p, subject=s), size=8)
        bk.docx_para(d, "")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Corporate Information Unit")
    write_bytes(src, docx_bytes(d, "Merseyside Police", WHEN26))


def build_merseyside_correction():
    src = "merseyside/CORRECTION - FOI 2026-5561 Table 2.eml"
    KEY.file(src, "merseyside", subject="staff")
    m = mers_data()
    widths = [40, 11, 11, 11, 11, 11, 11, 11, 7]
    heads = ["Allegation type", "Dismissed", "WHBD", "FWW", "WW", "Mgmt act.", "NCTA", "Under inv.", "Total"]
    body = ["Dear Requester,", "",
            N("Re: Freedom of Information request 2026/5561 - correction", "reference"), "",
            N("We have found an error in Table 2 of our response of 4 November 2026 (allegations against police "
              "staff). Some allegations against police staff were counted in Table 1 instead of Table 2 when the "
              "report was run; Table 1 itself is correct, as is everything else in the response. Please replace "
              "Table 2 with the table below. We apologise for the error.", "table numbers; date"), ""]
    body.append(N("Table 2 (replacement): allegations against police staff", "table number"))
    body.append(fw(heads, widths))
    body.append("-" * sum(widths))
    for p in (FY24, FY25):
        body.append(N(f"Financial year {FYL[p]}", "period"))
        for c in CATS5:
            v = m[(c, "staff", p, "corr")]
            body.append(fw([CL[c]] + [F(c, oc, v[oc], p) for oc in OCS] + [F(c, "total", v["total"], p)], widths))
    body += ["", "WHBD = would have been dismissed; FWW = final written warning; WW = written warning;",
             "Mgmt act. = management action; NCTA = no case to answer; Under inv. = under investigation.", "",
             "Regards,", "", "Corporate Information Unit", "Merseyside Police"]
    eml(src, "Merseyside Police FOI <foi@merseyside.police.uk>", "requester@example.org",
        N("CORRECTION - FOI 2026/5561 - replacement Table 2", "reference; table number"),
        N("Tue, 17 Nov 2026 09:12:00 +0000", "date"), "\n".join(body) + "\n")


# ===================================================================== Cleveland: last year's plain-text e-mail (calendar
# years 2023, 2024 and 2025 to 30 September), this year's text letter restating 2023 and 2024 and adding 2025 whole
CLEV = {}


def clev_data():
    if CLEV:
        return CLEV
    r = rng("clev")
    for c in CATS5:
        CLEV[(c, CY23)] = counts(r, hi=4, cat=c)
        CLEV[(c, CY24)] = counts(r, hi=4, cat=c)
        CLEV[(c, CY25_TD)] = counts(r, hi=3, cat=c, late=True)
        CLEV[(c, CY25)] = grow(CLEV[(c, CY25_TD)], r)
    return CLEV


def clev_tables(periods, heads):
    cl = clev_data()
    widths = [30] + [16] * len(periods)
    out = []
    for i, c in enumerate(CATS5, 1):
        out.append(N(f"{i}. {CL[c]}", "section number"))
        out.append(fw(["Outcome"] + [N(h, "period") for h in heads], widths))
        out.append("-" * sum(widths))
        for lab, oc in OUT7 + [("Total", "total")]:
            if oc == "total":
                out.append("-" * sum(widths))
            out.append(fw([lab] + [F(c, oc, cl[(c, p)][oc], p) for p in periods], widths))
        out.append("")
    return out


def build_cleveland_2025():
    src = "cleveland/2025/FOI 1542-25 Cleveland Police reply.eml"
    KEY.file(src, "cleveland")
    body = ["Dear Requester,", "",
            N("Freedom of Information request 1542/25", "reference"), "",
            N("You asked for the number of allegations of sexual assault, sexual misconduct, sexual harassment, abuse "
              "of position for a sexual purpose and violence against women and girls made against police officers "
              "and staff, with outcomes. Cleveland Police records these by calendar year, so we give the calendar "
              "years 2023 and 2024 and 2025 from 1 January to 30 September 2025 (the latest complete month when "
              "the report was run).", "periods; dates"), "",
            "Officers and staff are counted together.", ""]
    body += clev_tables([CY23, CY24, CY25_TD], ["2023", "2024", "2025 to 30/09"])
    body += [rights(20), "", "Yours sincerely,", "", "Information Disclosure Unit", "Cleveland Police"]
    eml(src, "Cleveland Police Disclosure <disclosure@cleveland.police.uk>", "requester@example.org",
        N("FOI 1542/25 - response", "reference"), N("Wed, 05 Nov 2025 16:40:00 +0000", "date"),
        "\n".join(body) + "\n")


def build_cleveland_2026():
    src = "cleveland/2026/FOI 1630-26 response letter.txt"
    KEY.file(src, "cleveland")
    lines = ["CLEVELAND POLICE", "Information Disclosure Unit",
             N("Ladgate Lane, Middlesbrough TS8 9EH", "postcode"), "",
             N("Our ref: FOI 1630/26", "reference"), N("Date: 10 November 2026", "date"), "",
             "Dear Requester,", ""]
    lines += textwrap.wrap(N("Thank you for your request of 15 October 2026, which repeats your request of last "
                             "year (our reference 1542/25). As before, Cleveland Police records allegations by "
                             "calendar year. Our reply last year gave 2025 only to 30 September; the tables below "
                             "restate the figures we gave you for 2023 and 2024, which are unchanged, and add the "
                             "whole of 2025. Figures for 2026 will be available after the year end.",
                             "dates; earlier reference; periods"), 78)
    lines += ["", "Officers and staff are counted together.", ""]
    lines += clev_tables([CY23, CY24, CY25], ["2023", "2024", "2025"])
    lines += textwrap.wrap(rights(20), 78)
    lines += ["", "Yours sincerely,", "", "Disclosure Officer"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# ===================================================================== Northamptonshire: the PDF response (abuse of
# position neither confirmed nor denied, s40(5)) and the internal review e-mail that releases those figures
NORTH = {}


def north_data():
    if NORTH:
        return NORTH
    r = rng("north")
    for c in CATS5:
        for p in (FY24, FY25):
            NORTH[(c, p)] = counts(r, hi=6, cat=c, late=p == FY25)
    return NORTH


def build_northants_response():
    src = "northamptonshire/Northamptonshire Police FOI 004781-26.pdf"
    KEY.file(src, "northamptonshire")
    nd = north_data()
    st = bk.styles("Helvetica", 9.5)
    P = bk.P
    story = [P("<b>Northamptonshire Police</b>", st["h"]),
             P(N("FOI 004781/26 &nbsp;&nbsp; 2 November 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(req26(), st["quote"]),
             P(N("The table below gives allegations against police officers and staff together for the financial "
                 "years 2024/25 and 2025/26. Northamptonshire Police neither confirms nor denies that it holds "
                 "information about allegations of abuse of position for a sexual purpose, under section 40(5) of "
                 "the Act, because of the small numbers involved. We do not hold 2026/27 figures until the year end.",
                 "periods; section number"), st["body"])]
    data = [[P(h, hstyle()) for h in ["Year", "Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]]]
    for p in (FY24, FY25):
        for c in CATS5:
            if c == AP:
                data.append([N(FYL[p], "period"), P(CL[c], st["cell"]),
                             F(c, "total", NCND("s40(5)"), p, said="Neither confirm nor deny")] + [""] * 7)
                continue
            v = nd[(c, p)]
            data.append([N(FYL[p], "period"), P(CL[c], st["cell"])] + [F(c, oc, v[oc], p) for _, oc in OUT7] +
                        [F(c, "total", v["total"], p)])
    spans = [("SPAN", (2, i), (9, i)) for i in range(1, len(data)) if data[i][3] == ""]
    story.append(rl_table(data, [36, 90] + [46] * 7 + [28], size=7.5, extra=spans))
    for c in CATS5:
        F(c, "total", NH, FY26_TD, printed=False)
    story.append(bk.S(8))
    story.append(P(rights(), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Information Rights Unit", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 004781/26"), title="FOI response", author="Northamptonshire Police")


def build_northants_review():
    src = "northamptonshire/Internal review FOI 004781-26.eml"
    KEY.file(src, "northamptonshire")
    nd = north_data()
    body = ["Dear Requester,", "",
            N("Internal review: FOI 004781/26", "reference"), ""]
    body += textwrap.wrap(N("You asked us to review our decision of 2 November 2026 to neither confirm nor deny, "
                            "under section 40(5), whether we hold information about allegations of abuse of position "
                            "for a sexual purpose. Having considered the request again, I have decided that "
                            "confirming the number of allegations would not identify anyone, and the original "
                            "decision is overturned on that point. The rest of the response is upheld and is not "
                            "repeated here.", "date; section number"), 76)
    body += [""] + textwrap.wrap(N("Abuse of position for a sexual purpose, allegations against officers and staff "
                                   "together:", ""), 76) + [""]
    widths = [30, 12, 12]
    body.append(fw(["Outcome", N("2024/25", "period"), N("2025/26", "period")], widths))
    for lab, oc in OUT7 + [("Total", "total")]:
        body.append(fw([lab] + [F(AP, oc, nd[(AP, p)][oc], p) for p in (FY24, FY25)], widths))
    body += ["", "Yours sincerely,", "", "Information Rights Manager", "Northamptonshire Police"]
    eml(src, "Northamptonshire Police Information Rights <foi@northants.police.uk>", "requester@example.org",
        N("Internal review outcome - FOI 004781/26", "reference"), N("Mon, 30 Nov 2026 12:05:00 +0000", "date"),
        "\n".join(body) + "\n")


# ===================================================================== Sussex: this year's workbook with the current answer
# and, on a separate visible sheet, last year's answer marked superseded (nothing keyed from it)
def build_sussex():
    import openpyxl
    from openpyxl.styles import Font
    src = "sussex/Sussex Police FOI 2026-1604 response.xlsx"
    KEY.file(src, "sussex")
    r = rng("sussex")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Current response"
    xnon(ws, "A1", "Sussex Police \u2013 FOI 2026/1604 \u2013 11 November 2026", "reference; date")
    ws["A1"].font = Font(bold=True, size=12)
    xnon(ws, "A2", "Allegations against police officers and police staff (together) by financial year recorded. "
                   "2026/27 is 1 April to 30 September 2026.", "periods")
    hd = ["Financial year", "Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]
    for j, h in enumerate(hd):
        ws.cell(row=4, column=1 + j, value=h).font = Font(bold=True)
    row = 5
    cur = {}
    for p, lab in ((FY24, "2024/25"), (FY25, "2025/26"), (FY26_TD, "2026/27 (to 30 Sep)")):
        for c in CATS5:
            v = counts(r, hi=5, cat=c, late=p != FY24)
            cur[(c, p)] = v
            xnon(ws, f"A{row}", lab, "period")
            ws[f"B{row}"] = CL[c]
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                ref = f"{openpyxl.utils.get_column_letter(3 + j)}{row}"
                if c == AP and oc != "total" and 1 <= v[oc] <= 4:
                    xfig(ws, ref, c, oc, SUP(1, 4), p, said="<5")
                else:
                    xfig(ws, ref, c, oc, v[oc], p)
            row += 1
    xnon(ws, f"A{row + 1}", "<5: an outcome of abuse of position for a sexual purpose recorded for one to four "
                            "allegations is not shown, as it could identify the individuals (section 40(2)). Totals "
                            "are shown in full.", "bounds of the suppression; section number")
    ws.column_dimensions["B"].width = 40
    ws2 = wb.create_sheet("Previous response")
    xnon(ws2, "A1", "SUPERSEDED \u2013 our response to your request of last year (FOI 2025/1377, 4 November 2025), "
                    "kept for reference only. Use the sheet Current response.", "earlier reference; date")
    ws2["A1"].font = Font(bold=True, color="C00000")
    xnon(ws2, "A2", "2025/26 was then 1 April to 30 September 2025.", "period of the superseded table")
    for j, h in enumerate(hd):
        ws2.cell(row=4, column=1 + j, value=h).font = Font(bold=True)
    row = 5
    for p, lab in ((FY23, "2023/24"), (FY24, "2024/25"), (FY25_TD, "2025/26 (to 30 Sep)")):
        for c in CATS5:
            if p == FY24:
                v = dict(cur[(c, FY24)])
                if r.random() < 0.6:
                    v["ongoing"] += 1
                    v["total"] += 1
            else:
                v = counts(r, hi=4, cat=c, late=p == FY25_TD)
            xnon(ws2, f"A{row}", lab, "period of the superseded table")
            ws2[f"B{row}"] = CL[c]
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                xnon(ws2, f"{openpyxl.utils.get_column_letter(3 + j)}{row}", v[oc],
                     "superseded previous response (the sheet says so)")
            row += 1
    ws2.column_dimensions["B"].width = 40
    write_bytes(src, xlsx_bytes(wb, "Sussex Police", WHEN26))


# ===================================================================== Warwickshire: this year's Word letter, a table per
# allegation type (outcomes down, years across) restating last year's 2023/24 and 2024/25 columns (two cells revised, with
# the earlier figure in a footnote) and adding 2025/26
def build_warwickshire():
    from docx.shared import Pt
    src = "warwickshire/Warwickshire Police FOI 2026-0877 response.docx"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Warwickshire Police, Leek Wootton, Warwick CV35 7QA", "postcode"))
    bk.docx_para(d, "Warwickshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information request 2026/0877      9 November 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("You asked us again this year:", ""))
    bk.docx_para(d, req26(), italic=True)
    bk.docx_para(d, N("The columns 2023/24 and 2024/25 repeat the figures we gave you last year (our reference "
                      "2025/0911); we have added 2025/26. Two figures, and the totals that include them, have been revised since last year and are "
                      "marked \u2020; the footnote gives the figure we gave before, which should no longer be used. "
                      "We are unable to give figures for 2026/27 to date: they are not held until the year has "
                      "closed. Officers and staff are counted together.", "periods; earlier reference"))
    for c in CATS5:
        F(c, "total", NH, FY26_TD, printed=False)
    revised = {(SA, FY24, "written_warning"), (SH, FY23, "no_case_to_answer")}
    notes = []
    for i, c in enumerate(CATS5, 1):
        bk.docx_para(d, N(f"Table {i}: {CL[c]}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for j, hd in enumerate(["Outcome", "2023/24", "2024/25", "2025/26"]):
            bk.docx_cell(t.rows[0].cells[j], N(hd, "period"), bold=True, size=9)
        vs = {p: counts(r, hi=5, cat=c, late=p == FY25) for p in (FY23, FY24, FY25)}
        for p in (FY23, FY24):
            for (cc, pp, oc) in revised:
                if cc == c and pp == p:
                    vs[p][oc] += 1
                    vs[p]["total"] += 1
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=9)
            for j, p in enumerate((FY23, FY24, FY25), 1):
                txt = F(c, oc, vs[p][oc], p)
                mark = (c, p, oc) in revised or (oc == "total" and any(x[0] == c and x[1] == p for x in revised))
                if mark:
                    txt += "\u2020"
                    old = vs[p][oc] - 1
                    notes.append(N(f"\u2020 {CL[c]}, {FYL[p]}, {lab.lower()}: previously {old}, now {vs[p][oc]}.",
                                   "period; superseded earlier figure; the corrected figure restated in the note"))
                bk.docx_cell(cells[j], txt, bold=oc == "total", size=9)
    bk.docx_para(d, "")
    for n in notes:
        bk.docx_para(d, n, size=8)
    bk.docx_para(d, rights(20))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Compliance, Warwickshire Police")
    write_bytes(src, docx_bytes(d, "Warwickshire Police", WHEN26))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind49-", read=read49))
