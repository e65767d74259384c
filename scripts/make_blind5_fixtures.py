#!/usr/bin/python3
"""make_blind5.py -- regenerate the fifth blind test batch for `foi` and its answer key.

Twenty forces answer one request sent on 8 April 2024:

  "For each of the financial years 2021/22, 2022/23 and 2023/24, how many allegations of sexual
   assault, sexual harassment and abuse of position for a sexual purpose were made against your
   police officers and police staff, and what was the outcome of each?"

The folder is meant to look like a real one: mostly PDF letters and spreadsheets, some Word
letters, disclosure-log pages, one CSV export and e-mails, with the usual drift (a cost refusal
of one part, suppressed cells, a part neither confirmed nor denied, a part not held, calendar
years, a custom range, transposed tables, totals rows and columns, officer / staff splits).

Machinery copied from make_blind4.py: every number a user can see goes through F() (a keyed
figure) or L()/N() (declared non-figures with a reason); `check` rebuilds into a scratch folder
(byte-identical) and reads every file back (pdftotext -layout, python-docx, openpyxl cached
values, CSV/text in its own encoding, HTML with tags stripped), token by token.

usage: /usr/bin/python3 make_blind5.py             # rebuild /work/blind5 (responses + expected.csv)
       /usr/bin/python3 make_blind5.py check       # verify determinism and every number
       /usr/bin/python3 make_blind5.py dump FILE   # show FILE (relative to /work/blind5) as read back
"""
import os
import datetime as dt
import random
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (write_text, pdf_letter, styles, P, S, grid_style, xlsx_save, docx_new,
                      docx_save, docx_cell, docx_shade, docx_header_footer, docx_heading,
                      html_page, E, FY, CY, SPAN, SUP, REF, NCND, NH, KEY, F, N, L, YEARS, FYLAB,
                      REQ_SPAN, SA, SH, AP, CATS3, rights, request_text, O_D, O_W, O_F, O_WW,
                      O_RP, O_N, O_WD, O_ON, CAT_LABEL, REQ_DATE, O_RPR, O_UI)  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND5_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind5").resolve()
kit.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

# --------------------------------------------------------------------------- common to this batch

def rng(name):
    """A deterministic random source per builder (for the larger tables)."""
    return random.Random("blind5-" + name)


def build_essex():
    """A disclosure-log page that only says 'please see attached', and its attachment: a PDF
    annex with one ruled table per financial year, outcomes down, the three categories across,
    a Total row (category totals) and a Total column across the categories (a total across
    categories: not a figure).  Officers and staff together, said in the annex."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    page = "essex/FOI-7931-24.html"
    att = "essex/FOI-7931-24 Annex A.pdf"
    KEY.file(page, "essex")
    body = f"""<div class="ep-skip"><a href="#content">Skip to main content</a></div>
<header class="ep-header">
  <a class="ep-logo" href="/">Essex Police</a>
  <nav class="ep-nav"><a href="/ro/report/">Report</a> <a href="/cy/contact-us/">Contact us</a> <a href="/foi-ai/essex-police/">Freedom of Information</a></nav>
</header>
<main id="content" class="ep-main">
  <ol class="ep-breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi-ai/">FOI</a></li><li><a href="/foi-ai/essex-police/disclosure-log/">Disclosure log</a></li></ol>
  <h1>Sexual misconduct allegations &ndash; officers and staff</h1>
  <p class="ep-meta">{N("Reference number: 7931/24", "reference")}<br>{N("Date of response: 17/05/2024", "date")}<br>Theme: Professional Standards</p>
  <h2>Request</h2>
  <p>{E(request_text())}</p>
  <h2>Response</h2>
  <p>Please see attached.</p>
  <div class="ep-downloads">
    <h3>Downloads</h3>
    <ul><li><a href="/SysSiteAssets/foi-media/essex/disclosure-log/foi-7931-24-annex-a.pdf">{N("FOI-7931-24 Annex A", "reference in the link text")}</a> <span>(PDF, 84KB)</span></li></ul>
  </div>
  <p class="ep-note">If you need this document in an accessible format, please contact the Information Rights team.</p>
