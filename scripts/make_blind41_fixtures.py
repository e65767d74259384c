#!/usr/bin/python3
"""make_blind41_fixtures.py -- the forty-first blind test batch for `foi` and its answer key.

Request sent 1 December 2026 (see fixtures/blind41/NOTES.md).  Machinery: scripts/blindkit.py (not edited).
usage: /usr/bin/python3 make_blind41_fixtures.py        # rebuild fixtures/blind41 (or $FOI_BLIND41_OUT)
       /usr/bin/python3 make_blind41_fixtures.py check  # determinism and number accounting
"""
import os
import datetime as dt
import email.message
import email.policy
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, L, KEY, FY, CY, SUP, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND41_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind41").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, the number of "
           "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
           "purpose and violence against women and girls made against police officers and police staff, and "
           "the outcome of each allegation. Calendar years are acceptable if that is how you record.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 18, 9, 15, 0)


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind41-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights():
    return N("If you are unhappy with this response you may ask for an internal review within 40 working days, "
             "and then complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire, SK9 5AF.", "review window; ICO address")


def furniture(ref):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 12 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_save(d, src, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    write_bytes(src, bk.normalised_zip(buf.getvalue()))


def xlsx_save(wb, src):
    bk.xlsx_save(wb, src, creator="Information Rights", when=WHEN)


def read41(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p)


# ===================================================================== 1 Greater Manchester: PDF, unruled table set by
# right-aligned numbers, continued on page 2 without its header
def build_greater_manchester():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    src = "greater-manchester/GMP FOI 2026-11407 disclosure.pdf"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("FOI 2026-11407")
    c.setAuthor("GMP Information Governance")
    w, h = A4
    page = [1]

    def furn():
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, N("GMP FOI reference 2026/11407", "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {page[0]} of 2", "page number"))
    y = h - 25 * mm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, y, "Greater Manchester Police \u2013 Freedom of Information response")
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    for line in [N("Date: 16 December 2026   Reference: 2026/11407", "date; reference"),
                 "The figures below are allegations recorded by our Professional Standards Branch,",
                 "by the year in which the allegation was received. Officers and staff are shown separately."]:
        c.drawString(20 * mm, y, line)
        y -= 5 * mm
    y -= 4 * mm
    cols = [110, 130, 150, 170, 190]   # right edges in mm
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(cols[1] * mm, y + 5 * mm, N("Year ending 31 March 2025", "period heading"))
    c.drawRightString(cols[3] * mm, y + 5 * mm, N("Year ending 31 March 2026", "period heading"))
    for x, t in zip(cols[:4], ["Officers", "Staff", "Officers", "Staff"]):
        c.drawRightString(x * mm, y, t)
    y -= 6 * mm
    rows = 0
    for cat in CATS5:
        v = {(p, s): counts(r, hi=6, cat=cat, subj=s) for p in (FY24, FY25) for s in ("officers", "staff")}
        if rows == 3:   # page break after three types, no header repeated
            furn()
            c.showPage()
            page[0] += 1
            y = h - 25 * mm
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(20 * mm, y, CL[cat])
        y -= 4.6 * mm
        c.setFont("Helvetica", 8.5)
        for lab, oc in OUT7 + [("Total", "total")]:
            c.drawString(24 * mm, y, lab)
            for x, (p, s) in zip(cols, [(FY24, "officers"), (FY24, "staff"), (FY25, "officers"), (FY25, "staff")]):
                c.drawRightString(x * mm, y, F(cat, oc, v[(p, s)][oc], p, subject=s))
            y -= 4.6 * mm
        y -= 3 * mm
        rows += 1
    c.setFont("Helvetica", 9)
    y -= 4 * mm
    c.drawString(20 * mm, y, N("Figures for 2026/27 are not yet validated and will be published next year.", "current year not provided"))
    furn()
    c.showPage()
    c.save()


