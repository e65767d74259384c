#!/usr/bin/python3
"""make_blind31.py -- the thirty-first blind test batch for `foi` and its answer key.

The request, sent on 23 November 2026: for each of the financial years 2023/24, 2024/25 and
2025/26 and for 2026/27 to date (or the equivalent calendar years where a force records by
calendar year), the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Fourteen forces answer in
fifteen files, as the folder arrives (see NOTES-blind31.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the read-backs for
.eml and for Word files with section breaks are local.

usage: /usr/bin/python3 make_blind31.py             # rebuild fixtures/blind31 (or $FOI_BLIND31_OUT)
       /usr/bin/python3 make_blind31.py check       # verify determinism and every number
       /usr/bin/python3 make_blind31.py dump FILE   # show FILE (relative to the batch) as read back
"""
import csv
import datetime as dt
import functools
import email
import email.policy
import io
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND31_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind31").resolve()
bk.ROOT = FINAL
xlsx_save = functools.partial(bk.xlsx_save, when=dt.datetime(2026, 12, 1, 9, 30, 0))
docx_finish = functools.partial(bk.docx_finish, when=dt.datetime(2026, 12, 1, 9, 0, 0))

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST31 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "2026/27 to date (or the equivalent calendar years, if that is how you record the "
             "information): (a) the number of allegations of sexual assault, sexual misconduct, "
             "sexual harassment, abuse of position for a sexual purpose and violence against women "
             "and girls made against police officers and police staff; and (b) the outcome of each "
             "allegation (dismissed, would have been dismissed, final written warning, written "
             "warning, reflective practice, no case to answer, still under investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-10-31")
CY24, CY25 = CY(2024), CY(2025)
SENT = "23 November 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))


def request31(text=REQUEST31):
    return N(text, "the request's years")


