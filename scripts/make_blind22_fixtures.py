#!/usr/bin/python3
"""make_blind22.py -- the twenty-second blind test batch for `foi` and its answer key.

The request, sent on 16 November 2026: for the financial years 2023/24, 2024/25 and 2025/26 and the
calendar year 2025, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and their outcomes.  Fourteen forces answer in fourteen
files, in layouts no earlier batch used (see NOTES-blind22.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the XLS read-back is
scripts/xls_readback.py; the ODS writer and read-back are local.

usage: /usr/bin/python3 make_blind22.py             # rebuild fixtures/blind22 (or $FOI_BLIND22_OUT)
       /usr/bin/python3 make_blind22.py check       # verify determinism and every number
       /usr/bin/python3 make_blind22.py dump FILE   # show FILE (relative to the batch) as read back
"""
import io
import os
import random
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as xesc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NH, NCND, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)
from xls_readback import xls_text  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND22_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind22").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQ_DATE = "16 November 2026"
REQUEST22 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "the calendar year 2025, the number of allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) made against your police officers and police staff, "
             "and the outcome of each allegation (for example dismissed, final written warning, "
             "written warning, reflective practice or management action, no case to answer, "
             "withdrawn, or still under investigation).")
FYRS = (2023, 2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
FSPAN = SPAN(FY(2023), FY(2025))
CY25 = CY(2025)
YTD = ("2026-04-01", "2026-09-30")
PERIODS4 = [(FLAB[y], FY(y)) for y in FYRS] + [("2025", CY25)]

OUT8 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
WORDS = bk.WORDS


def request22():
    return N(REQUEST22, "the request's years")


def rng(name):
    return random.Random("blind22-" + name)


def split(r, total, outs):
    """total spread at random over the outcome codes of outs (they add up to total)."""
    keys = [oc for _, oc in outs]
    d = {k: 0 for k in keys}
    for _ in range(total):
        d[r.choice(keys)] += 1
    return d


def counts(r, outs, hi=4, zero=0.4, cat=None):
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in outs}


# =========================================================================== ODS (local writer / reader)

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"')


