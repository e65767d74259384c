#!/usr/bin/python3
"""make_blind23.py -- the twenty-third blind test batch for `foi` and its answer key.

The request, sent on 9 November 2026: for the financial years 2023/24, 2024/25 and 2025/26 and the
calendar years 2024 and 2025, the number of allegations of sexual assault, sexual misconduct,
sexual harassment, abuse of position for a sexual purpose and violence against women and girls
made against police officers and police staff, and their outcomes.  Fifteen forces answer in
sixteen files, in layouts no earlier batch used (see NOTES-blind23.md).  The machinery (F/L/N
accounting, writers, read_back, check) is scripts/blindkit.py (not edited); a Word
read-back that also reads nested tables is local.

usage: /usr/bin/python3 make_blind23.py             # rebuild fixtures/blind23 (or $FOI_BLIND23_OUT)
       /usr/bin/python3 make_blind23.py check       # verify determinism and every number
       /usr/bin/python3 make_blind23.py dump FILE   # show FILE (relative to the batch) as read back
"""
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
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NH, E, MRANGE, FQ,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND23_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind23").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST23 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "the calendar years 2024 and 2025: (a) the number of allegations of sexual assault, "
             "sexual misconduct, sexual harassment, abuse of position for a sexual purpose and "
             "violence against women and girls (VAWG) made against your police officers and police "
             "staff; and (b) the outcome of each allegation (for example dismissed, written "
             "warning, reflective practice, no case to answer, or still under investigation).")
FYRS = (2023, 2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
CY24, CY25 = CY(2024), CY(2025)
REQ_PERIODS = [FY(2023), FY(2024), FY(2025), CY24, CY25]
WORDS = bk.WORDS

OUT8 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]


def request23():
    return N(REQUEST23, "the request's years")


def rng(name):
    return random.Random("blind23-" + name)


def counts(r, outs, hi=4, zero=0.4, cat=None):
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in outs}


# =========================================================================== read-back


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_all_text(p):
    """Every paragraph of a Word file, nested tables and list items included, in document order,
    then its headers and footers: what a reader sees on the page."""
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(p) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            root = ET.fromstring(z.read(n))
            for par in root.iter(W_NS + "p"):
                parts = []
                for el in (e for e in par.iter()
                           if e.tag in (W_NS + "t", W_NS + "tab", W_NS + "br")):
                    parts.append(el.text or "" if el.tag == W_NS + "t" else " ")
                out.append("".join(parts))
    return "\n".join(out)


def read23(path):
    p = Path(path)
    if p.suffix.lower() == ".docx":
        return docx_all_text(p)
    return bk.read_back(p)


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


def docx_save23(d, src, author):
    bk.docx_save(d, src, author)


# =========================================================================== 1 Lancashire: DOCX, bullets with sub-bullets (category > outcome: n)


def build_lancashire():
    src = "lancashire/Lancashire Constabulary FOI 2026-07713 response.docx"
    KEY.file(src, "lancashire")
    r = rng("lancs")
    d = bk.docx_a4(docx_new("Arial", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Lancashire Constabulary, PO Box 77, Hutton, Preston "
                                          "PR4 5SB", "PO box; postcode"))
    bk.docx_para(d, "Lancashire Constabulary", bold=True, size=16)
    bk.docx_para(d, "Information Access Team")
    bk.docx_para(d, N("Our reference: FOI 2026/07713    Date: 1 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, N("Thank you for your request for information received on 9 November 2026. "
                      "You asked:", "date"))
    bk.docx_para(d, request23(), italic=True)
    bk.docx_para(d, "Response", bold=True, size=13)
    bk.docx_para(d, N("Lancashire Constabulary holds some of the information you requested. The "
                      "figures below are numbers of allegations recorded against police officers "
                      "and police staff together, by the financial year in which the allegation "
                      "was recorded. Under each type of allegation the outcomes are listed as "
                      "sub-points. Outcomes that no allegation had are not listed.", ""))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn by complainant", "withdrawn"),
            ("Investigation ongoing", "ongoing")]
    cats = [(SA, "Sexual assault"), (SM, "Sexual misconduct (including inappropriate "
                                          "relationships)"),
            (SH, "Sexual harassment"), (AP, "Abuse of position for a sexual purpose (APSP)")]
    for y in FYRS:
        bk.docx_para(d, N(f"Financial year {FLAB[y]} (1 April {y} to 31 March {y + 1})", "year"),
                     bold=True, size=12)
        for c, lab in cats:
            cnt = counts(r, outs, hi=5 if c != AP else 2, zero=0.45)
            if y == 2025:
                cnt["ongoing"] += r.randint(1, 4)
            tot = sum(cnt.values())
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"{lab}: ").bold = True
            p.add_run(L("{v} allegations", v=F(c, "total", tot, FY(y))))
            for olab, oc in outs:
                if cnt[oc]:
                    d.add_paragraph(f"{olab}: {F(c, oc, cnt[oc], FY(y))}", style="List Bullet 2")
    bk.docx_para(d, "Violence against women and girls", bold=True, size=12)
    bk.docx_para(d, N("Lancashire Constabulary does not record 'violence against women and girls' "
                      "as a type of misconduct allegation: allegations that fall within it are "
                      "recorded under the types above. The information is therefore not held for "
                      "any of the years you asked about (section 1(1)(a) of the Act).",
                      "section number"))
    for y in FYRS:
        F(VG, "total", NH, FY(y))
    bk.docx_para(d, "Calendar years", bold=True, size=12)
    bk.docx_para(d, N("Our Professional Standards system reports by financial year only. We do "
                      "not hold figures for the calendar years 2024 and 2025 and could only "
                      "produce them by re-reading each case file, which is not information held.",
                      "years"))
    for per in (CY24, CY25):
        for c in CATS5:
            F(c, "total", NH, per)
    bk.docx_para(d, "Your rights", bold=True, size=12)
    bk.docx_para(d, rights("Lancashire Constabulary"))
    bk.docx_para(d, "Yours faithfully")
    bk.docx_para(d, "Information Access Team")
    docx_save23(d, src, "Lancashire Constabulary")


# =========================================================================== 2 Leicestershire: text covering letter + semicolon CSV attachment


def build_leicestershire():
    letter = "leicestershire/FOI 004412-26 covering letter.txt"
    data = "leicestershire/FOI 004412-26 data.csv"
    KEY.file(letter, "leicestershire", subject="officers")
    r = rng("leics")
    lines = [N("Leicestershire Police | Freedom of Information Unit | Force Headquarters, "
               "St Johns, Enderby, Leicester LE19 2BX", "postcode"), "",
             N("Reference: 004412/26", "reference"), N("Date: 30 November 2026", "date"), "",
             "Dear Requester,", "",
             N("Freedom of Information request 004412/26", "reference"), "",
             N("Thank you for your request of 9 November 2026, in which you asked:", "date"), ""]
    lines += ["  " + x for x in re.findall(r".{1,90}(?:\s|$)", request23())]
    lines += ["",
              N("Please find attached the file 'FOI 004412-26 data.csv', which answers part (a) "
                "and part (b) of your request. It can be opened in Excel (it uses semicolons "
                "between fields, as our reporting system exports it).", "reference"), "",
              N("The figures in the attachment are numbers of allegations made against police "
                "officers only. Misconduct by police staff is dealt with by Human Resources "
                "under the Police Staff Council procedure, and the number of allegations against "
                "police staff is not held by Professional Standards. This letter is therefore "
                "notice under section 17 that the staff figures are not held.",
                "section number"), "",
              N("In the attachment each line is one period and one type of allegation; the "
                "Total is the number of allegations recorded in that period, and the outcome "
                "columns show how they were finalised. 'Live' means the allegation is still "
                "being investigated.", "'one period and one type' (wording)"), "",
              rights("Leicestershire Police"), "", "Yours sincerely,", "",
              "Freedom of Information Unit", "Leicestershire Police", ""]
    for per in REQ_PERIODS:
        for c in CATS5:
            F(c, "total", NH, per, subject="staff")
    text = []
    for ln in lines:
        text += re.findall(r".{1,90}(?:\s|$)", ln) if len(ln) > 90 else [ln]
    write_text(letter, "\n".join(x.rstrip() for x in text) + "\n", newline="\r\n")
    # the attachment: no force, no subject of its own
    KEY.file(data, "leicestershire", subject="officers")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Live", "ongoing")]
    rows = [N("Period;Allegation type;Total;" + ";".join(o for o, _ in outs), "")]
    plabs = [("2023/24", FY(2023)), ("2024/25", FY(2024)), ("2025/26", FY(2025)),
             ("CY2024", CY24), ("CY2025", CY25)]
    for plab, per in plabs:
        for c in CATS5:
            cnt = counts(r, outs, hi=6 if c != AP else 2, zero=0.35)
            tot = sum(cnt.values())
            cells = [N(plab, "period label"), CL[c], F(c, "total", tot, per)]
            cells += [F(c, oc, cnt[oc], per) for _, oc in outs]
            rows.append(";".join(cells))
    write_text(data, "\n".join(rows) + "\n", newline="\r\n", bom=True)