# ===================================================================== 2 Staffordshire: XLSX, years as a merged top band
# over outcomes, frozen first column, FYE periods
def build_staffordshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "staffordshire/Staffordshire Police FOI 9912-26 data.xlsx"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Staffordshire Police \u2013 allegations against officers and staff (combined)"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = N("FOI 9912-26. FYE = financial year ending 31 March.", "reference; date")
    heads = [lab for lab, _ in OUT7] + ["Total"]
    col = 2
    for pl in ("FYE 2025", "FYE 2026", "Apr-Nov 2026"):
        ws.cell(4, col, N(pl, "period band"))
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + len(heads) - 1)
        ws.cell(4, col).alignment = Alignment(horizontal="center")
        for i, hd in enumerate(heads):
            ws.cell(5, col + i, hd).font = Font(bold=True)
        col += len(heads)
    ws.cell(4, 1, "Allegation type")
    ws.merge_cells("A4:A5")
    for ri, cat in enumerate(CATS5, 6):
        ws.cell(ri, 1, CL[cat])
        col = 2
        for p in (FY24, FY25, FYTD):
            v = counts(r, hi=7, cat=cat, late=p == FYTD)
            for oc in OCS + ["total"]:
                ws.cell(ri, col, int(F(cat, oc, v[oc], p)))
                col += 1
    ws.freeze_panes = "B6"
    ws.column_dimensions["A"].width = 38
    ws["A12"] = N("Apr-Nov 2026 = 1 April 2026 to 30 November 2026 (provisional).", "period definition")
    xlsx_save(wb, src)


# ===================================================================== 3 Durham: DOCX, one heading per category with a
# two-column Outcome | Number table
def build_durham():
    import docx
    src = "durham/Durham Constabulary FOI 1440-26 response.docx"
    KEY.file(src, "durham", subject="officers")
    r = rng("durham")
    d = bk.docx_new("Arial", 10.5)
    bk.docx_para(d, "Durham Constabulary", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information Request 1440/26 \u2013 16 December 2026", "reference; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("The information below relates to police officers only, for the financial year 2025/26 "
                      "(1 April 2025 to 31 March 2026).", "period"))
    for cat in CATS5:
        bk.docx_heading(d, CL[cat], 12)
        v = counts(r, hi=5, cat=cat)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        bk.docx_cell(t.rows[0].cells[0], "Outcome", bold=True)
        bk.docx_cell(t.rows[0].cells[1], "Number", bold=True)
        for lab, oc in OUT7 + [("Total", "total")]:
            row = t.add_row().cells
            bk.docx_cell(row[0], lab, bold=oc == "total")
            bk.docx_cell(row[1], F(cat, oc, v[oc], FY25), bold=oc == "total")
    bk.docx_heading(d, "Police staff", 12)
    st = {cat: rng("durham-st" + cat).randint(0, 3) for cat in CATS5}
    parts = [f"{CL[cat].lower()} {F(cat, 'total', st[cat], FY25, subject='staff')}" for cat in CATS5]
    bk.docx_para(d, L("Allegations against police staff in 2025/26 were: ", "period") + "; ".join(parts) +
                 ". Outcomes for staff are not broken down because of the small numbers involved.")
    bk.docx_para(d, rights())
    docx_save(d, src, "Durham Constabulary Disclosure Unit")