def ods_cell(v, formula=None, span=None, style=None):
    """v: str (text), int (float cell), or None (empty)."""
    a = ""
    if style:
        a += f' table:style-name="{style}"'
    if span:
        a += f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
    if formula:
        a += f' table:formula="{xesc(formula)}"'
    if v is None:
        return f"<table:table-cell{a}/>"
    if isinstance(v, int):
        return (f'<table:table-cell{a} office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>")
    return (f'<table:table-cell{a} office:value-type="string"><text:p>{xesc(v)}</text:p>'
            f"</table:table-cell>")


def ods_write(src, sheets):
    """sheets: [(name, rows)], each row a list of cell XML strings (covered cells included)."""
    body = []
    for name, rows in sheets:
        ncol = max(len(x) for x in rows)
        body.append(f'<table:table table:name="{xesc(name)}">'
                    f'<table:table-column table:number-columns-repeated="{ncol}"/>')
        for row in rows:
            body.append("<table:table-row>" + "".join(row) + "</table:table-row>")
        body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<office:document-content {ODS_NS}><office:automatic-styles>"
               '<style:style style:name="bold" style:family="table-cell">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               "</office:automatic-styles><office:body><office:spreadsheet>"
               + "".join(body) + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office='
            '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta='
            '"urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
            "<meta:generator>BTP-PSD-Reporting</meta:generator></office:meta></office:document-meta>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", bk.FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.spreadsheet")
        for name, data in (("content.xml", content), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    write_bytes(src, buf.getvalue())


def ods_text(p):
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("content.xml"))
    out = []
    for t in root.iter(T + "table"):
        out.append(f"[sheet {t.get(T + 'name')!r} state=visible]")
        for row in t.iter(T + "table-row"):
            cells = []
            for c in row:
                if c.tag != T + "table-cell":
                    continue
                cells.append(" ".join("".join(x.itertext()) for x in c.iter(X + "p")))
            out.append(" | ".join(cells))
    return "\n".join(out)


def read22(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".xls":
        return xls_text(p)
    if suf == ".ods":
        return ods_text(p)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def P(text, style):
    return bk.P(E(text), style)


def S(h=6):
    return bk.S(h)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", repeat=0):
    from reportlab.platypus import Table
    extra = [("FONT", (0, r), (-1, r), font + "-Bold", size) for r in bold_rows]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
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


# =========================================================================== 1 Cambridgeshire: HTML, caption / th scope / tfoot, <sup> markers, a driving table


def build_cambridgeshire():
    src = "cambridgeshire/Cambridgeshire Constabulary FOI 2026-3371 disclosure.html"
    KEY.file(src, "cambridgeshire")
    r = rng("cambs")
    outs = [("Dismissed", "dismissed"),
            ("Gross misconduct – would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Live investigation", "ongoing")]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position for a sexual purpose", VG: "VAWG"}
    b = ['<header class="site-header"><a href="/">Cambridgeshire Constabulary</a>',
         '<nav><ul><li><a href="/report">Report</a></li><li><a href="/foi">Freedom of '
         'Information</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>',
         '<main id="content"><p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI'
         '</a> &gt; Disclosure log</p>',
         f"<h1>{N('FOI 2026/3371 – Sexual misconduct allegations against officers and staff', 'reference')}</h1>",
         f'<p class="meta">{N("Reference: FOI 2026/3371 | Date of response: 7 December 2026 | Category: Professional Standards", "reference; date")}</p>',
         "<h2>Request</h2>", f"<blockquote>{E(request22())}</blockquote>",
         "<h2>Response</h2>",
         f"<p>{E(N('Cambridgeshire Constabulary holds the information you requested. The tables below give the number of allegations recorded against police officers and police staff together, by outcome, for the financial year 2025/26 and for the calendar year 2025.', 'years'))}</p>",
         f"<p>{E(N('Figures for 2023/24 and 2024/25 were published in our response to FOI 2026/0914 and are therefore exempt under section 21 of the Act (information reasonably accessible by other means).', 'years; reference; section number'))}</p>"]
    for y in (2023, 2024):
        for c in CATS5:
            F(c, "total", REF("s21"), FY(y))
    marks = 0
    for tno, (cap, per) in enumerate(
            [("Allegations recorded 1 April 2025 – 31 March 2026 (2025/26), by outcome", FY(2025)),
             ("Allegations recorded 1 January – 31 December 2025 (calendar year 2025), by outcome",
              CY25)], 1):
        b.append('<table class="data-table">')
        b.append(f"<caption>{E(N(f'Table {tno}: {cap}', 'table number; period'))}</caption>")
        b.append('<thead><tr><th scope="col">Outcome</th>'
                 + "".join(f'<th scope="col">{E(short[c])}</th>' for c in CATS5) + "</tr></thead>")
        b.append("<tbody>")
        tot = {c: 0 for c in CATS5}
        cnt = {c: counts(r, outs, hi=5, cat=c) for c in CATS5}
        for lab, oc in outs:
            cells = []
            for c in CATS5:
                v = cnt[c][oc]
                tot[c] += v
                txt = F(c, oc, v, per)
                if v > 0 and r.random() < 0.12:
                    k = 1 if marks % 2 == 0 else 2
                    marks += 1
                    txt += f"<sup>{N(str(k), 'footnote marker')}</sup>"
                cells.append(f"<td>{txt}</td>")
            b.append(f'<tr><th scope="row">{E(lab)}</th>{"".join(cells)}</tr>')
        b.append("</tbody>")
        b.append('<tfoot><tr><th scope="row">Total</th>'
                 + "".join(f"<td><strong>{F(c, 'total', tot[c], per)}</strong></td>"
                           for c in CATS5) + "</tr></tfoot></table>")
    b.append(f'<p class="note"><sup>{N("1", "footnote marker")}</sup> Includes allegations first '
             "recorded by another force and transferred to Cambridgeshire.</p>")
    b.append(f'<p class="note"><sup>{N("2", "footnote marker")}</sup> The outcome was decided at a '
             "misconduct hearing held in public.</p>")
    b.append("<p>" + N("Allegations can be counted in both tables, because the financial year and "
                       "the calendar year overlap. A single complaint can contain more than one "
                       "allegation.", "'more than one allegation'") + "</p>")
    b.append("<h2>Other information</h2>")
    b.append(f"<p>{E(N('You may also be interested in the following figures, released under FOI 2026/2210, about complaints concerning the manner of police driving in 2025/26.', 'reference; year'))}</p>")
    b.append('<table class="data-table"><caption>'
             + E(N("Table 3: Complaints about police driving, 2025/26", "another subject's table"))
             + '</caption><thead><tr><th scope="col">Complaint type</th><th scope="col">Complaints'
             "</th><th scope=\"col\">Upheld</th></tr></thead><tbody>")
    for lab in ("Speed / manner of driving", "Use of blue lights", "Parking", "Damage to vehicle"):
        a, u = r.randint(8, 40), r.randint(0, 6)
        b.append(f'<tr><th scope="row">{E(lab)}</th><td>{N(str(a), "driving complaints: another subject")}'
                 f'</td><td>{N(str(u), "driving complaints: another subject")}</td></tr>')
    b.append("</tbody></table>")
    b.append(f"<h2>Your rights</h2><p>{E(rights('Cambridgeshire Constabulary'))}</p></main>")
    b.append(f'<footer><p>{E(N("© Cambridgeshire Constabulary 2026. Force Headquarters, Hinchingbrooke Park, Huntingdon, PE29 6NP. Non-emergency 101.", "copyright year; postcode; phone number"))}</p></footer>')
    write_text(src, html_page(N("FOI 2026/3371 | Cambridgeshire Constabulary", "page title: reference"), "\n".join(b)))


# =========================================================================== 2 City of London: PDF, a long table that runs over a page break with a continued caption


def build_city_of_london():
    from reportlab.platypus import PageBreak
    from reportlab.lib.units import mm
    src = "city-of-london/CoLP FOI 26-1812 response.pdf"
    KEY.file(src, "city-of-london", subject="officers")
    r = rng("colp")
    st = bk.styles("Helvetica", 10)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Sub judice / ongoing", "ongoing")]
    story = [P("City of London Police", st["h"]),
             P(N("Information Access Team, PO Box 36451, 182 Bishopsgate, London, EC2M 4WN",
                 "PO box; address; postcode"), st["addr"]), S(8),
             P(N("Our ref: FOI 26-1812    Date: 9 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request of {REQ_DATE}, which read:", "date"), st["body"]),
             P(request22(), st["quote"]),
             P(N("Table 1 below gives the allegations recorded against City of London Police "
                 "officers (including special constables) in each financial year, with the "
                 "outcome of each. The last two columns are given for context only: the share of "
                 "the 2025/26 allegations of that type, and the average number of days taken to "
                 "finalise them.", "table number; column count; year"), st["body"]),
             P(N("Police staff: allegations against police staff are handled by the Corporation "
                 "of London's HR service and this information is not held by the City of London "
                 "Police for the purposes of section 1 of the Act.", "section number"), st["body"]),
             P(N("Calendar year 2025: we record conduct matters by financial year. To re-extract "
                 "the records by calendar year would exceed the appropriate limit of 18 hours "
                 "(about 260 files at four minutes each) and this part of your request is refused "
                 "under section 12(1).", "year; cost estimate; section number"), st["body"])]
    for y in FYRS:
        for c in CATS5:
            F(c, "total", NH, FY(y), subject="staff")
    for c in CATS5:
        F(c, "total", REF("s12"), CY25, subject="officers_and_staff")
    hdr = ["Allegation type", "Outcome", "2023/24", "2024/25", "2025/26", "% of type\n2025/26",
           "Average days to\nfinalise (2025/26)"]
    N(" ".join(hdr), "column headings: years")
    N(" ".join(hdr), "column headings: years (repeated after the page break)")
    rows = []
    for c in CATS5:
        cnt = {y: counts(r, outs, hi=4, cat=c, zero=0.45) for y in FYRS}
        tot = {y: sum(cnt[y].values()) for y in FYRS}
        first = True
        for lab, oc in outs + [("Total", "total")]:
            vals = [tot[y] if oc == "total" else cnt[y][oc] for y in FYRS]
            cells = [F(c, oc, v, FY(y)) for v, y in zip(vals, FYRS)]
            v25 = vals[2]
            if oc == "total":
                pct = "100.0%" if tot[2025] else "–"
                days = str(r.randint(90, 210)) if tot[2025] else "–"
            elif v25 and tot[2025]:
                pct = f"{100 * v25 / tot[2025]:.1f}%"
                days = str(r.randint(40, 320))
            else:
                pct, days = "–", "–"
            N(pct, "percentage of the type's 2025/26 allegations")
            N(days, "average days to finalise")
            rows.append(([CL[c] if first else "", lab] + cells + [pct, days], oc == "total"))
            first = False
    widths = [46 * mm, 40 * mm, 16 * mm, 16 * mm, 16 * mm, 18 * mm, 26 * mm]
    cut = 18
    part1, part2 = rows[:cut], rows[cut:]
    story += [S(6), P(N("Table 1: Allegations against police officers by financial year and outcome",
                        "table number"), st["h2"]),
              ruled([hdr] + [x for x, _ in part1], widths,
                    bold_rows=[i + 1 for i, (_, b) in enumerate(part1) if b], size=8),
              PageBreak(),
              P(N("Table 1 (continued)", "table number"), st["h2"]),
              ruled([hdr] + [x for x, _ in part2], widths,
                    bold_rows=[i + 1 for i, (_, b) in enumerate(part2) if b], size=8),
              S(6),
              P(N("A dash means there were no allegations of that type in 2025/26, so no share or "
                "average can be given. An allegation is counted in the year it was recorded; its "
                "outcome is the latest recorded.", "year"), st["small"]),
              P(rights("City of London Police"), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Access Team", st["body"])]
    bk.pdf_letter(src, story, furniture("OFFICIAL", "City of London Police – FOI 26-1812"),
                  title="FOI 26-1812", author="City of London Police")


# =========================================================================== 3 Cleveland: PDF, two columns of prose, a multi-year total and a year to date


def build_cleveland():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    src = "cleveland/Cleveland Police FOI 2026-2204 response.pdf"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    st = bk.styles("Times-Roman", 10)
    story = [P("Cleveland Police – Freedom of Information Unit", st["h"]),
             P(N("Reference 2026/2204 · 3 December 2026", "reference; date"), st["body"]),
             P("Your request", st["h2"]), P(request22(), st["quote"]),
             P("Our response", st["h2"]),
             P("Cleveland Police records allegations by financial year. We have answered each "
               "part below; all figures are numbers of allegations.", st["body"])]
    tv = {}
    for y in FYRS:
        story.append(P(N(f"Financial year {FLAB[y]}", "year heading"), st["h2"]))
        for c in CATS5:
            o = r.randint(2, 14) if c != AP else r.randint(0, 4)
            s = r.randint(0, 4) if c not in (AP,) else 0
            tv[(c, y)] = o + s
            if o == 0:
                ot = F(c, "total", 0, FY(y), subject="officers", said="no")
            else:
                ot = F(c, "total", o, FY(y), subject="officers",
                       said=WORDS[o] if (o <= 12 and r.random() < 0.35) else None)
            if s == 0:
                st_ = F(c, "total", 0, FY(y), subject="staff", said="none")
                tail = "none were made against police staff"
            else:
                stt = F(c, "total", s, FY(y), subject="staff")
                tail = f"{stt} against police staff"
            lab = CL[c].lower() if c != VG else "violence against women and girls"
            if o == 0:
                story.append(P(f"There were {ot} allegations of {lab} against police officers, "
                               f"and {tail}.", st["body"]))
            else:
                story.append(P(f"Police officers were the subject of {ot} allegations of {lab}; "
                               f"{tail}.", st["body"]))
        prev = y
    # outcomes of 2025/26 sexual assault (officers) in prose
    story.append(P("Outcomes", st["h2"]))
    outs = split(r, tv[(SM, 2025)], OUT8)
    words = {"dismissed": "resulted in dismissal", "would_have_been_dismissed":
             "would have resulted in dismissal had the officer not resigned",
             "final_written_warning": "ended with a final written warning",
             "written_warning": "ended with a written warning",
             "management_action": "were dealt with by reflective practice",
             "no_case_to_answer": "found no case to answer", "withdrawn": "were withdrawn",
             "ongoing": "are still under investigation"}
    bits = []
    for _, oc in OUT8:
        v = outs[oc]
        t = F(SM, oc, v, FY(2025), said=("none" if v == 0 else None))
        bits.append(f"{t} {words[oc]}")
    story.append(P("For the allegations of sexual misconduct recorded in 2025/26 against officers "
                   "and staff together, " + "; ".join(bits) + ". We do not hold outcomes in a "
                   "reportable form for the other categories.", st["body"])
                 if N("2025 26", "year") is not None else None)
    story.append(P("Longer-term and current figures", st["h2"]))
    multi = r.randint(60, 95)
    story.append(P(L("Between 1 April 2021 and 31 March 2026, {m} allegations of sexual misconduct "
                     "were recorded against officers and staff together.", "dates of the span",
                     m=F(SM, "total", multi, ("2021-04-01", "2026-03-31"))), st["body"]))
    ytd = r.randint(3, 9)
    story.append(P(L("In the current year, from 1 April to 30 September 2026, {v} allegations of "
                     "sexual harassment have been recorded against police officers.",
                     "dates of the year to date", v=F(SH, "total", ytd, YTD, subject="officers")),
                   st["body"]))
    story.append(P(N("Calendar year 2025: our case system reports by financial year only, and "
                     "figures for the calendar year 2025 are not held.", "year"), st["body"]))
    for c in CATS5:
        F(c, "total", NH, CY25)
    story.append(P(rights("Cleveland Police"), st["body"]))
    story.append(P(N("Freedom of Information Unit, Cleveland Police, PO Box 70, Ladgate Lane, "
                     "Middlesbrough, TS8 9EH", "PO box; postcode"), st["small"]))
    story = [x for x in story if x is not None]
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title="FOI 2026/2204",
                          author="Cleveland Police", creator="Cleveland Police")
    gap = 8 * mm
    fw = (A4[0] - 40 * mm - gap) / 2
    fh = A4[1] - 50 * mm
    frames = [Frame(20 * mm, 22 * mm, fw, fh, id="L"), Frame(20 * mm + fw + gap, 22 * mm, fw, fh,
                                                             id="R")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    doc.build(story, canvasmaker=bk.numbered_canvas(
        furniture("OFFICIAL", "Cleveland Police FOI 2026/2204")))


# =========================================================================== 4 Derbyshire: Word, Question / Answer, figures in content controls


SDT_ID = [7000]


def sdt_run(text, tag):
    from docx.oxml import parse_xml
    SDT_ID[0] += 1
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{SDT_ID[0]}"/>'
           '<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/></w:rPr>'
           f'<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    return parse_xml(xml)


def build_derbyshire():
    src = "derbyshire/Derbyshire Constabulary FOI 26-5530 response.docx"
    KEY.file(src, "derbyshire")
    SDT_ID[0] = 7000
    r = rng("derbys")
    d = docx_new("Calibri", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", N("Derbyshire Constabulary, Butterley Hall, Ripley, DE5 3RS",
                                           "postcode"))
    bk.docx_heading(d, "Derbyshire Constabulary – Freedom of Information", 14)
    d.add_paragraph(N("Reference: FOI 26-5530\nDate: 11 December 2026", "reference; date"))
    d.add_paragraph(N(f"Your request of {REQ_DATE} has been broken into the questions below and "
                      "each is answered in turn. The figures are in the grey form fields of our "
                      "response template.", "date"))
    tv = {}
    qs = [("1", "How many allegations of sexual assault, sexual misconduct, sexual harassment, "
                "abuse of position for a sexual purpose and violence against women and girls were "
                "made against police officers, in each of the financial years 2023/24, 2024/25 and "
                "2025/26 and the calendar year 2025?", "officers"),
          ("2", "The same for police staff.", "staff"),
          ("3", "What were the outcomes of the allegations made in 2025/26?", None)]
    for qn, qt, subj in qs:
        bk.docx_heading(d, N(f"Question {qn}", "question number"), 12)
        p = d.add_paragraph(N(qt, "years"))
        p.runs[0].italic = True
        bk.docx_heading(d, N(f"Answer {qn}", "answer number"), 12)
        if subj:
            for lab, per in PERIODS4:
                plab = f"Financial year {lab}" if "/" in lab else f"Calendar year {lab}"
                bk.docx_para(d, N(plab, "period heading"), bold=True)
                for c in CATS5:
                    hi = 12 if subj == "officers" else 4
                    v = r.randint(0, hi if c != AP else 3)
                    tv[(c, per, subj)] = v
                    p = d.add_paragraph(style="List Bullet")
                    p.add_run(f"{CL[c]}: ")
                    p._p.append(sdt_run(F(c, "total", v, per, subject=subj),
                                        f"q{qn}_{c}_{per[0]}"))
                    p.add_run(" allegation" + ("" if v == 1 else "s"))
        else:
            d.add_paragraph("Officers and staff are counted together here. Outcomes are recorded "
                            "against the financial year in which the allegation was made; we do "
                            "not keep them by calendar year.")
            for c in CATS5:
                bk.docx_para(d, CL[c], bold=True)
                cnt = split(r, tv[(c, FY(2025), "officers")] + tv[(c, FY(2025), "staff")], OUT8)
                for lab, oc in OUT8:
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = 360000
                    p.add_run(f"{lab}: ")
                    p._p.append(sdt_run(F(c, oc, cnt[oc], FY(2025)), f"q3_{c}_{oc}"))
    d.add_paragraph(rights("Derbyshire Constabulary"))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Officer")
    bk.docx_save(d, src, "Derbyshire Constabulary")


# =========================================================================== 5 Essex: Word, a text box of key figures, tables with periods down and outcomes across


def vml_textbox(lines):
    from docx.oxml import parse_xml
    paras = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">'
        f"{xesc(t)}</w:t></w:r></w:p>" for i, t in enumerate(lines))
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="KeyFigures" type="#_x0000_t202" style="width:220pt;height:110pt;'
           'mso-position-horizontal:right" fillcolor="#E8EEF7" strokecolor="#1F3864">'
           f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    return parse_xml(xml)


def build_essex():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "essex/Essex Police FOI 26-12207 response.docx"
    KEY.file(src, "essex")
    r = rng("essex")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Still under investigation", "ongoing")]
    data = {}
    for c in CATS5:
        for lab, per in PERIODS4:
            data[(c, per)] = counts(r, outs, hi=5, cat=c, zero=0.4)
    d = docx_new("Arial", 10)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", N("Essex Police, PO Box 2, Springfield, Chelmsford, CM2 6DA",
                                           "PO box; postcode"))
    bk.docx_heading(d, "Essex Police – Freedom of Information Decision", 14)
    tot25 = {c: sum(data[(c, FY(2025))].values()) for c in CATS5}
    p = d.add_paragraph()
    d.add_paragraph(N("Our reference: FOI 26-12207\nDate: 8 December 2026", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}:", "date"))
    q = d.add_paragraph(request22())
    q.paragraph_format.left_indent = 360000
    d.add_paragraph("Essex Police holds this information. There is one table per allegation type; "
                    "each row is a period and each column an outcome, with the total number of "
                    "allegations recorded in that period in the last column. The figures are for "
                    "police officers and police staff together." if
                    N("one", "'one table per type'") else "")
    tables = []
    for ti, c in enumerate(CATS5, 1):
        tables.append((ti, c))
    # fill the text box first? No: the box restates table figures; key the tables first, below.
    tdata = []
    for ti, c in tables:
        rows = []
        for lab, per in PERIODS4:
            cnt = data[(c, per)]
            cells = [F(c, oc, cnt[oc], per) for _, oc in outs]
            cells.append(F(c, "total", sum(cnt.values()), per))
            rows.append(("Calendar year 2025" if lab == "2025" else lab, cells))
        tdata.append((ti, c, rows))
    box = [N("2025/26 at a glance", "year"),
           L("Sexual assault: {v} allegations", v=F(SA, "total", tot25[SA], FY(2025),
                                                    restated=True)),
           L("Sexual harassment: {v} allegations", v=F(SH, "total", tot25[SH], FY(2025),
                                                       restated=True)),
           L("VAWG: {v} allegations", v=F(VG, "total", tot25[VG], FY(2025), restated=True)),
           L("Sexual misconduct – dismissed: {v}",
             v=F(SM, "dismissed", data[(SM, FY(2025))]["dismissed"], FY(2025), restated=True))]
    p._p.append(vml_textbox(box))
    for ti, c, rows in tdata:
        bk.docx_para(d, N(f"Table {ti}: {CL[c]}", "table number"), bold=True)
        t = d.add_table(rows=1 + len(rows), cols=2 + len(outs))
        t.style = "Table Grid"
        docx_cell(t.cell(0, 0), "Period", bold=True, size=8)
        for j, (lab, _) in enumerate(outs):
            docx_cell(t.cell(0, 1 + j), lab, bold=True, size=8)
        docx_cell(t.cell(0, 1 + len(outs)), "Total allegations", bold=True, size=8)
        for i, (plab, cells) in enumerate(rows, 1):
            docx_cell(t.cell(i, 0), N(plab, "period label"), size=8)
            for j, v in enumerate(cells):
                docx_cell(t.cell(i, 1 + j), v, size=8, align=WD_ALIGN_PARAGRAPH.CENTER,
                          bold=(j == len(cells) - 1))
        d.add_paragraph("")
    d.add_paragraph("The financial year and the calendar year overlap, so an allegation made "
                    "between January and March 2025 appears in both 2024/25 and calendar year "
                    "2025." if N("2025 2024 25 2025", "years") else "")
    d.add_paragraph(rights("Essex Police"))
    d.add_paragraph("Yours sincerely,\nInformation Rights Team")
    bk.docx_save(d, src, "Essex Police")


# =========================================================================== 6 Gwent: legacy XLS, merged title, notes sheet, counts stored as text, n/a


def build_gwent():
    import xlwt
    src = "gwent/Gwent Police FOI 2026-1187 data.xls"
    KEY.file(src, "gwent")
    r = rng("gwent")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    title = xlwt.easyxf("font: bold on, height 260; align: horiz centre")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin")
    plain = xlwt.easyxf("")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Allegations")
    ncol = 3 + len(outs)
    ws.write_merge(0, 0, 0, ncol - 1, N("Heddlu Gwent Police – allegations of sexual misconduct and "
                                        "VAWG against officers and staff", "title"), title)
    ws.write_merge(1, 1, 0, ncol - 1, N("FOI 2026/1187 – response dated 10 December 2026",
                                        "reference; date"), plain)
    heads = ["Period", "Allegation type"] + [lab for lab, _ in outs] + ["Total"]
    for j, h in enumerate(heads):
        ws.write(3, j, h, hdr)
    row = 4
    k = 0
    for lab, per in PERIODS4:
        plab = f"Financial year {lab}" if "/" in lab else "Calendar year 2025"
        for c in CATS5:
            ws.write(row, 0, N(plab, "period label"), cell)
            ws.write(row, 1, CL[c] if c != VG else "VAWG", cell)
            if c == VG and per == FY(2023):
                for j in range(len(outs) + 1):
                    ws.write(row, 2 + j, "n/a", cell)
                F(VG, "total", NH, per)
            else:
                cnt = counts(r, outs, hi=4, cat=c, zero=0.45)
                for j, (_, oc) in enumerate(outs):
                    t = F(c, oc, cnt[oc], per)
                    k += 1
                    ws.write(row, 2 + j, t if k % 5 == 0 else int(t), cell)
                tt = F(c, "total", sum(cnt.values()), per)
                ws.write(row, 2 + len(outs), int(tt), bold)
            row += 1
    ws.col(0).width = 6000
    ws.col(1).width = 9000
    ns = wb.add_sheet("Notes")
    notes = [N("Notes – FOI 2026/1187", "reference"),
             "Figures are numbers of allegations against police officers and police staff "
             "together, by the date the allegation was recorded.",
             N("n/a – violence against women and girls was not recorded as an allegation type "
               "before 1 April 2024, so figures for 2023/24 are not held.", "date; year"),
             "Some counts were typed into the sheet as text; they are the same numbers.",
             N("Financial year: 1 April to 31 March. Calendar year 2025: 1 January to 31 December "
               "2025.", "dates"),
             N("Contact: foi@gwent.police.uk, Police Headquarters, Cwmbran, NP44 2XJ", "postcode")]
    for i, t in enumerate(notes):
        ns.write(i, 0, t)
    ns.col(0).width = 30000
    p = bk.dest(src)
    wb.save(str(p))


# =========================================================================== 7 Northumbria: XLSX, formulas with cached totals, outline groups, rate and % change columns


def build_northumbria():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "northumbria/Northumbria Police FOI 2026-2930 workbook.xlsx"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    cached = {"Allegations": {}, "Outcomes 2025-26": {}}
    N("Allegations", "sheet name")
    ws["A1"] = N("Northumbria Police – FOI 2026/2930 – allegations against officers and staff",
                 "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations recorded, by allegation type and employee type"
    heads = ["Allegation type / employee", "2023/24", "2024/25", "2025/26", "Calendar year 2025",
             "Rate per 1,000 officers 2025/26", "% change 2024/25 to 2025/26"]
    N(" ".join(heads), "column headings: years; rate base")
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F1F1F")
    pers = [FY(2023), FY(2024), FY(2025), CY25]
    T25.clear()
    row = 5
    headcount = 3412
    for c in CATS5:
        top = row
        vals = {}
        for s, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            row += 1
            ws.cell(row, 1, "    " + slab)
            ws.row_dimensions[row].outlineLevel = 1
            for j, per in enumerate(pers):
                if s == "staff" and c == AP:
                    v = r.randint(1, 3)
                    ws.cell(row, 2 + j, F(c, "total", SUP(), per, subject=s, said="*"))
                    vals[(s, j)] = None
                else:
                    hi = 14 if s == "officers" else 5
                    v = r.randint(0, hi if c != AP else 4)
                    ws.cell(row, 2 + j, int(F(c, "total", v, per, subject=s)))
                    vals[(s, j)] = v
        ws.cell(top, 1, CL[c]).font = Font(bold=True)
        for j, per in enumerate(pers):
            col = "BCDE"[j]
            a, b = vals[("officers", j)], vals[("staff", j)]
            if b is None:
                ws.cell(top, 2 + j, F(c, "total", SUP(), per, said="*"))
            else:
                F(c, "total", a + b, per)
                T25[(c, j)] = a + b
                ws.cell(top, 2 + j, f"=SUM({col}{top + 1}:{col}{top + 2})").font = Font(bold=True)
                cached["Allegations"][f"{col}{top}"] = a + b
        # rate and % change on the type's row (officers and staff together)
        if vals[("staff", 2)] is not None:
            t25 = vals[("officers", 2)] + vals[("staff", 2)]
            t24 = vals[("officers", 1)] + vals[("staff", 1)]
            rate = round(t25 * 1000 / headcount, 2)
            ws.cell(top, 6, rate).number_format = "0.00"
            N(str(int(rate)) if rate == int(rate) else str(rate), "rate per 1,000 officers")
            if t24 and t24 != t25:
                ch = round((t25 - t24) / t24, 3)
                ws.cell(top, 7, ch).number_format = "0.0%"
                N(f"{ch * 100:.1f}%", "percentage change")
            else:
                ws.cell(top, 7, "–")
        else:
            ws.cell(top, 6, "*")
            ws.cell(top, 7, "*")
        row += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    row += 1
    ws.cell(row, 1, N("Officer headcount (31 March 2026): 3,412", "headcount; date"))
    ws.cell(row + 1, 1, N("* fewer than five: withheld under section 40(2) (personal information).",
                          "threshold; section number"))
    ws.cell(row + 2, 1, "Rows can be collapsed with the outline buttons; the bold row of each "
            "type is the sum of its officers and staff.")
    ws.column_dimensions["A"].width = 44
    # outcomes sheet
    wo = wb.create_sheet("Outcomes 2025-26")
    N("Outcomes 2025-26", "sheet name")
    wo["A1"] = N("Outcomes of allegations recorded in 2025/26 (officers and staff together)", "year")
    wo["A1"].font = Font(bold=True)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Live investigation", "ongoing")]
    wo.cell(3, 1, "Outcome").font = Font(bold=True)
    cats = (SA, SM, SH, VG)
    for j, c in enumerate(cats):
        wo.cell(3, 2 + j, CL[c]).font = Font(bold=True)
    tot = {c: T25[(c, 2)] for c in cats}
    split = {}
    for c in cats:
        k = [0] * len(outs)
        for _ in range(tot[c]):
            k[r.randrange(len(outs))] += 1
        split[c] = k
    for i, (lab, oc) in enumerate(outs):
        wo.cell(4 + i, 1, lab)
        for j, c in enumerate(cats):
            wo.cell(4 + i, 2 + j, int(F(c, oc, split[c][i], FY(2025))))
    tr = 4 + len(outs)
    wo.cell(tr, 1, "Total").font = Font(bold=True)
    for j, c in enumerate(cats):
        col = "BCDE"[j]
        F(c, "total", tot[c], FY(2025), restated=True)
        wo.cell(tr, 2 + j, f"=SUM({col}4:{col}{tr - 1})").font = Font(bold=True)
        cached["Outcomes 2025-26"][f"{col}{tr}"] = tot[c]
    wo.cell(tr + 2, 1, "Outcomes of abuse of position allegations are not given: the numbers are "
            "too small to publish without identifying the people involved.")
    xlsx_save(wb, src, creator="Northumbria Police", cached=cached)


T25 = {}


# =========================================================================== 8 South Wales: CSV in Windows-1252, two tables, blank separator, trailing totals line


def build_south_wales():
    src = "south-wales/SWP FOI 2026-5120 allegations.csv"
    KEY.file(src, "south-wales")
    r = rng("swp")
    tv = {}
    cyw = {SA: "Ymosodiad rhywiol / Sexual assault", SM: "Camymddwyn rhywiol / Sexual misconduct",
           SH: "Aflonyddu rhywiol / Sexual harassment",
           AP: "Camddefnyddio swydd at ddiben rhywiol / Abuse of position for a sexual purpose",
           VG: "Trais yn erbyn menywod a merched / VAWG"}
    lines = [N("Heddlu De Cymru / South Wales Police – Cais Rhyddid Gwybodaeth / Freedom of "
               "Information request 2026/5120", "reference"),
             N("Dyddiad / Date: 2 December 2026,Cyfeirnod / Reference: FOI 2026/5120",
               "date; reference"),
             "",
             N("Tabl A / Table A – Honiadau / Allegations by financial year and calendar year",
               "table letter"),
             N("Math / Type,Cyflogai / Employee,2023–24,2024–25,2025–26,Blwyddyn galendr / "
               "Calendar year 2025", "column headings: years")]
    for c in CATS5:
        for s, slab in (("officers", "Swyddog heddlu / Police officer"),
                        ("staff", "Staff yr heddlu / Police staff")):
            cells = []
            for _, per in PERIODS4:
                v = r.randint(0, 15 if s == "officers" else 4)
                if c == AP:
                    v = r.randint(0, 3)
                tv[(c, per)] = tv.get((c, per), 0) + v
                if s == "staff" and 1 <= v <= 4:
                    cells.append(F(c, "total", SUP(), per, subject=s, said="<5"))
                else:
                    cells.append(F(c, "total", v, per, subject=s))
            name = f'"{cyw[c]}"' if "," in cyw[c] else cyw[c]
            lines.append(",".join([name, slab] + cells))
    lines.append("")
    lines.append(N("Tabl B / Table B – Canlyniadau honiadau a gofnodwyd yn 2025–26 / Outcomes of "
                   "allegations recorded in 2025–26 (swyddogion a staff / officers and staff)",
                   "table letter; year"))
    outs = [("Diswyddwyd / Dismissed", "dismissed"),
            ("Byddai wedi'i ddiswyddo / Would have been dismissed", "would_have_been_dismissed"),
            ("Rhybudd ysgrifenedig terfynol / Final written warning", "final_written_warning"),
            ("Rhybudd ysgrifenedig / Written warning", "written_warning"),
            ("Ymarfer myfyriol / Reflective practice", "management_action"),
            ("Dim achos i'w ateb / No case to answer", "no_case_to_answer"),
            ("Tynnwyd yn ôl / Withdrawn", "withdrawn"),
            ("Dan ymchwiliad / Under investigation", "ongoing")]
    lines.append("Canlyniad / Outcome," + ",".join(cyw[c] for c in CATS5))
    tot = {c: tv[(c, FY(2025))] for c in CATS5}
    sp = {c: split(r, tot[c], outs) for c in CATS5}
    for lab, oc in outs:
        cells = []
        for c in CATS5:
            v = sp[c][oc]
            cells.append(F(c, oc, v, FY(2025)))
        lines.append(",".join([lab] + cells))
    lines.append("Cyfanswm / Total," + ",".join(F(c, "total", tot[c], FY(2025)) for c in CATS5))
    lines.append("")
    lines.append(N("<5 = llai na phump / fewer than five (adran / section 40(2)); "
                   "Blwyddyn ariannol / Financial year = 1 Ebrill / April – 31 Mawrth / March",
                   "threshold; section number; dates"))
    write_text(src, "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")


# =========================================================================== 9 Humberside: plain-text letter, nil, nil return, no such allegations, s12 for one category


def build_humberside():
    src = "humberside/Humberside Police FOI 2026-08817 response.txt"
    KEY.file(src, "humberside")
    r = rng("humb")
    tv = {}
    out = [N("HUMBERSIDE POLICE", ""), N("Information Compliance Unit, Priory Police Station, Priory "
                                         "Road, Hull, HU5 5SF", "postcode"), "",
           N("Our reference: FOI 2026/08817", "reference"), N("Date: 14 December 2026", "date"), "",
           "Dear Requester", "", N(f"Your request of {REQ_DATE} asked:", "date"), ""]
    out += ["    " + x for x in __import__("textwrap").wrap(request22(), 88)]
    out += ["", "We have answered for each type of allegation in turn. All figures are numbers of "
            "allegations.", ""]
    pcols = [lab if "/" in lab else "Cal 2025" for lab, _ in PERIODS4]
    hdrline = "                        " + "".join(f"{x:>10}" for x in pcols)

    def table(c, staff_nil=False):
        rows = [N(hdrline, "column headings: years")]
        for s, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            cells = []
            for _, per in PERIODS4:
                if s == "staff" and staff_nil:
                    continue
                v = r.randint(0, 12 if s == "officers" else 4)
                tv[(c, per)] = tv.get((c, per), 0) + v
                cells.append(F(c, "total", v, per, subject=s))
            if cells:
                rows.append(f"{slab:<24}" + "".join(f"{x:>10}" for x in cells))
        return rows

    out += [N("1. Sexual assault", "part number"), ""] + table(SA) + [""]
    out += [N("2. Sexual misconduct", "part number"), "",
            "Nil return. No allegations of sexual misconduct were recorded against police "
            "officers or police staff in any of the four periods." if N("four", "'four periods'")
            else "", ""]
    for _, per in PERIODS4:
        F(SM, "total", 0, per, said="nil")
    out += [N("3. Sexual harassment", "part number"), ""] + table(SH) + [""]
    out += [N("4. Abuse of position for a sexual purpose", "part number"), ""] + table(AP, staff_nil=True)
    out += ["", "No such allegations were recorded against police staff in any of the periods.", ""]
    for _, per in PERIODS4:
        F(AP, "total", 0, per, subject="staff", said="no such allegations")
    out += [N("5. Violence against women and girls", "part number"), "",
            N("Humberside Police does not record VAWG as a type of its own. To find these "
              "allegations we would have to read about 1,150 complaint files at around three "
              "minutes each, which is over the appropriate limit of 18 hours. This part of your "
              "request is therefore refused under section 12(1) of the Act.",
              "cost estimate; section number"), ""]
    for _, per in PERIODS4:
        F(VG, "total", REF("s12"), per)
    out += [N("6. Outcomes", "part number"), "",
            N("Outcomes of the allegations of sexual assault and sexual harassment recorded in "
              "2025/26 (officers and staff together):", "year"), ""]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    out.append(f"{'':<28}{'Sexual assault':>16}{'Sexual harassment':>20}")
    spa, sph = split(r, tv[(SA, FY(2025))], outs), split(r, tv[(SH, FY(2025))], outs)
    for lab, oc in outs:
        a, b = spa[oc], sph[oc]
        ta = F(SA, oc, a, FY(2025), said="nil" if a == 0 else None)
        tb = F(SH, oc, b, FY(2025), said="nil" if b == 0 else None)
        out.append(f"{lab:<28}{ta:>16}{tb:>20}")
    # the F calls above printed their digits; for nils the cell shows "nil": fix the accounting
    out += ["", "Nil means that no allegation had that outcome.", "",
            "Outcomes for the other types are not given: see parts 2, 4 and 5." if
            N("2 4 5", "part numbers") else "", "", rights("Humberside Police"), "",
            "Yours sincerely", "Information Compliance Unit"]
    text = "\n".join(out) + "\n"
    write_text(src, text)


# =========================================================================== 10 Warwickshire: PDF letter, figures per rank, marked cells "7*" and "3 (a)"


RANKS = {}


def build_warwickshire():
    from reportlab.lib.units import mm
    src = "warwickshire/Warwickshire Police FOI 2026-1466 response.pdf"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    st = bk.styles("Helvetica", 9.5)
    story = [P("Warwickshire Police", st["h"]),
             P(N("Freedom of Information, PO Box 4, Leek Wootton, Warwick, CV35 7QB",
                 "PO box; postcode"), st["addr"]), S(6),
             P(N("Reference: FOI 2026-1466 | 4 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]), P(request22(), st["quote"]),
             P("Our Professional Standards Department reports allegations by the rank of the "
               "officer concerned. The tables give that breakdown, the total for police officers "
               "and, separately, police staff. The rank columns are for information; the officers' "
               "figure is the Total officers column.", st["body"])]
    hdr = ["Allegation type", "Constable", "Sergeant", "Inspector\nand above", "Total\nofficers",
           "Police\nstaff"]
    N(" ".join(hdr), "")
    tno = 0
    for lab, per in PERIODS4:
        tno += 1
        plab = f"financial year {lab}" if "/" in lab else "calendar year 2025"
        rows = [hdr]
        for c in CATS5:
            ranks = [r.randint(0, 9), r.randint(0, 3), r.randint(0, 2)]
            if c == AP:
                ranks = [r.randint(0, 3), r.randint(0, 1), 0]
            RANKS[(c, per)] = ranks
            rk = [N(str(x), "breakdown by rank (not keyed: the Total officers column is)")
                  for x in ranks]
            to = F(c, "total", sum(ranks), per, subject="officers")
            if r.random() < 0.15:
                to += "*"
            sv = r.randint(0, 4)
            stf = F(c, "total", sv, per, subject="staff")
            if sv and r.random() < 0.25:
                stf += " (a)"
            rows.append([CL[c] if c != AP else "Abuse of position for a\nsexual purpose"] + rk
                        + [to, stf])
        story += [S(4), P(N(f"Table {tno}: allegations recorded in the {plab}", "table number; year"),
                          st["h2"]),
                  ruled(rows, [58 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], size=8.5)]
    story += [P("* Includes allegations transferred from another force. (a) The member of staff "
                "was a police community support officer.", st["small"])]
    # outcomes per rank, 2025/26, sexual assault and sexual harassment
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    for c in (SA, SH):
        tno += 1
        rows = [["Outcome", "Constable", "Sergeant", "Inspector\nand above", "All officers"]]
        N(" ".join(rows[0]), "")
        per_rank = [split(r, x, outs) for x in RANKS[(c, FY(2025))]]
        for lab, oc in outs:
            ranks = [pr[oc] for pr in per_rank]
            rows.append([lab] + [N(str(x), "breakdown by rank") for x in ranks]
                        + [F(c, oc, sum(ranks), FY(2025), subject="officers")])
        story += [S(4), P(N(f"Table {tno}: outcomes of allegations of {CL[c].lower()} against police "
                            "officers recorded in 2025/26", "table number; year"), st["h2"]),
                  ruled(rows, [58 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], size=8.5)]
    story += [P(N("Outcomes are given only for the two largest categories; for the others the "
                  "numbers by rank could identify individuals.", "'two largest categories'"),
                st["body"]),
              P(rights("Warwickshire Police"), st["body"]), P("Yours sincerely,", st["body"]),
              P("Freedom of Information Team", st["body"])]
    bk.pdf_letter(src, story, furniture("OFFICIAL - PUBLIC", "Warwickshire Police FOI 2026-1466"),
                  title="FOI 2026-1466", author="Warwickshire Police")


# =========================================================================== 11 Northamptonshire: HTML, answers in prose with regulations, references and dates nearby


def build_northamptonshire():
    src = "northamptonshire/Northants FOI 002630-26 disclosure.html"
    KEY.file(src, "northamptonshire")
    r = rng("northants")
    tv = {}
    b = ['<div class="page"><header><p class="logo">Northamptonshire Police</p></header>',
         f"<h1>{N('Disclosure 002630/26: sexual misconduct allegations', 'reference')}</h1>",
         f'<p class="date">{N("Published 15 December 2026", "date")}</p>',
         f"<p><strong>Request</strong></p><blockquote>{E(request22())}</blockquote>",
         "<p><strong>Response</strong></p><ol>"]
    b.append("<li><p><strong>Allegations by period.</strong> The figures are allegations against "
             "police officers and police staff together, as recorded on Centurion by the date the "
             "allegation was received.</p>")
    for lab, per in PERIODS4:
        plab = (f"In the financial year {lab}" if "/" in lab else "In the calendar year 2025")
        parts = []
        for c in (SA, SM, SH, VG):
            v = r.randint(0, 16)
            tv[(c, per)] = v
            parts.append(f"{CL[c].lower() if c != VG else 'VAWG-related misconduct'}: "
                         f"{F(c, 'total', v, per)}")
        ref = f"PSD/{per[0][:4]}/{r.randint(100, 999)}"
        b.append("<p>" + E(N(plab, "year")) + " the force recorded the following allegations ("
                 + E(N(f"report {ref}", "report reference")) + "): " + E("; ".join(parts))
                 + ".</p>")
    b.append("</li>")
    b.append("<li><p><strong>Abuse of position for a sexual purpose.</strong> "
             + E(N("Northamptonshire Police can neither confirm nor deny that it holds figures for "
                   "abuse of position for a sexual purpose for these periods, by virtue of "
                   "section 40(5B) and section 30(3) of the Act: confirming whether any such "
                   "allegation exists could identify people involved in live criminal "
                   "investigations.", "section numbers")) + "</p></li>")
    for _, per in PERIODS4:
        F(AP, "total", NCND("s30(3);s40(5B)"), per)
    b.append("<li><p><strong>Outcomes.</strong> "
             + E(N("The outcomes of the allegations recorded in 2025/26 are below. Misconduct "
                   "meetings and hearings are held under Regulation 7 and Part 4 of the Police "
                   "(Conduct) Regulations 2020.", "year; regulation numbers")) + "</p>")
    words = {"dismissed": "led to dismissal at a gross misconduct hearing",
             "final_written_warning": "ended in a final written warning",
             "written_warning": "ended in a written warning",
             "management_action": "were resolved through the reflective practice review "
                                  "process (Part 6)",
             "no_case_to_answer": "were assessed as no case to answer",
             "ongoing": "remain under investigation"}
    for c in (SA, SM, SH):
        bits = []
        sp = split(r, tv[(c, FY(2025))], [(None, oc) for oc in words])
        for oc, w in words.items():
            v = sp[oc]
            if v == 0:
                bits.append(f"{F(c, oc, 0, FY(2025), said='none')} {w}")
            else:
                bits.append(f"{F(c, oc, v, FY(2025))} {w}")
        N("6", "regulation part number")
        b.append(f"<p>{E(CL[c])}: " + E("; ".join(bits)) + ".</p>")
    b.append("<p>" + E(N("Hearings held in public are listed on our website for 28 days after the "
                         "outcome (Regulation 39).", "days; regulation number")) + "</p></li></ol>")
    b.append(f"<p>{E(rights('Northamptonshire Police'))}</p>")
    b.append(f'<footer>{E(N("Northamptonshire Police, Wootton Hall, Northampton, NN4 0JQ", "postcode"))}</footer></div>')
    write_text(src, html_page(N("Disclosure 002630/26 | Northamptonshire Police", "page title: reference"), "\n".join(b)))


# =========================================================================== 12 British Transport Police: ODS with SUM formulas (cached), officers and staff bands


def build_british_transport():
    src = "british-transport/BTP FOI 2026-1402 data.ods"
    KEY.file(src, "british-transport")
    r = rng("btp")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Ongoing", "ongoing")]
    cols = [("officers", lab, per) for lab, per in PERIODS4] + \
           [("staff", lab, per) for lab, per in PERIODS4]
    N("FOI 2026-1402", "sheet name: reference")
    rows = [[ods_cell(N("British Transport Police – FOI 2026-1402 – allegations against officers "
                        "and staff", "reference"), style="bold", span=10)]
            + ["<table:covered-table-cell/>"] * 9,
            [ods_cell(N("Produced 1 December 2026 by the Professional Standards Department", "date"),
                      span=10)] + ["<table:covered-table-cell/>"] * 9,
            [ods_cell(None)],
            [ods_cell("Allegation type"), ods_cell("Outcome"),
             ods_cell("Police officers", span=4, style="bold")] + ["<table:covered-table-cell/>"] * 3
            + [ods_cell("Police staff", span=4, style="bold")] + ["<table:covered-table-cell/>"] * 3,
            [ods_cell(None), ods_cell(None)] + [ods_cell(N(lab if "/" in lab else "CY 2025",
                                                           "column heading: year"))
                                                for _, lab, _ in cols]]
    for c in CATS5:
        first = len(rows) + 1
        cnt = {(s, per): counts(r, outs, hi=4 if s == "officers" else 2, cat=c, zero=0.45)
               for s, _, per in cols}
        for i, (lab, oc) in enumerate(outs):
            rows.append([ods_cell(CL[c] if i == 0 else None), ods_cell(lab)]
                        + [ods_cell(int(F(c, oc, cnt[(s, per)][oc], per, subject=s)))
                           for s, _, per in cols])
        last = len(rows)
        tr = [ods_cell(None), ods_cell("Total", style="bold")]
        for j, (s, _, per) in enumerate(cols):
            col = "CDEFGHIJ"[j]
            t = sum(cnt[(s, per)].values())
            tr.append(ods_cell(int(F(c, "total", t, per, subject=s)),
                               formula=f"of:=SUM([.{col}{first}:.{col}{last}])", style="bold"))
        rows.append(tr)
    rows.append([ods_cell(None)])
    rows.append([ods_cell("Police staff includes PCSOs. Totals are formulas over the rows above.")])
    ods_write(src, [("FOI 2026-1402", rows)])


# =========================================================================== 13 South Yorkshire: PDF, periods down (a three-year total and a year to date), Officers / Staff under each type


def build_south_yorkshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    src = "south-yorkshire/SYP FOI 20262241 response.pdf"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    st = bk.styles("Helvetica", 9.5)
    story = [P("South Yorkshire Police", st["h"]),
             P(N("Freedom of Information Team, Carbrook House, Carbrook Hall Road, Sheffield, S9 2EH",
                 "postcode"), st["addr"]), S(6),
             P(N("FOI reference: 20262241    Date: 17 December 2026", "reference; date"), st["body"]),
             P(request22(), st["quote"]),
             P(N("Table 1 gives the allegations recorded against police officers and police staff "
                 "in each period. We have added the total for the three financial years and the "
                 "figures for the current financial year to 30 September 2026, the latest "
                 "complete month.", "table number; date; 'three'"), st["body"])]
    short = {SA: "Sexual\nassault", SM: "Sexual\nmisconduct", SH: "Sexual\nharassment",
             AP: "APSP", VG: "VAWG"}
    h1 = ["Period"] + sum([[short[c], ""] for c in CATS5], [])
    h2 = [""] + ["Officers", "Staff"] * 5
    rows = [h1, h2]
    vals = {}
    for y in FYRS:
        row = [FLAB[y]]
        N(FLAB[y], "period label")
        for c in CATS5:
            for s in ("officers", "staff"):
                v = r.randint(0, 15 if s == "officers" else 4)
                if c == AP:
                    v = r.randint(0, 3 if s == "officers" else 1)
                vals[(y, c, s)] = v
                row.append(F(c, "total", v, FY(y), subject=s))
        rows.append(row)
    row = [N("Total 2023/24 to\n2025/26", "period label")]
    for c in CATS5:
        for s in ("officers", "staff"):
            row.append(F(c, "total", sum(vals[(y, c, s)] for y in FYRS), FSPAN, subject=s))
    rows.append(row)
    for lab, per in ((N("2026/27 (1 April to\n30 Sept 2026)", "period label: year to date"), YTD),
                     (N("Calendar year 2025", "period label"), CY25)):
        row = [lab]
        for c in CATS5:
            for s in ("officers", "staff"):
                hi = (8 if per == YTD else 15) if s == "officers" else 3
                row.append(F(c, "total", r.randint(0, hi if c != AP else 2), per, subject=s))
        rows.append(row)
    from reportlab.platypus import Table
    t = Table(rows, colWidths=[34 * mm] + [14 * mm] * 10)
    t.setStyle(bk.grid_style(2, size=8, extra=[
        ("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(5)] + [
        ("SPAN", (0, 0), (0, 1)), ("FONT", (0, 5), (-1, 5), "Helvetica-Bold", 8)]))
    story += [P(N("Table 1: allegations recorded", "table number"), st["h2"]), t, S(6)]
    story.append(P(N("Table 2 gives the outcomes of the allegations recorded in 2025/26 against "
                     "officers and staff together. The last column, the share of allegations "
                     "with a proven outcome, is given for context.", "table number; year"),
                   st["body"]))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    rows = [["Allegation type"] + [lab.replace(" ", "\n", 1) for lab, _ in outs]
            + ["Total", "% proven"]]
    N(" ".join(rows[0]), "")
    proven = {"dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning"}
    for c in CATS5:
        cnt = split(r, vals[(2025, c, "officers")] + vals[(2025, c, "staff")], outs)
        tot = sum(cnt.values())
        pr = sum(v for k, v in cnt.items() if k in proven)
        pct = f"{100 * pr / tot:.0f}%" if tot else "–"
        N(pct, "percentage proven")
        rows.append([short[c].replace("\n", " ")] + [F(c, oc, cnt[oc], FY(2025)) for _, oc in outs]
                    + [F(c, "total", tot, FY(2025)), pct])
    story += [P(N("Table 2: outcomes, 2025/26", "table number; year"), st["h2"]),
              ruled(rows, [34 * mm] + [17 * mm] * 8 + [14 * mm, 16 * mm], size=7.5),
              S(6), P("APSP = abuse of position for a sexual purpose; VAWG = violence against "
                      "women and girls.", st["small"]),
              P(rights("South Yorkshire Police"), st["body"]),
              P("Yours faithfully,", st["body"]), P("Freedom of Information Team", st["body"])]
    bk.pdf_letter(src, story, furniture("OFFICIAL", "South Yorkshire Police FOI 20262241"),
                  pagesize=landscape(A4), title="FOI 20262241", author="South Yorkshire Police")


# =========================================================================== 14 Norfolk: infographic PDF, big-number tiles, then a table


def build_norfolk():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    src = "norfolk/Norfolk Constabulary FOI 26-3087 summary.pdf"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    W, H = landscape(A4)
    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=(W, H), invariant=1)
    c.setTitle("FOI 26-3087")
    c.setAuthor("Norfolk Constabulary")
    c.setCreator("Norfolk Constabulary")

    def page_furn(pn, pages):
        c.setFillColorRGB(0.1, 0.2, 0.4)
        c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(15 * mm, H - 14 * mm, N("Norfolk Constabulary | FOI 26-3087 | Allegations of "
                                             "sexual misconduct and VAWG", "reference"))
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8)
        c.drawString(15 * mm, 8 * mm, N("Norfolk Constabulary, Jubilee House, Falconers Chase, "
                                        "Wymondham, NR18 0WW", "postcode"))
        c.drawRightString(W - 15 * mm, 8 * mm, N(f"{pn} / {pages}", "page number"))

    pages = 3
    # page 1: tiles
    page_furn(1, pages)
    c.setFont("Helvetica", 10)
    c.drawString(15 * mm, H - 32 * mm, N("Allegations against police officers and police staff, "
                                         "sent in answer to a request of 16 November 2026.",
                                         "date"))
    for row, (plab, per) in enumerate(((N("Financial year 2025/26", "tile heading: year"), FY(2025)),
                                       (N("Calendar year 2025", "tile heading: year"), CY25))):
        y0 = H - 48 * mm - row * 70 * mm
        c.setFont("Helvetica-Bold", 12)
        c.drawString(15 * mm, y0, plab)
        for i, cat in enumerate(CATS5):
            x = 15 * mm + i * 53 * mm
            c.setFillColorRGB(0.9, 0.93, 0.97)
            c.roundRect(x, y0 - 55 * mm, 48 * mm, 48 * mm, 4 * mm, fill=1, stroke=0)
            c.setFillColorRGB(0.1, 0.2, 0.4)
            c.setFont("Helvetica-Bold", 30)
            v = r.randint(2, 24) if cat != AP else r.randint(0, 4)
            c.drawCentredString(x + 24 * mm, y0 - 28 * mm, F(cat, "total", v, per))
            c.setFont("Helvetica", 9)
            lab = {SA: "allegations of\nsexual assault", SM: "allegations of\nsexual misconduct",
                   SH: "allegations of\nsexual harassment",
                   AP: "allegations of abuse of\nposition for a sexual purpose",
                   VG: "VAWG-related\nallegations"}[cat]
            for k, ln in enumerate(lab.split("\n")):
                c.drawCentredString(x + 24 * mm, y0 - (38 + 5 * k) * mm, ln)
            c.setFillColorRGB(0, 0, 0)
            if row == 0:
                TILE25[cat] = v
    c.showPage()
    # page 2: outcomes table of 2025/26
    page_furn(2, pages)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(15 * mm, H - 34 * mm, N("What happened: outcomes of the 2025/26 allegations",
                                         "year"))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    colx = [15 * mm] + [95 * mm + i * 36 * mm for i in range(5)]
    yy = H - 46 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(colx[0], yy, "Outcome")
    for i, cat in enumerate(CATS5):
        c.drawRightString(colx[1 + i] + 26 * mm, yy, {SA: "Sexual assault", SM: "Sexual misconduct",
                                                       SH: "Sexual harassment", AP: "APSP",
                                                       VG: "VAWG"}[cat])
    split = {}
    for cat in CATS5:
        t = TILE25[cat]
        k = [0] * len(outs)
        for _ in range(t):
            k[r.randrange(len(outs))] += 1
        split[cat] = k
    c.setFont("Helvetica", 9)
    for j, (lab, oc) in enumerate(outs):
        yy -= 7 * mm
        c.drawString(colx[0], yy, lab)
        for i, cat in enumerate(CATS5):
            c.drawRightString(colx[1 + i] + 26 * mm, yy, F(cat, oc, split[cat][j], FY(2025)))
    yy -= 9 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(colx[0], yy, "All outcomes (as page 1)")
    N("1", "page reference")
    for i, cat in enumerate(CATS5):
        c.drawRightString(colx[1 + i] + 26 * mm, yy, F(cat, "total", TILE25[cat], FY(2025),
                                                       restated=True))
    c.showPage()
    # page 3: earlier years
    page_furn(3, pages)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(15 * mm, H - 34 * mm, "Earlier financial years")
    yy = H - 46 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(colx[0], yy, "Allegation type")
    for i, y in enumerate((2023, 2024)):
        c.drawRightString(colx[1 + i] + 26 * mm, yy, N(FLAB[y], "column heading: year"))
    c.setFont("Helvetica", 9)
    for cat in CATS5:
        yy -= 7 * mm
        c.drawString(colx[0], yy, CL[cat])
        for i, y in enumerate((2023, 2024)):
            v = r.randint(2, 24) if cat != AP else r.randint(0, 4)
            c.drawRightString(colx[1 + i] + 26 * mm, yy, F(cat, "total", v, FY(y)))
    yy -= 14 * mm
    c.setFont("Helvetica", 9)
    for ln in [N("All figures are numbers of allegations against police officers and police staff "
                 "together, counted by the date the allegation was recorded.", ""),
               N("Complaints about this response: Information Rights, Norfolk Constabulary. You "
                 "may then complain to the ICO (0303 123 1113).", "ICO telephone number")]:
        c.drawString(15 * mm, yy, ln)
        yy -= 6 * mm
    c.showPage()
    c.save()


TILE25 = {}


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind22-", read=read22))