# =========================================================================== 3 Sussex: long CSV with an employee-type column and a Grand Total row per block


def build_sussex():
    src = "sussex/Sussex Police FOI 2668-26 allegations export.csv"
    KEY.file(src, "sussex")
    r = rng("sussex")
    outs = [("Dismissed", "dismissed"), ("Gross Misconduct - Would Have Been Dismissed",
                                         "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Sub Judice / Under Investigation", "ongoing")]
    emps = [("Officer", "officers"), ("Special Constable", None), ("Staff", "staff"),
            ("PCSO", None)]
    rows = ["Period,Allegation Type,Employee Type,Outcome,Allegations"]
    for y in FYRS:
        for c in CATS5:
            gt = 0
            for elab, subj in emps:
                hi = {"Officer": 4, "Staff": 2}.get(elab, 1)
                for olab, oc in outs:
                    v = r.randint(0, hi) if r.random() < (0.55 if subj == "officers" else 0.3) else 0
                    if c == AP and subj != "officers":
                        v = 0
                    if not v:
                        continue
                    gt += v
                    if subj:
                        txt = F(c, oc, v, FY(y), subject=subj)
                    else:
                        txt = N(str(v), f"{elab.lower()}s: no SPEC subject of their own (not keyed)")
                    rows.append(f"{N(FLAB[y], 'period')},{CL[c]},{elab},{olab},{txt}")
            rows.append(f"{N(FLAB[y], 'period')},{CL[c]},Grand Total,,"
                        f"{F(c, 'total', gt, FY(y), subject='officers_and_staff')}")
    rows.append("")
    rows.append(N("Notes: Sussex Police FOI 2668/26. Allegations recorded 1 April 2023 to 31 "
                  "March 2026 by financial year of recording. Only combinations with at least "
                  "one allegation are listed. Grand Total = all employee types.",
                  "reference; dates of the span; 'at least one'"))
    rows.append(N("Calendar year 2024 and 2025 figures were refused under section 12 (cost): "
                  "see the covering e-mail.", "years; section number"))
    for per in (CY24, CY25):
        for c in CATS5:
            F(c, "total", REF("s12"), per)
    write_text(src, "\n".join(rows) + "\n")


# =========================================================================== 4 Kent: HTML, half-years, counts written as words


def build_kent():
    src = "kent/Kent Police FOI 26-14420 disclosure.html"
    KEY.file(src, "kent")
    r = rng("kent")
    halves = [("H1 2024/25<br>(Apr–Sep 2024)", MRANGE(2024, 4, 2024, 9)),
              ("H2 2024/25<br>(Oct 2024–Mar 2025)", MRANGE(2024, 10, 2025, 3)),
              ("2024/25 total", FY(2024)),
              ("H1 2025/26<br>(Apr–Sep 2025)", MRANGE(2025, 4, 2025, 9)),
              ("H2 2025/26<br>(Oct 2025–Mar 2026)", MRANGE(2025, 10, 2026, 3)),
              ("2025/26 total", FY(2025))]

    def w(v, cat, per, subj):
        said = "nil" if v == 0 else WORDS[v]
        return F(cat, "total", v, per, subject=subj, said=said)
    b = ['<div class="kp-header"><a href="/">Kent Police</a><nav><a href="/foi">Freedom of '
         'Information</a> | <a href="/foi/disclosure-log">Disclosure log</a></nav></div>',
         '<main class="kp-main">',
         f"<h1>{E(N('Misconduct allegations of a sexual nature: FOI 26/14420', 'reference'))}</h1>",
         f'<p class="kp-date">{N("Published 4 December 2026", "date")}</p>',
         "<h2>What was asked</h2>", f"<blockquote>{E(request23())}</blockquote>",
         "<h2>Our answer</h2>",
         "<p>" + E(N("Kent Police moved to reporting Professional Standards figures by half-year "
                     "on 1 April 2024. The tables below give the number of allegations recorded "
                     "in each half of the financial years 2024/25 and 2025/26, with the year's "
                     "total, first for police officers and then for police staff. In line with "
                     "our accessible writing guidance, numbers are written as words; "
                     "\u2018nil\u2019 means that no allegation was recorded.",
                     "years; date")) + "</p>"]
    for ti, (subj, slab) in enumerate([("officers", "Police officers"),
                                       ("staff", "Police staff")], 1):
        b.append(f"<h3>{E(N(f'Table {ti}: {slab}', 'table number'))}</h3>")
        b.append('<table class="kp-table"><thead><tr><th>Type of allegation</th>'
                 + "".join(f"<th>{N(h, 'column heading: half-year')}</th>" for h, _ in halves)
                 + "</tr></thead><tbody>")
        for c in CATS5:
            hi = 8 if subj == "officers" else 3
            if c == AP:
                hi = 2
            cells = []
            for yi in range(2):
                h1, h2 = r.randint(0, hi), r.randint(0, hi)
                p1, p2, pt = halves[3 * yi][1], halves[3 * yi + 1][1], halves[3 * yi + 2][1]
                cells += [w(h1, c, p1, subj), w(h2, c, p2, subj), w(h1 + h2, c, pt, subj)]
            b.append(f"<tr><th>{E(CL[c])}</th>" + "".join(f"<td>{x}</td>" for x in cells)
                     + "</tr>")
        b.append("</tbody></table>")
    b.append(f"<h2>{N('2023/24 and the calendar years', 'year')}</h2>")
    b.append("<p>" + E(N("Figures for 2023/24 were published in full in our response to FOI "
                         "25/09118 and are exempt under section 21 (information accessible by "
                         "other means).", "year; reference; section number")) + "</p>")
    for c in CATS5:
        F(c, "total", REF("s21"), FY(2023))
    b.append("<p>" + E(N("Kent Police does not hold figures by calendar year. Section 1(1)(a) "
                         "of the Act: information not held.", "section number")) + "</p>")
    for per in (CY24, CY25):
        for c in CATS5:
            F(c, "total", NH, per)
    b.append("<p>" + E(N("Outcomes are not reported by half-year; they will be published in "
                         "our annual Professional Standards report.", "")) + "</p>")
    b.append(f"<h2>Complaints</h2><p>{E(rights('Kent Police'))}</p></main>")
    b.append('<footer class="kp-footer">' + E(N("Kent Police, Sutton Road, Maidstone, ME15 9BZ. "
                                                "Non-emergency 101.", "postcode; phone"))
             + "</footer>")
    write_text(src, html_page(N("FOI 26/14420 | Kent Police", "reference"), "\n".join(b)))


# =========================================================================== 5 Surrey: HTML, <abbr>, visually-hidden cell text, data-value attributes