# ===================================================================== 4 Cleveland: HTML, counts in <span class="num">,
# national total row with thousands separators (not keyed)
def build_cleveland():
    src = "cleveland/cleveland-police-foi-2026-2209.html"
    KEY.file(src, "cleveland")
    r = rng("clev")
    body = [f"<h1>Freedom of Information: {N('2026-2209', 'reference')}</h1>",
            f"<p>{N('Published 17 December 2026', 'date')}</p>", f"<blockquote>{request()}</blockquote>",
            "<p>Cleveland Police records allegations by the date received. Officers and staff are combined. "
            "For comparison we also show the England and Wales total published by the Home Office.</p>"]
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        body.append(f"<h2>Financial year {N(pl, 'period')}</h2>")
        body.append("<table class=\"data\"><thead><tr><th>Allegation</th>" +
                    "".join(f"<th>{lab}</th>" for lab, _ in OUT7) + "<th>Total</th></tr></thead><tbody>")
        for cat in CATS5:
            v = counts(r, hi=5, cat=cat)
            body.append(f"<tr><th scope=\"row\">{CL[cat]}</th>" +
                        "".join(f"<td><span class=\"num\">{F(cat, oc, v[oc], p)}</span></td>" for oc in OCS + ["total"]) +
                        "</tr>")
        nat = rng("clevnat" + pl).randint(1100, 2400)
        body.append(f"<tr class=\"national\"><th scope=\"row\">England and Wales (all forces, all types)</th>"
                    f"<td colspan=\"7\"></td><td><span class=\"num\">{N(f'{nat:,}', 'national comparison total from another source, not a Cleveland figure')}</span></td></tr>")
        body.append("</tbody></table>")
    body.append(f"<p>{rights()}</p>")
    write_text(src, bk.html_page(N("FOI 2026-2209 Cleveland Police", "reference"), "\n".join(body)))


# ===================================================================== 5 Gwent: Welsh first then English, same table twice
def build_gwent():
    src = "gwent/Gwent Police FOI 2026-1733 ymateb-response.pdf"
    from reportlab.platypus import Table
    KEY.file(src, "gwent")
    r = rng("gwent")
    st = bk.styles("Helvetica", 9.5)
    vals = {(p, cat): counts(r, hi=5, cat=cat) for p in (FY24, FY25) for cat in CATS5}
    wl = {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
          AP: "Cam-drin safle at ddiben rhywiol", VG: "Trais yn erbyn menywod a merched"}
    wo = ["Diswyddo", "Byddai wedi ei ddiswyddo", "Rhybudd ysgrifenedig terfynol", "Rhybudd ysgrifenedig",
          "Ymarfer myfyriol", "Dim achos i'w ateb", "Dan ymchwiliad", "Cyfanswm"]
    story = [bk.P("Heddlu Gwent / Gwent Police", st["h"]),
             bk.P(N("Cyfeirnod / Reference: 2026/1733 \u2013 17/12/2026", "reference; date"), st["body"]),
             bk.P(N("Mae'r tabl isod yn dangos honiadau yn erbyn swyddogion a staff gyda'i gilydd ar gyfer "
                    "blynyddoedd ariannol 2024/25 a 2025/26.", "periods (Welsh)"), st["body"])]
    for lang, cl, ol in (("cy", wl, wo), ("en", CL, [l for l, _ in OUT7] + ["Total"])):
        if lang == "en":
            story.append(bk.P(N("The table below shows allegations against officers and staff together for "
                                "the financial years 2024/25 and 2025/26.", "periods"), st["body"]))
        for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
            data = [[N(("Math / Type " if lang == "cy" else "Type ") + pl, "period in table corner")] + ol]
            for cat in CATS5:
                data.append([bk.P(cl[cat], st["cell"])] +
                            [F(cat, oc, vals[(p, cat)][oc], p, restated=lang == "en") for oc in OCS + ["total"]])
            hd = [bk.P(x, st["cellb"]) for x in data[0]]
            t = Table([hd] + data[1:], colWidths=[40 * 2.83] + [17 * 2.83] * 8)
            t.setStyle(bk.grid_style(1, size=8))
            story += [t, bk.S(10)]
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("Gwent 2026/1733"), title="FOI 2026/1733", author="Gwent Police")


