#!/usr/bin/python3
"""make_blind46_fixtures.py -- the forty-sixth blind test batch for `foi` and its answer key.

Theme: the words forces really use for outcomes, categories and what is counted (Police (Conduct)
Regulations 2020 and case-system wording, abbreviations with legends, outcome codes with a lookup sheet,
outcome groups with sub-outcomes, complaint outcomes "service acceptable / not acceptable", measures named
"conduct matters", "public complaints", "officers subject to", "referrals to the IOPC"), mapped onto SPEC's
vocabularies where the document's own words settle it, and kept raw as `other` where SPEC has no home.
The request, sent 1 December 2026, is in REQUEST below; see fixtures/blind46/NOTES.md.
Machinery: scripts/blindkit.py (not edited); only the .eml read-back is local.
No LibreOffice: every file is written by reportlab / openpyxl / python-docx / Python directly.

usage: /usr/bin/python3 make_blind46_fixtures.py          # rebuild fixtures/blind46 (or $FOI_BLIND46_OUT)
       /usr/bin/python3 make_blind46_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind46_fixtures.py dump FILE
"""
import datetime as dt
import email.message
import email.policy
import io
import os
import random
import sys
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, KEY, FY, CY, SUP, NH, REF, E, write_text, write_bytes  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND46_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind46").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG, DA, DB, OT = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                                  "abuse_of_position_sexual", "vawg", "domestic_abuse",
                                  "discriminatory_behaviour", "other")
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
REQ_SPAN = ("2024-04-01", "2026-11-30")
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, the number of "
           "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
           "purpose and violence against women and girls (including misogyny and police-perpetrated domestic "
           "abuse) made against police officers and police staff, and the outcome of each allegation. If you "
           "record by calendar year, the calendar years 2024 and 2025 and 2026 to date are acceptable.")
WHEN = dt.datetime(2026, 12, 15, 10, 30, 0)

D, WHBD, FWW, WW, MA, NCTA, NFA, NU, UP, WD, LR, ON, RR, CC, OO = (
    "dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning", "management_action",
    "no_case_to_answer", "no_further_action", "not_upheld", "upheld", "withdrawn", "local_resolution", "ongoing",
    "resigned_or_retired", "criminal_conviction", "other")


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind46-" + name)


def counts(r, ocs, hi=4, zero=0.45, cat=None, subj=None, late=False):
    """Outcome counts {oc: n} for the outcomes ocs, with k['total'] their sum."""
    if cat in (AP, DB, OT) or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and ON in k:
        k[ON] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights():
    return N("If you are not satisfied with this response you may ask for an internal review within 40 working "
             "days, and then complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire, SK9 5AF.", "review window; ICO address")