def build_surrey():
    src = "surrey/Surrey Police FOI 2026-1974 disclosure.html"
    KEY.file(src, "surrey")
    r = rng("surrey")
    outs = [("Dismissed", "dismissed", None),
            ("<abbr title=\"Would have been dismissed\">WHBD</abbr>", "would_have_been_dismissed",
             "would have been dismissed"),
            ("<abbr title=\"Final written warning\">FWW</abbr>", "final_written_warning",
             "final written warning"),
            ("Written warning", "written_warning", None),
            ("<abbr title=\"Reflective practice review process\">RPRP</abbr>",
             "management_action", "reflective practice"),
            ("<abbr title=\"No case to answer\">NCTA</abbr>", "no_case_to_answer",
             "no case to answer"),
            ("Ongoing", "ongoing", None)]
    head = ('<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;'
            'clip:rect(0 0 0 0);white-space:nowrap}</style>\n')
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: '<abbr title="Abuse of position for a sexual purpose">APSP</abbr>',
             VG: '<abbr title="Violence against women and girls">VAWG</abbr>'}
    b = ['<header class="sp-header"><a class="logo" href="/">Surrey Police</a></header>',
         '<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/foi">FOI</a> / '
         'Disclosure log</nav>', '<main id="main-content">',
         f"<h1>{E(N('FOI 2026/1974: sexual misconduct allegations', 'reference'))}</h1>",
         f"<dl><dt>Reference</dt><dd>{N('2026/1974', 'reference')}</dd><dt>Date</dt><dd>"
         f"{N('27 November 2026', 'date')}</dd></dl>",
         "<h2>Request</h2>", f"<blockquote>{E(request23())}</blockquote>",
         "<h2>Response</h2>",
         "<p>" + E(N("The tables below give the number of allegations recorded against Surrey "
                     "Police officers and staff (counted together), one table per period, with "
                     "the outcome of each. An asterisk (*) means fewer than five allegations: the "
                     "number is withheld under section 40(2) because it could identify the people "
                     "involved.", "section number; 'fewer than five' (suppression definition)"))
         + "</p>"]
    periods = [(f"Financial year {FLAB[y]}", FY(y), FLAB[y]) for y in FYRS] + \
              [("Calendar year 2024", CY24, "2024"), ("Calendar year 2025", CY25, "2025")]
    for ti, (plab, per, pshort) in enumerate(periods, 1):
        b.append(f"<h3>{E(N(f'Table {ti}: {plab}', 'table number; period'))}</h3>")
        b.append('<table class="sp-table" data-sortable="true"><thead><tr>'
                 '<th scope="col">Allegation type</th><th scope="col">Total</th>'
                 + "".join(f'<th scope="col">{lab}</th>' for lab, _, _ in outs)
                 + "</tr></thead><tbody>")
        for c in CATS5:
            cnt = {oc: r.choice([0, 0, 1, 2, 3, 5, 6, 7]) for _, oc, _ in outs}
            if c == AP:
                cnt = {oc: r.choice([0, 0, 1, 2]) for _, oc, _ in outs}
            tot = sum(cnt.values())
            cname = re.sub(r"<[^>]+>", "", short[c])

            def cell(v, oc, olab):
                hidden = N(f"{pshort}, {cname}, {olab}: ", "visually-hidden cell label: period")
                if 0 < v < 5:
                    shown = F(c, oc, SUP(), per, said="*")
                    return (f'<td data-value="{v}"><span class="visually-hidden">{E(hidden)}'
                            f'</span>{shown}</td>')
                return (f'<td data-value="{v}"><span class="visually-hidden">{E(hidden)}</span>'
                        f"{F(c, oc, v, per)}</td>")
            cells = [cell(tot, "total", "total")]
            for lab, oc, plain in outs:
                cells.append(cell(cnt[oc], oc, plain or re.sub(r"<[^>]+>", "", lab).lower()))
            b.append(f'<tr><th scope="row">{short[c]}</th>{"".join(cells)}</tr>')
        b.append("</tbody></table>")
    b.append('<p class="sp-note">' + E(N("The tables can be sorted by any column. Screen readers "
                                         "announce the period, type and outcome with each "
                                         "number.", "")) + "</p>")
    b.append(f"<h2>Your rights</h2><p>{E(rights('Surrey Police'))}</p></main>")
    b.append('<footer class="sp-footer">' + E(N("© Surrey Police 2026. Mount Browne, Guildford "
                                                "GU3 1HG.", "copyright year; postcode"))
             + "</footer>")
    write_text(src, html_page(N("FOI 2026/1974 | Surrey Police", "reference"), "\n".join(b),
                              head_extra=head))


# =========================================================================== 6 Ministry of Defence Police: a corrected response that replaces an earlier one