# ===================================================================== 6 South Wales: CSV with outcome codes + legend CSV
def build_south_wales():
    src = "south-wales/SWP_FOI_2026_2841_data.csv"
    leg = "south-wales/SWP_FOI_2026_2841_outcome_codes.csv"
    KEY.file(leg, "south-wales")
    codes = [("D", "Dismissed", "dismissed"), ("WHBD", "Would have been dismissed", "would_have_been_dismissed"),
             ("FWW", "Final written warning", "final_written_warning"), ("WW", "Written warning", "written_warning"),
             ("RP", "Reflective practice (RPRP)", "management_action"), ("NCTA", "No case to answer", "no_case_to_answer"),
             ("INV", "Under investigation", "ongoing"), ("ALL", "All outcomes (total)", "total")]
    write_text(leg, "Code,Meaning\n" + "".join(f"{c},{m}\n" for c, m, _ in codes), newline="\r\n")
    KEY.file(src, "south-wales")
    r = rng("swp")
    out = ["Period,AllegationType,Subject,OutcomeCode,Count"]
    for pl, p in (("2024-25", FY24), ("2025-26", FY25), ("2026-27 (Apr-Nov)", FYTD)):
        for cat in CATS5:
            for subj, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                v = counts(r, hi=5, cat=cat, subj=subj, late=p == FYTD)
                for code, _, oc in codes:
                    out.append(f"{N(pl, 'period')},{CL[cat]},{sl},{code},{F(cat, oc, v[oc], p, subject=subj)}")
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# ===================================================================== 7 Humberside: text e-mail, +---+ table, total row
def build_humberside():
    src = "humberside/Your FOI request 2026-0978 - Humberside Police.eml"
    KEY.file(src, "humberside", subject="officers")
    r = rng("humb")
    heads = ["Type", "Dism", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    widths = [36, 5, 5, 5, 5, 5, 5, 5, 6]

    def rule():
        return "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cells):
        return "|" + "|".join(" " + (c.ljust(w) if i == 0 else c.rjust(w)) + " " for i, (c, w) in enumerate(zip(cells, widths))) + "|"
    lines = ["Dear Requester,", "", N("Thank you for your request of 1 December 2026, reference 2026/0978.", "date; reference"), "",
             "Humberside Police holds the information for police officers. Police staff conduct matters are held",
             "by a separate HR system and are not included. Figures are by date the allegation was recorded.", ""]
    for pl, p in (("2025/26 (April 2025 - March 2026)", FY25), ("Apr-Nov 2026", FYTD)):
        lines.append(N(f"Allegations against police officers, {pl}", "period"))
        lines += [rule(), line(heads), rule()]
        tot = {oc: 0 for oc in OCS + ["total"]}
        for cat in CATS5:
            v = counts(r, hi=5, cat=cat, late=p == FYTD)
            for oc in tot:
                tot[oc] += v[oc]
            lines.append(line([{AP: "Abuse of position (sexual purpose)", VG: "VAWG"}.get(cat, CL[cat])] +
                              [F(cat, oc, v[oc], p) for oc in OCS + ["total"]]))
        lines.append(rule())
        lines.append(line(["Total"] + [N(str(tot[oc]), "column total over types (all types together, not a category)") for oc in OCS + ["total"]]))
        lines += [rule(), ""]
    lines += ["Key: Dism = dismissed; WHBD = would have been dismissed; FWW = final written warning;",
              "WW = written warning; RP = reflective practice; NCTA = no case to answer; UI = under investigation.", "",
              rights(), "", "Information Compliance Unit", "Humberside Police"]
    m = email.message.EmailMessage()
    m["From"] = "Information Compliance <foi@humberside.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("Your FOI request 2026-0978", "reference")
    m["Date"] = N("Thu, 17 Dec 2026 11:02:00 +0000", "date")
    m["Message-ID"] = "<20261217110200.0978@humberside.police.uk>"
    m.set_content("\n".join(lines) + "\n")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 8 Warwickshire: PDF letter, figures in prose,
# one corrected later in the same letter
def build_warwickshire():
    src = "warwickshire/Warwickshire Police FOI 2026-5530 letter.pdf"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    st = bk.styles("Times-Roman", 11)
    story = [bk.P("Warwickshire Police", st["h"]),
             bk.P(N("Our reference: 2026/5530 \u2003 16 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Warwickshire Police records allegations against officers and staff together. For the "
                    "financial year 2025/26 (1 April 2025 to 31 March 2026) the position is as follows.", "period"),
                  st["body"])]
    wrong = None
    for cat in CATS5:
        v = counts(r, hi=4, cat=cat)
        if cat == SM:
            v["dismissed"] = 8
            v["total"] = sum(v[oc] for oc in OCS)
        parts = []
        for lab, oc in OUT7:
            if v[oc]:
                if cat == SM and oc == "dismissed":
                    parts.append(f"{N('7', 'figure corrected later in the letter (superseded)')} {lab.lower()}")
                    F(cat, oc, 8, FY25, printed=False)
                else:
                    parts.append(f"{F(cat, oc, v[oc], FY25)} {lab.lower()}")
            else:
                F(cat, oc, 0, FY25, printed=False)
        tx = f"<b>{CL[cat]}</b>: {F(cat, 'total', v['total'], FY25)} allegations"
        tx += " (" + ", ".join(parts) + ")." if parts else "."
        story.append(bk.P(tx, st["body"]))
    story.append(bk.P("Where an outcome is not mentioned for a type there were no allegations with that outcome.", st["body"]))
    story.append(bk.P(L("<b>Correction.</b> After this letter was drafted our Professional Standards Department "
                        "checked the figures again: the figure of 7 given above for sexual misconduct allegations "
                        "resulting in dismissal should read {n}. The total for sexual misconduct given above is "
                        "correct.", "the superseded figure", n=F(SM, "dismissed", 8, FY25, restated=True)), st["body"]))
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("2026/5530"), title="FOI 2026/5530", author="Warwickshire Police")