</main>
<footer class="ep-footer"><p>{N("&copy; Essex Police 2024", "copyright year")}</p><p>{N("Emergency 999 | Non-emergency 101", "telephone numbers")}</p></footer>"""
    write_text(page, html_page(N("FOI 7931/24 | Essex Police", "reference"), body))
    # ------------------------------------------------------------------ the attachment
    KEY.file(att, "essex")
    st = styles("Helvetica", 9.5)
    outs = [O_D, O_F, O_WW, O_RPR, O_N, O_ON]
    # [year][cat] = outcomes in the order of outs
    data = {2021: {SA: (3, 0, 1, 0, 6, 0), SH: (1, 2, 3, 6, 7, 0), AP: (4, 0, 0, 0, 2, 0)},
            2022: {SA: (1, 1, 0, 1, 8, 2), SH: (3, 3, 2, 8, 6, 1), AP: (4, 1, 0, 0, 1, 1)},
            2023: {SA: (0, 0, 1, 0, 4, 7), SH: (1, 1, 2, 5, 5, 11), AP: (2, 0, 0, 0, 1, 4)}}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, N("Essex Police \u2013 FOI 7931/24 \u2013 Annex A",
                                         "reference (footer)"))
        c.drawRightString(192 * mm, 10 * mm, N(f"{p}", "page number"))

    story = [P(N("<b>Essex Police \u2013 Freedom of Information request 7931/24</b>",
                 "reference"), st["h"]),
             P("<b>Annex A</b>", st["body"]),
             P("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
               "purpose made against police officers and police staff, by outcome. Officers and "
               "staff are counted together. Each allegation is counted in the financial year in "
               "which it was recorded.", st["body"])]
    hs = st["cellc"].clone("exh", fontSize=8, leading=9.5)
    for y in YEARS:
        rows = [[P("<b>Outcome</b>", st["cellb"])] + [P(f"<b>{CAT_LABEL[c]}</b>", hs)
                                                      for c in CATS3] + [P("<b>Total</b>", hs)]]
        for oi, (ol, oc) in enumerate(outs):
            vals = [data[y][c][oi] for c in CATS3]
            rows.append([ol] + [F(c, oc, v, FY(y)) for c, v in zip(CATS3, vals)]
                        + [N(str(sum(vals)), "total across categories")])
        tots = [sum(data[y][c]) for c in CATS3]
        rows.append(["Total"] + [F(c, "total", v, FY(y)) for c, v in zip(CATS3, tots)]
                    + [N(str(sum(tots)), "total across categories")])
        t = Table(rows, colWidths=[62 * mm, 27 * mm, 27 * mm, 34 * mm, 20 * mm], hAlign="LEFT")
        t.setStyle(grid_style(1, size=8.5, shade="#C9D7EA",
                              extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                                     ("BACKGROUND", (-1, 1), (-1, -1), "#F2F2F2")]))
        story += [S(4), P(N(f"<b>Financial year {FYLAB[y]}</b>", "heading (financial year)"),
                          st["h2"]), t]
    story += [S(6),
              P(N("Notes: \u2018Ongoing\u2019 \u2013 investigation, meeting or hearing not concluded "
                  "on 9 May 2024. \u2018Reflective practice "
                  "review process\u2019 includes management advice given to police staff.", "date"),
                st["small"])]
    pdf_letter(att, story, furniture, margins=(18, 18, 16, 16), title="FOI 7931/24 Annex A",
               author="Essex Police")


def build_northumbria():
    """PDF letter with one long ruled table that runs from page 1 on to page 2, its header row
    repeated at the top of page 2; running header (OFFICIAL, reference) and 'Page n of N' footer.
    Columns: Employee group | Allegation type | Outcome | 2021/22 | 2022/23 | 2023/24; the group
    and the type are printed on the first row of their block; a Total row per type."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "northumbria/FOI 1254-24 response.pdf"
    KEY.file(src, "northumbria")
    st = styles("Helvetica", 10)
    outs = [O_D, O_F, O_RPR, O_N, O_UI]
    # [subject][cat] = per outcome (2021/22, 2022/23, 2023/24)
    data = {"officers": {SA: ((2, 1, 0), (0, 1, 1), (0, 0, 0), (5, 7, 4), (0, 1, 6)),
                         SH: ((1, 2, 1), (3, 2, 1), (9, 10, 8), (6, 8, 5), (0, 2, 9)),
                         AP: ((3, 2, 2), (1, 0, 0), (0, 0, 0), (1, 2, 1), (0, 1, 3))},
            "staff": {SA: ((0, 1, 0), (0, 0, 0), (0, 0, 0), (1, 1, 0), (0, 0, 1)),
                      SH: ((1, 0, 0), (0, 1, 0), (3, 3, 2), (1, 2, 2), (0, 0, 2)),
                      AP: ((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 1, 0), (0, 0, 0))}}
    glab = {"officers": "Police officers", "staff": "Police staff"}
    hs = st["cellc"].clone("nbh", fontSize=8.5, leading=10)
    rows = [[P("<b>Employee group</b>", st["cellb"]), P("<b>Allegation type</b>", st["cellb"]),
             P("<b>Outcome</b>", st["cellb"])]
            + [P(f"<b>{N(FYLAB[y], 'column heading (financial year)')}</b>", hs) for y in YEARS]]
    extra = []
    for subj in ("officers", "staff"):
        for ci, cat in enumerate(CATS3):
            for oi, (ol, oc) in enumerate(outs):
                rows.append([glab[subj] if ci == 0 and oi == 0 else "",
                             P(CAT_LABEL[cat], st["cell"]) if oi == 0 else "", ol]
                            + [F(cat, oc, data[subj][cat][oi][yi], FY(y), subject=subj)
                               for yi, y in enumerate(YEARS)])
            rows.append(["", "", "Total"]
                        + [F(cat, "total", sum(data[subj][cat][oi][yi] for oi in range(len(outs))),
                             FY(y), subject=subj) for yi, y in enumerate(YEARS)])
            r = len(rows) - 1
            extra += [("FONT", (2, r), (-1, r), "Helvetica-Bold", 8.5),
                      ("BACKGROUND", (2, r), (-1, r), "#EDEDED")]
    # the table header repeats on page 2
    N("Employee group Allegation type Outcome 2021/22 2022/23 2023/24",
      "the header row, repeated at the top of page 2")
    t = Table(rows, colWidths=[30 * mm, 44 * mm, 52 * mm, 18 * mm, 18 * mm, 18 * mm],
              repeatRows=1, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D0D8E8",
                          extra=extra + [("ALIGN", (0, 1), (2, -1), "LEFT"),
                                         ("VALIGN", (0, 1), (1, -1), "TOP")]))

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 288 * mm, "OFFICIAL")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(190 * mm, 283 * mm, N("Northumbria Police \u2013 FOI 1254/24",
                                                "reference (running header)"))
        c.drawCentredString(105 * mm, 11 * mm, N(f"Page {page} of {pages}", "page furniture"))
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 7 * mm, "OFFICIAL")

    story = [
        P("<b>Northumbria Police</b>", st["right"]),
        P("Information Management Unit", st["right"]),
        P(N("Middle Engine Lane, Wallsend NE28 9NT", "postcode"), st["right"]),
        S(10),
        P(N("Freedom of Information Request 1254/24", "reference"), st["addr"]),
        P(N("Date: 3 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N(f"We write in response to your request for information received on {REQ_DATE}. You "
            "asked:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P(N("Northumbria Police can confirm that it holds the information you have requested. "
            "Under section 1(1)(b) of the Freedom of Information Act 2000 it is provided in the "
            "table below. Each figure is a number of allegations recorded by the Professional "
            "Standards Department in the financial year shown, by the outcome reached or, where "
            "no outcome has yet been reached, as under investigation.", "section 1(1)(b); the Act"),
          st["body"]),
        P("Please note that an allegation is counted once, under the most serious outcome "
          "recorded against it.", st["body"]),
        t, S(8),
        P(N("Notes: outcomes as at 26 April 2024. \u2018Reflective practice review process\u2019 "
            "includes management advice for police staff and for matters finalised before the "
            "process was introduced. Allegations against special constables are counted with "
            "police officers.", "date"), st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Information Management Unit"), st["body"]),
        P("Yours faithfully,", st["body"]),
        P("Disclosure Officer<br/>Northumbria Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 26, 22), title="FOI 1254/24",
               author="Northumbria Police")


def build_cleveland():
    """PDF letter from a small force with every figure in prose (digits and number words), a
    heading per financial year; staff figures of fewer than five withheld under section 40(2)
    and said so in words; nils in sentences."""
    from reportlab.lib.units import mm
    src = "cleveland/FOI 2024-0388 response.pdf"
    KEY.file(src, "cleveland")
    st = styles("Times-Roman", 11)
    f21, f22, f23 = FY(2021), FY(2022), FY(2023)
    o, s = "officers", "staff"

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 10 * mm, N(f"Cleveland Police \u2013 Freedom of Information "
                                                 f"\u2013 page {page}", "page furniture"))

    p21 = [
        L("Sexual assault: {t} allegations were recorded against police officers. {n} were found "
          "to have no case to answer, {f} resulted in a final written warning, {d} in dismissal "
          "and {w} were withdrawn.",
          t=F(SA, "total", 8, f21, subject=o, said="eight"),
          n=F(SA, "no_case_to_answer", 3, f21, subject=o, said="Three"),
          f=F(SA, "final_written_warning", 2, f21, subject=o, said="two"),
          d=F(SA, "dismissed", 1, f21, subject=o, said="one"),
          w=F(SA, "withdrawn", 2, f21, subject=o, said="two")),
        L("{x} allegations of sexual assault were recorded against police staff. The exact number "
          "and the outcomes are withheld under section 40(2) of the Act (see below).",
          "section 40(2)", x=F(SA, "total", SUP(), f21, subject=s, said="Fewer than five")),
        L("Sexual harassment: {t} allegations were recorded against police officers, of which {f} "
          "resulted in a final written warning, {w} in a written warning, {r} in reflective "
          "practice and {n} in no case to answer. {ts} allegations were recorded against police "
          "staff, and all {rs} were dealt with by reflective practice.",
          t=F(SH, "total", 14, f21, subject=o), f=F(SH, "final_written_warning", 2, f21, subject=o,
                                                     said="two"),
          w=F(SH, "written_warning", 3, f21, subject=o, said="three"),
          r=F(SH, "management_action", 5, f21, subject=o, said="five"),
          n=F(SH, "no_case_to_answer", 4, f21, subject=o, said="four"),
          ts=F(SH, "total", 5, f21, subject=s, said="Five"),
          rs=F(SH, "management_action", 5, f21, subject=s, said="five")),
        L("Abuse of position for a sexual purpose: {t} allegations were recorded against police "
          "officers. In {d} the officer was dismissed, and in {w} the officer resigned and a "
          "special case hearing found that he would have been dismissed. No allegations of this "
          "kind were recorded against police staff.",
          t=F(AP, "total", 2, f21, subject=o, said="two"),
          d=F(AP, "dismissed", 1, f21, subject=o, said="one"),
          w=F(AP, "would_have_been_dismissed", 1, f21, subject=o, said="one")),
    ]
    F(AP, "total", 0, f21, subject=s, said="No allegations of this kind were recorded against "
      "police staff")
    p22 = [
        L("Sexual assault: {t} allegations were recorded against police officers: {n} no case to "
          "answer, {d} dismissal and {u} still under investigation. No allegations of sexual "
          "assault were recorded against police staff.",
          t=F(SA, "total", 6, f22, subject=o, said="six"),
          n=F(SA, "no_case_to_answer", 4, f22, subject=o, said="four"),
          d=F(SA, "dismissed", 1, f22, subject=o, said="one"),
          u=F(SA, "ongoing", 1, f22, subject=o, said="one")),
        L("Sexual harassment: {t} allegations were recorded against police officers. {d} resulted "
          "in dismissal, {f} in a final written warning, {w} in a written warning, {r} in "
          "reflective practice and {n} in no case to answer; {u} remain under investigation. "
          "{xs} allegations of sexual harassment were recorded against police staff; the number "
          "and outcomes are withheld under section 40(2).", "section 40(2)",
          t=F(SH, "total", 17, f22, subject=o), d=F(SH, "dismissed", 1, f22, subject=o, said="One"),
          f=F(SH, "final_written_warning", 3, f22, subject=o, said="three"),
          w=F(SH, "written_warning", 2, f22, subject=o, said="two"),
          r=F(SH, "management_action", 6, f22, subject=o, said="six"),
          n=F(SH, "no_case_to_answer", 3, f22, subject=o, said="three"),
          u=F(SH, "ongoing", 2, f22, subject=o, said="two"),
          xs=F(SH, "total", SUP(), f22, subject=s, said="Fewer than five")),
        L("Abuse of position for a sexual purpose: {t} allegations were recorded against police "
          "officers. {d} resulted in dismissal and {n} in no case to answer.",
          t=F(AP, "total", 3, f22, subject=o, said="three"),
          d=F(AP, "dismissed", 2, f22, subject=o, said="Two"),
          n=F(AP, "no_case_to_answer", 1, f22, subject=o, said="one")),
    ]
    F(SA, "total", 0, f22, subject=s, said="No allegations of sexual assault were recorded "
      "against police staff")
    p23 = [
        L("Sexual assault: {t} allegations were recorded against police officers, of which {n} "
          "were found to have no case to answer and {u} remain under investigation. {xs} "
          "allegations of sexual assault were recorded against police staff (withheld under "
          "section 40(2)).", "section 40(2)",
          t=F(SA, "total", 7, f23, subject=o, said="seven"),
          n=F(SA, "no_case_to_answer", 2, f23, subject=o, said="two"),
          u=F(SA, "ongoing", 5, f23, subject=o, said="five"),
          xs=F(SA, "total", SUP(), f23, subject=s, said="Fewer than five")),
        L("Sexual harassment: {t} allegations were recorded against police officers. {f} resulted "
          "in a final written warning, {r} in reflective practice and {n} in no case to answer, "
          "and {u} are under investigation. {xs} allegations were recorded against police staff "
          "(withheld under section 40(2)).", "section 40(2)",
          t=F(SH, "total", 15, f23, subject=o),
          f=F(SH, "final_written_warning", 1, f23, subject=o, said="One"),
          r=F(SH, "management_action", 4, f23, subject=o, said="four"),
          n=F(SH, "no_case_to_answer", 2, f23, subject=o, said="two"),
          u=F(SH, "ongoing", 8, f23, subject=o, said="eight"),
          xs=F(SH, "total", SUP(), f23, subject=s, said="Fewer than five")),
        L("Abuse of position for a sexual purpose: {t} allegations were recorded against police "
          "officers, and all {u} are under investigation. No allegations of this kind were "
          "recorded against police staff.",
          t=F(AP, "total", 3, f23, subject=o, said="three"),
          u=F(AP, "ongoing", 3, f23, subject=o, said="three")),
    ]
    F(AP, "total", 0, f23, subject=s, said="No allegations of this kind were recorded against "
      "police staff")
    story = [
        P("<b>CLEVELAND POLICE</b>", st["addr"]),
        P("Joint Information Management Unit", st["addr"]),
        P(N("Ladgate Lane, Middlesbrough TS8 9EH", "postcode"), st["addr"]),
        S(12),
        P(N("Our reference: 2024/0388", "reference"), st["addr"]),
        P(N("Date: 7 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N(f"Thank you for your request received on {REQ_DATE}, which has been handled under the "
            "Freedom of Information Act 2000. You asked:", "date; the Act"), st["body"]),
        P(request_text(), st["quote"]),
        P(N("Cleveland Police holds the information. In accordance with section 1(1) of the Act it "
            "is set out below for each financial year. The figures are numbers of allegations "
            "recorded by our Professional Standards Department.", "section 1(1)"), st["body"]),
    ]
    for lab, paras in (("2021/22", p21), ("2022/23", p22), ("2023/24", p23)):
        story.append(P(N(f"<b>Financial year {lab}</b>", "heading (financial year)"), st["h2"]))
        story += [P(x, st["body"]) for x in paras]
    story += [
        P("<b>Section 40(2) \u2013 personal information</b>".replace(
            "40(2)", N("40(2)", "section")), st["h2"]),
        P(N("Where fewer than five allegations of a type were made against police staff in a year "
            "we have not given the exact number or the outcomes. Cleveland Police employs a small "
            "number of staff in each role, and disclosure of such low numbers, together with "
            "other information in the public domain, could lead to the identification of the "
            "individuals concerned. Section 40(2) is an absolute exemption and no public interest "
            "test is required.", "threshold of the suppression; section 40(2)"), st["body"]),
        P(N("Outcomes are those recorded on 30 April 2024.", "date"), st["body"]),
        P("<b>Your rights</b>", st["h2"]),
        P(rights("the Joint Information Management Unit"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Information Officer<br/>Cleveland Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(25, 25, 20, 20), title="2024/0388",
               author="Cleveland Police")


def build_durham():
    """PDF letter with two ruled tables laid out the other way round: Table 1 has the financial
    years DOWN (and a three-year Total row) and the categories ACROSS, each split Officers /
    Staff in a two-row header; Table 2 has the categories down and the outcomes across, over
    the three years, officers and staff together, with a Total column."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "durham/FOI DC-1187-24 response.pdf"
    KEY.file(src, "durham")
    st = styles("Helvetica", 10)
    t1 = {SA: ((4, 1), (5, 0), (3, 1)), SH: ((9, 2), (11, 3), (8, 2)), AP: ((2, 0), (3, 0), (1, 0))}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (2, 0, 1, 0, 0, 7, 4), SH: (2, 1, 4, 5, 9, 8, 6), AP: (3, 1, 0, 0, 0, 0, 2)}
    for c in CATS3:
        assert sum(t2[c]) == sum(a + b for a, b in t1[c])
    head1 = ["Financial year"]
    head2 = [""]
    for c in CATS3:
        head1 += [P(f"<b>{CAT_LABEL[c]}</b>", st["cellc"]), ""]
        head2 += ["Officers", "Staff"]
    rows = [head1, head2]
    for yi, y in enumerate(YEARS):
        row = [N(FYLAB[y], "row heading (financial year)")]
        for c in CATS3:
            for si, subj in enumerate(("officers", "staff")):
                row.append(F(c, "total", t1[c][yi][si], FY(y), subject=subj))
        rows.append(row)
    row = ["Total"]
    for c in CATS3:
        for si, subj in enumerate(("officers", "staff")):
            row.append(F(c, "total", sum(t1[c][yi][si] for yi in range(3)), REQ_SPAN, subject=subj))
    rows.append(row)
    tab1 = Table(rows, colWidths=[30 * mm] + [23 * mm] * 6, hAlign="LEFT")
    tab1.setStyle(grid_style(2, size=9, shade="#E4DFEC", extra=[
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
        ("SPAN", (5, 0), (6, 0)), ("ALIGN", (1, 0), (-1, 1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    hs = st["cellc"].clone("dch", fontSize=7.5, leading=9)
    rows = [[P("<b>Allegation type</b>", st["cellb"])] + [P(f"<b>{ol}</b>", hs) for ol, oc in outs]
            + [P("<b>Total</b>", hs)]]
    for c in CATS3:
        rows.append([P(CAT_LABEL[c], st["cell"])] + [F(c, oc, v, REQ_SPAN) for (ol, oc), v
                                                     in zip(outs, t2[c])]
                    + [F(c, "total", sum(t2[c]), REQ_SPAN)])
    tab2 = Table(rows, colWidths=[40 * mm] + [16.5 * mm] * 8, hAlign="LEFT")
    tab2.setStyle(grid_style(1, size=9, shade="#E4DFEC",
                             extra=[("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 9),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "Durham Constabulary \u2013 Freedom of Information Unit")
        c.drawRightString(190 * mm, 10 * mm, N(f"{page} of {pages}", "page furniture"))

    story = [
        P("<b>Durham Constabulary</b>", st["addr"]),
        P("Police Headquarters, Aykley Heads, Durham", st["addr"]),
        P(N("DH1 5TT", "postcode"), st["addr"]),
        S(10),
        P(N("Request reference: DC/1187/24", "reference"), st["addr"]),
        P(N("Response date: 29 April 2024", "date"), st["addr"]),
        S(8),
        P("Dear Sir / Madam,", st["body"]),
        P(N(f"Thank you for your request for information of {REQ_DATE}:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P(N("Durham Constabulary has considered your request under the Freedom of Information Act "
            "2000 and holds the information. Table 1 shows the number of allegations recorded in "
            "each financial year against police officers and police staff. Table 2 shows the "
            "outcome of those allegations, for the three years together.",
            "the Act; the three years of the request"), st["body"]),
        P(N("<b>Table 1 \u2013 Allegations recorded</b>", "table number"), st["body"]), tab1, S(8),
        P(N("<b>Table 2 \u2013 Outcomes, 1 April 2021 to 31 March 2024 (officers and staff)</b>",
            "table number; the period of the table"), st["body"]), tab2, S(6),
        P(N("\u2018Ongoing\u2019: not finalised on 22 April 2024. \u2018Reflective practice\u2019 "
            "includes management advice.", "date"), st["small"]),
        P("<b>Right of appeal</b>", st["h2"]),
        P(rights("the Freedom of Information Unit"), st["body"]),
        P("Yours faithfully,", st["body"]),
        P("Freedom of Information Unit<br/>Durham Constabulary", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 20, 20), title="DC/1187/24",
               author="Durham Constabulary")


def build_west_mercia():
    """PDF letter: police officers' figures in two tables (categories by financial year with a
    Total column; outcomes over the three years with a Total row restating it); the police staff
    part REFUSED under section 12 (cost): staff misconduct cases are on an HR system with no
    allegation type.  Money and hours are not figures."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "west-mercia/FOI 24-0912 response.pdf"
    KEY.file(src, "west-mercia", subject="officers")
    st = styles("Helvetica", 10)
    t1 = {SA: (7, 9, 6), SH: (16, 14, 19), AP: (4, 5, 3)}
    outs = [O_D, O_W, O_F, O_WW, O_RPR, O_N, O_ON]
    t2 = {SA: (3, 1, 1, 0, 0, 12, 5), SH: (3, 1, 6, 8, 14, 10, 7), AP: (5, 2, 1, 0, 0, 1, 3)}
    for c in CATS3:
        assert sum(t2[c]) == sum(t1[c])
    rows = [["Allegation type"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]
            + ["Total"]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, FY(y)) for y, v in zip(YEARS, t1[c])]
                    + [F(c, "total", sum(t1[c]), REQ_SPAN)])
    tab1 = Table(rows, colWidths=[72 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tab1.setStyle(grid_style(1, size=9, shade="#FCE4D6"))
    rows = [["Outcome"] + [P(f"<b>{CAT_LABEL[c]}</b>", st["cellc"]) for c in CATS3]]
    for oi, (ol, oc) in enumerate(outs):
        rows.append([ol] + [F(c, oc, t2[c][oi], REQ_SPAN) for c in CATS3])
    rows.append(["Total"] + [F(c, "total", sum(t1[c]), REQ_SPAN, restated=True) for c in CATS3])
    tab2 = Table(rows, colWidths=[62 * mm, 30 * mm, 30 * mm, 38 * mm], hAlign="LEFT")
    tab2.setStyle(grid_style(1, size=9, shade="#FCE4D6",
                             extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    for c in CATS3:
        F(c, "total", REF("s12"), REQ_SPAN, subject="staff", printed=False)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7)
        c.drawCentredString(105 * mm, 12 * mm, "West Mercia Police \u2013 Information Compliance "
                            "Unit \u2013 Hindlip Hall, Worcester")
        c.drawCentredString(105 * mm, 8 * mm, N(f"Page {page} of {pages}", "page furniture"))

    story = [
        P("<b>West Mercia Police</b>", st["right"]),
        P("Information Compliance Unit", st["right"]),
        P(N("PO Box 55, Hindlip, Worcester WR3 8SP", "address"), st["right"]),
        S(10),
        P(N("Our Ref: 24/0912", "reference"), st["addr"]),
        P(N("Date: 2nd May 2024", "date"), st["addr"]),
        S(8),
        P("Dear Requester,", st["body"]),
        P(N(f"I am writing in response to your request for information dated {REQ_DATE}. You "
            "asked:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Police officers</b>", st["h2"]),
        P(N("West Mercia Police holds this information for police officers, and it is provided "
            "in Tables 1 and 2.", "table numbers"), st["body"]),
        P(N("<b>Table 1: Allegations against police officers by financial year recorded</b>",
            "table number"), st["body"]), tab1, S(8),
        P(N("<b>Table 2: Outcome of allegations against police officers, financial years "
            "2021/22 to 2023/24</b>", "table number; the period of the table"), st["body"]),
        tab2, S(6),
        P(N("Outcomes as recorded on Centurion on 24 April 2024.", "date"), st["small"]),
        P("<b>Police staff</b>", st["h2"]),
        P(N("Misconduct matters involving police staff are managed by People Services on the "
            "HR system, which records the policy applied and the sanction but not the nature of "
            "the allegation. To identify allegations of a sexual nature we would need to review "
            "each of the approximately 640 staff conduct cases opened in the period, at an "
            "estimated 4 minutes per case (about 43 hours).",
            "staff conduct cases of all kinds (not a figure); minutes and hours of work"),
          st["body"]),
        P(N("Section 12(1) of the Act allows a public authority to refuse a request where the cost "
            "of compliance would exceed the appropriate limit of \u00a3450, which equates to 18 "
            "hours of work at \u00a325 per hour. This part of your request is therefore refused "
            "under section 12(1), and this letter acts as a refusal notice under section 17(5).",
            "sections 12(1) and 17(5); cost limit in pounds and hours"), st["body"]),
        P(N("In accordance with section 16 you may wish to refine this part of your request, for "
            "example to staff dismissed for gross misconduct.", "section 16"), st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Information Compliance Unit"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Information Compliance Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 20, 22), title="24/0912",
               author="West Mercia Police")


def build_dyfed_powys():
    """Bilingual PDF letter answering for a CUSTOM RANGE (6 September 2021, when the force moved
    to a new case management system, to 31 March 2024) instead of the three financial years;
    one ruled table of category blocks (outcome rows and a Total row) with Police officers /
    Police staff / Total columns."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "dyfed-powys/DP-FOI-0531-2024.pdf"
    KEY.file(src, "dyfed-powys")
    st = styles("Helvetica", 9.5)
    per = ("2021-09-06", "2024-03-31")
    outs = [("Diswyddo / Dismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol / Final written warning", "final_written_warning"),
            ("Arfer myfyriol / Reflective practice", "management_action"),
            ("Dim achos i\u2019w ateb / No case to answer", "no_case_to_answer"),
            ("Yn parhau / Ongoing", "ongoing")]
    data = {SA: ((2, 0), (1, 0), (0, 0), (6, 1), (3, 1)),
            SH: ((2, 1), (4, 0), (7, 3), (8, 2), (5, 1)),
            AP: ((3, 0), (0, 0), (0, 0), (1, 0), (2, 0))}
    rows = [[P("<b>Math o honiad / Allegation type</b>", st["cellb"]),
             P("<b>Canlyniad / Outcome</b>", st["cellb"]),
             P("<b>Swyddogion heddlu / Police officers</b>", st["cellc"]),
             P("<b>Staff heddlu / Police staff</b>", st["cellc"]),
             P("<b>Cyfanswm / Total</b>", st["cellc"])]]
    cl = {SA: "Ymosodiad rhywiol / Sexual assault", SH: "Aflonyddu rhywiol / Sexual harassment",
          AP: "Camddefnyddio safle at ddiben rhywiol / Abuse of position for a sexual purpose"}
    extra = []
    for c in CATS3:
        first = len(rows)
        for oi, (ol, oc) in enumerate(outs):
            o, s = data[c][oi]
            rows.append([P(cl[c], st["cell"]) if oi == 0 else "", P(ol, st["cell"]),
                         F(c, oc, o, per, subject="officers"), F(c, oc, s, per, subject="staff"),
                         F(c, oc, o + s, per)])
        to = sum(v[0] for v in data[c])
        ts = sum(v[1] for v in data[c])
        rows.append(["", P("<b>Cyfanswm / Total</b>", st["cell"]),
                     F(c, "total", to, per, subject="officers"),
                     F(c, "total", ts, per, subject="staff"), F(c, "total", to + ts, per)])
        extra += [("SPAN", (0, first), (0, len(rows) - 1)), ("VALIGN", (0, first), (0, -1), "TOP"),
                  ("FONT", (2, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8.5)]
    tab = Table(rows, colWidths=[44 * mm, 58 * mm, 24 * mm, 22 * mm, 20 * mm], hAlign="LEFT")
    tab.setStyle(grid_style(1, size=8.5, shade="#D9EAD3", extra=extra))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 12 * mm, "Heddlu Dyfed-Powys Police \u2013 Uned Rhyddid "
                            "Gwybodaeth / Freedom of Information Unit")
        c.drawCentredString(105 * mm, 8 * mm, N(f"Tudalen {page} / Page {page}", "page furniture"))

    story = [
        P("<b>Heddlu Dyfed-Powys Police</b>", st["right"]),
        P(N("Blwch Post 99, Llangynnwr, Caerfyrddin SA31 2PF", "address (Welsh)"), st["right"]),
        P(N("PO Box 99, Llangunnor, Carmarthen SA31 2PF", "address"), st["right"]),
        S(10),
        P(N("Cyfeirnod / Reference: DP-FOI-0531-2024", "reference"), st["addr"]),
        P(N("Dyddiad / Date: 07/05/2024", "date"), st["addr"]),
        S(8),
        P("Annwyl Ymgeisydd / Dear Requester,", st["body"]),
        P(N(f"Thank you for your request for information received on {REQ_DATE}, in which you "
            "asked:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Ymateb / Response</b>", st["h2"]),
        P(N("Dyfed-Powys Police moved to a new professional standards case management system on "
            "6 September 2021. Records created before that date were not migrated in a form that "
            "allows the type of allegation to be identified, and we are therefore unable to give "
            "figures for the whole of the financial year 2021/22.",
            "date of a system change; a financial year"), st["body"]),
        P(N("The table below covers all allegations recorded between 6 September 2021 and "
            "31 March 2024 and is not broken down by year. Figures are numbers of allegations.",
            "the period of the table"), st["body"]),
        tab, S(6),
        P(N("Canlyniadau fel yr oeddent ar 30 Ebrill 2024 / Outcomes as at 30 April 2024.",
            "date"), st["small"]),
        P("<b>Hawliau / Your rights</b>", st["h2"]),
        P(rights("the Freedom of Information Unit"), st["body"]),
        P("Yn gywir / Yours sincerely,", st["body"]),
        P("Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 20, 20), title="DP-FOI-0531-2024",
               author="Heddlu Dyfed-Powys Police")


def build_bedfordshire():
    """PDF letter in the Bedfordshire, Cambridgeshire and Hertfordshire (BCH) collaboration style:
    Table 1 employee-group rows under each category, financial years across, with '<5' for
    figures of one to four withheld under section 40(2); Table 2 the outcomes for police officers
    over the three years, outcomes down, categories across, a Total row, again with '<5'.
    Abuse of position against police staff: NEITHER CONFIRMED NOR DENIED under s40(5B)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "bedfordshire/FOI 2024-01622 Response.pdf"
    KEY.file(src, "bedfordshire")
    st = styles("Helvetica", 10)

    def cell(cat, oc, v, per, subj):
        if 1 <= v <= 4:
            return F(cat, oc, SUP(), per, subject=subj, said="<5")
        return F(cat, oc, v, per, subject=subj)

    t1 = [(SA, "officers", (6, 5, 8)), (SA, "staff", (1, 0, 2)),
          (SH, "officers", (12, 15, 11)), (SH, "staff", (3, 5, 2)),
          (AP, "officers", (3, 5, 4))]
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (2, 0, 1, 0, 0, 11, 5), SH: (2, 1, 5, 6, 10, 9, 5), AP: (5, 2, 0, 0, 0, 1, 4)}
    for c, subj, v in t1:
        if subj == "officers":
            assert sum(t2[c]) == sum(v)
    rows = [["Allegation type", "Employee group"] + [N(FYLAB[y], "column heading (financial year)")
                                                     for y in YEARS]]
    for c, subj, vals in t1:
        rows.append([CAT_LABEL[c] if subj == "officers" else "",
                     {"officers": "Police officers", "staff": "Police staff"}[subj]]
                    + [cell(c, "total", v, FY(y), subj) for y, v in zip(YEARS, vals)])
    tab1 = Table(rows, colWidths=[66 * mm, 32 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tab1.setStyle(grid_style(1, size=9, shade="#DDD9C4"))
    rows = [["Outcome"] + [P(f"<b>{CAT_LABEL[c]}</b>", st["cellc"]) for c in CATS3]]
    for oi, (ol, oc) in enumerate(outs):
        rows.append([ol] + [cell(c, oc, t2[c][oi], REQ_SPAN, "officers") for c in CATS3])
    rows.append(["Total"] + [cell(c, "total", sum(t2[c]), REQ_SPAN, "officers") for c in CATS3])
    tab2 = Table(rows, colWidths=[62 * mm, 30 * mm, 30 * mm, 38 * mm], hAlign="LEFT")
    tab2.setStyle(grid_style(1, size=9, shade="#DDD9C4",
                             extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    F(AP, "total", NCND("s40(5B)"), REQ_SPAN, subject="staff", printed=False)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20 * mm, 287 * mm, "OFFICIAL")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Bedfordshire Police \u2013 Joint Protective Services "
                     "(Bedfordshire, Cambridgeshire and Hertfordshire)")
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {page} of {pages}", "page furniture"))

    story = [
        P("<b>Bedfordshire Police</b>", st["addr"]),
        P("Information Access and Compliance Unit", st["addr"]),
        P(N("Woburn Road, Kempston, Bedford MK43 9AX", "postcode"), st["addr"]),
        S(10),
        P(N("Reference number: FOI 2024/01622", "reference"), st["addr"]),
        P(N("Date: 3 May 2024", "date"), st["addr"]),
        S(8),
        P("Dear Requester,", st["body"]),
        P(N(f"I write in connection with your request for information received on {REQ_DATE}. "
            "You asked:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P(N("Bedfordshire Police holds information relevant to your request. The number of "
            "allegations recorded by the Joint Professional Standards Department in each financial "
            "year is shown in Table 1, and the outcomes of the allegations against police officers "
            "in Table 2.", "table numbers"), st["body"]),
        P(N("<b>Table 1: Allegations recorded</b>", "table number"), st["body"]), tab1, S(8),
        P(N("<b>Table 2: Outcomes of allegations against police officers, 2021/22 to "
            "2023/24</b>", "table number; the period of the table"), st["body"]), tab2, S(6),
        P(N("<5 \u2013 fewer than five. Figures below five have been withheld under "
            "section 40(2) (personal information), because in combination with other information "
            "they could identify the officers, staff or complainants involved.",
            "the suppression mark and its bounds; section 40(2)"), st["small"]),
        P(N("Outcomes as at 26 April 2024; \u2018Ongoing\u2019 \u2013 not finalised on that date.",
            "date"), st["small"]),
        P("<b>Police staff \u2013 abuse of position for a sexual purpose</b>", st["h2"]),
        P(N("Bedfordshire Police neither confirms nor denies that it holds information about "
            "allegations of abuse of position for a sexual purpose against police staff, by virtue "
            "of section 40(5B) of the Act. The number of police staff in roles where such an "
            "allegation could arise is small, and confirming whether any such allegation had been "
            "made could itself disclose personal information. Outcomes for police staff are not "
            "given for the same reason.", "section 40(5B)"), st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Information Access and Compliance Unit"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Information Access Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2024/01622",
               author="Bedfordshire Police")


def build_metropolitan():
    """MPS workbook: a 'Cover' sheet (reference, request, notes with the asterisk footnote under
    section 40(2), complaint rights) and one sheet per financial year ('2021-22' ...), each with
    merged title rows, outcomes down and the three categories across, '*' text cells for figures
    of one to four, explicit zeros, and a Total row; all MPS employees (officers and staff)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "metropolitan/01.FOI.24.036902-disclosure.xlsx"
    KEY.file(src, "metropolitan")
    outs = [O_D, O_W, ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Reflective Practice (RPRP)", "management_action"),
            ("No Case to Answer", "no_case_to_answer"),
            ("Live / Under Investigation", "ongoing")]
    data = {2021: {SA: (9, 3, 2, 1, 0, 35, 0), SH: (12, 4, 15, 18, 41, 43, 2),
                   AP: (14, 6, 1, 0, 0, 5, 0)},
            2022: {SA: (11, 2, 3, 0, 1, 39, 6), SH: (14, 5, 19, 16, 52, 52, 9),
                   AP: (17, 7, 0, 0, 0, 7, 3)},
            2023: {SA: (4, 1, 1, 0, 0, 24, 41), SH: (8, 2, 9, 11, 36, 34, 58),
                   AP: (7, 3, 0, 0, 0, 2, 19)}}

    def cell(cat, oc, v, per):
        if 1 <= v <= 4:
            F(cat, oc, SUP(), per, said="*")
            return "*"
        return int(F(cat, oc, v, per))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    cover = [
        (N("Metropolitan Police Service \u2013 Freedom of Information Request 01/FOI/24/036902",
           "reference"), True),
        ("", False),
        ("Request", True),
        (request_text(), False),
        ("", False),
        ("Response", True),
        (N("The MPS holds the information. The figures for each financial year are on the "
           "worksheets that follow, one worksheet per year. They count allegations recorded by "
           "the Directorate of Professional Standards against MPS employees (police officers, "
           "special constables and police staff together) and the outcome of each allegation.",
           "'one worksheet per year'"), False),
        ("", False),
        ("Notes", True),
        (N("* Fewer than five. Figures below five have been replaced with an asterisk. "
           "Disclosure of such low "
           "numbers could lead to the identification of individuals, and this information is "
           "exempt under section 40(2) of the Freedom of Information Act 2000.",
           "the suppression threshold; section 40(2); the Act"), False),
        (N("Live / Under Investigation: the allegation had not been finalised on 2 May 2024.",
           "date"), False),
        ("", False),
        ("Complaint rights", True),
        (rights("the MPS Freedom of Information team"), False),
    ]
    for i, (text, bold) in enumerate(cover, 1):
        if text:
            ws.cell(i, 1, text).font = Font(bold=bold, size=12 if i == 1 else 11)
            ws.cell(i, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 110
    head_fill = PatternFill("solid", fgColor="0B2265")
    for y in YEARS:
        ws = wb.create_sheet(N(FYLAB[y].replace("/", "-"), "sheet name (financial year)"))
        ws["A1"] = N("Metropolitan Police Service \u2013 01/FOI/24/036902", "reference")
        ws["A2"] = N(f"Allegations of a sexual nature against MPS employees recorded in "
                     f"{FYLAB[y]}, by outcome", "financial year in the title row")
        ws["A3"] = "Source: Centurion, Directorate of Professional Standards"
        for r in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(["Outcome"] + [CAT_LABEL[c] for c in CATS3])
        for c in ws[5]:
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = head_fill
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for oi, (ol, oc) in enumerate(outs):
            ws.append([ol] + [cell(c, oc, data[y][c][oi], FY(y)) for c in CATS3])
        ws.append(["Total"] + [int(F(c, "total", sum(data[y][c]), FY(y))) for c in CATS3])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        ws.column_dimensions["A"].width = 32
        for col in "BCD":
            ws.column_dimensions[col].width = 22
        ws.row_dimensions[5].height = 32
    xlsx_save(wb, src, creator="MPS Information Rights Unit")


def build_cheshire():
    """Workbook, one sheet, two tables with merged group headers: Table 1 has the financial
    years down and each category merged across Officers / Staff / Total; Table 2 has the outcomes
    over the three years down, with 'Police officers' and 'Police staff' merged across the three
    categories, and a Total row."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "cheshire/FOI 24-0677 response.xlsx"
    KEY.file(src, "cheshire")
    t1 = {SA: ((5, 1), (6, 0), (4, 2)), SH: ((10, 3), (13, 2), (9, 4)), AP: ((2, 0), (4, 0), (3, 1))}
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {"officers": {SA: (2, 1, 0, 1, 8, 3), SH: (3, 4, 6, 8, 7, 4), AP: (4, 1, 0, 0, 2, 2)},
          "staff": {SA: (0, 0, 1, 0, 1, 1), SH: (1, 1, 2, 2, 2, 1), AP: (0, 0, 0, 0, 0, 1)}}
    for si, subj in enumerate(("officers", "staff")):
        for c in CATS3:
            assert sum(t2[subj][c]) == sum(v[si] for v in t1[c]), (subj, c)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E2EFDA")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = N("Cheshire Constabulary \u2013 Freedom of Information Request 24-0677",
                 "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = N("Table 1 \u2013 Allegations recorded, by financial year", "table number")
    ws["A3"].font = bold
    ws["A4"] = "Financial year"
    ws.merge_cells("A4:A5")
    col = 2
    for c in CATS3:
        ws.cell(4, col, CAT_LABEL[c])
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
        for i, h in enumerate(("Officers", "Staff", "Total")):
            ws.cell(5, col + i, h)
        col += 3
    for r in (4, 5):
        for cc in ws[r]:
            cc.font = bold
            cc.fill = fill
            cc.alignment = centre
    for yi, y in enumerate(YEARS):
        r = 6 + yi
        ws.cell(r, 1, N(FYLAB[y], "row heading (financial year)"))
        col = 2
        for c in CATS3:
            o, s = t1[c][yi]
            ws.cell(r, col, int(F(c, "total", o, FY(y), subject="officers")))
            ws.cell(r, col + 1, int(F(c, "total", s, FY(y), subject="staff")))
            ws.cell(r, col + 2, int(F(c, "total", o + s, FY(y))))
            col += 3
    ws["A11"] = N("Table 2 \u2013 Outcome of allegations recorded 1 April 2021 to 31 March 2024",
                  "table number; the period of the table")
    ws["A11"].font = bold
    ws["A12"] = "Outcome"
    ws.merge_cells("A12:A13")
    ws["B12"] = "Police officers"
    ws.merge_cells("B12:D12")
    ws["E12"] = "Police staff"
    ws.merge_cells("E12:G12")
    for i, c in enumerate(CATS3 + CATS3):
        ws.cell(13, 2 + i, CAT_LABEL[c])
    for r in (12, 13):
        for cc in ws[r]:
            cc.font = bold
            cc.fill = fill
            cc.alignment = centre
    for oi, (ol, oc) in enumerate(outs):
        r = 14 + oi
        ws.cell(r, 1, ol)
        for si, subj in enumerate(("officers", "staff")):
            for ci, c in enumerate(CATS3):
                ws.cell(r, 2 + 3 * si + ci, int(F(c, oc, t2[subj][c][oi], REQ_SPAN, subject=subj)))
    r = 14 + len(outs)
    ws.cell(r, 1, "Total").font = bold
    for si, subj in enumerate(("officers", "staff")):
        for ci, c in enumerate(CATS3):
            ws.cell(r, 2 + 3 * si + ci, int(F(c, "total", sum(t2[subj][c]), REQ_SPAN,
                                              subject=subj))).font = bold
    ws.cell(r + 2, 1, N("Outcomes as at 25/04/2024. Ongoing = investigation or proceedings not "
                        "concluded.", "date"))
    ws.column_dimensions["A"].width = 24
    for i in range(2, 11):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = 14
    ws.row_dimensions[13].height = 45
    xlsx_save(wb, src, creator="Cheshire Constabulary")


def build_northamptonshire():
    """Workbook with a 'Data' sheet (Table A: categories down, financial years across, officers
    and staff together; Table B: outcomes over the three years, outcomes down and categories
    across, a Total row) and a 'Notes' sheet that defines the '*' used in the data for figures
    withheld under section 40(2)."""
    import openpyxl
    from openpyxl.styles import Font
    src = "northamptonshire/FOI 000714-24 Data.xlsx"
    KEY.file(src, "northamptonshire")
    ta = {SA: (5, 7, 6), SH: (11, 9, 13), AP: (3, 2, 4)}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    tb = {SA: (2, 0, 1, 0, 0, 12, 3), SH: (2, 1, 3, 5, 9, 8, 5), AP: (4, 1, 0, 0, 0, 1, 3)}
    for c in CATS3:
        assert sum(tb[c]) == sum(ta[c])

    def cell(cat, oc, v, per):
        if 1 <= v <= 4:
            F(cat, oc, SUP(), per, said="*")
            return "*"
        return int(F(cat, oc, v, per))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = N("Northamptonshire Police FOI 000714/24", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Table A: Allegations against police officers and police staff, by financial year"
    ws["A3"].font = Font(bold=True)
    ws.append(["Allegation type"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS])
    for cc in ws[4]:
        cc.font = Font(bold=True)
    for c in CATS3:
        ws.append([CAT_LABEL[c]] + [cell(c, "total", v, FY(y)) for y, v in zip(YEARS, ta[c])])
    ws.append([])
    ws.append([N("Table B: Outcomes of those allegations, 2021/22 to 2023/24 combined",
                 "the period of the table")])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["Outcome"] + [CAT_LABEL[c] for c in CATS3])
    for cc in ws[ws.max_row]:
        cc.font = Font(bold=True)
    for oi, (ol, oc) in enumerate(outs):
        ws.append([ol] + [cell(c, oc, tb[c][oi], REQ_SPAN) for c in CATS3])
    ws.append(["Total"] + [cell(c, "total", sum(ta[c]), REQ_SPAN) for c in CATS3])
    for cc in ws[ws.max_row]:
        cc.font = Font(bold=True)
    ws.append([])
    ws.append(["See the Notes sheet."])
    ws.column_dimensions["A"].width = 40
    for col in "BCD":
        ws.column_dimensions[col].width = 20
    wn = wb.create_sheet("Notes")
    notes = [
        "Notes",
        N("1. Figures are allegations recorded by the Professional Standards Department in the "
          "financial year (1 April to 31 March).", "note number; definition of the financial "
                                                    "year"),
        N("2. * = fewer than 5. Where a figure is fewer than 5 it has been suppressed, as "
          "disclosure could identify the individuals concerned (section 40(2) Freedom of "
          "Information Act 2000).", "note number; the suppression threshold; section 40(2); "
                                    "the Act"),
        N("3. Ongoing = under investigation or awaiting a meeting or hearing on 29/04/2024.",
          "note number; date"),
        N("4. Reflective practice = Reflective Practice Review Process (Police (Conduct) "
          "Regulations 2020).", "note number; year of the Regulations"),
    ]
    for i, t in enumerate(notes, 1):
        wn.cell(i, 1, t)
    wn["A1"].font = Font(bold=True)
    wn.column_dimensions["A"].width = 120
    xlsx_save(wb, src, creator="Northamptonshire Police")


def month_period(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def build_thames_valley():
    """Thames Valley Police house style (monthly long format, only non-zero rows, title-case
    labels), drifted from CSV to an Excel workbook: a title row and a blank row above the header,
    months as real dates shown through the number format 'mmm-yy', an autofilter; officers and
    staff on separate rows ('Police Officer' / 'Police Staff')."""
    import openpyxl
    from openpyxl.styles import Font
    src = "thames-valley/FOI-TVP-2024-0611.xlsx"
    KEY.file(src, "thames-valley")
    r = rng("thames-valley")
    cat_lab = {SA: "Sexual Assault", SH: "Sexual Harassment",
               AP: "Abuse of Position for Sexual Purpose"}
    done = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer")]
    ui = ("Under Investigation", "ongoing")
    rows = []
    for fy in YEARS:
        for mi in range(12):
            y, m = (fy, 4 + mi) if mi < 9 else (fy + 1, mi - 8)
            n = r.choice((0, 1, 1, 1, 2, 2))
            seen = set()
            for _ in range(n):
                cat = r.choice((SA, SH, SH, SH, AP))
                subj = "officers" if r.random() < 0.8 else "staff"
                late = (y, m) >= (2023, 6)
                if cat == AP:
                    out = r.choice([done[0], done[0], done[4]] + [ui] * (3 if late else 0))
                else:
                    out = r.choice(done[1:] + [done[4]] + [ui] * (4 if late else 0))
                k = (cat, subj, out)
                if k in seen:
                    continue
                seen.add(k)
                rows.append((y, m, cat, subj, out, r.choice((1, 1, 1, 2))))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI-TVP-2024-0611"
    N("FOI-TVP-2024-0611", "reference (sheet name)")
    ws["A1"] = N("Thames Valley Police \u2013 FOI-TVP-2024-0611 \u2013 sexual misconduct "
                 "allegations, April 2021 to March 2024", "reference; the request's period")
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Month", "Allegation Category", "Subject Type", "Outcome",
               "Number of Allegations"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows.sort(key=lambda x: (x[0], x[1], [SA, SH, AP].index(x[2]), x[3], x[4][0]))
    for y, m, cat, subj, (ol, oc), v in rows:
        ws.append([dt.datetime(y, m, 1), cat_lab[cat],
                   {"officers": "Police Officer", "staff": "Police Staff"}[subj], ol,
                   int(F(cat, oc, v, month_period(y, m), subject=subj))])
        ws.cell(ws.max_row, 1).number_format = "mmm-yy"
        N(dt.date(y, m, 1).strftime("%b-%y"), "the row's month (a date cell shown as mmm-yy)")
    ws.auto_filter.ref = f"A3:E{ws.max_row}"
    ws.freeze_panes = "A4"
    for col, w in zip("ABCDE", (10, 38, 16, 24, 22)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, src, creator="Thames Valley Police PSD")


def build_dorset():
    """An Excel PivotTable pasted as values: a report filter ('Employee Type' (All)), 'Count of
    Allegation Ref', 'Row Labels' with each category (bold, its subtotal) above its outcomes
    (indented), financial years across, a Grand Total column (the three years together) and a
    Grand Total row (all categories: not a figure); outcomes a category never reached have BLANK
    cells (no rows)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "dorset/FOI 2024-0455 Appendix.xlsx"
    KEY.file(src, "dorset")
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_ON]
    # None = blank cell in the pivot
    data = {SA: ((1, None, None), (None, 1, None), (None, None, None), (None, None, None),
                 (4, 3, 2), (None, 1, 4)),
            SH: ((1, 1, None), (2, 1, 1), (2, 3, 1), (4, 5, 3), (3, 4, 2), (None, 1, 6)),
            AP: ((2, 3, 1), (None, None, None), (None, None, None), (None, None, None),
                 (1, None, 1), (None, None, 2))}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Employee Type"
    ws["B1"] = "(All)"
    ws["A3"] = "Count of Allegation Ref"
    ws["B3"] = "Column Labels"
    ws["A4"] = "Row Labels"
    for i, y in enumerate(YEARS):
        ws.cell(4, 2 + i, N(FYLAB[y], "column heading (financial year)"))
    ws.cell(4, 5, "Grand Total")
    hdr = PatternFill("solid", fgColor="DDEBF7")
    for cc in ws[4]:
        cc.font = Font(bold=True)
        cc.fill = hdr
    r = 5
    grand = [0, 0, 0]
    for c in CATS3:
        sub = [sum(v[yi] or 0 for v in data[c]) for yi in range(3)]
        ws.cell(r, 1, CAT_LABEL[c]).font = Font(bold=True)
        for yi, y in enumerate(YEARS):
            ws.cell(r, 2 + yi, int(F(c, "total", sub[yi], FY(y)))).font = Font(bold=True)
            grand[yi] += sub[yi]
        ws.cell(r, 5, int(F(c, "total", sum(sub), REQ_SPAN))).font = Font(bold=True)
        r += 1
        for oi, (ol, oc) in enumerate(outs):
            vals = data[c][oi]
            if all(v is None for v in vals):
                continue
            ws.cell(r, 1, ol).alignment = Alignment(indent=1)
            for yi, y in enumerate(YEARS):
                if vals[yi] is not None:
                    ws.cell(r, 2 + yi, int(F(c, oc, vals[yi], FY(y))))
            ws.cell(r, 5, int(F(c, oc, sum(v or 0 for v in vals), REQ_SPAN)))
            r += 1
    ws.cell(r, 1, "Grand Total")
    for yi in range(3):
        ws.cell(r, 2 + yi, int(N(str(grand[yi]), "grand total across categories")))
    ws.cell(r, 5, int(N(str(sum(grand)), "grand total across categories and years")))
    for cc in ws[r]:
        cc.font = Font(bold=True)
        cc.fill = hdr
    ws.column_dimensions["A"].width = 42
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    xlsx_save(wb, src, creator="Dorset Police PSD")


def build_hertfordshire():
    """Word letter (BCH collaboration house style) with two Word tables using merged cells:
    Table 1 has 'Allegation type' merged down over its Police officers / Police staff rows
    (vMerge), a two-row header with 'Financial year recorded' merged across the three years
    (gridSpan) and 'Total' merged down both header rows; Table 2 has the outcomes over the three
    years, 'Officers and staff combined' merged across the three categories, and a Total row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "hertfordshire/FOI HC-2024-01577 Response.docx"
    KEY.file(src, "hertfordshire")
    C = WD_ALIGN_PARAGRAPH.CENTER
    t1 = {SA: ((7, 6, 8), (1, 2, 0)), SH: ((14, 11, 16), (4, 3, 5)), AP: ((3, 4, 2), (0, 1, 0))}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (3, 1, 1, 0, 1, 13, 5), SH: (3, 1, 6, 7, 15, 12, 9), AP: (4, 2, 0, 0, 0, 2, 2)}
    for c in CATS3:
        assert sum(t2[c]) == sum(map(sum, t1[c]))
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Hertfordshire Constabulary \u2013 Joint Protective "
                       "Services Information Access and Compliance Unit")
    docx_heading(d, "Hertfordshire Constabulary", 15)
    d.add_paragraph(N("Stanborough Road, Welwyn Garden City, Hertfordshire AL8 6XF", "postcode"))
    d.add_paragraph(N("Our reference: HC/2024/01577\nDate: 9 May 2024", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request for information received on {REQ_DATE}, in "
                      "which you asked:", "date"))
    q = d.add_paragraph(request_text())
    q.paragraph_format.left_indent = 457200
    for r in q.runs:
        r.italic = True
    d.add_paragraph(N("Hertfordshire Constabulary holds the information you have requested. "
                      "Table 1 shows the number of allegations recorded against police officers "
                      "and police staff in each financial year, and Table 2 shows the outcomes "
                      "of those allegations.", "table numbers"))
    docx_heading(d, N("Table 1 \u2013 Allegations recorded", "table number"), 11)
    t = d.add_table(rows=2 + 6, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    docx_cell(h0[0], "Allegation type", bold=True, size=10)
    docx_cell(h0[1], "Employee group", bold=True, size=10)
    docx_cell(h0[2], "Financial year recorded", bold=True, size=10, align=C)
    docx_cell(h0[5], "Total", bold=True, size=10, align=C)
    for i, y in enumerate(YEARS):
        docx_cell(h1[2 + i], N(FYLAB[y], "column heading (financial year)"), bold=True, size=10,
                  align=C)
    h0[0].merge(h1[0])
    h0[1].merge(h1[1])
    h0[2].merge(h0[4])
    h0[5].merge(h1[5])
    for cc in list(t.rows[0].cells) + list(t.rows[1].cells):
        docx_shade(cc, "DBE5F1")
    ri = 2
    for c in CATS3:
        for si, (slab, subj) in enumerate((("Police officers", "officers"),
                                           ("Police staff", "staff"))):
            cells = t.rows[ri].cells
            if si == 0:
                docx_cell(cells[0], CAT_LABEL[c], size=10)
            docx_cell(cells[1], slab, size=10)
            vals = t1[c][si]
            for yi, y in enumerate(YEARS):
                docx_cell(cells[2 + yi], F(c, "total", vals[yi], FY(y), subject=subj), size=10,
                          align=C)
            docx_cell(cells[5], F(c, "total", sum(vals), REQ_SPAN, subject=subj), bold=True,
                      size=10, align=C)
            ri += 1
        t.rows[ri - 2].cells[0].merge(t.rows[ri - 1].cells[0])
    d.add_paragraph("")
    docx_heading(d, N("Table 2 \u2013 Outcomes of the allegations recorded in 2021/22 to 2023/24",
                      "table number; the period of the table"), 11)
    t = d.add_table(rows=2 + len(outs) + 1, cols=4)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    docx_cell(h0[0], "Outcome", bold=True, size=10)
    docx_cell(h0[1], "Officers and staff combined", bold=True, size=10, align=C)
    for i, c in enumerate(CATS3):
        docx_cell(h1[1 + i], CAT_LABEL[c], bold=True, size=10, align=C)
    h0[0].merge(h1[0])
    h0[1].merge(h0[3])
    for cc in list(t.rows[0].cells) + list(t.rows[1].cells):
        docx_shade(cc, "DBE5F1")
    for oi, (ol, oc) in enumerate(outs):
        cells = t.rows[2 + oi].cells
        docx_cell(cells[0], ol, size=10)
        for ci, c in enumerate(CATS3):
            docx_cell(cells[1 + ci], F(c, oc, t2[c][oi], REQ_SPAN), size=10, align=C)
    cells = t.rows[-1].cells
    docx_cell(cells[0], "Total", bold=True, size=10)
    for ci, c in enumerate(CATS3):
        docx_cell(cells[1 + ci], F(c, "total", sum(t2[c]), REQ_SPAN), bold=True, size=10, align=C)
    d.add_paragraph("")
    d.add_paragraph(N("Outcomes are as at 1 May 2024. \u2018Ongoing\u2019 includes allegations "
                      "awaiting a misconduct meeting or hearing.", "date"))
    docx_heading(d, "Complaint rights", 11)
    d.add_paragraph(rights("the Information Access and Compliance Unit"))
    d.add_paragraph("Yours sincerely,\n\nInformation Access Officer\nHertfordshire Constabulary")
    docx_save(d, src, "Hertfordshire Constabulary")


def build_cambridgeshire():
    """Word letter that breaks the request into numbered questions and answers each by number:
    1-3 the allegations of each type per financial year ('2021/22: 6 (police officers 5, police
    staff 1)'), 4 the outcomes in a Word table.  Abuse of position for a sexual purpose was not
    recorded as a separate type before 1 April 2022: NOT HELD for 2021/22, and its outcomes cover
    2022/23 and 2023/24 only."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "cambridgeshire/FOI 0946-2024 Response.docx"
    KEY.file(src, "cambridgeshire")
    C = WD_ALIGN_PARAGRAPH.CENTER
    tot = {SA: {2021: (5, 1), 2022: (4, 0), 2023: (6, 1)},
           SH: {2021: (9, 2), 2022: (12, 3), 2023: (10, 2)},
           AP: {2022: (3, 0), 2023: (2, 0)}}
    ap_span = SPAN(FY(2022), FY(2023))
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t4 = {SA: (2, 0, 1, 0, 0, 10, 4), SH: (2, 1, 4, 6, 11, 9, 5), AP: (2, 1, 0, 0, 0, 0, 2)}
    for c in CATS3:
        assert sum(t4[c]) == sum(sum(v) for v in tot[c].values())
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", "Cambridgeshire Constabulary, Hinchingbrooke Park, "
                       "Huntingdon PE29 6NP".replace("PE29 6NP", N("PE29 6NP", "postcode")))
    docx_heading(d, "Cambridgeshire Constabulary", 15)
    d.add_paragraph("Information Access and Compliance Unit")
    d.add_paragraph(N("Freedom of Information Request Reference No: 0946/2024", "reference"))
    d.add_paragraph(N("Date: 10 May 2024", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"I write in connection with your request for information received on "
                      f"{REQ_DATE}. For clarity we have numbered the parts of your request:",
                      "date"))
    qs = [N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many allegations "
            "of sexual assault were made against police officers and police staff?",
            "the financial years of the request"),
          N("For each of those years, how many allegations of sexual harassment were made?", ""),
          N("For each of those years, how many allegations of abuse of position for a sexual "
            "purpose were made?", ""),
          "What was the outcome of each allegation?"]
    for i, qq in enumerate(qs, 1):
        p = d.add_paragraph(N(f"{i}. ", "question number") + qq)
        p.paragraph_format.left_indent = 457200
    d.add_paragraph("Cambridgeshire Constabulary holds some of the information requested. The "
                    "figures are allegations recorded by the Joint Professional Standards "
                    "Department; the split between police officers and police staff is shown in "
                    "brackets.")
    docx_heading(d, "Response", 12)
    for qi, c in enumerate(CATS3, 1):
        d.add_paragraph(N(f"{qi}. ", "answer number") + CAT_LABEL[c])
        for y in YEARS:
            if y not in tot[c]:
                F(c, "total", NH, FY(y), printed=False)
                d.add_paragraph(N(f"{FYLAB[y]}: information not held. Abuse of position for a "
                                  "sexual purpose was not recorded as a separate type of "
                                  "allegation before 1 April 2022; such allegations before that "
                                  "date were recorded under \u2018Discreditable conduct\u2019 and "
                                  "cannot be identified.", "financial year; date of a system "
                                                           "change"), style="List Bullet")
                continue
            o, s = tot[c][y]
            d.add_paragraph(L(FYLAB[y] + ": {t} (police officers {o}, police staff {s})",
                              "financial year",
                              t=F(c, "total", o + s, FY(y)),
                              o=F(c, "total", o, FY(y), subject="officers"),
                              s=F(c, "total", s, FY(y), subject="staff")), style="List Bullet")
    d.add_paragraph(N("4. Outcomes", "answer number"))
    d.add_paragraph(N("The outcomes of the allegations above (police officers and police staff "
                      "together) are shown in the table below, for all three years together; for "
                      "abuse of position for a sexual purpose they cover 2022/23 and 2023/24 "
                      "only.", "the three years of the request; the financial years of one "
                                   "column"))
    t = d.add_table(rows=len(outs) + 2, cols=4)
    t.style = "Table Grid"
    heads = ["Outcome", CAT_LABEL[SA], CAT_LABEL[SH],
             N(CAT_LABEL[AP] + " (2022/23 and 2023/24)", "the financial years of the column")]
    for i, h in enumerate(heads):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
    per = {SA: REQ_SPAN, SH: REQ_SPAN, AP: ap_span}
    for oi, (ol, oc) in enumerate(outs, 1):
        docx_cell(t.rows[oi].cells[0], ol, size=10)
        for ci, c in enumerate(CATS3, 1):
            docx_cell(t.rows[oi].cells[ci], F(c, oc, t4[c][oi - 1], per[c]), size=10, align=C)
    docx_cell(t.rows[-1].cells[0], "Total", bold=True, size=10)
    for ci, c in enumerate(CATS3, 1):
        docx_cell(t.rows[-1].cells[ci], F(c, "total", sum(t4[c]), per[c]), bold=True, size=10,
                  align=C)
    d.add_paragraph("")
    d.add_paragraph(N("Outcomes as at 2 May 2024. \u2018Ongoing\u2019 \u2013 investigation or "
                      "misconduct proceedings not concluded.", "date"))
    d.add_paragraph(N("In accordance with section 1(1)(a) of the Freedom of Information Act 2000, "
                      "this letter is notice that Cambridgeshire Constabulary does not hold the "
                      "information described above for 2021/22.",
                      "section 1(1)(a); the Act; a financial year"))
    docx_heading(d, "Complaint rights", 11)
    d.add_paragraph(rights("the Information Access and Compliance Unit"))
    d.add_paragraph("Yours sincerely,\n\nDisclosure Officer\nCambridgeshire Constabulary")
    docx_save(d, src, "Cambridgeshire Constabulary")


def build_north_wales():
    """Bilingual Word letter (Welsh then English): Table 1 the allegations by financial year
    (categories down, years across, officers and staff together); Table 2 the outcomes over the
    three years, categories down, outcomes across with bilingual two-line headers, and a Total
    column (Table 1 has no Total column, so it is keyed as the three-year total)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "north-wales/FOI-2024-0811 Ymateb Response.docx"
    KEY.file(src, "north-wales")
    C = WD_ALIGN_PARAGRAPH.CENTER
    t1 = {SA: (6, 8, 5), SH: (13, 12, 15), AP: (2, 3, 3)}
    outs = [("Diswyddo\nDismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol\nFinal written warning", "final_written_warning"),
            ("Rhybudd ysgrifenedig\nWritten warning", "written_warning"),
            ("Arfer myfyriol\nReflective practice", "management_action"),
            ("Dim achos i\u2019w ateb\nNo case to answer", "no_case_to_answer"),
            ("Yn parhau\nOngoing", "ongoing")]
    t2 = {SA: (3, 1, 0, 1, 9, 5), SH: (2, 5, 7, 12, 9, 5), AP: (4, 0, 0, 0, 2, 2)}
    for c in CATS3:
        assert sum(t2[c]) == sum(t1[c])
    cl = {SA: "Ymosodiad rhywiol\nSexual assault", SH: "Aflonyddu rhywiol\nSexual harassment",
          AP: "Camddefnyddio swydd at ddiben rhywiol\nAbuse of position for a sexual purpose"}
    d = docx_new("Arial", 10)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL", "Heddlu Gogledd Cymru / North Wales Police")
    docx_heading(d, "Heddlu Gogledd Cymru / North Wales Police", 14)
    d.add_paragraph(N("Uned Rhyddid Gwybodaeth / Freedom of Information Unit\nGlan-y-Don, "
                      "Bae Colwyn / Colwyn Bay LL29 8AW", "postcode"))
    d.add_paragraph(N("Cyfeirnod / Reference: FOI-2024-0811\nDyddiad / Date: 02/05/2024",
                      "reference; date"))
    d.add_paragraph("Annwyl Ymgeisydd / Dear Requester,")
    d.add_paragraph(N(f"Diolch am eich cais am wybodaeth a dderbyniwyd ar 8 Ebrill 2024. / Thank "
                      f"you for your request for information received on {REQ_DATE}. You asked:",
                      "date (Welsh and English)"))
    q = d.add_paragraph(request_text())
    q.paragraph_format.left_indent = 457200
    d.add_paragraph(N("Mae\u2019r wybodaeth wedi\u2019i dangos yn y tablau isod. / North Wales "
                      "Police holds the information, and it is shown in the tables below. The "
                      "figures are allegations against police officers and police staff counted "
                      "together.", ""))
    docx_heading(d, N("Tabl 1 / Table 1: Honiadau / Allegations", "table number"), 11)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Categori / Category"] + [N(FYLAB[y], "column heading (financial "
                                                                 "year)") for y in YEARS]):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=9, align=C if i else None)
    for ri, c in enumerate(CATS3, 1):
        docx_cell(t.rows[ri].cells[0], cl[c], size=9)
        for yi, y in enumerate(YEARS):
            docx_cell(t.rows[ri].cells[1 + yi], F(c, "total", t1[c][yi], FY(y)), size=9, align=C)
    d.add_paragraph("")
    docx_heading(d, N("Tabl 2 / Table 2: Canlyniadau / Outcomes, 2021/22 \u2013 2023/24",
                      "table number; the period of the table"), 11)
    t = d.add_table(rows=4, cols=len(outs) + 2)
    t.style = "Table Grid"
    for i, h in enumerate(["Categori / Category"] + [ol for ol, oc in outs]
                          + ["Cyfanswm\nTotal"]):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=8, align=C if i else None)
    for ri, c in enumerate(CATS3, 1):
        docx_cell(t.rows[ri].cells[0], cl[c], size=9)
        for oi, (ol, oc) in enumerate(outs):
            docx_cell(t.rows[ri].cells[1 + oi], F(c, oc, t2[c][oi], REQ_SPAN), size=9, align=C)
        docx_cell(t.rows[ri].cells[-1], F(c, "total", sum(t2[c]), REQ_SPAN), bold=True, size=9,
                  align=C)
    d.add_paragraph("")
    d.add_paragraph(N("Canlyniadau ar 26/04/2024. / Outcomes as at 26/04/2024.", "date"))
    d.add_paragraph(rights("the Freedom of Information Unit"))
    d.add_paragraph("Yn gywir / Yours sincerely,\n\nUned Rhyddid Gwybodaeth / Freedom of "
                    "Information Unit")
    docx_save(d, src, "North Wales Police")


def build_greater_manchester():
    """GMP house style (Bootstrap disclosure page, ul.foi-details, table-bordered gmp-table with a
    caption, th scope=row labels, bold Total row and Total column, small text-muted notes);
    the force answers by CALENDAR year 2021-2023 and says why.  Table 1: categories down, years
    across, Total column (2021-2023) and a Total row across the categories (not figures);
    Table 2: outcomes of the 2021-2023 allegations down, categories across, a Total column across
    the categories (not figures) and a Total row restating Table 1's Total column."""
    src = "greater-manchester/FOI_003391-24_disclosure.html"
    KEY.file(src, "greater-manchester")
    span = SPAN(CY(2021), CY(2023))
    t1 = {SA: (11, 14, 12), SH: (27, 31, 29), AP: (6, 8, 5)}
    outs = [O_D, O_W, ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), O_RP, O_N, ("Not proven", "not_upheld"),
            O_ON]
    t2 = {SA: (4, 1, 1, 0, 1, 20, 3, 7), SH: (5, 2, 8, 11, 22, 21, 6, 12),
          AP: (7, 3, 0, 0, 0, 2, 1, 6)}
    for c in CATS3:
        assert sum(t2[c]) == sum(t1[c])
    tr1 = []
    for c in CATS3:
        tds = "".join(f"<td>{F(c, 'total', v, CY(y))}</td>" for y, v in zip(YEARS, t1[c]))
        tr1.append(f'<tr><th scope="row">{E(CAT_LABEL[c])}</th>{tds}'
                   f'<td class="fw-bold">{F(c, "total", sum(t1[c]), span)}</td></tr>')
    coltot = [sum(t1[c][yi] for c in CATS3) for yi in range(3)]
    tr1.append('<tr class="fw-bold"><th scope="row">Total</th>'
               + "".join(f"<td>{N(str(v), 'total across categories')}</td>" for v in coltot)
               + f"<td>{N(str(sum(coltot)), 'total across categories and years')}</td></tr>")
    tr2 = []
    for oi, (ol, oc) in enumerate(outs):
        vals = [t2[c][oi] for c in CATS3]
        tr2.append(f'<tr><th scope="row">{E(ol)}</th>'
                   + "".join(f"<td>{F(c, oc, v, span)}</td>" for c, v in zip(CATS3, vals))
                   + f'<td class="fw-bold">{N(str(sum(vals)), "total across categories")}</td></tr>')
    tr2.append('<tr class="fw-bold"><th scope="row">Total</th>'
               + "".join(f"<td>{F(c, 'total', sum(t1[c]), span, restated=True)}</td>"
                         for c in CATS3)
               + f"<td>{N(str(sum(coltot)), 'total across categories and years')}</td></tr>")
    yh = "".join(f'<th scope="col">{N(str(y), "column heading (calendar year)")}</th>'
                 for y in YEARS)
    body = f"""<nav class="navbar navbar-expand-lg gmp-navbar"><div class="container"><a class="navbar-brand" href="/">Greater Manchester Police</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/report/">Report</a></li><li class="nav-item"><a class="nav-link" href="/contact/">Contact</a></li><li class="nav-item"><a class="nav-link" href="/foi/">FOI</a></li></ul></div></nav>
<main class="container py-4">
<h1 class="h2">Allegations of sexual misconduct against GMP officers and staff</h1>
<ul class="foi-details list-unstyled">
<li><strong>Reference:</strong> {N("FOI/003391/24", "reference")}</li>
<li><strong>Date published:</strong> {N("20 May 2024", "date")}</li>
<li><strong>Category:</strong> Professional Standards</li>
</ul>
<h2 class="h4">Request</h2>
<p>{E(request_text())}</p>
<h2 class="h4">Response</h2>
<p>GMP&rsquo;s Professional Standards Branch records allegations by the calendar year in which they are received, and the figures cannot be reproduced by financial year without reviewing each record. We have therefore provided the information by calendar year, which we hope is helpful.</p>
<p>The figures below count allegations against police officers and police staff together.</p>
<table class="table table-bordered gmp-table">
<caption>{N("Table 1: Allegations received, 1 January 2021 to 31 December 2023", "table number; the period of the table")}</caption>
<thead><tr><th scope="col">Allegation type</th>{yh}<th scope="col" class="fw-bold">Total</th></tr></thead>
<tbody>
{chr(10).join(tr1)}
</tbody>
</table>
<table class="table table-bordered gmp-table">
<caption>{N("Table 2: Outcome of allegations received 2021 to 2023", "table number; the period of the table")}</caption>
<thead><tr><th scope="col">Outcome</th>{"".join(f'<th scope="col">{E(CAT_LABEL[c])}</th>' for c in CATS3)}<th scope="col" class="fw-bold">Total</th></tr></thead>
<tbody>
{chr(10).join(tr2)}
</tbody>
</table>
<p class="small text-muted">{N("Ongoing: investigation, misconduct meeting or hearing not concluded on 13 May 2024. Not proven: the allegation was investigated and the case to answer was found but the misconduct was not proven at a meeting or hearing.", "date")}</p>
<p class="small text-muted">{N("If you are unhappy with this response you may ask for an internal review within 40 working days, and then complain to the Information Commissioner.", "40 working days")}</p>
</main>
<footer class="gmp-footer"><div class="container">{N("&copy; Greater Manchester Police 2024 &middot; In an emergency call 999", "copyright year; telephone")}</div></footer>"""
    write_text(src, html_page(N("FOI/003391/24 | Greater Manchester Police", "reference"), body))


def build_lancashire():
    """Lancashire Constabulary house style (disclosure-log page, <dl> with reference and date,
    the request in a <blockquote>, one long table 'Period | Allegation type | Outcome | Number of
    cases' with a bold subtotal row per allegation type, notes in <p class="footnote"><small>);
    counts CASES.  Only outcomes that some case reached are listed (a note says so)."""
    src = "lancashire/FOI-2024-00741-response.html"
    KEY.file(src, "lancashire", measure="cases")
    data = {2021: {SA: [(O_D, 1), (O_N, 5), (O_WD, 1)],
                   SH: [(O_F, 2), (O_WW, 3), (("Management advice", "management_action"), 4),
                        (O_N, 4)],
                   AP: [(("Dismissed (gross misconduct)", "dismissed"), 2), (O_W, 1)]},
            2022: {SA: [(O_D, 1), (O_F, 1), (O_N, 6)],
                   SH: [(O_D, 1), (O_F, 3), (O_WW, 2), (O_RP, 6), (O_N, 3)],
                   AP: [(("Dismissed (gross misconduct)", "dismissed"), 3), (O_N, 1)]},
            2023: {SA: [(O_N, 3), (("Ongoing \u2013 under investigation", "ongoing"), 5)],
                   SH: [(O_F, 1), (O_RP, 4), (O_N, 3),
                        (("Ongoing \u2013 under investigation", "ongoing"), 7)],
                   AP: [(("Ongoing \u2013 subject on restricted duties", "ongoing"), 3)]}}
    trs = []
    for y in YEARS:
        for c in CATS3:
            for (ol, oc), v in data[y][c]:
                trs.append(f"<tr><td>{N(FYLAB[y], 'the row financial year')}</td><td>{E(CAT_LABEL[c])}</td>"
                           f"<td>{E(ol)}</td><td>{F(c, oc, v, FY(y))}</td></tr>")
            trs.append(f'<tr class="subtotal"><td><b>{N(FYLAB[y], "the row financial year")}</b></td>'
                       f"<td><b>{E(CAT_LABEL[c])}</b></td><td><b>Total</b></td>"
                       f"<td><b>{F(c, 'total', sum(v for _, v in data[y][c]), FY(y))}</b></td></tr>")
    body = f"""<div id="site-header"><a href="/" class="logo">Lancashire Constabulary</a>
<ul class="main-nav"><li><a href="/news/">News</a></li><li><a href="/contact-us/">Contact us</a></li><li><a href="/about-us/freedom-of-information/">Freedom of Information</a></li></ul></div>
<div id="content">
<p class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/about-us/freedom-of-information/">Freedom of Information</a> &raquo; <a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></p>
<h1>Sexual misconduct allegations &ndash; officers and staff</h1>
<dl class="foi-meta">
<dt>Reference</dt><dd>{N("FOI/2024/00741", "reference")}</dd>
<dt>Date of response</dt><dd>{N("14/05/2024", "date")}</dd>
</dl>
<h2>Request</h2>
<blockquote><p>{E(request_text())}</p></blockquote>
<h2>Response</h2>
<p>Lancashire Constabulary records conduct matters as cases. The table below shows the number of cases against police officers and police staff, by financial year, type and outcome.</p>
<table class="foi-table">
<thead><tr><th>Period</th><th>Allegation type</th><th>Outcome</th><th>Number of cases</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p class="footnote"><small>Outcomes that no case of a type reached in a year are not listed.</small></p>
<p class="footnote"><small>{N("A case may contain more than one allegation and is counted once, under its most serious allegation. Outcomes as at 07/05/2024.", "'more than one allegation' (a definition); date")}</small></p>
<h2>Your rights</h2>
<p>{E(rights("the Freedom of Information Unit"))}</p>
</div>
<div id="footer"><p>{N("&copy; 2024 Lancashire Constabulary", "copyright year")}</p></div>"""
    write_text(src, html_page(N("FOI/2024/00741 - Lancashire Constabulary", "reference"), body))


def build_kent():
    """Kent Police house style (Excel export: a preamble of title, reference and description, a
    header 'Allegation Type,Outcome,<financial years>,Total', category blocks ending in a Total
    row, two trailing empty columns on every line); drifted: saved as UTF-16 ('Unicode') with a
    byte-order mark and CRLF."""
    src = "kent/disclosure_2024_0913.csv"
    KEY.file(src, "kent")
    outs = [O_D, O_RP, O_N, O_ON]
    data = {SA: ((2, 1, 1), (0, 1, 0), (8, 8, 5), (0, 1, 6)),
            SH: ((1, 2, 1), (11, 13, 8), (6, 7, 5), (0, 2, 9)),
            AP: ((4, 4, 2), (0, 0, 0), (2, 1, 1), (0, 1, 4))}
    lines = [N("Kent Police - Freedom of Information Request 24/0913,,,,,,,",
               "reference"),
             "Allegations against police officers and police staff (combined) by type and "
             "outcome,,,,,,,",
             N("Financial years 2021/22 to 2023/24 - figures are allegations recorded by PSD,,,,,,,",
               "the request's period"),
             ",,,,,,,",
             "Allegation Type,Outcome," + ",".join(N(FYLAB[y], "column heading (financial year)")
                                                   for y in YEARS) + ",Total,,"]
    for c in CATS3:
        for oi, (ol, oc) in enumerate(outs):
            vals = data[c][oi]
            lines.append(",".join([CAT_LABEL[c], ol]
                                  + [F(c, oc, v, FY(y)) for y, v in zip(YEARS, vals)]
                                  + [F(c, oc, sum(vals), REQ_SPAN)]) + ",,")
        yt = [sum(data[c][oi][yi] for oi in range(len(outs))) for yi in range(3)]
        lines.append(",".join([CAT_LABEL[c], "Total"]
                              + [F(c, "total", v, FY(y)) for y, v in zip(YEARS, yt)]
                              + [F(c, "total", sum(yt), REQ_SPAN)]) + ",,")
    write_text(src, "\ufeff" + "\n".join(lines) + "\n", encoding="utf-16-le", newline="\r\n")


def build_staffordshire():
    """Staffordshire Police house style (figures in prose, numbers as words, 'a dozen'), drifted:
    sent as an e-mail rather than a letter.  One paragraph per category: the total over the
    three years, the split by financial year, then the outcomes over the three years; one
    paragraph says its allegations were all against police officers."""
    src = "staffordshire/RE FOI 0412-24 Staffordshire Police response.txt"
    KEY.file(src, "staffordshire")
    sp = REQ_SPAN
    o = "officers"
    pa = L("Between 1 April 2021 and 31 March 2024, {t} allegations of sexual assault were "
           "recorded against\nofficers and staff: {a} in 2021/22, {b} in 2022/23 and {c} in "
           "2023/24. Of the {t2}, {d} resulted in\ndismissal, {f} in a final written warning and "
           "{n} were found to have no case to answer; the\nremaining {u} are still under "
           "investigation.", "the request's dates; the financial years",
           t=F(SA, "total", 11, sp, said="eleven"), a=F(SA, "total", 4, FY(2021), said="four"),
           b=F(SA, "total", 3, FY(2022), said="three"), c=F(SA, "total", 4, FY(2023), said="four"),
           t2=F(SA, "total", 11, sp, said="eleven", restated=True),
           d=F(SA, "dismissed", 2, sp, said="two"), f=F(SA, "final_written_warning", 1, sp,
                                                         said="one"),
           n=F(SA, "no_case_to_answer", 5, sp, said="five"), u=F(SA, "ongoing", 3, sp,
                                                                  said="three"))
    pb = L("Over the same period {t} allegations of sexual harassment were recorded against "
           "officers\nand staff: {a} in 2021/22, {b} in 2022/23 and {c} in 2023/24. {r} were "
           "dealt with through\nthe reflective practice review process, {w} resulted in a written "
           "warning, {f} in a final\nwritten warning and {d} in dismissal. {n} were found to have "
           "no case to answer and {u} remain\nunder investigation.", "the financial years",
           t=F(SH, "total", 30, sp, said="thirty"), a=F(SH, "total", 9, FY(2021), said="nine"),
           b=F(SH, "total", 12, FY(2022), said="a dozen"),
           c=F(SH, "total", 9, FY(2023), said="nine"),
           r=F(SH, "management_action", 10, sp, said="Ten"),
           w=F(SH, "written_warning", 4, sp, said="four"),
           f=F(SH, "final_written_warning", 3, sp, said="three"),
           d=F(SH, "dismissed", 2, sp, said="two"), n=F(SH, "no_case_to_answer", 7, sp,
                                                         said="Seven"),
           u=F(SH, "ongoing", 4, sp, said="four"))
    pc = L("{t} allegations of abuse of position for a sexual purpose were recorded, all of them "
           "against\npolice officers: {a} in 2021/22, none in 2022/23 and {c} in 2023/24. {d} "
           "resulted in\ndismissal and in {w} a misconduct hearing found that the officer would "
           "have been dismissed\nhad he not resigned; {u} remain under investigation.",
           "the financial years",
           t=F(AP, "total", 5, sp, subject=o, said="Five"),
           a=F(AP, "total", 2, FY(2021), subject=o, said="two"),
           c=F(AP, "total", 3, FY(2023), subject=o, said="three"),
           d=F(AP, "dismissed", 2, sp, subject=o, said="Two"),
           w=F(AP, "would_have_been_dismissed", 1, sp, subject=o, said="one"),
           u=F(AP, "ongoing", 2, sp, subject=o, said="two"))
    F(AP, "total", 0, FY(2022), subject=o, said="none in 2022/23", printed=False)
    assert 2 + 1 + 5 + 3 == 11 and 10 + 4 + 3 + 2 + 7 + 4 == 30 == 9 + 12 + 9
    text = f"""From: Staffordshire Police FOI <foi@staffordshire.police.uk>
{N("Sent: 13 May 2024 10:41", "date and time")}
To: Data Desk
{N("Subject: RE: FOI 0412-24 - sexual misconduct allegations", "reference")}

OFFICIAL

Dear Requester

{N("Freedom of Information Request Reference No: 0412-24", "reference")}

{N(f"I write in connection with your request for information received on {REQ_DATE},", "date")}
concerning allegations of sexual misconduct against officers and staff. You
asked:

  "{N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many", "the financial years of the request")}
  allegations of sexual assault, sexual harassment and abuse of position for a
  sexual purpose were made against your police officers and police staff, and
  what was the outcome of each?"

{N("Following receipt of your request, searches were conducted with the", "")}
{N("Professional Standards Department of Staffordshire Police. I can confirm that", "")}
{N("the information you have requested is held. Section 1(1)(a) of the Freedom of", "section 1(1)(a)")}
{N("Information Act 2000 (the Act) confirms this, and under Section 1(1)(b) I am", "the Act; section 1(1)(b)")}
able to disclose it as follows.

{pa}

{pb}

{pc}

{N("Outcomes are as recorded on 7 May 2024.", "date")}

{N("If you are dissatisfied with the handling of your request you may ask for an", "")}
{N("internal review within 40 working days, and then complain to the Information", "40 working days")}
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

Freedom of Information Officer
Staffordshire Police
Headquarters, Weston Road, Stafford

OFFICIAL
"""
    write_text(src, text)


def build_devon_and_cornwall():
    """Devon & Cornwall Police house style (bullets '\u2022 Label \u2013 n' under a heading per list,
    'Total allegations' first), sent as an e-mail reply above the requester's original message.
    The requester's message quotes the force's previous answer and a news report with other
    forces' numbers: none of them is a figure of this response."""
    src = "devon-and-cornwall/RE FOI 2024-000512 response.txt"
    KEY.file(src, "devon-and-cornwall")
    t = {2021: {SA: 6, SH: 13, AP: 3}, 2022: {SA: 5, SH: 15, AP: 2}, 2023: {SA: 7, SH: 12, AP: 4}}
    outs = {SA: [(O_D, 2), (O_F, 1), (O_N, 10), (O_ON, 5)],
            SH: [(O_D, 1), (O_F, 5), (O_WW, 6), (O_RP, 13), (O_N, 8), (O_ON, 7)],
            AP: [(O_D, 4), (O_W, 2), (O_N, 1), (O_ON, 2)]}
    for c in CATS3:
        assert sum(v for _, v in outs[c]) == sum(t[y][c] for y in YEARS)
    parts = []
    for y in YEARS:
        parts.append(N(f"Allegations recorded in {FYLAB[y]}", "heading (financial year)"))
        for c in CATS3:
            parts.append(f"\u2022 {CAT_LABEL[c]} \u2013 {F(c, 'total', t[y][c], FY(y))}")
        parts.append("")
    parts.append(N("Outcomes of the allegations recorded from 2021/22 to 2023/24",
                   "the period of the lists"))
    parts.append("")
    for c in CATS3:
        parts.append(CAT_LABEL[c])
        parts.append(f"\u2022 Total allegations \u2013 "
                     f"{F(c, 'total', sum(t[y][c] for y in YEARS), REQ_SPAN)}")
        for (ol, oc), v in outs[c]:
            parts.append(f"\u2022 {ol} \u2013 {F(c, oc, v, REQ_SPAN)}")
        parts.append("")
    lists = "\n".join(parts).rstrip()
    text = f"""From: Freedom of Information <freedomofinformation@devonandcornwall.pnn.police.uk>
{N("Sent: 16 May 2024 15:02", "date and time")}
To: Data Desk
{N("Subject: RE: Freedom of Information request - our ref 2024-000512", "reference")}

Dear Requester

{N("Freedom of Information Act Request Reference: 2024-000512", "reference")}

{N(f"Thank you for your request received on {REQ_DATE}. Devon & Cornwall Police holds", "date")}
information relevant to your request, which is provided below. The figures are
allegations against police officers and police staff, counted together.
{N("Only outcomes that at least one allegation reached are listed.", "'at least one' (a rule, not a figure)")}

{lists}

{N("Ongoing means that the allegation was still under investigation, or awaiting", "")}
{N("a misconduct meeting or hearing, on 9 May 2024.", "date")}

{N("Please note that our previous response (2023-000789) was produced by calendar", "reference of an earlier request")}
year and its figures are not comparable with those above.

{N("If you are not satisfied you may request an internal review within 40 working", "40 working days")}
days, and then complain to the Information Commissioner (www.ico.org.uk).

Yours sincerely

Freedom of Information Team
Devon & Cornwall Police

{N("-----Original Message-----", "")}
From: Data Desk
{N("Sent: 08 April 2024 09:12", "date and time")}
To: Freedom of Information
Subject: Freedom of Information request

Dear Devon & Cornwall Police,

{N("In your response to my request last year (your ref 2023-000789) you told me that", "reference of an earlier request")}
{N("11 allegations of sexual harassment were made against officers in 2022. A BBC", "the requester's quotation of an earlier answer (calendar year 2022)")}
{N("investigation published in February 2024 found that 1,539 allegations of", "a news report's national total")}
{N("sexual misconduct were made against officers in England and Wales in 2022/23,", "the news report's year")}
{N("including 1,071 in the Metropolitan Police and 98 in Greater Manchester.", "other forces' numbers in a news report")}

{N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many", "the financial years of the request")}
allegations of sexual assault, sexual harassment and abuse of position for a
sexual purpose were made against your police officers and police staff, and
what was the outcome of each?

Many thanks,
Data Desk
"""
    write_text(src, text)


# =========================================================================== main

def build_all():
    kit.build_all(kit.builders_in(globals()))


def read_back(path):
    """This batch reads spreadsheet dates as their format shows them and UTF-16 text."""
    return kit.read_back(path, dates=True, utf16=True)


if __name__ == "__main__":
    sys.exit(kit.main(FINAL, build_all, "blind5-", read_back))