def build_ministry_of_defence():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    src = "ministry-of-defence/MDP FOI 2026-02114 revised response.pdf"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    st = bk.styles("Helvetica", 10)
    story = [P("Ministry of Defence Police", st["h"]),
             P("Freedom of Information Office", st["addr"]),
             P(N("Wethersfield, Braintree, Essex CM7 4AZ", "postcode"), st["addr"]), S(8),
             P(N("Our reference: FOI 2026/02114 (revised)     Date: 20 November 2026",
                 "reference; date"), st["body"]),
             P("REVISED RESPONSE", st["h"]),
             P(N("This letter replaces our response of 3 March 2026 to your earlier request "
                 "(reference FOI 2026/02114). In that response the number of allegations of "
                 "sexual assault made against police officers in 2024/25 was given as 14; it "
                 "should have been 16. Two allegations had been recorded against the wrong "
                 "financial year. We apologise for the error.",
                 "date; reference; the superseded figure 14 (replaced); 'Two allegations' "
                 "(explanation of the error, not a figure of the table)"), st["body"]),
             P(N("Because you have since widened your request, this revised response answers it "
                 "in full, and the tables below replace every figure given on 3 March 2026. "
                 "Your request now reads:", "date"), st["body"]),
             P(E(request23()), st["quote"]),
             P(N("Table 1: Allegations by type, employee group and financial year",
                 "table number"), st["h2"])]
    groups = [(y, s) for y in FYRS for s in ("officers", "staff")]
    hdr1 = ["Allegation type"] + sum([[N(FLAB[y], "column heading: year"), ""] for y in FYRS], [])
    hdr2 = [""] + ["Officers", "Staff"] * 3
    data = [hdr1, hdr2]
    vals = {}
    for c in CATS5:
        row = [P(CL[c], st["cell"])]
        for y, s in groups:
            hi = 18 if s == "officers" else 5
            if c == AP:
                hi = 3
            v = r.randint(0, hi)
            if (c, y, s) == (SA, 2024, "officers"):
                v = 16
            vals[(c, y, s)] = v
            row.append(F(c, "total", v, FY(y), subject=s))
        data.append(row)
    extra = [("SPAN", (0, 0), (0, 1))] + [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0))
                                          for i in range(3)] + \
            [("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8.5),
             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#D9D9D9")),
             ("ALIGN", (0, 0), (-1, 1), "CENTER")]
    story.append(ruled(data, [62 * mm] + [18 * mm] * 6, header_rows=1, extra=extra))
    story.append(S(4))
    story.append(P(L("Note: the 2024/25 figure for sexual assault against officers ({v}) is the "
                     "corrected figure.", "year", v=F(SA, "total", 16, FY(2024), subject="officers",
                                                  restated=True)), st["small"]))
    story.append(P(N("Table 2: Outcomes of allegations recorded in 2025/26 (officers and staff "
                     "together)", "table number; year"), st["h2"]))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    data = [["Outcome"] + [P(x, st["cellb"]) for x in ("Sexual assault", "Sexual misconduct",
                                                       "Sexual harassment", "APSP", "VAWG")]]
    cnt = {}
    for c in CATS5:
        t = vals[(c, 2025, "officers")] + vals[(c, 2025, "staff")]
        k = {oc: 0 for _, oc in outs}
        for _ in range(t):
            k[r.choice([oc for _, oc in outs])] += 1
        cnt[c] = k
    for lab, oc in outs:
        data.append([lab] + [F(c, oc, cnt[c][oc], FY(2025)) for c in CATS5])
    data.append(["Total"] + [F(c, "total", sum(cnt[c].values()), FY(2025)) for c in CATS5])
    story.append(ruled(data, [52 * mm] + [24 * mm] * 5, bold_rows=(len(data) - 1,)))
    story.append(S(4))
    story.append(P(N("APSP: abuse of position for a sexual purpose. VAWG: violence against women "
                     "and girls. The outcome Total for each type equals the sum of the Officers and "
                     "Staff figures for 2025/26 in Table 1.", "year"), st["small"]))
    story.append(P("Calendar years", st["h2"]))
    story.append(P(N("Figures by calendar year for 2024 and 2025 are published in the MDP "
                     "Professional Standards annual bulletin on GOV.UK and are exempt under "
                     "section 21 of the Act.", "years; section number"), st["body"]))
    for per in (CY24, CY25):
        for c in CATS5:
            F(c, "total", REF("s21"), per)
    story.append(P(rights("the Ministry of Defence Police"), st["body"]))
    story.append(P("Freedom of Information Office, Ministry of Defence Police", st["body"]))
    bk.pdf_letter(src, story, furniture("OFFICIAL", "MDP FOI 2026/02114 (revised)"),
                  title="MDP FOI revised response", author="MDP")


# =========================================================================== 7 Bedfordshire: annual columns beside a year to date and a cumulative total since 2020


def build_bedfordshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    src = "bedfordshire/Bedfordshire Police FOI BED-26-3390 response.pdf"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    st = bk.styles("Helvetica", 9.5)
    ytd = ("2026-04-01", "2026-10-31")
    cum = ("2020-04-01", "2026-10-31")
    story = [P("Bedfordshire Police", st["h"]),
             P(N("Freedom of Information, Police Headquarters, Woburn Road, Kempston, Bedford "
                 "MK43 9AX", "postcode"), st["addr"]), S(6),
             P(N("Reference: BED-26-3390     Date: 26 November 2026", "reference; date"),
               st["body"]),
             P("Your request", st["h2"]), P(E(request23()), st["quote"]),
             P("Our response", st["h2"]),
             P(N("The table gives the number of allegations recorded against police officers and "
                 "police staff together, for each financial year you asked about, for the "
                 "current year to date, and the total since our current case management system "
                 "went live on 1 April 2020. 'To date' and 'since 2020' figures run to 31 "
                 "October 2026, the day the data was extracted. Outcomes are as at the same "
                 "date.", "dates"), st["body"])]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    hdr = ["Allegation type", "Outcome", N("2023/24", "year"), N("2024/25", "year"),
           N("2025/26", "year"), P(N("2026/27 to date (1 Apr – 31 Oct 2026)", "dates"),
                                   st["cellb"]),
           P(N("Total since 1 April 2020 (to 31 Oct 2026)", "dates"), st["cellb"])]
    data = [hdr]
    bold = []
    pers = [FY(2023), FY(2024), FY(2025), ytd, cum]
    for c in CATS5:
        block = {}
        for pi, per in enumerate(pers):
            hi = 4 if c != AP else 1
            k = counts(r, outs, hi=hi, zero=0.35)
            if pi == 3:
                k = {oc: (r.randint(0, 2) if oc != "ongoing" else r.randint(1, 5))
                     for _, oc in outs}
            block[pi] = k
        # the cumulative column: the years shown plus 2020/21 to 2022/23
        earlier = {oc: r.randint(0, 6 if c != AP else 2) for _, oc in outs}
        earlier["ongoing"] = 0
        block[4] = {oc: sum(block[i][oc] for i in range(4)) + earlier[oc] for _, oc in outs}
        bold.append(len(data))
        data.append([P(CL[c], st["cellb"]), "All allegations"]
                    + [F(c, "total", sum(block[i].values()), pers[i]) for i in range(5)])
        for lab, oc in outs:
            data.append(["", P(lab, st["cell"])] + [F(c, oc, block[i][oc], pers[i])
                                                    for i in range(5)])
    story.append(ruled(data, [44 * mm, 62 * mm] + [22 * mm] * 3 + [36 * mm, 36 * mm],
                       bold_rows=bold, size=8.5, repeat=0))
    story.append(S(4))
    story.append(P("Calendar years", st["h2"]))
    for y, per in ((2024, CY24), (2025, CY25)):
        parts = []
        for c in CATS5:
            v = r.randint(3, 30) if c != AP else r.randint(0, 4)
            parts.append(f"{CL[c].lower()} {F(c, 'total', v, per)}")
        story.append(P(L(f"In the calendar year {y} (1 January to 31 December {y}) we recorded: "
                         + "{x}.", "year; dates", x="; ".join(parts)), st["body"]))
    story.append(P(N("Outcomes by calendar year are not held in a reportable form.", ""),
                   st["body"]))
    story.append(P(rights("Bedfordshire Police"), st["body"]))
    bk.pdf_letter(src, story, furniture("OFFICIAL", "Bedfordshire Police FOI BED-26-3390",
                                        land=True),
                  pagesize=landscape(A4), margins=(18, 18, 22, 20), title="FOI BED-26-3390",
                  author="Bedfordshire Police")


# =========================================================================== 8 Cheshire: one table answering several questions, rows labelled Q1a, Q1b, Q2 ...


def build_cheshire():
    from reportlab.lib.units import mm
    src = "cheshire/Cheshire Constabulary FOI 26-6031 response.pdf"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    st = bk.styles("Times-Roman", 10.5)
    qs = [("Q1a", "How many allegations of sexual assault were made against police officers?",
           SA, "total", "officers", "allegations"),
          ("Q1b", "How many allegations of sexual assault were made against police staff?",
           SA, "total", "staff", "allegations"),
          ("Q2a", "How many allegations of sexual harassment were made against police officers?",
           SH, "total", "officers", "allegations"),
          ("Q2b", "How many allegations of sexual harassment were made against police staff?",
           SH, "total", "staff", "allegations"),
          ("Q3", "How many allegations of abuse of position for a sexual purpose were made "
           "against officers and staff (together)?", AP, "total", "officers_and_staff",
           "allegations"),
          ("Q4", "How many allegations of other sexual misconduct (including inappropriate "
           "relationships) were made against officers and staff (together)?", SM, "total",
           "officers_and_staff", "allegations"),
          ("Q5", "How many allegations recorded as violence against women and girls (VAWG) were "
           "made against officers and staff (together)?", VG, "total", "officers_and_staff",
           "allegations"),
          ("Q6a", "How many police officers were dismissed following an allegation of sexual "
           "assault?", SA, "dismissed", "officers", "individuals"),
          ("Q6b", "How many police officers were dismissed following an allegation of sexual "
           "harassment?", SH, "dismissed", "officers", "individuals"),
          ("Q7", "Of the allegations in Q3, how many are still under investigation?", AP,
           "ongoing", "officers_and_staff", "allegations")]
    story = [P("CHESHIRE CONSTABULARY", st["h"]),
             P(N("Freedom of Information Team, Clemonds Hey, Oakmere Road, Winsford CW7 2UA",
                 "postcode"), st["addr"]), S(6),
             P(N("Request number: 26-6031        Date: 3 December 2026", "reference; date"),
               st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your request of 9 November 2026. To make it easier to answer, "
                 "we have set it out as the questions below. Each row of the table answers the "
                 "question with the same number; the figures are for the period at the top of "
                 "each column.", "date"), st["body"])]
    for lab, q, *_ in qs:
        story.append(P(f"<b>{lab}</b> {E(q)}", st["body"]))
    story.append(P(N("All the counts are of allegations, except Q6a and Q6b, which count "
                     "officers (people). An officer dismissed after more than one allegation is "
                     "counted once.", "'more than one allegation'"), st["body"]))
    story.append(P("Answer", st["h2"]))
    cols = [("2023/24", FY(2023)), ("2024/25", FY(2024)), ("2025/26", FY(2025)),
            ("Calendar 2024", CY24), ("Calendar 2025", CY25)]
    data = [["Question"] + [N(c, "column heading: period") for c, _ in cols]]
    base = {}
    for lab, q, cat, oc, subj, meas in qs:
        row = [lab]
        for ci, (_, per) in enumerate(cols):
            if oc == "total":
                hi = {"officers": 16, "staff": 5, "officers_and_staff": 12}[subj]
                if cat == AP:
                    hi = 4
                v = r.randint(0, hi)
                base[(cat, subj, ci)] = v
            elif oc == "dismissed":
                v = r.randint(0, 3)
            else:
                v = min(base[(AP, "officers_and_staff", ci)], r.randint(0, 2))
            row.append(F(cat, oc, v, per, subject=subj, measure=meas))
        data.append(row)
    story.append(ruled(data, [28 * mm] + [27 * mm] * 5, size=10, font="Times-Roman"))
    story.append(S(6))
    story.append(P(N("The financial-year and calendar-year columns overlap, so the same "
                     "allegation can appear in two columns.", "'two columns' (wording)"), st["body"]))
    story.append(P(rights("Cheshire Constabulary"), st["body"]))
    story.append(P("Yours sincerely,", st["body"]))
    story.append(P("Freedom of Information Team", st["body"]))
    bk.pdf_letter(src, story, furniture("", "Cheshire Constabulary FOI 26-6031",
                                        page_fmt="{p}/{n}"),
                  title="FOI 26-6031", author="Cheshire Constabulary")