# ===================================================================== 9 West Mercia: XLSX, one sheet per employee group,
# same layout; calendar years
def build_west_mercia():
    import openpyxl
    from openpyxl.styles import Font
    src = "west-mercia/WMerP FOI 26-3107 (officers and staff).xlsx"
    KEY.file(src, "west-mercia")
    r = rng("wmerc")
    wb = openpyxl.Workbook()
    first = True
    for subj, title in (("officers", "Police officers"), ("staff", "Police staff")):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws["A1"] = f"West Mercia Police \u2013 {title.lower()}"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = N("FOI 26-3107. Calendar years; 2026 runs to 30 November 2026.", "reference; period end")
        ws.append([])
        ws.append(["Allegation type", "Outcome", N("2024", "period"), N("2025", "period"), N("2026 (to 30 Nov)", "period")])
        for c in ws[4]:
            c.font = Font(bold=True)
        for cat in CATS5:
            vs = [counts(r, hi=6, cat=cat, subj=subj, late=p == CYTD) for p in (CY24, CY25, CYTD)]
            for lab, oc in OUT7 + [("Total", "total")]:
                ws.append([CL[cat], lab] + [int(F(cat, oc, v[oc], p, subject=subj)) for v, p in zip(vs, (CY24, CY25, CYTD))])
    xlsx_save(wb, src)