def rng(name):
    return random.Random("blind31-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    """Outcome counts {outcome: n}; late: a recent period (more under investigation)."""
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=22):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


# =========================================================================== read-backs


def read31(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def furniture(ref_text, font="Helvetica", marking="OFFICIAL", landscape_pages=()):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = (A4[1], A4[0]) if p in landscape_pages else A4
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def letter_head(st, force, lines, ref, date):
    out = [bk.P(f"<b>{force}</b>", st["h"])]
    for x in lines:
        out.append(bk.P(N(x, "address, postcode, telephone"), st["addr"]))
    out += [bk.S(8), bk.P(N(f"Our reference: {ref}", "reference"), st["addr"]),
            bk.P(N(f"Date: {date}", "date"), st["addr"]), bk.S(8)]
    return out


# =========================================================================== 1 Thames Valley: a Word letter printed to PDF, shaded rows, no vertical rules


def build_thames_valley():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, KeepTogether
    src = "thames-valley/TVP FOI 2026-3318 response.pdf"
    KEY.file(src, "thames-valley")
    r = rng("thames-valley")
    st = pstyles("Helvetica", 10)
    story = letter_head(st, "Thames Valley Police", [
        "Information Access Team, Oxford Road, Kidlington OX5 2NX"], "FOI 2026-3318",
        "3 December 2026")
    story += [bk.P("Dear Requester,", st["body"]),
              bk.P(N(f"Freedom of Information request reference number FOI 2026-3318, received "
                     f"{SENT}", "reference; date"), st["bold"]),
              bk.P("You asked:", st["body"]), bk.P(request31(), st["quote"]),
              bk.P("Thames Valley Police holds the information. The tables below give the number of "
                   "allegations recorded by the Professional Standards Department in each financial "
                   "year against police officers and police staff together, by allegation type and "
                   "outcome. An allegation is counted in the year in which it was recorded.",
                   st["body"])]
    heads = ["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
             "Abuse of position for a sexual purpose", "VAWG"]
    from reportlab.lib.styles import ParagraphStyle
    hst = ParagraphStyle("wh", parent=st["cellc"], textColor=colors.white)
    for ti, (lab, per) in enumerate([("2023-24 (Apr-Mar)", FY23), ("2024-25 (Apr-Mar)", FY24),
                                     ("2025-26 (Apr-Mar)", FY25),
                                     ("2026-27 to date (1 Apr - 31 Oct 2026)", YTD)], 1):
        k = {cat: counts(r, cat=cat, late=(per in (FY25, YTD))) for cat in CATS5}
        data = [[bk.P(N(h, "heading"), hst) for h in heads]]
        for olab, oc in OUT7:
            data.append([olab] + [F(cat, oc, k[cat][oc], per) for cat in CATS5])
        data.append(["Total"] + [F(cat, "total", sum(k[cat].values()), per) for cat in CATS5])
        t = Table(data, colWidths=[44 * mm] + [24 * mm] * 5, repeatRows=1)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.HexColor("#DEEAF6"), colors.white]),
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#1F3864")),
            ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(KeepTogether([bk.P(N(f"Table {ti}: allegations recorded {lab}",
                                          "table number; period heading"), st["h2"]), t, bk.S(8)]))
    story += [bk.P(N("VAWG = violence against women and girls (allegations flagged by PSD as VAWG-related "
                   "that are not recorded under one of the other four types).", "'one of the other four types': not a count"), st["small"]),
              bk.P("Reflective practice "
                   "means the Reflective Practice Review Process. Under investigation includes "
                   "allegations awaiting a misconduct meeting or hearing.", st["small"]),
              bk.P(N("Figures for 2026/27 to date are provisional and may change as allegations are "
                     "reviewed.", "period"), st["body"]),
              bk.P(rights("Thames Valley Police"), st["body"]),
              bk.P("Yours sincerely,", st["body"]), bk.P("Information Access Team", st["body"])]
    bk.pdf_letter(src, story, furniture("TVP FOI 2026-3318"), title="FOI 2026-3318",
                  author="Thames Valley Police")


# =========================================================================== 2 Hampshire: letter page + landscape annex page


def build_hampshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, NextPageTemplate,
                                    PageBreak, Table)
    src = "hampshire/HC-FOI-2026-03702.pdf"
    KEY.file(src, "hampshire")
    r = rng("hampshire")
    st = pstyles("Helvetica", 9.5)
    pages = {"n": 0}

    def on_page(c, doc):
        pages["n"] += 1
        w, h = c._pagesize
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 9 * mm, N("HC-FOI-2026-03702", "reference"))
        c.drawRightString(w - 18 * mm, 9 * mm, N(f"Page {pages['n']}", "page number"))
    p_frame = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 38 * mm, id="p")
    LA = landscape(A4)
    l_frame = Frame(15 * mm, 15 * mm, LA[0] - 30 * mm, LA[1] - 30 * mm, id="l")
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title="HC-FOI-2026-03702",
                          author="Hampshire and Isle of Wight Constabulary",
                          creator="Hampshire and Isle of Wight Constabulary")
    doc.addPageTemplates([PageTemplate("portrait", [p_frame], onPage=on_page, pagesize=A4),
                          PageTemplate("land", [l_frame], onPage=on_page, pagesize=LA)])
    story = letter_head(st, "Hampshire and Isle of Wight Constabulary", [
        "Information Management, Mottisfont Court, High Street, Winchester SO23 8ZD"],
        "HC/FOI/2026/03702", "1 December 2026")
    story += [bk.P(N(f"Thank you for your email of {SENT} requesting the following information:",
                     "date"), st["body"]), bk.P(request31(), st["quote"]),
              bk.P("Hampshire and Isle of Wight Constabulary holds this information. The figures are "
                   "set out in the Annex overleaf (landscape). Annex table A gives the number of "
                   "allegations by type for each year, separately for police officers and police "
                   "staff with a combined total. Annex table B gives the outcomes of the allegations "
                   "recorded in FY 2025/2026 against officers and staff together.", st["body"]),
              bk.P("Outcomes for earlier years are recorded in a way that cannot be compared with "
                   "the current categories and are not provided.", st["body"]),
              bk.P(rights("Hampshire and Isle of Wight Constabulary"), st["body"]),
              bk.P("Yours sincerely,", st["body"]), bk.P("Information Management", st["body"]),
              NextPageTemplate("land"), PageBreak()]
    N("2025/2026", "period")
    story.append(bk.P("<b>Annex: allegations against police officers and police staff</b>", st["h"]))
    story.append(bk.P("Table A: allegations recorded, by year and workforce", st["h2"]))
    heads = ["Year", "Workforce", "Sexual assault", "Sexual misconduct", "Sexual harassment",
             "Abuse of position for a sexual purpose", "Violence against women and girls"]
    data = [[bk.P(N(h, "heading"), st["cellb"]) for h in heads]]
    k25 = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    spans = []
    for lab, per in [("FY 2023/2024", FY23), ("FY 2024/2025", FY24), ("FY 2025/2026", FY25),
                     ("FY 2026/2027 to 31 October", YTD)]:
        vals = {}
        for cat in CATS5:
            if per == FY25:
                t_ = sum(k25[cat].values())
                s = r.randint(0, t_ // 3)
                vals[cat] = (t_ - s, s)
            else:
                vals[cat] = (tot(r, cat, hi=18), tot(r, cat, "staff", hi=8))
        r0 = len(data)
        for wf, subj in (("Police officers", "officers"), ("Police staff", "staff"),
                         ("Total", "officers_and_staff")):
            row = [N(lab, "period heading") if subj == "officers" else "", wf]
            for cat in CATS5:
                o, s = vals[cat]
                v = {"officers": o, "staff": s, "officers_and_staff": o + s}[subj]
                row.append(F(cat, "total", v, per, subject=subj))
            data.append(row)
        spans.append(((0, r0), (0, r0 + 2)))
    t = Table(data, colWidths=[42 * mm, 32 * mm] + [38 * mm] * 5, repeatRows=1)
    t.setStyle(bk.grid_style(1, size=8.5, extra=[("SPAN", a, b) for a, b in spans]
                             + [("VALIGN", (0, 0), (0, -1), "TOP")]
                             + [("FONT", (1, i), (-1, i), "Helvetica-Bold", 8.5)
                                for i in range(3, len(data), 3)]))
    story += [t, bk.S(10)]
    story.append(bk.P(N("Table B: outcomes of allegations recorded in FY 2025/2026 (officers and staff)", "period"),
                      st["h2"]))
    data = [[bk.P(N(h, "heading"), st["cellb"]) for h in ["Outcome"] + heads[2:]]]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice review process", "No case to answer", "Ongoing"]
    for lab, oc in zip(labs, OCS):
        data.append([lab] + [F(cat, oc, k25[cat][oc], FY25) for cat in CATS5])
    data.append(["Total"] + [F(cat, "total", sum(k25[cat].values()), FY25, restated=True)
                             for cat in CATS5])
    t = Table(data, colWidths=[74 * mm] + [38 * mm] * 5)
    t.setStyle(bk.grid_style(1, size=8.5, extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]))
    story += [t, bk.S(6), bk.P("The Total row of Table B repeats the FY 2025/2026 Total rows of Table A.",
                               st["small"])]
    N("2025/2026", "period")
    doc.build(story)


# =========================================================================== 3 Cleveland: s12 for one category, s40(5) NCND for one figure


def build_cleveland():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2026-3041 response.pdf"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    st = pstyles("Times-Roman", 10.5)
    story = letter_head(st, "Cleveland Police", [
        "Freedom of Information Unit, Cleveland Community Safety Hub, 1 Cliffland Way, "
        "Hemlington, Middlesbrough TS8 9GL"], "2026/3041", "4 December 2026")
    story += [bk.P(N(f"I write in connection with your request for information received on {SENT}:",
                     "date"), st["body"]), bk.P(request31(), st["quote"]),
              bk.P("<b>Response</b>", st["body"]),
              bk.P("Cleveland Police can confirm that it holds information relevant to parts of your "
                   "request. The figures below are allegations recorded against police officers and "
                   "police staff together.", st["body"])]
    cats4 = (SA, SM, SH, AP)
    pers = [("Year ending 31/03/2024", FY23), ("Year ending 31/03/2025", FY24),
            ("Year ending 31/03/2026", FY25), ("1/4/2026 to 31/10/2026", YTD)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Live investigation"]
    for ti, (plab, per) in enumerate(pers, 1):
        story.append(bk.P(N(f"Table {ti}: {plab}", "table number; period heading"), st["h2"]))
        heads = ["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
                 "Abuse of position for a sexual purpose"]
        data = [[bk.P(h, st["cellb"]) for h in heads]]
        k = {cat: counts(r, cat=cat, late=(per == YTD)) for cat in cats4}
        for lab, oc in zip(labs, OCS):
            row = [lab]
            for cat in cats4:
                if cat == AP and per == YTD:
                    row.append("See note")
                else:
                    row.append(F(cat, oc, k[cat][oc], per))
            data.append(row)
        row = ["Total"]
        for cat in cats4:
            if cat == AP and per == YTD:
                row.append(F(cat, "total", NCND("s40(5)"), per, said="See note"))
            else:
                row.append(F(cat, "total", sum(k[cat].values()), per))
        data.append(row)
        t = Table(data, colWidths=[48 * mm] + [30 * mm] * 4)
        t.setStyle(bk.grid_style(1, font="Times-Roman", size=9,
                                 extra=[("FONT", (0, -1), (-1, -1), "Times-Bold", 9)]))
        story += [t, bk.S(6)]
    story += [
        bk.P("<b>Note to Table 4.</b> Cleveland Police neither confirms nor denies whether it holds "
             "information about allegations of abuse of position for a sexual purpose recorded "
             "since 1 April 2026. Section 40(5) of the Act applies: to confirm or deny whether any "
             "such allegation has been recorded in the current year, or how many, would in itself "
             "disclose personal data about an identifiable individual.", st["body"]),
        bk.P("<b>Violence against women and girls</b>", st["body"]),
        bk.P("Allegations are not flagged as VAWG on our Centurion system. To identify them we would "
             "have to read each misconduct allegation recorded in the period, about 1,400 records at "
             "an average of 6 minutes each, some 140 hours, well beyond the 18 hours (\u00a3450) "
             "limit. This part of your request (all four periods) is therefore refused under "
             "section 12(1) of the Act, and this letter serves as a refusal notice under section "
             "17(5). The other parts have been answered.", st["body"]),
        bk.P(rights("Cleveland Police"), st["body"]),
        bk.P("Yours faithfully,", st["body"]), bk.P("Freedom of Information Unit", st["body"])]
    N("4 40(5) 1 April 2026 1,400 6 140 18 450 four 12(1) 17(5)",
      "sections of the Act; date; record count of all kinds, minutes, hours and pounds of the cost estimate")
    for _, per in pers:
        F(VG, "total", REF("s12"), per, printed=False)
    bk.pdf_letter(src, story, furniture("Cleveland Police - FOI 2026/3041", font="Times-Roman"),
                  title="FOI 2026/3041", author="Cleveland Police")


# =========================================================================== 4 Merseyside: formulas referencing a data sheet, merged corner, Total column on the left


def build_merseyside():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    src = "merseyside/Merseyside FOI 1187-26 allegations.xlsx"
    KEY.file(src, "merseyside")
    r = rng("merseyside")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    wd = wb.create_sheet("Data")
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    k = {(cat, per): counts(r, cat=cat, late=(per in (FY25, YTD))) for cat in CATS5
         for _, per in pers}
    # Data sheet: long format, one row per year x type x outcome
    for ci, h in enumerate(["Year", "Allegation type", "Outcome", "Allegations"], 1):
        wd.cell(row=1, column=ci, value=h).font = Font(bold=True)
    drow = {}
    ri = 2
    for plab, per in pers:
        for cat in CATS5:
            for lab, oc in zip(labs, OCS):
                wd.cell(row=ri, column=1, value=N(plab, "period"))
                wd.cell(row=ri, column=2, value=CL[cat])
                wd.cell(row=ri, column=3, value=lab)
                wd.cell(row=ri, column=4, value=F(cat, oc, k[(cat, per)][oc], per) and
                        k[(cat, per)][oc])
                drow[(cat, oc, per)] = ri
                ri += 1
    wd.column_dimensions["A"].width = 12
    wd.column_dimensions["B"].width = 38
    wd.column_dimensions["C"].width = 26
    wd.freeze_panes = "A2"
    # Summary sheet
    ws["A1"] = N("Merseyside Police - FOI 1187-26", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations against police officers and police staff (together) recorded by "
                "Professional Standards. Figures are drawn from the sheet 'Data'.")
    ws.merge_cells("A4:B5")
    ws["A4"] = "Allegation type and outcome"
    ws["A4"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("C4:C5")
    ws["C4"] = N("Total 2023/24 to 2026/27 YTD", "period heading")
    ws.merge_cells("D4:G4")
    ws["D4"] = "Financial year of recording"
    for ci, (plab, _) in enumerate(pers, 4):
        ws.cell(row=5, column=ci, value=N(plab, "period heading"))
    fill = PatternFill("solid", fgColor="D9E1F2")
    for row in ws["A4:G5"]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cached = {}
    ri = 6
    span = (FY23[0], YTD[1])
    for cat in CATS5:
        first = ri
        for lab, oc in zip(labs, OCS):
            ws.cell(row=ri, column=1, value=CL[cat] if oc == OCS[0] else None)
            ws.cell(row=ri, column=2, value=lab)
            for ci, (_, per) in enumerate(pers, 4):
                ref = f"{get_column_letter(ci)}{ri}"
                ws[ref] = f"=Data!D{drow[(cat, oc, per)]}"
                cached[ref] = k[(cat, per)][oc]
                F(cat, oc, k[(cat, per)][oc], per, restated=True)
            ws[f"C{ri}"] = f"=SUM(D{ri}:G{ri})"
            cached[f"C{ri}"] = F(cat, oc, sum(k[(cat, per)][oc] for _, per in pers), span)
            ri += 1
        ws.cell(row=ri, column=2, value="Total").font = Font(bold=True)
        for ci, (_, per) in enumerate(pers, 4):
            col = get_column_letter(ci)
            ws[f"{col}{ri}"] = f"=SUM({col}{first}:{col}{ri - 1})"
            cached[f"{col}{ri}"] = F(cat, "total", sum(k[(cat, per)].values()), per)
        ws[f"C{ri}"] = f"=SUM(D{ri}:G{ri})"
        cached[f"C{ri}"] = F(cat, "total", sum(sum(k[(cat, per)].values()) for _, per in pers),
                             span)
        for ci in range(2, 8):
            ws.cell(row=ri, column=ci).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=ri, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="top", wrap_text=True)
        ri += 1
    ri += 1
    ws.cell(row=ri, column=1, value=N("2026/27 YTD = 1 April 2026 to 31 October 2026.", "period definition"))
    ws.cell(row=ri + 1, column=1, value="Reflective practice = Reflective Practice Review Process.")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 26
    for col in "CDEFG":
        ws.column_dimensions[col].width = 13
    xlsx_save(wb, src, "Merseyside Police", cached={"Summary": cached})


# =========================================================================== 5 Greater Manchester: categories x outcomes with colgroup period bands + a print copy


def build_greater_manchester():
    src = "greater-manchester/FOI_007731-26_disclosure.html"
    KEY.file(src, "greater-manchester")
    r = rng("greater-manchester")
    pers = [("2024/25", FY24), ("2025/26", FY25)]
    labs = ["Dismissed", "WHBD", "FWW", "WW", "RPRP", "NCTA", "Live"]
    k = {(cat, per): counts(r, cat=cat, late=(per == FY25)) for cat in CATS5 for _, per in pers}
    tk = {cat: tot(r, cat, hi=20) for cat in CATS5}

    def table(restated, cls):
        h = [f'<table class="table table-bordered gmp-table {cls}">',
             "<caption>Allegations against officers and staff by type and outcome</caption>",
             "<thead><tr><th rowspan=\"2\" scope=\"col\">Allegation type</th>"]
        for plab, _ in pers:
            h.append(f'<th colspan="8" scope="colgroup">{N(plab, "period heading")}</th>')
        h.append("</tr><tr>")
        for _ in pers:
            for lab in labs + ["Total"]:
                h.append(f'<th scope="col">{lab}</th>')
        h.append("</tr></thead><tbody>")
        for cat in CATS5:
            h.append(f'<tr><th scope="row">{CL[cat]}</th>')
            for _, per in pers:
                for oc in OCS:
                    h.append(f"<td>{F(cat, oc, k[(cat, per)][oc], per, restated=restated)}</td>")
                h.append(f"<td><strong>{F(cat, 'total', sum(k[(cat, per)].values()), per, restated=restated)}</strong></td>")
            h.append("</tr>")
        h.append("</tbody></table>")
        return "\n".join(h)
    css = ("<style>\n.print-only{display:none}\n@media print{.print-only{display:block}"
           ".screen-only{display:none}.gmp-nav,.gmp-footer{display:none}}\n"
           "table.gmp-table td{text-align:center}\n</style>\n")
    body = [
        '<header class="gmp-nav"><a href="/">Greater Manchester Police</a> | <a href="/foi">Freedom of information</a> | <a href="/foi/disclosure-log">Disclosure log</a></header>',
        '<main class="container">',
        N("<h1>FOI 007731/26: Sexual misconduct allegations against officers and staff</h1>", "reference"),
        '<ul class="foi-details">',
        f"<li>Reference: {N('007731/26', 'reference')}</li>",
        f"<li>Date of response: {N('2 December 2026', 'date')}</li>",
        "<li>Category: Professional Standards</li></ul>",
        "<h2>Request</h2>", f"<blockquote><p>{E(request31())}</p></blockquote>",
        "<h2>Response</h2>",
        "<p>Greater Manchester Police holds the information. The table gives allegations recorded "
        "against police officers and police staff together, for each financial year, by allegation "
        "type (rows) and outcome (columns).</p>",
        '<div class="table-responsive screen-only">', table(False, "screen"), "</div>",
        '<p class="small text-muted">WHBD = would have been dismissed; FWW = final written warning; '
        "WW = written warning; RPRP = Reflective Practice Review Process; NCTA = no case to answer; "
        "Live = investigation ongoing.</p>",
        "<p>For 2023/24 the force can provide the number of allegations of each type but not their "
        "outcomes, which were recorded on the previous system:</p>",
        "<ul>"]
    for cat in CATS5:
        body.append(f"<li>{CL[cat]}: {F(cat, 'total', tk[cat], FY23)}</li>")
    body += ["</ul>",
             N("<p>Figures for 2026/27 to date will be available after the quarterly "
               "validation in January 2027.</p>", "period; date"),
             '<div class="print-only" aria-hidden="true">',
             "<h2>Printable version</h2>",
             table(True, "print"), "</div>",
             f"<p>{E(rights('Greater Manchester Police'))}</p>", "</main>",
             '<footer class="gmp-footer">Greater Manchester Police</footer>']
    N("2023/24", "period")
    write_text(src, bk.html_page(N("FOI 007731/26 | Greater Manchester Police", "reference"),
                                 "\n".join(body), css))


# =========================================================================== 6 Durham: a plain-text e-mail with tab tables and a wrapped category name


def build_durham():
    from email.message import EmailMessage
    src = "durham/RE FOI DCP-2026-1429 allegations against staff.eml"
    KEY.file(src, "durham")
    r = rng("durham")
    lines = []
    A = lines.append
    A("Dear Requester,")
    A("")
    A(N("Freedom of Information Act 2000 - request DCP-2026-1429", "reference"))
    A("")
    A(N(f"Thank you for your request of {SENT}. You asked:", "date"))
    A("")
    A(request31())
    A("")
    A("Durham Constabulary records misconduct allegations by calendar year, so the figures below")
    A(N("are for the calendar years 2024 and 2025 and for 2026 to 31 October. They are allegations", "periods"))
    A("against police officers and police staff.")
    A("")
    pers = [("2024", CY24), ("2025", CY25), ("2026 (to 31 October)", ("2026-01-01", "2026-10-31"))]
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    for ti, (plab, per) in enumerate(pers, 1):
        A(N(f"Table {ti} - allegations recorded in {plab}", "table number; period"))
        A("Type of allegation\tOfficers\tStaff\tTotal")
        for cat in CATS5:
            if per == CY25:
                t_ = sum(k25[cat].values())
                s = r.randint(0, t_ // 3)
                o = t_ - s
            else:
                o, s = tot(r, cat, hi=16), tot(r, cat, "staff", hi=6)
            cells = [F(cat, "total", o, per, subject="officers"),
                     F(cat, "total", s, per, subject="staff"),
                     F(cat, "total", o + s, per, subject="officers_and_staff")]
            if cat == AP:
                A("Abuse of position for a sexual")
                A("purpose\t" + "\t".join(cells))
            elif cat == VG:
                A("Violence against women and")
                A("girls (VAWG)\t" + "\t".join(cells))
            else:
                A(CL[cat] + "\t" + "\t".join(cells))
        A("")
    A("Table 4 - outcomes of the allegations recorded in 2025 (officers and staff together)")
    A("Outcome\tSexual assault\tSexual misconduct\tSexual harassment\tAbuse of position\tVAWG")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Still under investigation"]
    for lab, oc in zip(labs, OCS):
        A(lab + "\t" + "\t".join(F(cat, oc, k25[cat][oc], CY25) for cat in CATS5))
    A("Total\t" + "\t".join(F(cat, "total", sum(k25[cat].values()), CY25, restated=True)
                            for cat in CATS5))
    N("Table 4 2025", "table number; period")
    A("")
    A("The Total line of Table 4 is the Total column of Table 2. Outcomes for 2024 and for 2026 are")
    N("Table 4 Table 2 2024 2026", "table numbers; periods")
    A("held on our previous case system and were not extracted for this response.")
    A("")
    A(rights("Durham Constabulary"))
    A("")
    A("Kind regards")
    A("")
    A("Disclosure Unit")
    A("Durham Constabulary")
    A(N("Telephone 101 | foi@durham.police.uk", "telephone number"))
    msg = EmailMessage()
    msg["From"] = "Disclosure Unit <foi@durham.police.uk>"
    msg["To"] = "requests@newsroom.example"
    msg["Date"] = N("Wed, 02 Dec 2026 15:41:07 +0000", "date and time")
    msg["Subject"] = N("RE: FOI DCP-2026-1429 allegations against staff", "reference")
    msg["Message-ID"] = "<dcp20261429.reply@durham.police.uk>"
    msg.set_content("\n".join(lines) + "\n", cte="8bit")
    write_bytes(src, msg.as_bytes(policy=email.policy.SMTP))


# =========================================================================== 7 Staffordshire: figures only as numbered questions and answers


def build_staffordshire():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    src = "staffordshire/FOI 1944-26 response.pdf"
    KEY.file(src, "staffordshire")
    r = rng("staffordshire")
    st = pstyles("Helvetica", 10)
    story = letter_head(st, "Staffordshire Police", [
        "Freedom of Information, Police Headquarters, Weston Road, Stafford ST18 0YY"],
        "FOI 1944-26", "2 December 2026")
    story += [bk.P("Dear Requester,", st["body"]),
              bk.P(N(f"Thank you for your request dated {SENT}. We have split it into numbered "
                     "questions and answer each in turn. Staffordshire Police holds information "
                     "for all of them.", "date"), st["body"])]
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    k = {(cat, per): counts(r, cat=cat, late=(per == FY25)) for cat in (SA, SM, SH, AP)
         for _, per in pers}
    vg = {per: tot(r, VG, hi=10) for _, per in pers}

    def QA(q, a):
        story.append(bk.P(q, st["bold"]))
        for x in a:
            story.append(x)
    QA(N("Q1. How many allegations of sexual assault, sexual misconduct, sexual harassment and abuse "
         "of position for a sexual purpose were made against officers and staff in each of the "
         "financial years 2023/24, 2024/25 and 2025/26?", "question number; request years"),
       [bk.P(N("A1. Table A1 below gives the allegations recorded against police officers and police "
               "staff together.", "answer and table number"), st["body"])])
    data = [["Allegation type"] + [N(p, "period heading") for p, _ in pers]]
    for cat in (SA, SM, SH, AP):
        data.append([CL[cat]] + [F(cat, "total", sum(k[(cat, per)].values()), per)
                                 for _, per in pers])
    t = Table(data, colWidths=[70 * mm, 28 * mm, 28 * mm, 28 * mm])
    t.setStyle(bk.grid_style(1, size=9))
    story += [t, bk.S(6)]
    QA(N("Q2. What was the outcome of each of these allegations?", "question number"),
       [bk.P(N("A2. Table A2 gives the outcomes, by allegation type, for each year.",
               "answer and table number"), st["body"])])
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice review process", "No case to answer", "Under investigation"]
    data = [["Year", "Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
             bk.P("Abuse of position for a sexual purpose", st["cellb"])]]
    spans = []
    for plab, per in pers:
        r0 = len(data)
        for lab, oc in zip(labs, OCS):
            data.append([N(plab, "period heading") if oc == OCS[0] else "", lab]
                        + [F(cat, oc, k[(cat, per)][oc], per) for cat in (SA, SM, SH, AP)])
        spans.append(((0, r0), (0, len(data) - 1)))
    t = Table(data, colWidths=[18 * mm, 56 * mm, 24 * mm, 24 * mm, 24 * mm, 28 * mm], repeatRows=1)
    t.setStyle(bk.grid_style(1, size=8.5, extra=[("SPAN", a, b) for a, b in spans]
                             + [("VALIGN", (0, 1), (0, -1), "TOP")]))
    story += [t, bk.S(6)]
    QA(N("Q3. Of the allegations in Q1, how many were made against police staff rather than police "
         "officers?", "question numbers"),
       [bk.P(N("A3. See Q2. Our answers to Q1 and Q2 give officers and staff together; the force "
               "does not hold the split in a retrievable form for these years.",
               "answer and question numbers"), st["body"])])
    QA(N("Q4. How many allegations of violence against women and girls (VAWG) were made in each "
         "year?", "question number"),
       [bk.P(L("A4. Allegations are flagged as VAWG in addition to their type, so these allegations "
               "are also counted in Table A1. The numbers flagged were {a} in 2023/24, {b} in "
               "2024/25 and {c} in 2025/26.", "answer and table number; periods",
               a=F(VG, "total", vg[FY23], FY23), b=F(VG, "total", vg[FY24], FY24),
               c=F(VG, "total", vg[FY25], FY25)), st["body"])])
    QA(N("Q5. What were the outcomes of the VAWG-flagged allegations?", "question number"),
       [bk.P(N("A5. Please refer to the table in our answer to Q2: each VAWG-flagged allegation "
               "appears there under its allegation type. The force does not hold a separate "
               "outcome breakdown for the flag.", "answer and question number"), st["body"])])
    QA(N("Q6. Please provide the same figures for 2026/27 to date.", "question number; period"),
       [bk.P(N("A6. Not held in a validated form until the end of the year; see Q1.",
               "answer and question number"), st["body"])])
    for cat in CATS5:
        F(cat, "total", NH, YTD, printed=False)
    story += [bk.P(rights("Staffordshire Police"), st["body"]),
              bk.P("Yours sincerely,", st["body"]), bk.P("Freedom of Information Team", st["body"])]
    _ = (TableStyle, colors)
    bk.pdf_letter(src, story, furniture("Staffordshire Police FOI 1944-26"), title="FOI 1944-26",
                  author="Staffordshire Police")


# =========================================================================== 8 South Wales: two tables side by side in a two-column Word section


def widths(t, cm):
    """Fixed column widths (cm) on every cell of a python-docx table."""
    from docx.shared import Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in t.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)
    for col, w in zip(t.columns, cm):
        col.width = Cm(w)


def build_south_wales():
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    src = "south-wales/SWP FOI 1290-26 Response.docx"
    KEY.file(src, "south-wales")
    r = rng("south-wales")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "Heddlu De Cymru / South Wales Police",
                          N("Freedom of Information, Police Headquarters, Bridgend CF31 3SU",
                            "postcode"))
    bk.docx_para(d, "South Wales Police / Heddlu De Cymru", bold=True, size=15)
    bk.docx_para(d, N("Reference / Cyfeirnod: FOI 1290/26", "reference"))
    bk.docx_para(d, N("Date / Dyddiad: 3 December 2026", "date"))
    bk.docx_para(d, N(f"Your request of {SENT}:", "date"))
    bk.docx_para(d, request31(), italic=True)
    bk.docx_para(d, "South Wales Police holds the information. Table 1 gives the number of "
                    "allegations recorded against police officers and against police staff in "
                    "each financial year. Tables 2 and 3, side by side below, give the outcomes "
                    "of the allegations recorded in 2025/26 for officers (Table 2) and staff "
                    "(Table 3).")
    N("1 2 3 2025/26 2 3", "table numbers; period")
    k = {(cat, s): counts(r, cat=cat, subj=s, late=True) for cat in CATS5
         for s in ("officers", "staff")}
    bk.docx_para(d, N("Table 1: allegations by financial year", "table number"), bold=True)
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    a = t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(a, "Allegation type", bold=True)
    for i, (plab, _) in enumerate(pers):
        m = t.cell(0, 1 + 2 * i).merge(t.cell(0, 2 + 2 * i))
        docx_cell(m, N(plab, "period heading"), bold=True, align=1)
        docx_cell(t.cell(1, 1 + 2 * i), "Officers", bold=True, align=1)
        docx_cell(t.cell(1, 2 + 2 * i), "Staff", bold=True, align=1)
    for cat in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[cat])
        for i, (_, per) in enumerate(pers):
            for j, s in enumerate(("officers", "staff")):
                v = sum(k[(cat, s)].values()) if per == FY25 else tot(r, cat, s, hi=16)
                docx_cell(cells[1 + 2 * i + j], F(cat, "total", v, per, subject=s), align=1)
    widths(t, [4.25] + [1.73] * 6)
    # a continuous section break, then a two-column section holding Tables 2 and 3
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "454")
    short = {SA: "SA", SM: "SM", SH: "SH", AP: "APSP", VG: "VAWG"}
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    for ti, (s, who) in enumerate((("officers", "Police officers"), ("staff", "Police staff")), 2):
        bk.docx_para(d, N(f"Table {ti}: outcomes 2025/26 - {who}", "table number; period"),
                     bold=True, size=9)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Outcome"] + [short[c] for c in CATS5]):
            docx_cell(c, h, bold=True, size=7)
        for lab, oc in zip(labs, OCS):
            cells = t.add_row().cells
            docx_cell(cells[0], lab, size=7)
            for ci, cat in enumerate(CATS5, 1):
                docx_cell(cells[ci], F(cat, oc, k[(cat, s)][oc], FY25, subject=s), size=7, align=1)
        cells = t.add_row().cells
        docx_cell(cells[0], "Total", bold=True, size=7)
        for ci, cat in enumerate(CATS5, 1):
            docx_cell(cells[ci], F(cat, "total", sum(k[(cat, s)].values()), FY25, subject=s,
                                   restated=True), bold=True, size=7, align=1)
        widths(t, [2.1, 0.8, 0.8, 0.8, 0.95, 0.95])
        if ti == 2:
            p = d.add_paragraph()
            br = OxmlElement("w:br")
            br.set(qn("w:type"), "column")
            p.add_run()._r.append(br)
    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    cols2 = sec2._sectPr.find(qn("w:cols"))
    if cols2 is None:
        cols2 = OxmlElement("w:cols")
        sec2._sectPr.append(cols2)
    cols2.set(qn("w:num"), "1")
    bk.docx_para(d, "SA = sexual assault; SM = sexual misconduct; SH = sexual harassment; APSP = abuse "
                    "of position for a sexual purpose; VAWG = violence against women and "
                    "girls. The Total rows of Tables 2 and 3 are the 2025/26 columns of Table 1.",
                 size=9)
    N("2 3 2025/26 1", "table numbers; period")
    bk.docx_para(d, N("Figures for 2026/27 to date (1 April to 31 October 2026) are withheld under "
                      "section 22 as they will be published in the PSD annual report.",
                      "period; section number"))
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD, printed=False)
    bk.docx_para(d, rights("South Wales Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Unit")
    docx_finish(d, src, "South Wales Police")
    _ = docx


# =========================================================================== 9 Dyfed-Powys: a covering PDF and a fully quoted CSV with trailing commas


DP_CSV = "dyfed-powys/DPP_FOI_DP-1755-26_data.csv"


def build_dyfed_powys_csv():
    src = DP_CSV
    KEY.file(src, "dyfed-powys")
    r = rng("dyfed-powys")
    pers = [("1/4/23-31/3/24", FY23), ("1/4/24-31/3/25", FY24), ("1/4/25-31/3/26", FY25)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")

    def row(cells):
        out.write(",".join('"' + c.replace('"', '""') + '"' for c in cells) + ",\r\n")
    row(["Period", "Allegation type", "Employee type", "Outcome", "Number of allegations"])
    global DP_TOTALS
    DP_TOTALS = {}
    for plab, per in pers:
        for cat in CATS5:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                k = counts(r, hi=6, cat=cat, subj=s, late=(per == FY25), zero=0.5 if s == "officers" else 0.6)
                for lab, oc in zip(labs, OCS):
                    v = k[oc]
                    if 1 <= v <= 2 and s == "staff":
                        cell = F(cat, oc, SUP(1, 2), per, subject=s, said="<3")
                    else:
                        cell = F(cat, oc, v, per, subject=s)
                    row([N(plab, "period"), CL[cat], sl, lab, cell])
                t_ = sum(k.values())
                DP_TOTALS[(cat, per, s)] = t_
                if 1 <= t_ <= 2 and s == "staff":
                    cell = F(cat, "total", SUP(1, 2), per, subject=s, said="<3")
                else:
                    cell = F(cat, "total", t_, per, subject=s)
                row([N(plab, "period"), CL[cat], sl, "Total", cell])
    row([N("Note: <3 = one or two allegations, not shown to protect the identity of the staff "
           "concerned (s40(2)).", "suppression definition; section")] + [""] * 4)
    row([N("Periods are written d/m/yy - d/m/yy (financial years 2023/24 to 2025/26).",
           "period legend")] + [""] * 4)
    _ = w
    write_bytes(src, out.getvalue().encode("utf-8"))


def build_dyfed_powys_letter():
    src = "dyfed-powys/DPP_FOI_DP-1755-26_letter.pdf"
    KEY.file(src, "dyfed-powys")
    st = pstyles("Helvetica", 10)
    story = letter_head(st, "Heddlu Dyfed-Powys Police", [
        "Freedom of Information, Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF"],
        "DP-1755-26", "4 December 2026")
    story += [bk.P(N(f"Thank you for your request for information received on {SENT}:", "date"),
                   st["body"]), bk.P(request31(), st["quote"]),
              bk.P(N("Dyfed-Powys Police holds the information. Please find attached the file "
                     "DPP_FOI_DP-1755-26_data.csv, which lists every allegation type, employee type "
                     "and outcome for the three complete financial years.", "file name"), st["body"])]
    sent = []
    for cat in (SA, SH):
        sent.append(f"{F(cat, 'total', DP_TOTALS[(cat, FY25, 'officers')], FY25, subject='officers')} "
                    f"allegations of {CL[cat].lower()}")
    story += [bk.P(L("In summary, in 2025/26 police officers were the subject of {a} and {b}. The "
                     "attached file gives the outcomes.", "period", a=sent[0], b=sent[1]),
                   st["body"]),
              bk.P(N("Where the number of allegations against police staff is one or two it is shown "
                     "as \u201c&lt;3\u201d; disclosure of the exact figure would be likely to identify "
                     "the individuals concerned, and is exempt under section 40(2).",
                     "suppression band and mark; section number"), st["body"]),
              bk.P(N("Information for 2026/27 to date is not yet held in a reportable form; the data "
                     "will be validated at year end. This part of the request is refused under "
                     "section 22 (information intended for future publication).",
                     "period; section numbers"), st["body"]),
              bk.P(rights("Dyfed-Powys Police"), st["body"]),
              bk.P("Yn gywir / Yours sincerely,", st["body"]),
              bk.P("Freedom of Information Unit", st["body"])]
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD, printed=False)
    bk.pdf_letter(src, story, furniture("DPP FOI DP-1755-26", marking=""), title="DP-1755-26",
                  author="Dyfed-Powys Police")


# =========================================================================== 10 Avon and Somerset: Word table, periods down the side, a "0*" cell


def build_avon_and_somerset():
    src = "avon-and-somerset/ASC FOI 2026-10422 response.docx"
    KEY.file(src, "avon-and-somerset")
    r = rng("avon-and-somerset")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "Avon and Somerset Constabulary",
                          N("PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ", "PO box; postcode"))
    bk.docx_para(d, "Freedom of Information Response", bold=True, size=14)
    bk.docx_para(d, N("Request number: 2026-10422", "reference"))
    bk.docx_para(d, N("Response date: 1 December 2026", "date"))
    bk.docx_para(d, "Request", bold=True)
    bk.docx_para(d, request31(), italic=True)
    bk.docx_para(d, "Response", bold=True)
    bk.docx_para(d, N("Avon and Somerset Constabulary holds the information. Each table below is one "
                      "allegation type, with the period of recording down the side and the outcomes "
                      "across. The figures are allegations against police officers and police staff.",
                      "'one allegation type': not a count"))
    pers = [("FY 2024/2025", FY24), ("FY 2025/2026", FY25),
            ("April to October 2026 (7 months)", YTD)]
    heads = ["Period", "Dismissed", "Would have been dismissed", "Final written warning",
             "Written warning", "Reflective practice", "No case to answer", "Live", "Total"]
    star_done = False
    for ti, cat in enumerate(CATS5, 1):
        bk.docx_para(d, N(f"Table {ti}: {CL[cat]}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            docx_cell(c, h, bold=True, size=8)
            docx_shade(c, "E7E6E6")
        for plab, per in pers:
            k = counts(r, cat=cat, late=(per == YTD))
            cells = t.add_row().cells
            docx_cell(cells[0], N(plab, "period heading"), size=8)
            for ci, oc in enumerate(OCS, 1):
                v = k[oc]
                if cat == SM and per == FY25 and oc == "dismissed" and not star_done:
                    v = 0
                    k[oc] = 0
                    star_done = True
                    docx_cell(cells[ci], F(cat, oc, 0, per, said="0*"), size=8, align=1)
                else:
                    docx_cell(cells[ci], F(cat, oc, v, per), size=8, align=1)
            docx_cell(cells[-1], F(cat, "total", sum(k.values()), per), bold=True, size=8, align=1)
        if cat == SM:
            bk.docx_para(d, "* One officer was dismissed at a hearing in 2025/26 for sexual misconduct "
                            "recorded in an earlier year; that outcome is counted in the year the "
                            "allegation was recorded, so none is shown here.", size=8)
            N("One 2025/26", "an outcome of an allegation recorded in an unstated earlier year; period")
    bk.docx_para(d, N("The figures for 2023/24 were published in our response 2025-04177, which is "
                      "on our disclosure log. That part of your request is therefore exempt under "
                      "section 21 (information reasonably accessible by other means).",
                      "period; reference; section number"))
    for cat in CATS5:
        F(cat, "total", REF("s21"), FY23, printed=False)
    bk.docx_para(d, "Live = the investigation or misconduct proceedings have not concluded. "
                    "Reflective practice = Reflective Practice Review Process (RPRP).")
    bk.docx_para(d, rights("Avon and Somerset Constabulary"))
    docx_finish(d, src, "Avon and Somerset Constabulary")


# =========================================================================== 11 City of London: a short HTML disclosure page, tfoot, "<3"


def build_city_of_london():
    src = "city-of-london/COLP-FOI-26-0412.html"
    KEY.file(src, "city-of-london")
    r = rng("city-of-london")
    pers = [("2023-24", FY23), ("2024-25", FY24), ("2025-26", FY25), ("2026-27 (to 31 Oct)", YTD)]
    rows = []
    for cat in CATS5:
        cells = [f"<th scope=\"row\">{CL[cat]}</th>"]
        for _, per in pers:
            v = r.randint(0, 5) if cat != AP else r.randint(0, 2)
            if 1 <= v <= 2:
                cells.append(f"<td>{E(F(cat, 'total', SUP(1, 2), per, said='<3'))}</td>")
            else:
                cells.append(f"<td>{F(cat, 'total', v, per)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    thead = "".join(f"<th scope=\"col\">{N(p, 'period heading')}</th>" for p, _ in pers)
    body = f"""<div id="page"><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of Information</a> &gt; Disclosure log</nav>
<article class="disclosure">
<h1>Allegations of sexual misconduct against officers and staff</h1>
<table class="meta"><tr><th>Reference</th><td>{N('COLP/FOI/26/0412', 'reference')}</td></tr>
<tr><th>Date published</th><td>{N('03/12/2026', 'date')}</td></tr></table>
<h2>Request</h2>
<p>{E(request31())}</p>
<h2>Response</h2>
<p>City of London Police holds the information. The table shows the number of allegations recorded against police officers and police staff together, by financial year.</p>
<table class="data">
<caption>Allegations recorded by type and financial year</caption>
<thead><tr><th scope="col">Allegation type</th>{thead}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
<tfoot><tr><td colspan="5">&lt;3 means one or two allegations. The exact number is withheld under section 40(2) because, in a force of our size, it could identify the officer or member of staff concerned. 0 means none were recorded.</td></tr></tfoot>
</table>
<p>Because the numbers are so small, the outcomes of individual allegations are not disclosed: to give an outcome by type and year would identify the people concerned. This part of the request is exempt under section 40(2).</p>
<p>{E(rights('City of London Police'))}</p>
</article></div>"""
    N("3 one two 40(2) 0 40(2)", "suppression mark and band; section numbers; nil legend")
    write_text(src, bk.html_page(N("FOI 26/0412 - City of London Police", "reference"), body))


# =========================================================================== 12 Dorset: Word letter, "Year ending" columns, "5 or fewer"


def build_dorset():
    src = "dorset/Dorset Police FOI 2026-1806.docx"
    KEY.file(src, "dorset")
    r = rng("dorset")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Dorset Police", bold=True, size=16)
    bk.docx_para(d, "Freedom of Information Department")
    bk.docx_para(d, N("FOI reference: 2026-1806        Date: 2 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Your request, received {SENT}, asked:", "date"))
    bk.docx_para(d, request31(), italic=True)
    bk.docx_para(d, "Dorset Police holds the information. The figures are the number of allegations "
                    "made against police officers and police staff together, and their outcomes.")
    bk.docx_para(d, N("Suppression: cells showing \u201c5 or fewer\u201d contain a number from one to "
                      "five. We do not disclose smaller numbers because, with the other information "
                      "in the public domain, they could identify individuals (section 40(2)).",
                      "suppression mark and band; section number"))
    pers = [("Year ending 31/03/2024", FY23), ("Year ending 31/03/2025", FY24),
            ("Year ending 31/03/2026", FY25)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Management action / reflective practice", "No case to answer", "Ongoing"]
    for ti, cat in enumerate(CATS5, 1):
        bk.docx_para(d, N(f"Table {ti}. {CL[cat]}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        docx_cell(t.rows[0].cells[0], "Outcome", bold=True)
        for c, (plab, _) in zip(t.rows[0].cells[1:], pers):
            docx_cell(c, N(plab, "period heading"), bold=True, align=1)
        ks = {per: counts(r, hi=9, cat=cat, late=(per == FY25), zero=0.3) for _, per in pers}
        for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[0], lab, bold=(oc == "total"))
            for ci, (_, per) in enumerate(pers, 1):
                v = sum(ks[per].values()) if oc == "total" else ks[per][oc]
                if 1 <= v <= 5:
                    docx_cell(cells[ci], F(cat, oc, SUP(1, 5), per, said="5 or fewer"),
                              bold=(oc == "total"), align=1)
                else:
                    docx_cell(cells[ci], F(cat, oc, v, per), bold=(oc == "total"), align=1)
    bk.docx_para(d, N("The figures for 1 April 2026 onwards are not yet available and are not "
                      "held in a validated form.", "date"))
    for cat in CATS5:
        F(cat, "total", NH, YTD, printed=False)
    bk.docx_para(d, rights("Dorset Police"))
    docx_finish(d, src, "Dorset Police")


# =========================================================================== 13 North Yorkshire: a fixed-width case-system report with a ruler line


def build_north_yorkshire():
    src = "north-yorkshire/NYP FOI 2026-2087 PSD report.txt"
    KEY.file(src, "north-yorkshire")
    r = rng("north-yorkshire")
    out = []
    A = out.append
    A(N("NORTH YORKSHIRE POLICE - PROFESSIONAL STANDARDS        REPORT PSD-R114   RUN 01/12/2026 08:14",
        "report number; run date and time"))
    A(N("FOI 2026/2087: ALLEGATIONS BY CATEGORY AND RESULT, OFFICERS AND STAFF",
        "reference"))
    A(N("SELECTION: RECORDED DATE 01/01/2024 - 31/12/2025, GROUPED BY CALENDAR YEAR", "selection dates"))
    A("")
    labs = ["DISMISSED", "WOULD HAVE BEEN DISMISSED", "FINAL WRITTEN WARNING", "WRITTEN WARNING",
            "REFLECTIVE PRACTICE", "NO CASE TO ANSWER", "INVESTIGATION ONGOING"]
    cats = {SA: "SEXUAL ASSAULT", SM: "SEXUAL MISCONDUCT", SH: "SEXUAL HARASSMENT",
            AP: "ABUSE OF POSITION - SEXUAL PURPOSE", VG: "VAWG"}
    hdr = f"{'CATEGORY / RESULT':<36} {'OFFR':>5} {'STAFF':>5} {'ALL':>5}"
    ruler = f"{'-' * 36} {'-' * 5} {'-' * 5} {'-' * 5}"
    for plab, per in (("2024", CY24), ("2025", CY25)):
        A(N(f"YEAR {plab}", "period heading"))
        A(hdr)
        A(ruler)
        for cat in CATS5:
            ko = counts(r, cat=cat, subj="officers", late=(per == CY25))
            ks = counts(r, cat=cat, subj="staff", zero=0.6)
            A(cats[cat])
            for lab, oc in zip(labs, OCS):
                o = F(cat, oc, ko[oc], per, subject="officers")
                s = F(cat, oc, ks[oc], per, subject="staff")
                a = F(cat, oc, ko[oc] + ks[oc], per, subject="officers_and_staff")
                A(f"  {lab:<34} {o:>5} {s:>5} {a:>5}")
            o = F(cat, "total", sum(ko.values()), per, subject="officers")
            s = F(cat, "total", sum(ks.values()), per, subject="staff")
            a = F(cat, "total", sum(ko.values()) + sum(ks.values()), per,
                  subject="officers_and_staff")
            A(f"  {'** CATEGORY TOTAL':<34} {o:>5} {s:>5} {a:>5}")
        A(ruler)
        A("")
    A("NOTES")
    A("  OFFR = police officers (including special constables); STAFF = police staff and PCSOs.")
    A("  ALL = OFFR + STAFF.")
    A("  CALENDAR YEARS ONLY: THE PSD SYSTEM REPORTS BY CALENDAR YEAR. FINANCIAL-YEAR FIGURES")
    A("  WERE NOT REQUESTED FROM THE SYSTEM.")
    A(N("*** END OF REPORT PSD-R114 ***  PAGE 1", "report and page number"))
    write_text(src, "\n".join(out) + "\n")


# =========================================================================== 14 Suffolk: regular officers, special constables, all officers, staff, total


def build_suffolk():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "suffolk/Suffolk FOI 002210-26.xlsx"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Suffolk Constabulary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = N("Freedom of Information request 002210-26", "reference")
    ws["A3"] = ("Allegations recorded against members of the workforce, by workforce type. "
                "'All officers' = regular officers + special constables.")
    heads = ["Financial year", "Allegation type", "Regular officers", "Special constables",
             "All officers", "Police staff", "Total"]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for ci, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=ci, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    pers = [("FY 2023/2024", FY23), ("FY 2024/2025", FY24), ("FY 2025/2026", FY25),
            ("FY 2026/2027 (to 31 Oct)", YTD)]
    ri = 6
    k25 = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    for plab, per in pers:
        for cat in CATS5:
            if per == FY25:
                t_ = sum(k25[cat].values())
                s = r.randint(0, t_ // 3)
                o = t_ - s
            else:
                o, s = tot(r, cat, hi=14), tot(r, cat, "staff", hi=6)
            sp = r.randint(0, min(2, o))
            reg = o - sp
            ws.cell(row=ri, column=1, value=N(plab, "period heading"))
            ws.cell(row=ri, column=2, value=CL[cat])
            ws.cell(row=ri, column=3, value=int(N(str(reg), "a subset of officers (regulars)")))
            ws.cell(row=ri, column=4, value=int(N(str(sp), "a subset of officers (special constables)")))
            ws.cell(row=ri, column=5, value=int(F(cat, "total", o, per, subject="officers")))
            ws.cell(row=ri, column=6, value=int(F(cat, "total", s, per, subject="staff")))
            ws.cell(row=ri, column=7, value=int(F(cat, "total", o + s, per,
                                                  subject="officers_and_staff",
                                                  )))
            ri += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 38
    for col in "CDEFG":
        ws.column_dimensions[col].width = 12
    ws.freeze_panes = "C6"
    w2 = wb.create_sheet(N("Outcomes FY 2025-26", "sheet name: period"))
    w2["A1"] = N("Outcomes of allegations recorded 1 April 2025 - 31 March 2026 (all workforce)",
                 "period")
    w2["A1"].font = Font(bold=True)
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    for ci, h in enumerate(["Outcome"] + [short[c] for c in CATS5], 1):
        w2.cell(row=3, column=ci, value=h).font = Font(bold=True)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    ri = 4
    for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
        w2.cell(row=ri, column=1, value=lab)
        for ci, cat in enumerate(CATS5, 2):
            if oc == "total":
                v = F(cat, oc, sum(k25[cat].values()), FY25, restated=True)
            else:
                v = F(cat, oc, k25[cat][oc], FY25)
            w2.cell(row=ri, column=ci, value=int(v))
        ri += 1
    w2.cell(row=ri + 1, column=1, value="APSP = abuse of position for a sexual purpose; VAWG = "
                                        "violence against women and girls. Total = the Total column "
                                        "of the sheet 'Allegations' for FY 2025/2026.")
    N("2025/2026", "period")
    w2.column_dimensions["A"].width = 28
    xlsx_save(wb, src, "Suffolk Constabulary")


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind31-", read=read31))