# =========================================================================== 9 North Yorkshire: unruled tables under vertical (rotated) column headers


def build_north_yorkshire():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    src = "north-yorkshire/NYP FOI 2026-1408 response.pdf"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    W, H = A4
    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("NYP FOI 2026/1408")
    c.setAuthor("North Yorkshire Police")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing"), ("Total allegations", "total")]
    tables = [(f"Table {i + 1}: allegations recorded in the financial year {FLAB[y]}", FY(y))
              for i, y in enumerate(FYRS)] + \
        [("Table 4: allegations recorded in the calendar year 2025", CY25)]
    pages = 3

    def furn(p):
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, H - 10 * mm, "OFFICIAL")
        c.drawString(18 * mm, 10 * mm, N("North Yorkshire Police, Alverton Court, Crosby Road, "
                                         "Northallerton DL6 1BF", "postcode"))
        c.drawRightString(W - 18 * mm, 10 * mm, N(f"Page {p} of {pages}", "page number"))

    def para(lines, y, size=10, font="Helvetica"):
        c.setFont(font, size)
        for ln in lines:
            c.drawString(20 * mm, y, ln)
            y -= size * 1.4
        return y

    def wrap(text, n=100):
        return [x.strip() for x in re.findall(r".{1,%d}(?:\s|$)" % n, text)]
    furn(1)
    y = H - 24 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, y, "North Yorkshire Police")
    y -= 8 * mm
    y = para([N("Freedom of Information request 2026/1408 - response dated 2 December 2026",
                "reference; date")], y)
    y -= 3 * mm
    y = para(["You asked:"], y)
    y = para(wrap(request23(), 105), y, size=9, font="Helvetica-Oblique")
    y -= 3 * mm
    y = para(wrap(N("North Yorkshire Police holds this information. The tables below count "
                    "allegations against police officers and police staff together. Each row is "
                    "a type of allegation and each column an outcome; the column headings are "
                    "printed sideways to fit the page, and the last column is the total number "
                    "of allegations of that type. Calendar year 2024 is not available because "
                    "our current recording system was introduced in April 2024, part way "
                    "through that year; the information is not held.", "year; month"), 100), y)
    for cat in CATS5:
        F(cat, "total", NH, CY24)
    y -= 4 * mm
    ti = 0

    def table(y, title, per):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, y, N(title, "table number; period"))
        y -= 4 * mm
        x0 = 78 * mm
        dx = 12.5 * mm
        c.setFont("Helvetica-Bold", 8)
        for j, (lab, _) in enumerate(outs):
            c.saveState()
            c.translate(x0 + j * dx + 2 * mm, y - 38 * mm)
            c.rotate(90)
            c.drawString(0, 0, lab)
            c.restoreState()
        c.drawString(20 * mm, y - 38 * mm, "Type of allegation")
        y -= 44 * mm
        c.setFont("Helvetica", 9)
        for cat in CATS5:
            k = counts(r, outs[:-1], hi=5 if cat != AP else 2, zero=0.4)
            c.drawString(20 * mm, y, {AP: "Abuse of position (sexual purpose)",
                                      VG: "Violence against women & girls"}.get(cat, CL[cat]))
            for j, (_, oc) in enumerate(outs):
                v = sum(k.values()) if oc == "total" else k[oc]
                if oc == "total":
                    c.setFont("Helvetica-Bold", 9)
                c.drawRightString(x0 + j * dx + 4 * mm, y, F(cat, oc, v, per))
                c.setFont("Helvetica", 9)
            y -= 5.5 * mm
        return y - 6 * mm
    y = table(y, *tables[0])
    c.showPage()
    furn(2)
    y = H - 26 * mm
    y = table(y, *tables[1])
    y = table(y, *tables[2])
    c.showPage()
    furn(3)
    y = H - 26 * mm
    y = table(y, *tables[3])
    y = para(wrap(N("An allegation is counted in the period in which it was recorded; its "
                    "outcome is the position on 31 October 2026. Reflective practice is the "
                    "reflective practice review process under the Police (Conduct) Regulations "
                    "2020.", "date; regulation year"), 100), y)
    y -= 3 * mm
    y = para(wrap(rights("North Yorkshire Police"), 100), y)
    c.showPage()
    c.save()


# =========================================================================== 10 Merseyside: a scanned letter with an OCR text layer that sits a few points off