# ===================================================================== 10 Sussex: DOCX, whole categories refused for
# staff under s40(2), stated in prose only
def build_sussex():
    src = "sussex/Sussex Police FOI 1688-26 response.docx"
    KEY.file(src, "sussex")
    r = rng("sussex")
    d = bk.docx_new("Calibri", 11)
    bk.docx_para(d, "Sussex Police \u2013 Freedom of Information", bold=True, size=14)
    bk.docx_para(d, N("Reference 1688/26, 17 December 2026", "reference; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Table 1 gives allegations against police officers for 2024/25 and 2025/26.", "table number; periods"))
    t = d.add_table(rows=1, cols=2 + 2)
    t.style = "Table Grid"
    for i, hd in enumerate(["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period")]):
        bk.docx_cell(t.rows[0].cells[i], hd, bold=True)
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat) for _ in range(2)]
        for lab, oc in OUT7 + [("Total", "total")]:
            row = t.add_row().cells
            bk.docx_cell(row[0], CL[cat])
            bk.docx_cell(row[1], lab)
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25))):
                bk.docx_cell(row[2 + j], F(cat, oc, v[oc], p, subject="officers"))
    bk.docx_para(d, "")
    stc = {SA: 3, SM: 6, VG: 4}
    s24 = {c: rng("sx24" + c).randint(2, 7) for c in stc}
    parts = "; ".join(f"{CL[c].lower()} {F(c, 'total', s24[c], FY24, subject='staff')} " + N("in 2024/25 and", "period") +
                      f" {F(c, 'total', stc[c], FY25, subject='staff')} " + N("in 2025/26", "period") for c in stc)
    bk.docx_para(d, L("Police staff: allegations against police staff were ", "") + parts + ".")
    for c in (SH, AP):
        for p in (FY24, FY25):
            F(c, "total", bk.REF("s40(2)"), p, subject="staff", printed=False)
    bk.docx_para(d, N("For allegations of sexual harassment and of abuse of position for a sexual purpose made against "
                      "police staff, the numbers are so small that disclosure could identify the individuals "
                      "concerned. That information is withheld under section 40(2) of the Act for both years.",
                      "Act section"))
    bk.docx_para(d, "Outcomes for police staff are not held centrally.")
    bk.docx_para(d, rights())
    docx_save(d, src, "Sussex Police Information Access")


