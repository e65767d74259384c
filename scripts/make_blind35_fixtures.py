#!/usr/bin/python3
"""make_blind35.py -- the thirty-fifth blind test batch for `foi` and its answer key.

The request, sent on 1 December 2026: for the financial years 2024/25 and 2025/26 and for
2026/27 to date, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  See NOTES-blind35.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py (not
edited); the .eml and UTF-16 read-backs are local.

usage: /usr/bin/python3 make_blind35_fixtures.py    # rebuild fixtures/blind35 (or $FOI_BLIND35_OUT)
       /usr/bin/python3 make_blind35.py check       # verify determinism and every number
       /usr/bin/python3 make_blind35.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import email
import email.policy
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, SUP, REF, NCND, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND35_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind35").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, "
           "(1) the number of allegations of sexual assault, sexual misconduct, sexual "
           "harassment, abuse of position for a sexual purpose and violence against women and "
           "girls made against police officers and police staff, and (2) the outcome of each "
           "allegation (dismissed, would have been dismissed, final written warning, written "
           "warning, reflective practice, no case to answer, under investigation).")
FY24, FY25 = FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-11-30")
SENT = "1 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 15, 10, 0, 0)
SUBJ2 = (("Police officers", "officers"), ("Police staff", "staff"))


def request(text=REQUEST):
    return N(text, "the request's years; item numbers")


def rng(name):
    return random.Random("blind35-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(2, 6)
    return k


# --------------------------------------------------------------------------- local writers
def xlsx_save(wb, src, creator, cached=None):
    bk.xlsx_save(wb, src, creator, cached=cached)


def docx_finish(d, src, author):
    bk.docx_finish(d, src, author, when=WHEN)


def pdf_furniture(ref_text, marking="OFFICIAL"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = A4
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# --------------------------------------------------------------------------- local read-backs
def eml_read(p):
    return bk.eml_text(p, prefer=("plain", "html"))


def read35(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return eml_read(p)
    return bk.read_back(p, utf16=True)


PERS3 = None  # set per builder


# =========================================================================== 1 Dorset: years as rows, row and column totals, staff table on page 2
def build_dorset():
    from reportlab.platypus import Table, PageBreak
    src = "dorset/Dorset Police FOI 2026-2207 response.pdf"
    KEY.file(src, "dorset")
    r = rng("dorset")
    st = bk.styles("Helvetica", 10)
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to 30 Nov", YTD)]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position (sexual purpose)", VG: "VAWG"}

    def table(subj, header):
        rows = []
        if header:
            rows.append([bk.P("Year", st["cellb"])]
                        + [bk.P(short[c], st["cellb"]) for c in CATS5]
                        + [bk.P("All types", st["cellb"])])
        colsum = {c: 0 for c in CATS5}
        for pl, p in pers:
            cells = [N(pl, "period label")]
            rs = 0
            for c in CATS5:
                n = r.randint(0, 9 if subj == "officers" else 4) + (2 if p == FY25 else 0)
                if c == AP:
                    n = n // 2
                cells.append(F(c, "total", n, p, subject=subj))
                rs += n
                colsum[c] += n
            cells.append(N(str(rs), "row total over types (not a category)"))
            rows.append(cells)
        rows.append(["All years"] + [N(str(colsum[c]), "column total over years (not a period "
                                                          "of the request)") for c in CATS5]
                    + [N(str(sum(colsum.values())), "grand total")])
        t = Table(rows, colWidths=[80, 62, 68, 68, 82, 52, 52])
        t.setStyle(bk.grid_style(header_rows=1 if header else 0, size=8.5))
        return t

    story = [bk.P("<b>Dorset Police</b>", st["h"]),
             bk.P(N("Freedom of Information Unit, Force Headquarters, Winfrith, Dorchester DT2 8DZ",
                    "postcode"), st["addr"]), bk.S(8),
             bk.P(N("Reference: FOI 2026-2207", "reference"), st["body"]),
             bk.P(N("Date: 15 December 2026", "date"), st["body"]),
             bk.P("Dear Sir or Madam,", st["body"]),
             bk.P(N(f"I write in response to your request received on {SENT}:", "date"),
                  st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("Dorset Police holds some of the information. The tables below give the number "
                  "of allegations recorded by the Professional Standards Department in each year, "
                  "by allegation type, first for police officers and then for police staff. The "
                  "current year runs from 1 April to 30 November 2026.", st["body"]),
             bk.P("<b>Police officers</b>", st["h2"]), table("officers", True),
             bk.S(8),
             bk.P("Outcome information is recorded against the case rather than the allegation "
                  "and could only be provided by reading each case file; to do so would exceed "
                  "the cost limit of 18 hours and this part of your request is refused under "
                  "section 12.", st["body"]),
             PageBreak(), bk.P("<b>Police staff</b>", st["h2"]), table("staff", False), bk.S(8),
             bk.P(rights("Dorset Police"), st["body"]),
             bk.P("Yours faithfully,", st["body"]), bk.P("Freedom of Information Unit", st["body"])]
    N("1 April 30 November 2026 18 12", "period definition; hours limit; Act section")
    bk.pdf_letter(src, story, pdf_furniture("Dorset Police FOI 2026-2207"),
                  title="FOI 2026-2207", author="Dorset Police")


# =========================================================================== 2 Durham: a sheet per type, summary of formulas
def build_durham():
    import openpyxl
    from openpyxl.styles import Font
    src = "durham/Durham Constabulary FOI 1822-26 allegations.xlsx"
    KEY.file(src, "durham")
    r = rng("durham")
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Summary"
    b = Font(bold=True)
    names = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    yl = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]
    summ["A1"] = N("Durham Constabulary - FOI 1822-26 - summary of allegations by type",
                   "reference")
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = "Officers and staff together. Totals are taken from the sheet for each type."
    summ["A4"] = "Allegation type"
    summ["A4"].font = b
    for j, (pl, p) in enumerate(yl):
        summ.cell(4, 2 + j, N(pl, "year heading")).font = b
    cached = {"Summary": {}}
    for i, c in enumerate(CATS5):
        ws = wb.create_sheet(names[c])
        ws["A1"] = f"{CL[c]}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A3"] = "Outcome"
        ws["A3"].font = b
        for j, (pl, p) in enumerate(yl):
            ws.cell(3, 2 + j, N(pl, "year heading")).font = b
        tots = []
        for j, (pl, p) in enumerate(yl):
            v = counts(r, cat=c, late=p != FY24)
            for k, (lab, oc) in enumerate(OUT7):
                ws.cell(4 + k, 1, lab)
                ws.cell(4 + k, 2 + j, int(F(c, oc, v[oc], p)))
            ws.cell(11, 1, "Total").font = b
            n = sum(v.values())
            ws.cell(11, 2 + j, int(F(c, "total", n, p))).font = b
            tots.append(n)
        ws.cell(13, 1, N("YTD = 1 April 2026 to 30 November 2026.", "period definition"))
        ws.column_dimensions["A"].width = 28
        summ.cell(5 + i, 1, names[c])
        for j, (pl, p) in enumerate(yl):
            col = "BCD"[j]
            summ.cell(5 + i, 2 + j, f"='{names[c]}'!{col}11")
            cached["Summary"][f"{col}{5 + i}"] = int(F(c, "total", tots[j], p, restated=True))
    summ.cell(11, 1, N("APSP = abuse of position for a sexual purpose. VAWG = violence against "
                       "women and girls. YTD = 1 April 2026 to 30 November 2026.",
                       "period definition"))
    summ.column_dimensions["A"].width = 30
    xlsx_save(wb, src, "Durham Constabulary Information Rights", cached=cached)


# =========================================================================== 3 Avon and Somerset: details per year, captions, th scope=row
def build_avon_and_somerset():
    src = "avon-and-somerset/asc-foi-26-4417.html"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    pers = [("1 April 2024 \u2013 31 March 2025", FY24), ("1 April 2025 \u2013 31 March 2026", FY25),
            ("1 April 2026 \u2013 30 November 2026", YTD)]
    blocks = []
    for i, (pl, p) in enumerate(pers):
        N(pl, "period heading")
        tabs = []
        for sl, subj in SUBJ2:
            N(pl, "period in caption")
            head = "".join(f"<th scope=\"col\">{lab}</th>" for lab, _ in OUT7)
            body = []
            for c in CATS5:
                v = counts(r, cat=c, subj=subj, late=p != FY24)
                cells = "".join(f"<td>{F(c, oc, v[oc], p, subject=subj)}</td>" for oc in OCS)
                body.append(f"<tr><th scope=\"row\">{CL[c]}</th>{cells}"
                            f"<td class=\"tot\">{F(c, 'total', sum(v.values()), p, subject=subj)}"
                            "</td></tr>")
            tabs.append(f"<table class=\"data\">\n<caption>{sl}: allegations recorded {pl}"
                        f"</caption>\n<thead><tr><td></td>{head}<th scope=\"col\">Total</th>"
                        f"</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody></table>")
        blocks.append(f"<details{' open' if i == 0 else ''}>\n<summary>{pl}</summary>\n"
                      + "\n".join(tabs) + "\n</details>")
    body = ("<header><p>Avon and Somerset Police</p></header>\n<main>\n"
            f"<h1>{N('FOI request 26-4417', 'reference')}: allegations of a sexual nature</h1>\n"
            f"<p class=\"meta\">{N('Date of response: 16 December 2026', 'date')}</p>\n"
            f"<h2>Request</h2>\n<p>{E(request())}</p>\n<h2>Our response</h2>\n"
            "<p>Select a year to see the allegations recorded against police officers and police "
            "staff in that period and their outcomes as at the end of the period shown.</p>\n"
            + "\n".join(blocks) + "\n"
            f"<p>{E(rights('Avon and Somerset Police'))}</p>\n</main>")
    css = ("<style>details{margin:1em 0} table.data{border-collapse:collapse;margin:.5em 0} "
           "table.data caption{text-align:left;font-weight:bold} table.data td,table.data th"
           "{border:1px solid #aaa;padding:2px 5px}</style>\n")
    write_text(src, bk.html_page(N("FOI 26-4417 | Avon and Somerset Police", "reference"), body, css))


# =========================================================================== 4 Cleveland: numbered list with sub-lists
def build_cleveland():
    from docx.shared import Cm, Pt
    src = "cleveland/Cleveland Police FOI 2026-01940 response.docx"
    KEY.file(src, "cleveland")
    r = rng("clev")
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_header_footer(d, "Cleveland Police", N("FOI 2026-01940", "reference"))
    bk.docx_para(d, "Cleveland Police \u2013 Freedom of Information", bold=True, size=13)
    bk.docx_para(d, N("Our ref: 2026/01940        17 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Thank you for your request dated {SENT}, in which you asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Cleveland Police can confirm that it holds the information. The numbers "
                      "below are allegations against police officers and police staff combined. "
                      "Each numbered item gives the number of allegations of one type in the "
                      "year, followed by their outcomes.", "'one type' (not a count)"))
    roman = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"]
    lower = {"Dismissed": "dismissed", "Would have been dismissed": "would have been dismissed",
             "Final written warning": "final written warning", "Written warning": "written warning",
             "Reflective practice": "reflective practice", "No case to answer": "no case to answer",
             "Under investigation": "still under investigation"}
    for pl, p in (("Financial year 2024/25", FY24), ("Financial year 2025/26", FY25)):
        bk.docx_heading(d, N(pl, "period heading"))
        for c in CATS5:
            v = counts(r, cat=c, late=p == FY25)
            bk.docx_para(d, f"{CL[c]}: {F(c, 'total', sum(v.values()), p)} allegations",
                         style="List Number")
            for k, (lab, oc) in enumerate(OUT7):
                sub = bk.docx_para(d, f"{roman[k]}\t{lower[lab]} \u2013 {F(c, oc, v[oc], p)}")
                sub.paragraph_format.left_indent = Cm(1.9)
                sub.paragraph_format.first_line_indent = Cm(-0.8)
                sub.paragraph_format.space_after = Pt(0)
    bk.docx_para(d, L("Figures for 2026/27 are not provided: the force publishes its misconduct "
                      "data for each financial year after the year end, and the information is "
                      "exempt under section 22 (information intended for future publication).",
                      "year; Act section"))
    for c in CATS5:
        F(c, "total", REF("s22"), YTD, printed=False)
    bk.docx_para(d, rights("Cleveland Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Disclosure Officer")
    docx_finish(d, src, "Cleveland Police Disclosure Unit")


# =========================================================================== 5 Derbyshire: UTF-16LE tab export, "*" = 1-5
def build_derbyshire():
    src = "derbyshire/DC_FOI_26_3310_extract.txt"
    KEY.file(src, "derbyshire")
    r = rng("derbys")
    heads = ["Financial Year", "Employee Type", "Allegation Type"] + [x for x, _ in OUT7] + \
        ["Total"]
    lines = ["\t".join(heads)]
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        for sl, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
            for c in CATS5:
                v = {oc: (0 if r.random() < 0.35 else r.randint(1, 14 if subj == "officers"
                                                                   else 8)) for oc in OCS}
                cells = []
                for oc in OCS:
                    if 1 <= v[oc] <= 5:
                        cells.append(F(c, oc, SUP(1, 5, "s40(2)"), p, subject=subj, said="*"))
                    else:
                        cells.append(F(c, oc, v[oc], p, subject=subj))
                cells.append(F(c, "total", sum(v.values()), p, subject=subj))
                lines.append("\t".join([N(pl, "period label"), sl, CL[c]] + cells))
    lines.append(N("* = between 1 and 5 allegations; suppressed to avoid identifying individuals "
                   "(section 40(2)). 2026/27 figures are not held in a reportable form until the "
                   "year end.", "suppression legend; Act section; year"))
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    text = "\r\n".join(lines) + "\r\n"
    write_bytes(src, b"\xff\xfe" + text.encode("utf-16-le"))


# =========================================================================== 6 Gwent: dated periods, partial s31(1)(g) refusal
def build_gwent():
    from reportlab.platypus import Table
    src = "gwent/Gwent Police FOI 2026-1176 response.pdf"
    KEY.file(src, "gwent")
    r = rng("gwent")
    st = bk.styles("Helvetica", 10)
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    story = [bk.P("<b>Gwent Police / Heddlu Gwent</b>", st["h"]),
             bk.P(N("Freedom of Information, Police Headquarters, Llantarnam Industrial Park, "
                    "Cwmbran NP44 3FW", "postcode"), st["addr"]), bk.S(8),
             bk.P(N("Reference: FOI 2026/1176    Date: 18 December 2026", "reference; date"),
                  st["body"]),
             bk.P(N(f"Your request of {SENT}:", "date"), st["body"]), bk.P(request(), st["quote"]),
             bk.P("The tables below show allegations against police officers and police staff "
                  "together. APSP is abuse of position for a sexual purpose; VAWG is violence "
                  "against women and girls.", st["body"])]
    for pl, p in (("1 April 2024 \u2013 31 March 2025", FY24),
                  ("1 April 2025 \u2013 31 March 2026", FY25)):
        story.append(bk.P(f"<b>Allegations recorded {N(pl, 'period heading')}</b>", st["h2"]))
        vals = {c: counts(r, cat=c, late=p == FY25) for c in CATS5}
        rows = [[bk.P("Outcome", st["cellb"])] + [bk.P(short[c], st["cellb"]) for c in CATS5]]
        for lab, oc in OUT7:
            rows.append([lab] + [F(c, oc, vals[c][oc], p) for c in CATS5])
        rows.append(["Total"] + [F(c, "total", sum(vals[c].values()), p) for c in CATS5])
        t = Table(rows, colWidths=[130, 70, 70, 70, 55, 55])
        t.setStyle(bk.grid_style(size=8.5, extra=[("FONTNAME", (0, 8), (-1, 8),
                                                   "Helvetica-Bold")]))
        story += [t, bk.S(8)]
    story.append(bk.P(L("Allegations recorded from 1 April 2026 to date: some of these "
                        "allegations are the subject of live investigations, and releasing "
                        "current-year figures would be likely to prejudice the exercise of the "
                        "force's functions for the purpose of ascertaining whether any person is "
                        "responsible for improper conduct. This part of your request is refused "
                        "under section 31(1)(g), by virtue of section 31(2)(b), of the Act. "
                        "Having weighed the public interest, we consider that it favours "
                        "withholding the current-year figures.",
                        "date; Act sections"), st["body"]))
    for c in CATS5:
        F(c, "total", REF("s31(1)(g)"), YTD, printed=False)
    story += [bk.P(rights("Gwent Police"), st["body"]), bk.P("Yours sincerely,", st["body"]),
              bk.P("Freedom of Information Officer", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("Gwent Police FOI 2026/1176"),
                  title="FOI 2026/1176", author="Gwent Police")


# =========================================================================== 7 Humberside: forwarded e-mail
def build_humberside():
    src = "humberside/Fwd FOI 2026-08815 Humberside Police.eml"
    KEY.file(src, "humberside")
    r = rng("humb")
    pers = [("Year ending March 2025", FY24), ("Year ending March 2026", FY25),
            ("The 2026/27 reporting year to date (to 30 November)", YTD)]
    lines = ["Hello,", "",
             "Apologies - the reply below went to the wrong address on Friday. I am forwarding "
             "it to you now. The response itself is unchanged.", "",
             "Kind regards,", "Information Compliance Unit", "",
             "---------- Forwarded message ---------",
             N("From: Information Compliance <foi@humberside.police.uk>", ""),
             N("Date: Fri, 11 Dec 2026 at 15:40", "date of the original message"),
             N("Subject: FOI 2026-08815 - allegations against officers and staff", "reference"),
             "To: <requester@example.net>", "",
             "Dear Requester,", "",
             N(f"Freedom of Information request 2026-08815, received {SENT}.", "reference; date"),
             "", "You asked:", request(), "",
             "Humberside Police holds this information. Figures are allegations against police "
             "officers and police staff together, with the outcome recorded at the date of "
             "extraction. Every outcome is listed, including those with no allegations.", ""]
    for pl, p in pers:
        lines.append(N(pl, "period heading"))
        for c in CATS5:
            v = counts(r, cat=c, late=p != FY24)
            bits = ", ".join(f"{lab.lower()} {F(c, oc, v[oc], p)}" for lab, oc in OUT7)
            lines.append(f"  - {CL[c]}: {F(c, 'total', sum(v.values()), p)} ({bits})")
        lines.append("")
    lines += [rights("Humberside Police"), "", "Information Compliance Unit",
              "Humberside Police"]
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Information Compliance <foi@humberside.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = N("Mon, 14 Dec 2026 09:12:07 +0000", "date")
    msg["Subject"] = N("Fwd: FOI 2026-08815 - allegations against officers and staff",
                       "reference")
    msg["Message-ID"] = "<fwd-foi-2026-08815@humberside.police.uk>"
    msg.set_content("\n".join(lines) + "\n", cte="quoted-printable")
    write_bytes(src, msg.as_bytes())


# =========================================================================== 8 Kent: totals table and outcomes as percentages of a total
def build_kent():
    src = "kent/Kent Police FOI 26-11204 reply.txt"
    KEY.file(src, "kent")
    r = rng("kent")
    out = ["KENT POLICE", "Information Management",
           N("Freedom of Information reference: 26/11204", "reference"),
           N("Date: 16 December 2026", "date"), "", "Dear Requester", "",
           N(f"Thank you for your request of {SENT}. You asked:", "date"), "", request(), "",
           N("Part 1 - number of allegations (officers and staff shown separately)", "part number"), ""]
    out.append(f"{'':42}{N('2024/25', 'year'):>10}{N('2025/26', 'year'):>10}"
               f"{N('2026/27*', 'year'):>10}")
    vals = {}
    for sl, subj in SUBJ2:
        out.append(sl)
        for c in CATS5:
            cells = []
            for p in (FY24, FY25, YTD):
                n = r.randint(2, 16 if subj == "officers" else 7)
                vals[(c, subj, p)] = n
                cells.append(F(c, "total", n, p, subject=subj))
            out.append(f"  {CL[c]:40}" + "".join(f"{x:>10}" for x in cells))
    out.append(N("* 1 April 2026 to 30 November 2026", "period definition"))
    out += ["", "Part 2 - outcomes", "",
            "Our outcome report gives each outcome as a percentage of all allegations of that "
            "type (officers and staff together) recorded in the year, with the number still "
            "under investigation. For 2025/26:", ""]
    N("2 2025/26", "part number; year")
    labs = [("dismissed", "were dismissed"),
            ("final_written_warning", "received a final written warning"),
            ("management_action", "were dealt with by reflective practice")]
    for c in CATS5:
        tot = vals[(c, "officers", FY25)] + vals[(c, "staff", FY25)]
        left = tot
        pieces = []
        for oc, w in labs:
            k = r.randint(1, max(1, left // 3))
            left -= k
            pieces.append(f"{N(f'{100 * k / tot:.1f}%', 'percentage of the stated total')} {w}")
        ongoing = r.randint(1, max(1, left // 2))
        assert tot - left + ongoing <= tot, c
        out.append(f"  {CL[c]}: of the {F(c, 'total', tot, FY25, subject='officers_and_staff')}, "
                   + ", ".join(pieces) + ", and "
                   f"{F(c, 'ongoing', ongoing, FY25, subject='officers_and_staff')} "
                   "remain under investigation.")
    out += ["", L("Outcome figures for other years and for each workforce separately would "
                  "require a manual review of case files and would exceed the 18 hour limit "
                  "(section 12).", "hours limit; Act section"), "",
            rights("Kent Police"), "", "Yours sincerely", "", "Information Management Unit"]
    write_text(src, "\r\n".join(out) + "\r\n")


# =========================================================================== 9 Northumbria: long sheet, officers only, s40(5) NCND for staff
def build_northumbria():
    import openpyxl
    from openpyxl.styles import Font
    src = "northumbria/Northumbria Police FOI 2026-3347 data.xlsx"
    KEY.file(src, "northumbria", subject="officers")
    r = rng("north")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Officers"
    ws["A1"] = N("Northumbria Police - FOI 2026-3347", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations against police officers and their outcomes"
    heads = ["Period", "Allegation type", "Outcome", "Number of allegations"]
    for j, h in enumerate(heads, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    pers = [("Year ending March 2025", FY24), ("Year ending March 2026", FY25),
            ("2026/27 reporting year to date (to 30 November)", YTD)]
    for pl, p in pers:
        for c in CATS5:
            v = counts(r, cat=c, subj="officers", late=p != FY24)
            for lab, oc in OUT7 + [("Total", "total")]:
                n = sum(v.values()) if oc == "total" else v[oc]
                ws.cell(row, 1, N(pl, "period label"))
                ws.cell(row, 2, CL[c])
                ws.cell(row, 3, lab)
                ws.cell(row, 4, int(F(c, oc, n, p)))
                row += 1
    ws.cell(row + 1, 1, L("Police staff: Northumbria Police neither confirms nor denies that it "
                          "holds information about allegations against police staff, by virtue "
                          "of section 40(5) of the Act.", "Act section"))
    for p in (FY24, FY25, YTD):
        for c in CATS5:
            F(c, "total", NCND("s40(5)"), p, subject="staff", printed=False)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = 26
    xlsx_save(wb, src, "Northumbria Police Disclosure")


# =========================================================================== 10 Nottinghamshire: rowspan years, subject column groups
def build_nottinghamshire():
    src = "nottinghamshire/notts-foi-003415-26.html"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    abbr = ["Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    h1 = ("<tr><th rowspan=\"2\">Year</th><th rowspan=\"2\">Allegation type</th>"
          "<th colspan=\"8\">Police officers</th><th colspan=\"8\">Police staff</th></tr>")
    h2 = "<tr>" + "".join(f"<th>{a}</th>" for a in abbr) * 2 + "</tr>"
    body = []
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        for i, c in enumerate(CATS5):
            tds = []
            for sl, subj in SUBJ2:
                v = counts(r, cat=c, subj=subj, late=p == FY25)
                tds += [f"<td>{F(c, oc, v[oc], p, subject=subj)}</td>" for oc in OCS]
                tds.append(f"<td><b>{F(c, 'total', sum(v.values()), p, subject=subj)}</b></td>")
            yc = (f"<th rowspan=\"5\" scope=\"rowgroup\">{N(pl, 'year')}</th>" if i == 0 else "")
            body.append(f"<tr>{yc}<td>{CL[c]}</td>{''.join(tds)}</tr>")
    key = ("<p class=\"key\">Key: Dism. = dismissed; WHBD = would have been dismissed; FWW = final "
           "written warning; WW = written warning; RP = reflective practice; NCTA = no case to "
           "answer; UI = under investigation.</p>")
    body = ("<main><h1>" + N("FOI 003415/26", "reference") + " \u2013 Sexual misconduct "
            "allegations</h1>\n"
            f"<p>{N('Response date: 17/12/2026', 'date')}</p>\n<h2>Request</h2>\n"
            f"<p>{E(request())}</p>\n<h2>Response</h2>\n"
            "<p>" + N("Nottinghamshire Police holds the information for the two complete financial "
            "years.", "'two' years (not a count)") + "</p>\n<table border=\"1\">\n<thead>" + h1 + h2 + "</thead>\n<tbody>\n"
            + "\n".join(body) + "\n</tbody></table>\n" + key + "\n<p>"
            + L("We are unable to provide figures for 2026/27 so far: this information is not "
                "held in a reportable form until the annual return is compiled.", "year")
            + "</p>\n" f"<p>{E(rights('Nottinghamshire Police'))}</p></main>")
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    write_text(src, bk.html_page(N("FOI 003415/26 - Nottinghamshire Police", "reference"),
                                 body))


# =========================================================================== 11 South Wales: long CSV with dated periods and two subject columns
def build_south_wales():
    src = "south-wales/SWP FOI 1297-26 allegations.csv"
    KEY.file(src, "south-wales")
    r = rng("swp")
    lines = ["Period start,Period end,Allegation type,Outcome,Police officers,Police staff"]
    for ps, pe, p in (("01/04/2024", "31/03/2025", FY24), ("01/04/2025", "31/03/2026", FY25),
                      ("01/04/2026", "30/11/2026", YTD)):
        for c in CATS5:
            vs = {s: counts(r, cat=c, subj=s, late=p != FY24) for s in ("officers", "staff")}
            for lab, oc in OUT7 + [("All outcomes", "total")]:
                cells = []
                for s in ("officers", "staff"):
                    n = sum(vs[s].values()) if oc == "total" else vs[s][oc]
                    cells.append(F(c, oc, n, p, subject=s))
                lines.append(",".join([N(ps, "period start"), N(pe, "period end"),
                                       f"\"{CL[c]}\"", lab] + cells))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 12 Surrey: a small Word table per type
def build_surrey():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "surrey/Surrey Police FOI 2026-0412 response.docx"
    KEY.file(src, "surrey")
    r = rng("surrey")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "Surrey Police", N("FOI 2026-0412", "reference"))
    bk.docx_para(d, "Surrey Police \u2013 Freedom of Information response", bold=True, size=13)
    bk.docx_para(d, N("Reference: 2026-0412   Date: 16 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Request received {SENT}:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "The figures are for police officers and police staff together. A table is "
                    "given for each type of allegation. \"2026/27 to date\" runs from 1 April "
                    "2026 to 30 November 2026.")
    N("2026/27 1 April 2026 30 November 2026", "period definition")
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date", YTD)]
    for c in CATS5:
        bk.docx_heading(d, CL[c])
        t = d.add_table(rows=9, cols=4)
        t.style = "Table Grid"
        docx_cell(t.cell(0, 0), "Outcome", bold=True)
        for j, (pl, p) in enumerate(pers, 1):
            docx_cell(t.cell(0, j), N(pl, "year heading"), bold=True)
            docx_shade(t.cell(0, j), "DEEAF6")
        docx_shade(t.cell(0, 0), "DEEAF6")
        for j, (pl, p) in enumerate(pers, 1):
            v = counts(r, cat=c, late=p != FY24)
            for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")], 1):
                n = sum(v.values()) if oc == "total" else v[oc]
                if j == 1:
                    docx_cell(t.cell(i, 0), lab, bold=oc == "total")
                docx_cell(t.cell(i, j), F(c, oc, n, p), bold=oc == "total",
                          align=WD_ALIGN_PARAGRAPH.CENTER)
        bk.docx_para(d, "")
    bk.docx_para(d, rights("Surrey Police"))
    bk.docx_para(d, "Information Rights Team")
    docx_finish(d, src, "Surrey Police Information Rights")


# =========================================================================== 13 Sussex: totals with officers / staff / total under each year
def build_sussex():
    from reportlab.platypus import Table
    src = "sussex/Sussex Police FOI 2026-7721 response.pdf"
    KEY.file(src, "sussex")
    r = rng("sussex")
    st = bk.styles("Times-Roman", 10.5)
    head1 = ["Allegation type", N("2024-25", "year"), "", "", N("2025-26", "year"), "", ""]
    head2 = [""] + ["Officers", "Staff", "Total"] * 2
    rows = [head1, head2]
    for c in CATS5:
        row = [CL[c]]
        for p in (FY24, FY25):
            o = r.randint(1, 15)
            s = r.randint(0, 6)
            row += [F(c, "total", o, p, subject="officers"), F(c, "total", s, p, subject="staff"),
                    F(c, "total", o + s, p)]
        rows.append(row)
    t = Table(rows, colWidths=[170, 48, 48, 48, 48, 48, 48])
    t.setStyle(bk.grid_style(header_rows=2, size=9, font="Times-Roman",
                             extra=[("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
                                    ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (-1, -1),
                                                               "CENTER")]))
    story = [bk.P("<b>Sussex Police</b>", st["h"]),
             bk.P(N("Reference: FOI 2026-7721", "reference"), st["body"]),
             bk.P(N("Date: 18 December 2026", "date"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N(f"Thank you for your request of {SENT}:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("Sussex Police holds the number of allegations for each complete financial "
                  "year, shown below for police officers and police staff with the combined "
                  "total.", st["body"]), t, bk.S(8),
             bk.P("Outcomes: the outcome of an allegation is held only on the individual case "
                  "file. To establish the outcome of every allegation above would exceed the cost "
                  "limit and this part of the request is refused under section 12 of the Act.",
                  st["body"]),
             bk.P("2026/27 to date: the figures are published monthly on the force website and "
                  "are therefore exempt under section 21.", st["body"]),
             bk.P(rights("Sussex Police"), st["body"]), bk.P("Yours sincerely,", st["body"]),
             bk.P("Information Access Team", st["body"])]
    N("12 2026/27 21", "Act sections; year")
    for c in CATS5:
        F(c, "total", REF("s21"), YTD, printed=False)
    bk.pdf_letter(src, story, pdf_furniture("Sussex Police FOI 2026-7721"),
                  title="FOI 2026-7721", author="Sussex Police")


# =========================================================================== 14 Warwickshire: type rows with indented outcome rows under date bands
def build_warwickshire():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src = "warwickshire/Warwickshire Police FOI 2026-5530.xlsx"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 2026-5530"
    N("FOI 2026-5530", "reference (sheet name)")
    ws["A1"] = "Warwickshire Police \u2013 allegations against officers and staff (combined)"
    ws["A1"].font = Font(bold=True, size=12)
    pers = [("1 April 2024 to 31 March 2025", FY24), ("1 April 2025 to 31 March 2026", FY25),
            ("1 April 2026 to 30 November 2026", YTD)]
    ws["A3"] = "Allegation type / outcome"
    ws["A3"].font = Font(bold=True)
    for j, (pl, p) in enumerate(pers, 2):
        ws.cell(3, j, N(pl, "period heading")).font = Font(bold=True)
        ws.cell(3, j).alignment = Alignment(wrap_text=True)
    row = 4
    for c in CATS5:
        vs = [counts(r, cat=c, late=p != FY24) for _, p in pers]
        ws.cell(row, 1, CL[c]).font = Font(bold=True)
        for j, (v, (pl, p)) in enumerate(zip(vs, pers), 2):
            ws.cell(row, j, int(F(c, "total", sum(v.values()), p))).font = Font(bold=True)
        row += 1
        for lab, oc in OUT7:
            ws.cell(row, 1, lab).alignment = Alignment(indent=2)
            for j, (v, (pl, p)) in enumerate(zip(vs, pers), 2):
                ws.cell(row, j, int(F(c, oc, v[oc], p)))
            row += 1
    ws.cell(row + 1, 1, "Bold rows are the number of allegations of each type; the indented rows "
                        "beneath give their outcomes.")
    ws.column_dimensions["A"].width = 42
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    xlsx_save(wb, src, "Warwickshire Police Information Compliance")


# =========================================================================== 15 West Mercia: "n (p%)" cells, a table per type
def build_west_mercia():
    src = "west-mercia/wmerc-foi-2026-0733.html"
    KEY.file(src, "west-mercia")
    r = rng("wmerc")
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (Apr\u2013Nov)", YTD)]
    secs = []
    for c in CATS5:
        vs = [counts(r, cat=c, late=p != FY24) for _, p in pers]
        head = "".join(f"<th scope=\"col\">{N(pl, 'year heading')}</th>" for pl, _ in pers)
        rows = []
        for lab, oc in OUT7 + [("Total", "total")]:
            tds = []
            for v, (pl, p) in zip(vs, pers):
                tot = sum(v.values())
                n = tot if oc == "total" else v[oc]
                pct = (N(f"({100 * n / tot:.0f}%)", "percentage of the year's total")
                       if tot else "(\u2013)")
                tds.append(f"<td>{F(c, oc, n, p)} {pct}</td>")
            rows.append(f"<tr><th scope=\"row\">{lab}</th>{''.join(tds)}</tr>")
        secs.append(f"<h3>{CL[c]}</h3>\n<table class=\"t\"><thead><tr><th>Outcome</th>{head}"
                    f"</tr></thead>\n<tbody>{''.join(rows)}</tbody></table>")
    body = ("<main><h1>Freedom of Information disclosure " + N("FOI-2026-0733", "reference")
            + "</h1>\n<p>" + N("Disclosed 17 December 2026", "date") + "</p>\n"
            f"<h2>Request</h2><p>{E(request())}</p>\n<h2>Response</h2>\n"
            "<p>West Mercia Police holds this information. Each cell gives the number of "
            "allegations against police officers and police staff (together) and, in brackets, "
            "that number as a share of all allegations of the type in the year. "
            + N("2026/27 (Apr\u2013Nov) covers 1 April 2026 to 30 November 2026.",
                "period definition") + "</p>\n"
            + "\n".join(secs) + "\n"
            f"<p>{E(rights('West Mercia Police'))}</p></main>")
    css = "<style>table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #bbb}</style>"
    write_text(src, bk.html_page(N("FOI-2026-0733 | West Mercia Police", "reference"), body, css))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind35-", read=read35))