def merseyside_items(r):
    """The letter as drawing instructions: ('t', x, y, font, size, text) and ('l', x1, y1, x2, y2)."""
    from reportlab.lib.units import mm
    from reportlab.lib.pagesizes import A4
    W, H = A4
    it = []
    y = H - 25 * mm

    def t(x, text, font="Helvetica", size=10):
        it.append(("t", x, y, font, size, text))
    t(20 * mm, "MERSEYSIDE POLICE", "Helvetica-Bold", 15)
    y -= 6 * mm
    t(20 * mm, N("Information Management, Canning Place, Liverpool L1 8JX", "postcode"), size=9)
    y -= 10 * mm
    t(20 * mm, N("Ref: FOI 2026/4476", "reference"))
    t(140 * mm, N("24 November 2026", "date"))
    y -= 9 * mm
    t(20 * mm, "Dear Requester,")
    y -= 7 * mm
    for ln in [N("Your request of 9 November 2026 asked for the number of allegations of sexual",
                 "date"),
               "assault, sexual misconduct, sexual harassment, abuse of position for a sexual",
               "purpose and violence against women and girls against our officers and staff,",
               "with their outcomes. The figures below are allegations against police officers",
               "and police staff together."]:
        t(20 * mm, ln)
        y -= 5 * mm
    y -= 5 * mm
    t(20 * mm, N("Table 1 - number of allegations", "table number"), "Helvetica-Bold", 10)
    y -= 7 * mm
    cols = [("2023/24", FY(2023)), ("2024/25", FY(2024)), ("2025/26", FY(2025)),
            ("Cal. 2024", CY24), ("Cal. 2025", CY25)]
    xs = [95 * mm + i * 21 * mm for i in range(5)]
    top = y + 5 * mm
    t(22 * mm, "Type", "Helvetica-Bold", 9)
    for (lab, _), x in zip(cols, xs):
        it.append(("t", x, y, "Helvetica-Bold", 9, N(lab, "column heading: period")))
    y -= 7 * mm
    fy25 = {}
    for cat in CATS5:
        t(22 * mm, CL[cat], size=9)
        for (_, per), x in zip(cols, xs):
            v = r.randint(2, 26) if cat != AP else r.randint(0, 5)
            if per == FY(2025):
                fy25[cat] = v
            it.append(("t", x + 8 * mm, y, "Helvetica", 9, F(cat, "total", v, per)))
        y -= 7 * mm
    for yy in [top] + [top - 7 * mm * (i + 1) for i in range(6)]:
        it.append(("l", 20 * mm, yy - 2 * mm, 200 * mm, yy - 2 * mm))
    y -= 6 * mm
    t(20 * mm, N("Table 2 - outcomes of the allegations recorded in 2025/26", "table number; year"),
      "Helvetica-Bold", 10)
    y -= 7 * mm
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    hd = ["SA", "SM", "SH", "APSP", "VAWG"]
    t(22 * mm, "Outcome", "Helvetica-Bold", 9)
    for h, x in zip(hd, xs):
        it.append(("t", x + 4 * mm, y, "Helvetica-Bold", 9, h))
    top2 = y + 5 * mm
    y -= 7 * mm
    split = {}
    for cat in CATS5:
        split[cat] = {oc: 0 for _, oc in outs}
        for _ in range(fy25[cat]):
            split[cat][r.choice([oc for _, oc in outs])] += 1
    for lab, oc in outs:
        t(22 * mm, lab, size=9)
        for cat, x in zip(CATS5, xs):
            v = split[cat][oc]
            it.append(("t", x + 8 * mm, y, "Helvetica", 9, F(cat, oc, v, FY(2025))))
        y -= 7 * mm
    for yy in [top2] + [top2 - 7 * mm * (i + 1) for i in range(7)]:
        it.append(("l", 20 * mm, yy - 2 * mm, 200 * mm, yy - 2 * mm))
    y -= 4 * mm
    for ln in ["SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of",
               "position for a sexual purpose; VAWG violence against women and girls. Outcomes",
               N("not listed (for example withdrawn) had no allegations in 2025/26; each column of",
                 "year"),
               N("Table 2 adds up to the 2025/26 figure in Table 1.", "table numbers; year"),
               "",
               N("If you are unhappy with this response you may ask for a review within 40 "
                 "working days,", "review deadline in working days"),
               N("and then complain to the ICO (0303 123 1113).", "ICO telephone number"),
               "", "Yours sincerely,", "", "Information Management"]:
        if ln:
            t(20 * mm, ln)
        y -= 5 * mm
    return it


def build_merseyside():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rlcanvas
    src = "merseyside/Merseyside Police FOI 2026-4476 scanned response.pdf"
    KEY.file(src, "merseyside")
    r = rng("mersey")
    W, H = A4
    items = merseyside_items(r)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.pdf"
        c = rlcanvas.Canvas(str(clean), pagesize=A4, invariant=1)
        for k in items:
            if k[0] == "t":
                c.setFont(k[3], k[4])
                c.drawString(k[1], k[2], k[5])
            else:
                c.setLineWidth(0.6)
                c.line(*k[1:])
        c.showPage()
        c.save()
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-singlefile", str(clean),
                        str(Path(tmp) / "page")], check=True)
        png = (Path(tmp) / "page.png").read_bytes()
        from PIL import Image, ImageFilter
        import io
        im = Image.open(io.BytesIO(png)).convert("L").rotate(0.4, fillcolor=255,
                                                            resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: int(v * 0.93 + 10))
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=False)
        c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
        c.setTitle("Scanned document")
        c.setAuthor("Canon iR-ADV C5535")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
        for k in items:
            if k[0] != "t":
                continue
            # the OCR layer: invisible text, a few points right of and below the printed line,
            # drifting further down the page
            tx = c.beginText()
            tx.setTextRenderMode(3)
            tx.setFont("Helvetica", k[4])
            tx.setTextOrigin(k[1] + 2.5, k[2] - 2.0 - (H - k[2]) * 0.006)
            tx.textLine(k[5])
            c.drawText(tx)
        c.showPage()
        c.save()


# =========================================================================== 11 Police Scotland: XLSX, periods merged over outcomes, a hidden column of superseded figures


def build_police_scotland():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter as CLt
    src = "police-scotland/Police Scotland FOI 26-2871 data.xlsx"
    KEY.file(src, "police-scotland")
    r = rng("scot")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E1F2")
    outs = [("Total", "total"), ("Dismissal", "dismissed"),
            ("Reduction in rank", "reduction_in_rank"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Improvement action", "management_action"),
            ("No action", "no_further_action"), ("Not proven", "not_upheld"),
            ("Ongoing", "ongoing")]
    ws["A1"] = N("Police Scotland - FOI 26-2871 - Allegations of a sexual nature against officers "
                 "and staff, calendar years 2024 and 2025", "reference; years")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:T1")
    ws["A2"] = N("Counts are allegations recorded by Professional Standards in each calendar year. "
                 "* = fewer than five (withheld under section 38(1)(b) of the Freedom of "
                 "Information (Scotland) Act 2002).", "section number; act year; 'fewer than "
                 "five' (suppression definition)")
    ws.merge_cells("A2:T2")
    ws["A4"], ws["B4"] = "Allegation type", "Employee"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for bi, y in enumerate((2024, 2025)):
        c0 = 3 + bi * 9
        ws.cell(4, c0, N(str(y), "column group heading: calendar year"))
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 8)
        for j, (lab, _) in enumerate(outs):
            ws.cell(5, c0 + j, lab)
    ws.cell(4, 21, N("2025 Total (as first reported 14/01/2026 - superseded)",
                     "hidden column: superseded figures (not keyed)"))
    ws.merge_cells("U4:U5")
    for rr in (4, 5):
        for cc in range(1, 22):
            ws.cell(rr, cc).font = bold
            ws.cell(rr, cc).fill = fill
            ws.cell(rr, cc).alignment = Alignment(horizontal="center", vertical="center",
                                                  wrap_text=True)
    row = 6
    for cat in CATS5:
        for subj, slab in (("officers", "Police officer"), ("staff", "Police staff")):
            ws.cell(row, 1, CL[cat] if subj == "officers" else None)
            ws.cell(row, 2, slab)
            for bi, per in enumerate((CY24, CY25)):
                c0 = 3 + bi * 9
                hi = 7 if subj == "officers" else 3
                if cat == AP:
                    hi = 2
                k = {oc: (0 if r.random() < 0.45 else r.randint(1, hi)) for _, oc in outs[1:]}
                tot = sum(k.values())
                for j, (_, oc) in enumerate(outs):
                    v = tot if oc == "total" else k[oc]
                    if 0 < v < 5 and subj == "staff":
                        ws.cell(row, c0 + j, F(cat, oc, SUP(ex="s38(1)(b)"), per, subject=subj,
                                               said="*"))
                    else:
                        ws.cell(row, c0 + j, int(F(cat, oc, v, per, subject=subj)))
                if bi == 1:
                    old = max(0, tot - r.randint(0, 3))
                    ws.cell(row, 21, int(N(str(old), "hidden column: superseded 2025 total "
                                                     "(not keyed)")))
            row += 1
    ws.merge_cells(f"A{row + 1}:T{row + 1}")
    ws.cell(row + 1, 1, N("Police Scotland holds figures by calendar year only. Figures for the "
                          "financial years 2023/24, 2024/25 and 2025/26 are not held (section "
                          "17 notice).", "years; section number"))
    for y in FYRS:
        for cat in CATS5:
            F(cat, "total", NH, FY(y))
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 15
    for cc in range(3, 22):
        ws.column_dimensions[CLt(cc)].width = 11
    ws.column_dimensions["U"].hidden = True
    ws.freeze_panes = "C6"
    xlsx_save(wb, src, creator="Police Scotland Information Management")