# ===================================================================== 11 Surrey: HTML, sexual misconduct with "of which"
# sub-rows for sexual harassment and sexual assault
def build_surrey():
    src = "surrey/surrey-police-foi-2026-1241.html"
    KEY.file(src, "surrey")
    r = rng("surrey")
    body = [f"<h1>FOI {N('2026/1241', 'reference')}: allegations of sexual misconduct</h1>",
            f"<p class=\"meta\">{N('Response date: 18/12/2026', 'date')}</p>", f"<p>{request()}</p>",
            "<p>Surrey Police records sexual assault and sexual harassment as kinds of sexual misconduct; the "
            "Sexual misconduct row is the total of all sexual misconduct including the rows beneath it. "
            "Officers and staff are combined.</p>"]
    heads = [lab for lab, _ in OUT7] + ["Total"]
    for pl, p in (("1 April 2024 to 31 March 2025", FY24), ("1 April 2025 to 31 March 2026", FY25),
                  ("1 April 2026 to 30 November 2026", FYTD)):
        body.append(f"<h2>{N(pl, 'period')}</h2><table><tr><th></th>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
        sub = {c: counts(r, hi=3, cat=c, late=p == FYTD) for c in (SH, SA)}
        other = counts(r, hi=3, zero=0.6)
        sm = {oc: sub[SH][oc] + sub[SA][oc] + other[oc] for oc in OCS + ["total"]}
        body.append("<tr><th>Sexual misconduct (all)</th>" + "".join(f"<td><b>{F(SM, oc, sm[oc], p)}</b></td>" for oc in OCS + ["total"]) + "</tr>")
        for c, lab in ((SH, "of which sexual harassment"), (SA, "of which sexual assault")):
            body.append(f"<tr><th style=\"padding-left:2em\">{lab}</th>" + "".join(f"<td>{F(c, oc, sub[c][oc], p)}</td>" for oc in OCS + ["total"]) + "</tr>")
        for c in (AP, VG):
            v = counts(r, hi=4, cat=c, late=p == FYTD)
            body.append(f"<tr><th>{CL[c]}</th>" + "".join(f"<td>{F(c, oc, v[oc], p)}</td>" for oc in OCS + ["total"]) + "</tr>")
        body.append("</table>")
    body.append(f"<p>{rights()}</p>")
    write_text(src, bk.html_page(N("Surrey Police FOI 2026/1241", "reference"), "\n".join(body)))


# ===================================================================== 12 Kent: plain-text letter, counts with "<5"
def build_kent():
    src = "kent/Kent Police FOI 26-7112 reply.txt"
    KEY.file(src, "kent", subject="officers_and_staff")
    r = rng("kent")
    lines = ["KENT POLICE - FREEDOM OF INFORMATION", N("Reference: 26/7112          Date: 16 December 2026", "reference; date"), "",
             "Allegations against officers and staff together, by financial year. " + N("Numbers from one to four are", "suppression rule"),
             N("shown as <5 to protect the individuals concerned (section 40(2)).", "suppression rule; Act section"), ""]
    for pl, p in (("FYE 2025", FY24), ("FYE 2026", FY25)):
        lines.append(N(f"{pl} (year ending 31 March)", "period"))
        lines.append(f"{'Allegation type':<42}{'Total':>8}{'Dismissed':>11}{'FWW':>6}{'RP':>6}{'NCTA':>6}")
        for cat in CATS5:
            v = counts(r, hi=9, cat=cat, ocs=["dismissed", "final_written_warning", "management_action", "no_case_to_answer"])
            cells = []
            for oc in ["total", "dismissed", "final_written_warning", "management_action", "no_case_to_answer"]:
                if 1 <= v[oc] <= 4:
                    cells.append(F(cat, oc, SUP(1, 4, "s40(2)"), p, said="<5"))
                else:
                    cells.append(F(cat, oc, v[oc], p))
            lines.append(f"{CL[cat]:<42}{cells[0]:>8}{cells[1]:>11}{cells[2]:>6}{cells[3]:>6}{cells[4]:>6}")
        lines.append("")
    lines += ["FWW = final written warning; RP = reflective practice; NCTA = no case to answer.",
              "Other outcomes (written warnings, cases still under investigation) are not shown, so outcomes",
              "need not add up to the total.", "", rights()]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# ===================================================================== 13 Dyfed-Powys: PDF, ruled table, calendar years
# with types as columns, outcomes down; officers and staff as two tables
def build_dyfed_powys():
    from reportlab.platypus import Table
    src = "dyfed-powys/DPP FOI 2026-612 response.pdf"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Heddlu Dyfed-Powys Police", st["h"]),
             bk.P(N("FOI 2026/612 \u2013 15 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("We record by calendar year. Figures are given for 2025; 2024 figures were released in FOI "
                  "2025/233 and are not repeated here.", "periods; earlier reference"), st["body"])]
    for subj, title in (("officers", "Police officers"), ("staff", "Police staff")):
        story.append(bk.P(N(f"{title}, January \u2013 December 2025", "period"), st["h2"]))
        vs = {c: counts(r, hi=5, cat=c, subj=subj) for c in CATS5}
        data = [["Outcome", "SA", "SM", "SH", "APSP", "VAWG"]]
        for lab, oc in OUT7 + [("Total", "total")]:
            data.append([lab] + [F(c, oc, vs[c][oc], CY25, subject=subj) for c in CATS5])
        t = Table(data, colWidths=[50 * 2.83] + [20 * 2.83] * 5)
        t.setStyle(bk.grid_style(1, size=8.5))
        story += [t, bk.S(8)]
    story.append(bk.P("SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a "
                      "sexual purpose; VAWG violence against women and girls.", st["small"]))
    story.append(bk.P(N("Figures for 2026 are withheld under section 22 as they will be published in 2027.", "Act section; year"), st["body"]))
    for c in CATS5:
        F(c, "total", bk.REF("s22"), CYTD, printed=False)
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("DPP 2026/612"), title="FOI 2026/612", author="Dyfed-Powys Police")