def furniture(ref, marking="OFFICIAL"):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_bytes(d, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    return bk.normalised_zip(buf.getvalue())


def xlsx_bytes(wb, creator):
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return bk.normalised_zip(buf.getvalue())


def rl_table(data, widths, header_rows=1, extra=(), size=8, font="Helvetica", repeat=None):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat is None else repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


def read46(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p)


def xl_title(ws, row, text, bold=True, size=None):
    from openpyxl.styles import Font
    c = ws.cell(row, 1, text)
    c.font = Font(bold=bold, size=size) if size else Font(bold=bold)
    return c


# ===================================================================== 1 Cheshire: reportlab PDF letter, one ruled
# table per financial year; outcomes as rows in the 2020 Regulations' / case system's words, the force's own
# category wording across ("Sexual assault (including rape)", "APSP", "VAWG-related (not otherwise categorised)")
def build_cheshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    src = "cheshire/Cheshire Constabulary FOI 8841-26 response.pdf"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    st = bk.styles("Helvetica", 9.5)
    outs = [("Gross misconduct \u2013 dismissed without notice", D),
            ("Would have been dismissed (former officer)", WHBD),
            ("Final written warning", FWW), ("Written warning", WW),
            ("Reflective Practice Review Process (RPRP)", MA),
            ("No case to answer", NCTA), ("Case to answer \u2013 no further action", NFA),
            ("Sub judice", ON), ("Retired/resigned before outcome", RR),
            ("Unsatisfactory Performance Procedures", OO)]
    cats = [("Sexual assault (including rape)", SA), ("Sexual harassment (workplace)", SH), ("APSP", AP),
            ("Inappropriate sexual behaviour", SM), ("VAWG-related (not otherwise categorised)", VG)]
    story = [bk.P("Cheshire Constabulary", st["h"]),
             bk.P("Professional Standards Department \u2013 Freedom of Information", st["body"]),
             bk.P(N("Our reference: FOI 8841/26 &nbsp;&nbsp; Date: 14 December 2026", "reference; date"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N("Thank you for your request of 1 December 2026, in which you asked:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("Cheshire Constabulary holds this information. The tables below give the number of allegations "
                  "recorded against police officers and police staff (taken together) in each financial year, by "
                  "the category used on our case management system and by the outcome recorded for the "
                  "allegation. Outcomes are shown in the words used by the Police (Conduct) Regulations and by the "
                  "case management system.", st["body"]),
             bk.P("APSP means abuse of position for a sexual purpose. \u2018Sub judice\u2019 means the misconduct "
                  "proceedings are paused while criminal proceedings are decided. Allegations referred to "
                  "Unsatisfactory Performance Procedures were found to be matters of performance, not conduct.",
                  st["body"])]
    for pl, p in ((N("Table 1 \u2013 Financial year 2024/25", "table number; period"), FY24),
                  (N("Table 2 \u2013 Financial year 2025/26", "table number; period"), FY25),
                  (N("Table 3 \u2013 Financial year 2026/27 to date (1 April to 30 November 2026)",
                     "table number; period"), FYTD)):
        vs = {c: counts(r, [oc for _, oc in outs], hi=5, cat=c, late=p == FYTD) for _, c in cats}
        data = [[bk.P("Outcome", st["cellb"])] + [bk.P(lab, st["cellc"]) for lab, _ in cats]]
        for lab, oc in outs + [("Total allegations", "total")]:
            data.append([bk.P(lab, st["cellb"] if oc == "total" else st["cell"])]
                        + [F(c, oc, vs[c][oc], p) for _, c in cats])
        story.append(bk.S(6))
        from reportlab.platypus import KeepTogether
        story.append(KeepTogether([bk.P(pl, st["h2"]), rl_table(data, [200] + [100] * 5, size=8.5, extra=[
            ("FONT", (0, len(data) - 1), (-1, -1), "Helvetica-Bold", 8.5),
            ("BACKGROUND", (0, len(data) - 1), (-1, -1), colors.HexColor("#EEEEEE"))])]))
    story += [bk.S(8), bk.P(rights(), st["body"]), bk.P("Yours sincerely,", st["body"]),
              bk.P("Disclosure Officer, Cheshire Constabulary", st["body"])]
    bk.pdf_letter(src, story, furniture("Cheshire Constabulary FOI 8841/26"), pagesize=landscape(A4),
                  title="FOI 8841/26", author="Cheshire Constabulary")


# ===================================================================== 2 Cleveland: XLSX, a long "Data" sheet of codes
# (allegation code, outcome code) with a "Lookup" sheet giving each code's description; non-zero rows only
CL_CATS = [("SX01", "Sexual assault (including rape)", SA), ("SX02", "Sexual harassment", SH),
           ("SX03", "Abuse of position for a sexual purpose (incl. inappropriate relationships with victims)", AP),
           ("DB01", "Misogyny / sexist language", DB), ("DA01", "Domestic abuse (police perpetrated)", DA)]
CL_OUTS = [("GMD", "Gross misconduct \u2013 dismissed without notice", D),
           ("WHBD", "Would have been dismissed (former officer)", WHBD),
           ("FWW", "Final written warning", FWW), ("WW", "Written warning", WW),
           ("MA", "Management action (including learning from reflection under RPRP)", MA),
           ("NCTA", "No case to answer", NCTA), ("NFA", "Case to answer \u2013 no further action", NFA),
           ("NP", "Misconduct not proven", NU), ("WDN", "Withdrawn", WD),
           ("LIVE", "Live \u2013 under investigation or awaiting a misconduct hearing", ON),
           ("CC", "Criminal conviction", CC)]


def build_cleveland():
    import openpyxl
    from openpyxl.styles import Font
    src = "cleveland/Cleveland Police FOI 2026-1309 data.xlsx"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Calendar year", "Allegation code", "Outcome code", "Employee type", "Allegations"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for ylab, p in (("2024", CY24), ("2025", CY25), ("2026 (to 30 Nov)", CYTD)):
        for code, _, cat in CL_CATS:
            for et, subj in (("Police officer", "officers"), ("Police staff", "staff")):
                k = counts(r, [oc for _, _, oc in CL_OUTS], hi=4, zero=0.55, cat=cat, subj=subj, late=p == CYTD)
                for ocode, _, oc in CL_OUTS:
                    if k[oc]:
                        ws.append([N(ylab, "period"), code, ocode, et, int(F(cat, oc, k[oc], p, subject=subj))])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["D"].width = 16
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{ws.max_row}"
    lk = wb.create_sheet("Lookup")
    lk.append(["Allegation code", "Description"])
    for code, desc, _ in CL_CATS:
        lk.append([code, desc])
    lk.append([])
    lk.append(["Outcome code", "Description"])
    for code, desc, _ in CL_OUTS:
        lk.append([code, desc])
    for row in (1, len(CL_CATS) + 3):
        for c in lk[row]:
            c.font = Font(bold=True)
    lk.column_dimensions["A"].width = 16
    lk.column_dimensions["B"].width = 80
    nt = wb.create_sheet("Notes")
    for line in [N("Cleveland Police \u2013 FOI 2026/1309", "reference"),
                 "Allegations of a sexual nature, misogyny and police-perpetrated domestic abuse recorded against "
                 "police officers and police staff, by calendar year of recording and latest outcome.",
                 "Codes are explained on the Lookup sheet.",
                 "Combinations of code, outcome and employee type with no allegations are not listed.",
                 N("2026 covers 1 January to 30 November 2026.", "period definition")]:
        nt.append([line])
    nt.column_dimensions["A"].width = 110
    write_bytes(src, xlsx_bytes(wb, "Cleveland Police Information Access"))


# ===================================================================== 3 Dorset: disclosure-log HTML page, public
# complaints with the 2020 complaint outcomes ("Service acceptable" / "Service not acceptable"), and referrals to the IOPC
def build_dorset():
    src = "dorset/FOI-2026-2217.html"
    KEY.file(src, "dorset", measure="complaints")
    r = rng("dorset")
    outs = [("Service acceptable", NU), ("Service not acceptable", UP),
            ("Resolved (Schedule 3, otherwise than by investigation)", LR),
            ("Withdrawn by complainant", WD), ("Discontinued", OO), ("Under investigation", ON)]
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Sexist language", DB),
            ("Abuse of position for a sexual purpose", AP)]
    body = ['<header class="site-header"><a href="/">Dorset Police</a>',
            '<nav><a href="/foi">Freedom of Information</a> | <a href="/foi/disclosure-log">Disclosure log</a></nav>'
            '</header>', '<main class="disclosure">',
            "<h1>" + N("FOI 2026/2217 \u2013 Complaints of a sexual nature about officers and staff", "reference")
            + "</h1>",
            f"<p class=\"meta\">{N('Date of response: 15 December 2026', 'date')}</p>",
            "<h2>Request</h2>", f"<blockquote>{E(request())}</blockquote>",
            "<h2>Response</h2>",
            "<p>Dorset Police records these matters as <strong>public complaints</strong>, not as conduct "
            "allegations, so the figures below are numbers of complaints made by members of the public about "
            "police officers and police staff, by the financial year in which the complaint was recorded.</p>",
            "<p>" + N("Under the complaints system introduced on 1 February 2020 a complaint is no longer "
                      "\u2018upheld\u2019 or \u2018not upheld\u2019. Instead we record whether the service "
                      "provided was acceptable: <em>Service not acceptable</em> is what was previously an upheld "
                      "complaint, and <em>Service acceptable</em> is what was previously a complaint not upheld. "
                      "<em>Resolved (Schedule 3, otherwise than by investigation)</em> replaced local resolution.",
                      "the regulations' start date; schedule number") + "</p>"]
    for hl, p in ((N("Financial year 2024/25", "period"), FY24), (N("Financial year 2025/26", "period"), FY25)):
        body.append(f"<h3>{hl}</h3>")
        body.append('<table class="foi-table">')
        body.append("<thead><tr><th>Complaint type</th>"
                    + "".join(f"<th>{E(N(lab, 'schedule number'))}</th>" for lab, _ in outs)
                    + "<th>Total complaints</th></tr></thead><tbody>")
        for lab, cat in cats:
            k = counts(r, [oc for _, oc in outs], hi=4, cat=cat)
            body.append(f"<tr><th scope=\"row\">{E(lab)}</th>"
                        + "".join(f"<td>{F(cat, oc, k[oc], p)}</td>" for _, oc in outs)
                        + f"<td><strong>{F(cat, 'total', k['total'], p)}</strong></td></tr>")
        body.append("</tbody></table>")
    body.append("<h3>Referrals to the Independent Office for Police Conduct</h3>")
    body.append("<p>Of the complaints above, the following were referred to the IOPC (numbers of referrals):</p>")
    body.append('<table class="foi-table"><thead><tr><th>Complaint type</th>'
                f"<th>{N('2024/25', 'period')}</th><th>{N('2025/26', 'period')}</th></tr></thead><tbody>")
    for lab, cat in cats:
        a, b = rng("dorref" + cat).randint(0, 3), rng("dorref2" + cat).randint(0, 3)
        body.append(f"<tr><th scope=\"row\">{E(lab)}</th><td>{F(cat, 'total', a, FY24, measure='referrals')}</td>"
                    f"<td>{F(cat, 'total', b, FY25, measure='referrals')}</td></tr>")
    body.append("</tbody></table>")
    body.append("<p>\u2018Discontinued\u2019 means the investigation was brought to an end under the Regulations "
                "before it was complete. Police staff are included only where they hold a role that serves the "
                "public.</p>")
    body.append(f"<p>{rights()}</p></main>")
    body.append('<footer class="site-footer">Dorset Police, Force Headquarters, Winfrith, Dorchester</footer>')
    write_text(src, bk.html_page(N("FOI 2026/2217 | Dorset Police", "reference"), "\n".join(body)))


# ===================================================================== 4 Durham: case-system CSV export, one row per
# year x type x finding x outcome x employee type, with the finding ("Gross misconduct", "Practice requiring
# improvement", "Not proven", "Open") and the action in two columns; zeros included
def build_durham():
    src = "durham/DCC_FOI_2026_0918_export.csv"
    KEY.file(src, "durham")
    r = rng("durham")
    outs = [("Gross misconduct", "Dismissed without notice", D),
            ("Gross misconduct", "Would have been dismissed", WHBD),
            ("Misconduct", "Final written warning", FWW), ("Misconduct", "Written warning", WW),
            ("Practice requiring improvement", "Reflective practice", MA),
            ("No case to answer", "No action", NCTA), ("Case to answer", "No further action", NFA),
            ("Not proven", "Misconduct not proven", NU), ("Open", "Awaiting misconduct hearing", ON),
            ("Left the force", "Retired/resigned before outcome", RR)]
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Abuse of position for sexual purpose", AP),
            ("Sexual misconduct - other", SM)]
    lines = ["Recorded financial year,Allegation type,Finding,Outcome,Employee type,Allegations"]
    for ylab, p in (("2024-25", FY24), ("2025-26", FY25)):
        for clab, cat in cats:
            for et, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
                k = counts(r, [oc for _, _, oc in outs], hi=4, cat=cat, subj=subj, late=p == FY25)
                for fnd, act, oc in outs:
                    lines.append(f"{N(ylab, 'period')},{clab},{fnd},{act},{et},{F(cat, oc, k[oc], p, subject=subj)}")
    write_text(src, "\r\n".join(lines) + "\r\n")


# ===================================================================== 5 Dyfed-Powys: plain-text e-mail, a space-aligned
# table per year with abbreviated outcome heads and a key under it; officers only, staff suppressed in one sentence
def build_dyfed_powys():
    src = "dyfed-powys/RE Freedom of Information request DP-FOI-2026-1877.eml"
    KEY.file(src, "dyfed-powys", subject="officers")
    r = rng("dyfed")
    heads = [("GM-D", D), ("WHBD", WHBD), ("FWW", FWW), ("WW", WW), ("RP", MA), ("NCtA", NCTA), ("NFA", NFA),
             ("UPP", OO), ("Live", ON), ("Tot", "total")]
    cats = [("Sexual offences", SA), ("Sexual harassment", SH), ("APSP", AP), ("Indecent exposure/voyeurism", SM)]
    body = ["Dear Requester,", "",
            N("Freedom of Information request DP-FOI-2026-1877", "reference"), "",
            N("Thank you for your e-mail of 1 December 2026. Dyfed-Powys Police records allegations by the financial "
              "year in which they were recorded. The tables below are for police officers; they count allegations.",
              "date"), ""]
    for hl, p in ((N("Police officers - 2025/26", "period"), FY25),
                  (N("Police officers - 2026/27 to date (1 April 2026 to 30 November 2026)", "period"), FYTD)):
        body += [hl, ""]
        body.append(f"{'Category':<30}" + "".join(f"{h:>6}" for h, _ in heads))
        body.append("-" * 90)
        for lab, cat in cats:
            ocs = [oc for _, oc in heads if oc != "total"]
            k = counts(r, ocs, hi=4, cat=cat, late=p == FYTD)
            body.append(f"{lab:<30}" + "".join(f"{F(cat, oc, k[oc], p):>6}" for _, oc in heads))
        body.append("")
    body += ["Key:",
             "  GM-D  gross misconduct found - dismissed",
             "  WHBD  would have been dismissed (officer left before the hearing)",
             "  FWW   final written warning",
             "  WW    written warning",
             "  RP    reflective practice (Reflective Practice Review Process)",
             "  NCtA  no case to answer",
             "  NFA   case to answer - no further action",
             "  UPP   referred to the Unsatisfactory Performance Procedures",
             "  Live  still under investigation or awaiting a meeting or hearing",
             "  Tot   total allegations",
             "  APSP  abuse of position for a sexual purpose", "",
             "\"Sexual offences\" on our system covers rape and sexual assault; \"Indecent exposure/voyeurism\" is "
             "our heading for other sexual misconduct not involving contact.", ""]
    said = "fewer than five"
    first = True
    for cat in (SA, SH, AP, SM):
        for p in (FY25, FYTD):
            F(cat, "total", SUP(), p, subject="staff", said=said, printed=first)
            first = False
    body += ["Police staff: in each category and each period the number of allegations against police staff is "
             "fewer than five. We are withholding these numbers under section 40(2) of the Act, because with "
             "numbers this small the staff concerned could be identified.", ""]
    N("section 40(2)", "exemption")
    body += [rights(), "", "Regards,", "", "Freedom of Information Unit", "Dyfed-Powys Police"]
    m = email.message.EmailMessage()
    m["From"] = "Freedom of Information <foi@dyfed-powys.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("RE: Freedom of Information request DP-FOI-2026-1877", "reference")
    m["Date"] = N("Thu, 17 Dec 2026 09:12:00 +0000", "date")
    m["Message-ID"] = "<dpfoi.request.reply@dyfed-powys.police.uk>"
    m.set_content("\n".join(body) + "\n")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 6 Gwent: XLSX, one sheet, a block per financial
# year, the force's own category wording across ("Sexual offences", "Sexual comments", "Stalking"...), defined on a
# Definitions sheet; counts are cases
def build_gwent():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "gwent/Gwent Police FOI 2026-00781.xlsx"
    KEY.file(src, "gwent", measure="cases")
    r = rng("gwent")
    cats = [("Sexual offences", SA), ("Sexual comments", SH), ("Indecent exposure / voyeurism", SM),
            ("Controlling or coercive behaviour", DA), ("Stalking", OT)]
    outs = [("Dismissed", D), ("Would have been dismissed", WHBD), ("Final written warning", FWW),
            ("Written warning", WW), ("Management action / RPRP", MA), ("No case to answer", NCTA),
            ("Not upheld", NU), ("Criminal conviction", CC), ("Under investigation", ON)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cases"
    xl_title(ws, 1, N("Heddlu Gwent Police \u2013 FOI 2026/00781", "reference"), size=12)
    xl_title(ws, 2, N("Number of cases (one case may contain more than one allegation) involving police officers "
                      "or police staff, by financial year the case was opened", "words that are not counts"),
             bold=False)
    row = 4
    for hl, p in ((N("Financial year 2024/25", "period"), FY24), (N("Financial year 2025/26", "period"), FY25),
                  (N("Financial year 2026/27 to date (1 April \u2013 30 November 2026)", "period"), FYTD)):
        xl_title(ws, row, hl)
        row += 1
        ws.cell(row, 1, "Outcome").font = Font(bold=True)
        for j, (lab, _) in enumerate(cats, 2):
            c = ws.cell(row, j, lab)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        row += 1
        vs = {c: counts(r, [oc for _, oc in outs], hi=4, cat=c, late=p == FYTD) for _, c in cats}
        for lab, oc in outs + [("Total cases", "total")]:
            ws.cell(row, 1, lab).font = Font(bold=oc == "total")
            for j, (_, c) in enumerate(cats, 2):
                ws.cell(row, j, int(F(c, oc, vs[c][oc], p))).font = Font(bold=oc == "total")
            row += 1
        row += 1
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    df = wb.create_sheet("Definitions")
    df.append(["Term", "Meaning"])
    for c in df[1]:
        c.font = Font(bold=True)
    for t, m in [("Sexual offences", "Rape, assault by penetration and sexual assault"),
                 ("Sexual comments", "Unwanted comments of a sexual nature, recorded as sexual harassment"),
                 ("Indecent exposure / voyeurism", "Other sexual misconduct not involving contact"),
                 ("Controlling or coercive behaviour", "Police-perpetrated domestic abuse"),
                 ("Stalking", "Stalking and harassment of a former partner or member of the public, where not "
                              "recorded as domestic abuse"),
                 ("Management action / RPRP", "Management action, including reflective practice"),
                 ("Not upheld", "The allegation was investigated and not proven at a meeting or hearing")]:
        df.append([t, m])
    df.column_dimensions["A"].width = 32
    df.column_dimensions["B"].width = 90
    write_bytes(src, xlsx_bytes(wb, "Gwent Police Information Unit"))


# ===================================================================== 7 Humberside: reportlab PDF, an "Outcome group" column
# over sub-outcomes, counts of officers subject to an allegation (individuals), one table per year
def build_humberside():
    from reportlab.lib import colors
    src = "humberside/Humberside Police FOI 2026-11893.pdf"
    KEY.file(src, "humberside", measure="individuals", subject="officers")
    r = rng("humberside")
    st = bk.styles("Helvetica", 10)
    rows = [("Proven \u2013 gross misconduct", "Dismissed without notice", D),
            ("", "Would have been dismissed (former officer)", WHBD),
            ("", "Barred list only", OO),
            ("Proven \u2013 misconduct", "Final written warning", FWW),
            ("", "Written warning", WW),
            ("", "Management action", MA),
            ("Not proven", "No case to answer", NCTA),
            ("", "Unsubstantiated", NU),
            ("Not concluded", "Under investigation", ON),
            ("", "Retired/resigned before outcome", RR)]
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Abuse of position for a sexual purpose", AP)]
    story = [bk.P("Humberside Police", st["h"]),
             bk.P(N("Freedom of Information request 2026/11893 \u2013 response dated 16 December 2026",
                    "reference; date"), st["body"]),
             bk.P("Your request", st["h2"]), bk.P(request(), st["quote"]),
             bk.P("Our response", st["h2"]),
             bk.P(N("Humberside Police does not count allegations for this purpose. The tables below give the "
                    "number of <b>police officers subject to</b> an allegation in each category, by the financial "
                    "year in which the matter was recorded and the outcome for that officer. An officer subject to "
                    "more than one allegation of the same category in a year is counted once. Police staff are not "
                    "included.", "words that are not counts: more than one allegation"), st["body"]),
             bk.P("\u2018Barred list only\u2019 means the officer had left the force and was placed on the "
                  "police barred list without a finding that they would have been dismissed. "
                  "\u2018Unsubstantiated\u2019 means the allegation was investigated and not proven.", st["body"])]
    for hl, p in ((N("Officers subject to an allegation \u2013 financial year 2024/25", "period"), FY24),
                  (N("Officers subject to an allegation \u2013 financial year 2025/26", "period"), FY25),
                  (N("Officers subject to an allegation \u2013 financial year 2026/27 to date (1 April to 30 November "
                     "2026)", "period"), FYTD)):
        vs = {c: counts(r, [oc for _, _, oc in rows], hi=3, zero=0.55, cat=c, late=p == FYTD) for _, c in cats}
        data = [[bk.P("Outcome group", st["cellb"]), bk.P("Outcome", st["cellb"])]
                + [bk.P(lab, st["cellc"]) for lab, _ in cats]]
        for g, lab, oc in rows:
            data.append([bk.P(g, st["cellb"]), bk.P(lab, st["cell"])] + [F(c, oc, vs[c][oc], p) for _, c in cats])
        data.append([bk.P("Total officers", st["cellb"]), ""] + [F(c, "total", vs[c]["total"], p) for _, c in cats])
        story += [bk.S(6), bk.P(hl, st["h2"]),
                  rl_table(data, [120, 170, 70, 70, 90], size=8.5, extra=[
                      ("FONT", (0, len(data) - 1), (-1, -1), "Helvetica-Bold", 8.5),
                      ("BACKGROUND", (0, len(data) - 1), (-1, -1), colors.HexColor("#E6E6E6"))])]
    story += [bk.S(8), bk.P(rights(), st["body"]), bk.P("Information Governance, Humberside Police", st["body"])]
    bk.pdf_letter(src, story, furniture("Humberside Police FOI 2026/11893"), title="FOI 2026/11893",
                  author="Humberside Police")


# ===================================================================== 8 Lincolnshire: Word letter, a categories x outcomes
# table per calendar year in the force's short outcome words ("Resolved", "Action taken", "Proven \u2013 warning"),
# settled by a glossary table after the tables
def build_lincolnshire():
    src = "lincolnshire/Lincolnshire Police FOI 002318-26.docx"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    outs = [("Proven \u2013 dismissed", D), ("Left \u2013 would have been dismissed", WHBD),
            ("Proven \u2013 warning", OO), ("Action taken", MA), ("No case to answer", NCTA), ("NFA", NFA),
            ("Not proven", NU), ("Resolved", LR), ("Left before outcome", RR), ("Live", ON)]
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Misogyny", DB), ("APSP", AP)]
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    bk.docx_para(d, "Lincolnshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information request 002318/26", "reference"))
    bk.docx_para(d, N("15 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "You asked:")
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Lincolnshire Police records these matters by calendar year. The tables give the number of "
                    "allegations against police officers and police staff (together), by the latest outcome. The "
                    "outcome words are those on our system; they are explained in the glossary after the tables.")
    for hl, p in ((N("Calendar year 2024", "period"), CY24), (N("Calendar year 2025", "period"), CY25)):
        bk.docx_heading(d, hl, 11)
        t = d.add_table(rows=1, cols=len(outs) + 2)
        t.style = "Table Grid"
        for j, h in enumerate(["Category"] + [lab for lab, _ in outs] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        for lab, cat in cats:
            k = counts(r, [oc for _, oc in outs], hi=4, cat=cat)
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, size=8.5)
            for j, (_, oc) in enumerate(outs, 1):
                bk.docx_cell(cells[j], F(cat, oc, k[oc], p), size=8.5, align=1)
            bk.docx_cell(cells[-1], F(cat, "total", k["total"], p), size=8.5, bold=True, align=1)
        bk.docx_para(d, "")
    bk.docx_heading(d, "Glossary", 11)
    g = d.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    bk.docx_cell(g.rows[0].cells[0], "Term", bold=True)
    bk.docx_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for term, mean in [
            ("Proven \u2013 warning", "Misconduct proven and a written warning or a final written warning given "
                                      "(the system does not record which)"),
            ("Action taken", "Management action, or learning from reflection under the Reflective Practice "
                             "Review Process"),
            ("NFA", "A case to answer was found, but no further action was taken"),
            ("Not proven", "A misconduct meeting or hearing found the allegation not proven"),
            ("Resolved", "Resolved otherwise than by investigation under Schedule 3 (what used to be local "
                         "resolution)"),
            ("Left \u2013 would have been dismissed", "The officer had left and a hearing found they would have "
                                                       "been dismissed"),
            ("Left before outcome", "The officer or member of staff retired or resigned before any finding"),
            ("Live", "Under investigation, sub judice or awaiting a meeting or hearing"),
            ("Misogyny", "Misogynistic or sexist language or behaviour")]:
        cells = g.add_row().cells
        bk.docx_cell(cells[0], term, bold=True, size=9)
        bk.docx_cell(cells[1], N(mean, "schedule number"), size=9)
    bk.docx_para(d, "")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Officer")
    bk.docx_header_footer(d, "OFFICIAL", "Lincolnshire Police \u2013 Freedom of Information")
    write_bytes(src, docx_bytes(d, "Lincolnshire Police"))


# ===================================================================== 9 Norfolk: HTML page, outcome heads as <abbr> codes
# with a key list under the table; counts are recordable conduct matters (cases)
def build_norfolk():
    src = "norfolk/Norfolk Constabulary FOI 000412-26.html"
    KEY.file(src, "norfolk", measure="cases")
    r = rng("norfolk")
    heads = [("GM-D", "Gross misconduct \u2013 dismissed", D), ("WHBD", "Would have been dismissed", WHBD),
             ("FWW", "Final written warning", FWW), ("WW", "Written warning", WW),
             ("RPRP", "Reflective Practice Review Process", MA), ("NCtA", "No case to answer", NCTA),
             ("NFA", "Case to answer \u2013 no further action", NFA),
             ("R/R", "Retired or resigned before outcome", RR), ("Live", "Live \u2013 not yet concluded", ON)]
    cats = [("Sexual assault", SA), ("Sexual misconduct", SM), ("Sexual harassment", SH), ("APSP", AP),
            ("VAWG (not otherwise categorised)", VG)]
    body = ['<div class="page"><header><h1>Norfolk Constabulary</h1>',
            '<p class="strap">Freedom of Information disclosure log</p></header><article>',
            "<h2>" + N("FOI 000412/26: Sexual misconduct \u2013 conduct matters", "reference") + "</h2>",
            f"<p><b>Date:</b> {N('15/12/2026', 'date')}</p>",
            f"<p><b>Request:</b> {E(request())}</p>",
            "<p><b>Response:</b> Norfolk Constabulary holds this information. The figures are numbers of "
            "<b>recordable conduct matters</b> (" + N("one matter may include several allegations and more than one "
            "person", "words that are not counts") + ") involving police officers and police staff, by the outcome of the matter.</p>"]
    for hl, p in ((N("Financial year 2025/26", "period"), FY25),
                  (N("Financial year 2026/27 (1 April to 30 November 2026)", "period"), FYTD)):
        body.append(f"<h3>{hl}</h3><table border=\"1\" cellpadding=\"4\"><thead><tr><th>Category</th>")
        body += [f'<th><abbr title="{t}">{E(a)}</abbr></th>' for a, t, _ in heads]
        body.append("<th>Total matters</th></tr></thead><tbody>")
        for lab, cat in cats:
            k = counts(r, [oc for _, _, oc in heads], hi=4, cat=cat, late=p == FYTD)
            body.append(f"<tr><td>{E(lab)}</td>" + "".join(f"<td>{F(cat, oc, k[oc], p)}</td>" for _, _, oc in heads)
                        + f"<td><b>{F(cat, 'total', k['total'], p)}</b></td></tr>")
        body.append("</tbody></table>")
    body.append("<p><b>Key</b></p><ul>")
    body += [f"<li>{E(a)} = {E(t.lower() if a != 'RPRP' else t)}</li>" for a, t, _ in heads]
    body.append("<li>APSP = abuse of position for a sexual purpose</li></ul>")
    body.append(f"<p>{rights()}</p></article></div>")
    write_text(src, bk.html_page(N("FOI 000412/26 - Norfolk Constabulary", "reference"), "\n".join(body)))


# ===================================================================== 10 Northumbria: plain-text letter, a paragraph per
# category and year, outcomes in groups with counts inline ("Misconduct proven: FWW 2, WW 3.")
def build_northumbria():
    src = "northumbria/Northumbria Police FOI 3319-26 response.txt"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Abuse of position for a sexual purpose", AP),
            ("Domestic abuse (police perpetrated)", DA)]
    ocs = [D, WHBD, FWW, WW, MA, NCTA, ON]
    out = ["NORTHUMBRIA POLICE", "Freedom of Information Unit", "",
           N("Our ref: FOI 3319/26", "reference"), N("Date: 17 December 2026", "date"), "",
           "Dear Requester,", "", N("Thank you for your request of 1 December 2026:", "date"), "",
           "  \"" + request() + "\"", "",
           "Northumbria Police holds this information by calendar year. Below, for each year and category, is the",
           "number of allegations recorded against police officers and police staff, and what happened to them.",
           "Abbreviations: FWW = final written warning; WW = written warning; RPRP = Reflective Practice Review",
           "Process (learning from reflection); NCtA = no case to answer.", ""]
    for ylab, p in (("2024", CY24), ("2025", CY25)):
        out += [N(f"CALENDAR YEAR {ylab}", "period"), ""]
        for lab, cat in cats:
            k = counts(r, ocs, hi=4, cat=cat, late=p == CY25)
            f = lambda oc: F(cat, oc, k[oc], p)  # noqa: E731
            out.append(f"{lab}: {F(cat, 'total', k['total'], p)} allegations.")
            out.append(f"  Gross misconduct proven: dismissed {f(D)}, would have been dismissed {f(WHBD)}.")
            out.append(f"  Misconduct proven: FWW {f(FWW)}, WW {f(WW)}.")
            out.append(f"  RPRP: {f(MA)}.  NCtA: {f(NCTA)}.  Still under investigation: {f(ON)}.")
            out.append("")
    out += ["Please note that a single allegation may move between outcomes as an investigation progresses;",
            "the figures give the position on the date the data was extracted.", "",
            rights(), "", "Yours sincerely,", "", "Freedom of Information Unit", "Northumbria Police"]
    write_text(src, "\n".join(out) + "\n")


# ===================================================================== 11 Surrey: XLSX, what is counted: a "Counts" sheet
# with conduct matters, allegations, individuals subject to and IOPC referrals side by side per year; an "Outcomes"
# sheet for allegations whose Total column restates the allegations
def build_surrey():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "surrey/Surrey Police FOI 26-08814.xlsx"
    KEY.file(src, "surrey")
    r = rng("surrey")
    cats = [("Sexual assault", SA), ("Sexual misconduct", SM), ("Sexual harassment", SH),
            ("Abuse of position for a sexual purpose", AP), ("Violence against women and girls (other)", VG)]
    outs = [("Dismissed", D), ("Would have been dismissed", WHBD), ("Final written warning", FWW),
            ("Written warning", WW), ("Reflective practice", MA), ("No case to answer", NCTA),
            ("Misconduct not proven", NU), ("Withdrawn", WD), ("Sub judice / live", ON)]
    measures = [("Conduct matters (cases)", "cases"), ("Allegations", "allegations"),
                ("Officers and staff subject to", "individuals"), ("Referrals to the IOPC", "referrals")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Counts"
    xl_title(ws, 1, N("Surrey Police \u2013 FOI 26/08814 \u2013 what is counted", "reference"), size=12)
    xl_title(ws, 2, N("Police officers and police staff together, by financial year of recording. A conduct matter "
                      "(case) can contain several allegations and involve more than one person.",
                      "words that are not counts"), bold=False)
    ws.cell(4, 1, "Category").font = Font(bold=True)
    ws.merge_cells("A4:A5")
    alle = {}
    col = 2
    for ylab, p in (("2024/25", FY24), ("2025/26", FY25)):
        ws.cell(4, col, N(ylab, "period")).font = Font(bold=True)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 3)
        for j, (ml, _) in enumerate(measures):
            c = ws.cell(5, col + j, ml)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        for i, (lab, cat) in enumerate(cats):
            rr = rng(f"surrey{ylab}{cat}")
            a = rr.randint(3, 14) if cat != AP else rr.randint(1, 6)
            cases = max(1, a - rr.randint(0, 3))
            ind = max(1, cases - rr.randint(0, 2))
            ref = rr.randint(0, min(3, cases))
            alle[(cat, p)] = a
            ws.cell(6 + i, 1, lab)
            for j, (v, m) in enumerate(zip((cases, a, ind, ref), [m for _, m in measures])):
                if p == FY24 and m == "individuals":
                    ws.cell(6 + i, col + j, F(cat, "total", NH, p, measure=m, said="Not recorded", printed=False))
                else:
                    ws.cell(6 + i, col + j, int(F(cat, "total", v, p, measure=m)))
        col += 4
    ws.cell(12, 1, "\u2018Not recorded\u2019: the number of people subject to each matter was not recorded on the "
                   "case system before April 2025, so this information is not held for 2024/25.")
    N("April 2025 2024/25", "dates in a note")
    ws.column_dimensions["A"].width = 40
    for cl in "BCDEFGHI":
        ws.column_dimensions[cl].width = 14
    ws.row_dimensions[5].height = 45
    o = wb.create_sheet("Outcomes")
    xl_title(o, 1, "Allegations by outcome (police officers and police staff), financial year 2025/26")
    N("2025/26", "period")
    o.append([])
    o.append(["Category"] + [lab for lab, _ in outs] + ["Total allegations"])
    for c in o[3]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for lab, cat in cats:
        total = alle[(cat, FY25)]
        k = {oc: 0 for _, oc in outs}
        for _ in range(total):
            k[outs[r.randrange(len(outs))][1]] += 1
        o.append([lab] + [int(F(cat, oc, k[oc], FY25)) for _, oc in outs]
                 + [int(F(cat, "total", total, FY25, restated=True))])
    o.append([])
    o.append(["Reflective practice = the Reflective Practice Review Process (practice requiring improvement)."])
    o.column_dimensions["A"].width = 40
    write_bytes(src, xlsx_bytes(wb, "Surrey Police Information Access"))


# ===================================================================== 12 Sussex: reportlab PDF, a case-system listing:
# "Allegation category | Result (as recorded) | 2025 | 2026 (to 30 Nov)", results as "Hearing \u2013 ..." stage phrases
def build_sussex():
    from reportlab.lib import colors
    src = "sussex/Sussex Police FOI 2196-26 Centurion extract.pdf"
    KEY.file(src, "sussex")
    r = rng("sussex")
    st = bk.styles("Helvetica", 9.5)
    res = [("Misconduct hearing \u2013 dismissed", D),
           ("Misconduct hearing \u2013 would have been dismissed", WHBD),
           ("Misconduct meeting \u2013 final written warning", FWW),
           ("Misconduct meeting \u2013 written warning", WW),
           ("RPRP \u2013 practice requiring improvement", MA),
           ("Investigation \u2013 no case to answer", NCTA),
           ("Misconduct meeting \u2013 not proven", NU),
           ("Criminal conviction", CC),
           ("Suspended pending outcome", ON)]
    cats = [("Sexual assault", SA), ("Sexual misconduct", SM), ("Sexual harassment", SH),
            ("Abuse of position for a sexual purpose", AP), ("VAWG \u2013 other", VG)]
    story = [bk.P("Sussex Police \u2013 Professional Standards", st["h"]),
             bk.P(N("Centurion extract for FOI 2196/26 &nbsp; Extracted 10/12/2026", "reference; date"), st["body"]),
             bk.P(N("Allegations recorded against police officers and police staff, by category and by the result "
                    "recorded on Centurion, calendar year 2025 and 2026 to 30 November. Each allegation appears under "
                    "its latest result.", "periods"), st["body"]),
             bk.P("Results are given in the system's words. Allegations suspended pending the outcome of criminal "
                  "proceedings are still open.", st["body"])]
    data = [[bk.P("Allegation category", st["cellb"]), bk.P("Result (as recorded)", st["cellb"]),
             bk.P(N("2025", "period"), st["cellc"]), bk.P(N("2026 (to 30 Nov)", "period"), st["cellc"])]]
    bold = []
    for lab, cat in cats:
        vs = [counts(r, [oc for _, oc in res], hi=4, zero=0.5, cat=cat, late=p == CYTD) for p in (CY25, CYTD)]
        first = True
        for rl, oc in res + [("All results", "total")]:
            data.append([bk.P(lab if first else "", st["cellb"]),
                         bk.P(rl, st["cellb"] if oc == "total" else st["cell"])]
                        + [F(cat, oc, v[oc], p) for v, p in zip(vs, (CY25, CYTD))])
            if oc == "total":
                bold.append(len(data) - 1)
            first = False
    extra = []
    for i in bold:
        extra += [("FONT", (2, i), (-1, i), "Helvetica-Bold", 8),
                  ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F0F0F0"))]
    story += [bk.S(4), rl_table(data, [140, 230, 55, 75], size=8, extra=extra)]
    N("2025 2026 (to 30 Nov)", "the table's header row repeated at the top of page 2")
    story += [bk.S(8), bk.P(N("2026 (to 30 Nov) = 1 January 2026 to 30 November 2026.", "period definition"),
                            st["small"]), bk.P(rights(), st["small"])]
    bk.pdf_letter(src, story, furniture("Sussex Police FOI 2196/26"), title="FOI 2196/26 extract",
                  author="Sussex Police")


# ===================================================================== 13 Warwickshire: Word letter, two tables told apart
# by what they count: public complaints (complaint outcomes) and conduct matters (conduct outcomes)
def build_warwickshire():
    src = "warwickshire/Warwickshire Police FOI 2026-3307.docx"
    KEY.file(src, "warwickshire")
    r = rng("warwickshire")
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Abuse of position for a sexual purpose", AP)]
    comp = [("Upheld", UP), ("Not upheld", NU), ("Local resolution", LR), ("Withdrawn by complainant", WD),
            ("Ongoing", ON)]
    cond = [("Dismissed", D), ("Final written warning", FWW), ("Written warning", WW), ("Management action", MA),
            ("No case to answer", NCTA), ("Ongoing", ON)]
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Warwickshire Police", bold=True, size=14)
    bk.docx_para(d, N("FOI reference 2026/3307 \u2013 16 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "You asked:")
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Warwickshire Police records sexual misconduct in two ways. Where a member of the public "
                    "complains, the matter is a public complaint and has a complaint outcome. Where the matter comes "
                    "from inside the organisation, it is a conduct matter and has a misconduct outcome. We have "
                    "therefore given two tables for each period: the first counts public complaints, the second "
                    "counts conduct matters. Both cover police officers and police staff.", "words that are not counts"))
    tn = 1
    for hl, p in ((N("Financial year 2025/26", "period"), FY25),
                  (N("Financial year 2026/27 to date (to 30 November 2026)", "period"), FYTD)):
        bk.docx_heading(d, hl, 11)
        for what, measure, outs in (("Public complaints", "complaints", comp), ("Conduct matters", "cases", cond)):
            bk.docx_para(d, N(f"Table {tn}: {what}", "table number"), bold=True)
            tn += 1
            t = d.add_table(rows=1, cols=len(outs) + 2)
            t.style = "Table Grid"
            for j, h in enumerate(["Category"] + [lab for lab, _ in outs] + [f"Total {what.lower()}"]):
                bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
            for lab, cat in cats:
                k = counts(r, [oc for _, oc in outs], hi=4, cat=cat, late=p == FYTD)
                cells = t.add_row().cells
                bk.docx_cell(cells[0], lab, size=9)
                for j, (_, oc) in enumerate(outs, 1):
                    bk.docx_cell(cells[j], F(cat, oc, k[oc], p, measure=measure), size=9, align=1)
                bk.docx_cell(cells[-1], F(cat, "total", k["total"], p, measure=measure), size=9, bold=True, align=1)
            bk.docx_para(d, "")
    bk.docx_para(d, "Management action includes reflective practice. We do not record violence against women and "
                    "girls as a separate category.")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Officer, Warwickshire Police")
    write_bytes(src, docx_bytes(d, "Warwickshire Police"))


# ===================================================================== 14-15 West Mercia: a PDF covering letter with an
# s12 refusal of VAWG, and its XLSX annex with outcome-group header rows over indented sub-outcomes
def build_west_mercia():
    st = bk.styles("Helvetica", 10)
    src = "west-mercia/West Mercia Police FOI 11720 letter.pdf"
    KEY.file(src, "west-mercia")
    for_p = REQ_SPAN
    F(VG, "total", REF("s12"), for_p, printed=False)
    story = [bk.P("West Mercia Police", st["h"]),
             bk.P(N("Freedom of Information request 11720 &nbsp; 18 December 2026", "reference; date"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P("You asked:", st["body"]), bk.P(request(), st["quote"]),
             bk.P("Sexual assault, sexual harassment, abuse of position for a sexual purpose and sexual misconduct",
                  st["h2"]),
             bk.P(N("This information is held and is given in Annex A (the spreadsheet \u201cWest Mercia Police FOI "
                    "11720 Annex A.xlsx\u201d), for the financial years 2024/25 and 2025/26.",
                    "reference; periods"), st["body"]),
             bk.P("Violence against women and girls", st["h2"]),
             bk.P(N("West Mercia Police does not record \u2018violence against women and girls\u2019 as a category "
                    "on its case management system. To identify such allegations we would have to read every "
                    "allegation file recorded since 1 April 2024, about 900 files at an average of 10 minutes each, "
                    "which is about 150 hours. That is more than the 18 hours (\u00a3450) the Act allows, so this "
                    "part of your request is refused under section 12(1) of the Act.",
                    "date; count of files of all kinds; minutes; hours; cost limit; section"), st["body"]),
             bk.P(rights(), st["body"]), bk.P("Yours sincerely,", st["body"]),
             bk.P("Information Compliance Unit", st["body"])]
    bk.pdf_letter(src, story, furniture("West Mercia Police FOI 11720"), title="FOI 11720",
                  author="West Mercia Police")
    # the annex
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "west-mercia/West Mercia Police FOI 11720 Annex A.xlsx"
    KEY.file(src, "west-mercia")
    r = rng("westmercia")
    rows = [("Misconduct proven", None), ("Dismissed", D), ("Final written warning", FWW),
            ("Written warning", WW), ("Not proven", None), ("No case to answer", NCTA),
            ("Misconduct not proven", NU), ("Other", None), ("Retired/resigned before outcome", RR),
            ("Withdrawn", WD), ("Live", ON)]
    cats = [("Sexual assault", SA), ("Sexual harassment", SH), ("Abuse of position for a sexual purpose", AP),
            ("Sexual misconduct", SM)]
    cols = [(FY24, "officers"), (FY24, "staff"), (FY25, "officers"), (FY25, "staff")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Annex A"
    xl_title(ws, 1, N("Annex A \u2013 FOI 11720 \u2013 allegations by outcome", "annex reference"), size=12)
    ws.cell(3, 1, "Outcome").font = Font(bold=True)
    ws.merge_cells("A3:A4")
    ws.cell(3, 2, N("2024/25", "period")).font = Font(bold=True)
    ws.merge_cells("B3:C3")
    ws.cell(3, 4, N("2025/26", "period")).font = Font(bold=True)
    ws.merge_cells("D3:E3")
    for j, h in enumerate(["Officers", "Staff", "Officers", "Staff"], 2):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    ocs = [oc for _, oc in rows if oc]
    for lab, cat in cats:
        ws.cell(row, 1, lab).font = Font(bold=True, size=12)
        row += 1
        vs = [counts(r, ocs, hi=4, cat=cat, subj=s, late=p == FY25) for p, s in cols]
        for rl, oc in rows + [("Total", "total")]:
            if oc is None:
                ws.cell(row, 1, rl).font = Font(bold=True, italic=True)
            else:
                c = ws.cell(row, 1, rl)
                c.alignment = Alignment(indent=0 if oc == "total" else 2)
                c.font = Font(bold=oc == "total")
                for j, (v, (p, s)) in enumerate(zip(vs, cols), 2):
                    ws.cell(row, j, int(F(cat, oc, v[oc], p, subject=s))).font = Font(bold=oc == "total")
            row += 1
        row += 1
    ws.cell(row, 1, "Outcome groups (Misconduct proven, Not proven, Other) are headings only.")
    ws.column_dimensions["A"].width = 40
    write_bytes(src, xlsx_bytes(wb, "West Mercia Police"))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind46-", read=read46))