# =========================================================================== 12 Devon and Cornwall: an Excel Table (ListObject) whose totals row sums everything


def build_devon_and_cornwall():
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
    from openpyxl.worksheet.filters import AutoFilter
    src = "devon-and-cornwall/DCP FOI 2026-118204 data.xlsx"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI data"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    ws["A1"] = N("Devon & Cornwall Police - FOI 2026/118204", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Allegations recorded against police officers and police staff, by financial "
                 "year of recording (2023/24 to 2025/26) and outcome.", "years")
    heads = ["Financial year", "Allegation type", "Employee type"] + [o for o, _ in outs] + \
        ["Total"]
    for j, h in enumerate(heads, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    colsum = [0] * (len(outs) + 1)
    for y in FYRS:
        for cat in CATS5:
            for subj, slab in (("officers", "Police officer"), ("staff", "Police staff")):
                ws.cell(row, 1, N(FLAB[y], "period label"))
                ws.cell(row, 2, CL[cat])
                ws.cell(row, 3, slab)
                hi = 5 if subj == "officers" else 2
                k = counts(r, outs, hi=hi, zero=0.45, cat=cat)
                for j, (_, oc) in enumerate(outs):
                    ws.cell(row, 4 + j, int(F(cat, oc, k[oc], FY(y), subject=subj)))
                    colsum[j] += k[oc]
                t = sum(k.values())
                ws.cell(row, 4 + len(outs), int(F(cat, "total", t, FY(y), subject=subj)))
                colsum[-1] += t
                row += 1
    last = row - 1
    ws.cell(row, 1, "Total")
    cached = {}
    for j in range(len(outs) + 1):
        col = openpyxl.utils.get_column_letter(4 + j)
        ws.cell(row, 4 + j, f"=SUBTOTAL(109,{col}5:{col}{last})")
        cached[f"{col}{row}"] = N(str(colsum[j]), "totals row of the Excel table: a sum over "
                                                  "all years, types and employee types")
    ref = f"A4:{openpyxl.utils.get_column_letter(len(heads))}{row}"
    tab = Table(displayName="FOI_2026_118204", ref=ref, totalsRowCount=1)
    tab.tableColumns = [TableColumn(id=i + 1, name=h,
                                    totalsRowLabel="Total" if i == 0 else None,
                                    totalsRowFunction=None if i < 3 else "sum")
                        for i, h in enumerate(heads)]
    tab.autoFilter = AutoFilter(ref=f"A4:{openpyxl.utils.get_column_letter(len(heads))}{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    ws.cell(row + 2, 1, N("The Total row at the foot of the table adds up every row above it "
                          "(all three years, all types, officers and staff).", "'three' years"))
    ws.cell(row + 3, 1, N("Calendar-year figures (2024, 2025) are not held: our Centurion "
                          "system reports by financial year.", "years"))
    for per in (CY24, CY25):
        for cat in CATS5:
            F(cat, "total", NH, per)
    ws.column_dimensions["B"].width = 38
    for col in "DEFGHIJK":
        ws.column_dimensions[col].width = 14
    xlsx_save(wb, src, creator="Devon & Cornwall Police", cached={"FOI data": cached})


# =========================================================================== 13 Hampshire: a Word layout table with one outer cell per period, each holding a table