# ===================================================================== 14 Devon and Cornwall: covering e-mail + CSV attachment
def build_devon_and_cornwall():
    src = "devon-and-cornwall/D&C FOI 2026-09140 response.eml"
    KEY.file(src, "devon-and-cornwall", subject="officers")
    r = rng("dc")
    rows = [N("Period,Type,Outcome,Officers", "")]
    for pl, p in (("Year ending 31 March 2025", FY24), ("Year ending 31 March 2026", FY25)):
        for cat in CATS5:
            v = counts(r, hi=6, cat=cat)
            for lab, oc in OUT7 + [("Total", "total")]:
                rows.append(f"{N(pl, 'period')},{CL[cat]},{lab},{F(cat, oc, v[oc], p)}")
    m = email.message.EmailMessage()
    m["From"] = "Freedom of Information <foi@dc.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("FOI 2026-09140 response", "reference")
    m["Date"] = N("Fri, 18 Dec 2026 14:20:00 +0000", "date")
    m["Message-ID"] = "<20261218142000.09140@dc.police.uk>"
    m.set_content("Dear Requester,\n\nPlease find attached our response to your request. The attached CSV covers "
                  "allegations against police officers;\npolice staff are dealt with by HR and that information is not "
                  "held by Professional Standards.\n\n" + rights() + "\n\nDevon & Cornwall Police\n")
    for c in CATS5:
        for p in (FY24, FY25):
            F(c, "total", bk.NH, p, subject="staff", printed=False)
    m.add_attachment(("\n".join(rows) + "\n").encode(), maintype="text", subtype="csv",
                     filename=N("FOI-2026-09140.csv", "reference"))
    m.set_boundary("===============b41dc09140==")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 15 Cambridgeshire: PDF Q&A; Q1 totals with periods
# as rows and officer/staff column pairs per type; Q2 outcomes for officers and staff together, per period
def build_cambridgeshire():
    from reportlab.platypus import Table
    from reportlab.lib.pagesizes import A4, landscape
    src = "cambridgeshire/Cambs Constabulary FOI 0431-2026 disclosure.pdf"
    KEY.file(src, "cambridgeshire")
    r = rng("cambs")
    st = bk.styles("Helvetica", 9)
    pers = [("FYE 2025", FY24), ("FYE 2026", FY25), ("Apr-Nov 2026", FYTD)]
    story = [bk.P("Cambridgeshire Constabulary – Disclosure", st["h"]),
             bk.P(N("Request 0431/2026, answered 18 December 2026", "reference; date"), st["body"]),
             bk.P(N("FYE = financial year ending 31 March; Apr-Nov 2026 = 1 April to 30 November 2026.", "period definitions"), st["small"]),
             bk.P("<b>Q1. How many allegations were made against (a) police officers and (b) police staff?</b>", st["body"])]
    vals = {(p, c): {s_: counts(r, hi=5, cat=c, subj=s_, late=p == FYTD) for s_ in ("officers", "staff")}
            for _, p in pers for c in CATS5}
    hd1 = ["Period"] + sum([[ab, ""] for ab in ("SA", "SM", "SH", "APSP", "VAWG")], [])
    hd2 = [""] + ["Off.", "Staff"] * 5
    data = [hd1, hd2]
    for pl, p in pers:
        data.append([N(pl, "period")] + sum([[F(c, "total", vals[(p, c)]["officers"]["total"], p, subject="officers"),
                                             F(c, "total", vals[(p, c)]["staff"]["total"], p, subject="staff")]
                                            for c in CATS5], []))
    t = Table(data, colWidths=[70] + [40] * 10)
    t.setStyle(bk.grid_style(2, size=8, extra=[("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(5)] +
                             [("SPAN", (0, 0), (0, 1))]))
    story += [t, bk.S(4),
              bk.P("SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a sexual "
                   "purpose; VAWG violence against women and girls; Off. police officers.", st["small"]),
              bk.P("<b>Q2. What were the outcomes?</b> Outcomes are recorded for officers and staff together.", st["body"])]
    for pl, p in pers:
        story.append(bk.P(N(pl, "period"), st["h2"]))
        data = [["Outcome", "SA", "SM", "SH", "APSP", "VAWG"]]
        for lab, oc in OUT7 + [("All outcomes", "total")]:
            data.append([lab] + [F(c, oc, vals[(p, c)]["officers"][oc] + vals[(p, c)]["staff"][oc], p) for c in CATS5])
        t = Table(data, colWidths=[140] + [50] * 5)
        t.setStyle(bk.grid_style(1, size=8))
        story += [t, bk.S(6)]
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("0431/2026"), title="FOI 0431/2026", author="Cambridgeshire Constabulary")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind41-", read=read41))