def build_hampshire():
    from docx.shared import Pt
    src = "hampshire/HIOWC FOI 26-09933 response.docx"
    KEY.file(src, "hampshire")
    r = rng("hants")
    d = bk.docx_a4(docx_new("Calibri", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Hampshire and Isle of Wight Constabulary, "
                                          "Mottisfont Court, Winchester SO23 8ZD", "postcode"))
    bk.docx_para(d, "Hampshire and Isle of Wight Constabulary", bold=True, size=15)
    bk.docx_para(d, N("Freedom of Information reference: 26/09933", "reference"))
    bk.docx_para(d, N("Date: 25 November 2026", "date"))
    bk.docx_para(d, "Request", bold=True, size=12)
    bk.docx_para(d, request23(), italic=True)
    bk.docx_para(d, "Response", bold=True, size=12)
    bk.docx_para(d, N("The figures are numbers of allegations, by the period in which they were "
                      "recorded. Each box below is one period; inside it, the table gives police "
                      "officers, police staff and the total of both for each type of "
                      "allegation.", "'one period' (wording)"))
    pers = [(f"Financial year {FLAB[y]}", FY(y)) for y in FYRS] + \
        [("Calendar year 2024", CY24), ("Calendar year 2025", CY25)]
    outer = d.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    boxes = [outer.cell(i // 2, i % 2) for i in range(6)]
    for (plab, per), cell in zip(pers, boxes):
        p = cell.paragraphs[0]
        run = p.add_run(N(plab, "box heading: period"))
        run.bold = True
        inner = cell.add_table(rows=1, cols=4)
        inner.style = "Table Grid"
        for j, h in enumerate(("Type", "Officers", "Staff", "Total")):
            docx_cell(inner.rows[0].cells[j], h, bold=True, size=9)
        for cat in CATS5:
            o = r.randint(0, 14) if cat != AP else r.randint(0, 3)
            s = r.randint(0, 5) if cat != AP else r.randint(0, 1)
            cells = inner.add_row().cells
            docx_cell(cells[0], {AP: "APSP", VG: "VAWG"}.get(cat, CL[cat]), size=9)
            docx_cell(cells[1], F(cat, "total", o, per, subject="officers"), size=9)
            docx_cell(cells[2], F(cat, "total", s, per, subject="staff"), size=9)
            docx_cell(cells[3], F(cat, "total", o + s, per, subject="officers_and_staff"),
                      size=9, )
        cell.add_paragraph("")
    boxes[5].paragraphs[0].add_run("Notes").bold = True
    boxes[5].add_paragraph(N("Financial years run from 1 April to 31 March. An allegation "
                             "recorded in, say, June 2025 is in both 2025/26 and calendar "
                             "year 2025.", "dates; worked example"))
    bk.docx_para(d, N("APSP: abuse of position for a sexual purpose. VAWG: violence against women "
                      "and girls (allegations flagged as VAWG-related; they may also be counted "
                      "under another type).", ""), size=9)
    bk.docx_para(d, "Outcomes", bold=True, size=12)
    bk.docx_para(d, N("To provide outcomes we would need to read each case file; we estimate "
                      "this would take 31 hours, above the appropriate limit of 18 hours (£450). "
                      "This part of your request is refused under section 12(1).",
                      "cost estimate: hours, appropriate limit, money; section number"))
    bk.docx_para(d, rights("Hampshire and Isle of Wight Constabulary"))
    for row in outer.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(10)
    docx_save23(d, src, "HIOWC Information Management")


# =========================================================================== 14 Cumbria: bands, "fewer than 5", "0-4" and a "**" secondary suppression in a Word table


def build_cumbria():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "cumbria/Cumbria Constabulary FOI 2026-1552 response.docx"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    d = bk.docx_a4(docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL - SENSITIVE (when complete)",
                          N("Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU", "postcode"))
    bk.docx_para(d, "Cumbria Constabulary", bold=True, size=15)
    bk.docx_para(d, N("Freedom of Information Request 2026/1552 - 26 November 2026",
                      "reference; date"))
    bk.docx_para(d, request23(), italic=True)
    bk.docx_para(d, "How to read the tables", bold=True, size=12)
    for ln in [N("Cumbria is a small force and small numbers could identify the officers, staff "
                 "and complainants involved. We therefore publish these figures as follows "
                 "(section 40(2) of the Act):", "section number"),
               N("- counts of 5 to 9 are shown exactly, and a nil is shown as 0;",
                 "band scheme (the rule, not a figure)"),
               N("- 'fewer than 5' means between 1 and 4;", "band scheme (the rule)"),
               N("- counts of 10 or more are shown in bands of five, e.g. '10-14', '15-19';",
                 "band scheme (the rule)"),
               N("- for police staff, where the numbers are smaller still, any count below five, "
                 "including nil, is shown as '0-4';", "band scheme (the rule)"),
               N("- '**' means a count of 5 or more that we have withheld because, together with "
                 "figures we have already published, it would reveal a figure of fewer than 5.",
                 "band scheme (the rule)")]:
        bk.docx_para(d, ln)

    def show(v, cat, oc, per, subj, star_ok):
        if star_ok and v >= 5 and r.random() < 0.18:
            return F(cat, oc, bk.V("suppressed", 5, "", "s40(2)"), per, subject=subj, said="**")
        if v == 0 and subj != "staff":
            return F(cat, oc, 0, per, subject=subj)
        if v < 5:
            if subj == "staff":
                return F(cat, oc, SUP(0, 4), per, subject=subj, said="0-4")
            return F(cat, oc, SUP(1, 4), per, subject=subj, said="fewer than 5")
        if v < 10:
            return F(cat, oc, v, per, subject=subj)
        lo = v // 5 * 5
        return F(cat, oc, SUP(lo, lo + 4), per, subject=subj, said=f"{lo}-{lo + 4}")
    cols = [("2023/24", FY(2023)), ("2024/25", FY(2024)), ("2025/26", FY(2025)),
            ("2024 (Jan-Dec)", CY24), ("2025 (Jan-Dec)", CY25)]
    for ti, (subj, slab) in enumerate((("officers", "police officers"),
                                       ("staff", "police staff")), 1):
        bk.docx_para(d, N(f"Table {ti}: allegations against {slab}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Allegation type"] + [c for c, _ in cols]):
            docx_cell(t.rows[0].cells[j], N(h, "column heading: period"), bold=True)
        for cat in CATS5:
            cells = t.add_row().cells
            docx_cell(cells[0], CL[cat])
            for j, (_, per) in enumerate(cols, 1):
                v = r.randint(0, 22) if subj == "officers" else r.randint(0, 7)
                if cat == AP:
                    v = r.randint(0, 6)
                docx_cell(cells[j], show(v, cat, "total", per, subj, subj == "officers"),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 3: outcomes of allegations against police officers recorded in "
                      "2025/26", "table number; year"), bold=True)
    outs = [("Dismissed / would have been dismissed", None),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Still being investigated", "ongoing")]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type"] + [o for o, _ in outs[1:]]):
        docx_cell(t.rows[0].cells[j], h, bold=True)
    for cat in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[cat])
        for j, (_, oc) in enumerate(outs[1:], 1):
            v = r.choice([0, 0, 2, 3, 6, 7, 11])
            docx_cell(cells[j], show(v, cat, oc, FY(2025), "officers", True),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    bk.docx_para(d, N("Dismissals (including 'would have been dismissed') are not shown: every "
                      "figure was fewer than 5 and, as a group, they could identify the officers "
                      "concerned. They are withheld in full under section 40(2).",
                      "section number; 'fewer than 5' in the reason for withholding"))
    for cat in CATS5:
        pass    # a withheld column with no cell per type: no rows (judgement call in the notes)
    bk.docx_para(d, rights("Cumbria Constabulary"))
    docx_save23(d, src, "Cumbria Constabulary")


# =========================================================================== 15 Lincolnshire: plain-text letter, quarters with a year total


def build_lincolnshire():
    src = "lincolnshire/Lincolnshire Police FOI 004963-26 response.txt"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    out = [N("LINCOLNSHIRE POLICE                          Freedom of Information", ""),
           N("PO Box 999, Lincoln LN5 7PH", "PO box; postcode"), "",
           N("Our ref: 004963/26", "reference"), N("Date:    7 December 2026", "date"), "",
           "Dear Requester", "", "You asked:", ""]
    out += ["    " + x.strip() for x in re.findall(r".{1,84}(?:\s|$)", request23())]
    out += ["",
            N("Our answer is in two parts. Part 1 gives the number of allegations recorded in "
              "each quarter of the financial years", "'two parts'; part number")]
    out += [N("2023/24, 2024/25 and 2025/26, with the total for the year. Quarter 1 is April to "
              "June, Q2 July to September,", "years; quarter number"),
            N("Q3 October to December and Q4 January to March. Part 2 gives the outcomes of the "
              "2025/26 allegations.", "quarter numbers; year"),
            N("All figures are allegations against police officers and police staff together.",
              ""), ""]
    cols = ["Q1", "Q2", "Q3", "Q4", "Year"]
    year_tot = {}
    for y in FYRS:
        out.append(N(f"Part 1 - {FLAB[y]}", "part number; year"))
        out.append("-" * 78)
        out.append(f"{'Allegation type':<40}" + "".join(f"{c:>7}" for c in cols))
        out.append("-" * 78)
        for cat in CATS5:
            q = [r.randint(0, 7) if cat != AP else r.randint(0, 2) for _ in range(4)]
            cells = [F(cat, "total", q[i], FQ(y, i + 1)) for i in range(4)]
            cells.append(F(cat, "total", sum(q), FY(y)))
            year_tot[(cat, y)] = sum(q)
            lab = {AP: "Abuse of position for sexual purpose",
                   VG: "Violence against women and girls"}.get(cat, CL[cat])
            out.append(f"{lab:<40}" + "".join(f"{c:>7}" for c in cells))
        out.append("-" * 78)
        out.append("")
    out.append(N("Calendar-year totals are not given separately: they can be worked out from "
                 "the quarters above", ""))
    out.append(N("(Q4 of 2023/24 + Q1-Q3 of 2024/25 for calendar 2024, and so on).",
                 "quarter numbers; years"))
    out.append("")
    out.append(N("Part 2 - outcomes of allegations recorded in 2025/26", "part number; year"))
    outs = [("Dismissed", "dismissed"), ("WHBD", "would_have_been_dismissed"),
            ("FWW", "final_written_warning"), ("WW", "written_warning"),
            ("RP", "management_action"), ("NCTA", "no_case_to_answer"),
            ("Ongoing", "ongoing"), ("Total", "total")]
    out.append("-" * 98)
    out.append(f"{'Allegation type':<38}" + "".join(f"{o:>10}" for o, _ in outs)[:60])
    out[-1] = f"{'Allegation type':<36}" + "".join(f"{o:>8}" for o, _ in outs)
    out.append("-" * 98)
    for cat in CATS5:
        t = year_tot[(cat, 2025)]
        k = {oc: 0 for _, oc in outs[:-1]}
        for _ in range(t):
            k[r.choice(list(k))] += 1
        cells = [F(cat, oc, k[oc], FY(2025)) for _, oc in outs[:-1]]
        cells.append(F(cat, "total", t, FY(2025), restated=True))
        lab = {AP: "APSP", VG: "VAWG"}.get(cat, CL[cat])
        out.append(f"{lab:<36}" + "".join(f"{c:>8}" for c in cells))
    out.append("-" * 98)
    out.append(N("WHBD would have been dismissed; FWW final written warning; WW written "
                 "warning; RP reflective practice;", ""))
    out.append("NCTA no case to answer. APSP abuse of position for a sexual purpose; VAWG "
               "violence against women and girls.")
    out.append(N("The Total column repeats the 2025/26 Year figures of Part 1.", "year; part "
                 "number"))
    out.append("")
    out += [x.strip() for x in re.findall(r".{1,84}(?:\s|$)", rights("Lincolnshire Police"))]
    out += ["", "Yours sincerely", "", "Freedom of Information Officer"]
    write_text(src, "\n".join(out) + "\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind23-", read=read23))
