#!/usr/bin/python3
"""make_blind26.py -- the twenty-sixth blind test batch for `foi` and its answer key.

The request, sent on 23 November 2026: for the financial years 2023/24, 2024/25 and 2025/26,
2026/27 to date, and the calendar years 2024 and 2025, the number of allegations of sexual
assault, sexual misconduct, sexual harassment, abuse of position for a sexual purpose and violence
against women and girls made against police officers and police staff, and the outcome of each.
Fourteen forces answer in fifteen files, as the folder arrives (see NOTES-blind26.md).  The
machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py (not
edited); the ODS, XLS, Outlook-HTML and UTF-16 read-backs are local.

usage: /usr/bin/python3 make_blind26.py             # rebuild fixtures/blind26 (or $FOI_BLIND26_OUT)
       /usr/bin/python3 make_blind26.py check       # verify determinism and every number
       /usr/bin/python3 make_blind26.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NH, NCND, V, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, xl_border, rights)
import xls_readback  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND26_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind26").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST26 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26, for "
             "2026/27 to date, and for the calendar years 2024 and 2025: (a) the number of "
             "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position "
             "for a sexual purpose and violence against women and girls (VAWG) made against police "
             "officers and police staff; and (b) the outcome of each allegation (dismissed, would "
             "have been dismissed, final written warning, written warning, reflective practice, no "
             "case to answer, still under investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
YTD_OCT = ("2026-04-01", "2026-10-31")
YTD_SEP = ("2026-04-01", "2026-09-30")
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
SUBJ2 = (("Police officers", "officers"), ("Police staff", "staff"))


def request26():
    return N(REQUEST26, "the request's years")


def rng(name):
    return random.Random("blind26-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    """Outcome counts {outcome: n}; late: a recent period (more under investigation)."""
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in OUT7}
    if late:
        k["ongoing"] += r.randint(1, 4)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=24):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


def lab(text, why="period heading"):
    return N(text, why)


# =========================================================================== producers


LO_PROFILE = "file:///tmp/blind26-lo-profile"


def lo_convert(data, in_name, fmt):
    tmp = Path(tempfile.mkdtemp(prefix="b26lo-"))
    try:
        (tmp / in_name).write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", fmt, "--outdir", str(tmp / "out"), str(tmp / in_name)],
                       check=True, capture_output=True, timeout=300)
        outs = list((tmp / "out").iterdir())
        assert len(outs) == 1, outs
        return outs[0].read_bytes()
    finally:
        shutil.rmtree(tmp)


def xlsx_bytes(wb, creator):
    fixed = dt.datetime(2026, 12, 2, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def zip_members(members, stored=("mimetype",)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


# =========================================================================== read-back


def ods_text(data):
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))
    for t in root.iter(T + "table"):
        out.append(f"[sheet {t.get(T + 'name')!r} state=visible]")
        for c in t.iter(T + "table-cell"):
            txt = "\n".join("".join(p.itertext()) for p in c.iter(X + "p"))
            if txt:
                out.append(txt)
    return "\n".join(out)


def read26(path):
    p = Path(path)
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".ods":
        return ods_text(data)
    if suf == ".xls":
        return xls_readback.xls_text(p)
    if suf == ".txt" and data.startswith(b"\xff\xfe"):
        return data.decode("utf-16")
    if suf in (".htm", ".html"):
        t = data.decode("windows-1252" if b"windows-1252" in data[:2000] else "utf-8")
        return bk.html_visible(re.sub(r"<!--.*?-->", " ", t, flags=re.S))
    return bk.read_back(p)


# =========================================================================== python-docx helpers


def dpara(d, text, bold=False, italic=False, size=None, align=None, style=None):
    return bk.docx_para(d, text, bold=bold, italic=italic, size=size, align=align, style=style)


def dtable(d, rows, header_rows=1, bold_rows=(), size=9, merges=()):
    t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
    t.style = "Table Grid"
    done = set()
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
        for rr in range(a[0], b[0] + 1):
            for cc in range(a[1], b[1] + 1):
                if (rr, cc) != a:
                    done.add((rr, cc))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in done:
                continue
            docx_cell(t.cell(i, j), str(v), bold=i < header_rows or i in bold_rows, size=size)
            if i < header_rows:
                docx_shade(t.cell(i, j), "DDEBF7")
    for i in range(header_rows):
        bk.docx_repeat_header(t.rows[i])
    return t


# =========================================================================== PDF helpers


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", spans=()):
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    bold = "Times-Bold" if font == "Times-Roman" else font + "-Bold"
    t.setStyle(bk.grid_style(header_rows, font=font, size=size,
                             extra=[("FONT", (0, b), (-1, b), bold, size) for b in bold_rows]
                             + [("SPAN", a, b) for a, b in spans]))
    return t


def furniture(ref_text, name, font="Helvetica"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        c.setFont(font, 8)
        c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
        c.drawCentredString(A4[0] / 2, 6 * mm, "OFFICIAL")
    return furn


# =========================================================================== 1-2 Lancashire: CMS disclosure-log page with data-label cells, and its CSV download


LANCS_CSV = "lancashire/FOI-2026-04418-allegations-by-outcome.csv"


def lancs_data():
    r = rng("lancs")
    d = {}
    for cat in CATS5:
        for s in ("officers", "staff"):
            for per in (FY24, FY25):
                d[(cat, s, per)] = counts(r, hi=4, zero=0.4, cat=cat, subj=s, late=per == FY25)
    return d


def build_lancashire_page():
    src = "lancashire/FOI 2026-04418 Lancashire Constabulary disclosure log.html"
    KEY.file(src, "lancashire")
    r = rng("lancs-page")
    d = lancs_data()
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date", YTD_OCT),
            ("Calendar year 2024", CY24), ("Calendar year 2025", CY25)]
    head = "".join(f'<th scope="col">{E(lab(c))}</th>' for c, _ in cols)
    rows = []
    for cat in CATS5:
        tds = []
        for c, per in cols:
            if per in (FY24, FY25):
                v = sum(sum(d[(cat, s, per)].values()) for s in ("officers", "staff"))
            else:
                v = tot(r, cat, hi=22)
            tds.append(f'<td data-label="{E(c)}">{F(cat, "total", v, per)}</td>')
        rows.append(f'<tr><th scope="row" data-label="Allegation type">{E(CL[cat])}</th>'
                    + "".join(tds) + "</tr>")
    css = ("@media (max-width: 640px) { table.responsive thead { display: none; } "
           "table.responsive td::before { content: attr(data-label); font-weight: bold; "
           "display: block; } }")
    body = f"""<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="logo">Lancashire Constabulary</div>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/report">Report</a></li>
<li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li>
<li aria-current="page">{E(N("FOI 2026-04418", "reference"))}</li></ol></nav>
<main id="main">
<h1>Sexual misconduct allegations against officers and staff</h1>
<ul class="meta"><li>Reference: {E(N("FOI 2026-04418", "reference"))}</li>
<li>Published: {E(N("4 December 2026", "date"))}</li><li>Category: Professional standards</li></ul>
<h2>Request</h2>
<blockquote><p>{E(request26())}</p></blockquote>
<h2>Response</h2>
<p>Lancashire Constabulary holds this information. The table gives the number of allegations
recorded against police officers and police staff (together) for each period you asked for.</p>
<table class="responsive">
<caption>Number of allegations by type</caption>
<thead><tr><th scope="col">Allegation type</th>{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="note">{E(N("2026/27 to date covers 1 April 2026 to 31 October 2026, the last complete month "
                    "before your request.", "the part year's dates"))}</p>
<p>{E(N("The outcomes of the allegations recorded in 2024/25 and 2025/26, split between police "
        "officers and police staff, are in the data file below. Outcomes for other periods would "
        "need a manual review of each case file and are not provided (section 12).",
        "years; section number"))}</p>
<p class="download"><a href="FOI-2026-04418-allegations-by-outcome.csv" download>Download the data (CSV)</a>
<span class="filesize">{E(N("(CSV, 6 KB)", "file size"))}</span></p>
<h2>Your rights</h2>
<p>{E(rights("Lancashire Constabulary"))}</p>
<aside class="related"><h2>Related disclosures</h2><ul>
<li><a href="/foi/disclosure-log/2026-03310">{E(N("FOI 2026-03310 Misconduct hearings 2025", "reference; year"))}</a></li>
<li><a href="/foi/disclosure-log/2026-01145">{E(N("FOI 2026-01145 Vetting refusals", "reference"))}</a></li>
</ul></aside>
</main>
<footer><p>{E(N("© Lancashire Constabulary 2026", "copyright year"))}</p></footer>"""
    write_text(src, bk.html_page(E(N("FOI 2026-04418 | Lancashire Constabulary", "reference")),
                                 body, head_extra=f"<meta name=\"viewport\" content=\"width=device-width\">\n<style>{css}</style>\n"))


def build_lancashire_csv():
    src = LANCS_CSV
    KEY.file(src, "lancashire")
    d = lancs_data()
    lines = ["Financial year,Allegation type,Employee type,Outcome,Number of allegations"]
    for per, pl in ((FY24, "2024/25"), (FY25, "2025/26")):
        for cat in CATS5:
            for sl, s in (("Police Officer", "officers"), ("Police Staff", "staff")):
                for ol, oc in OUT7:
                    lines.append(f"{lab(pl)},{CL[cat]},{sl},{ol},"
                                 f"{F(cat, oc, d[(cat, s, per)][oc], per, subject=s)}")
                lines.append(f"{lab(pl)},{CL[cat]},{sl},All outcomes,"
                             f"{F(cat, 'total', sum(d[(cat, s, per)].values()), per, subject=s)}")
    lines.append(N("Source: Lancashire Constabulary Professional Standards (Centurion) - FOI 2026-04418",
                   "reference"))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)


# =========================================================================== 3 Merseyside: <dl> pairs per type, outcomes in an <h3> + <ul> accordion


def build_merseyside():
    src = "merseyside/FOI-2026-2291.html"
    KEY.file(src, "merseyside")
    r = rng("mers")
    cols = [("Financial year 2023/24", FY23), ("Financial year 2024/25", FY24),
            ("Financial year 2025/26", FY25), ("Calendar year 2024", CY24),
            ("Calendar year 2025", CY25)]
    cards, acc = [], []
    fy25 = {}
    for cat in CATS5:
        items = []
        for c, per in cols:
            v = tot(r, cat, hi=26)
            if per == FY25:
                fy25[cat] = v
            items.append(f"<dt>{E(lab(c))}</dt>\n<dd>{F(cat, 'total', v, per)}</dd>")
        cards.append(f'<div class="stat-card">\n<h3 class="stat-card__title">{E(CL[cat])}</h3>\n'
                     f'<dl class="stat-card__list">\n' + "\n".join(items) + "\n</dl>\n</div>")
    for i, cat in enumerate(CATS5, 1):
        k = counts(r, hi=3, zero=0.45, cat=cat)
        rest = fy25[cat] - sum(k.values())
        if rest < 0:
            k = {oc: 0 for _, oc in OUT7}
            rest = fy25[cat]
        k["ongoing"] += rest
        lis = "".join(f"<li>{E(ol)}: <strong>{F(cat, oc, k[oc], FY25)}</strong></li>\n"
                      for ol, oc in OUT7)
        acc.append(f'<h3 class="accordion__heading"><button aria-expanded="false" '
                   f'aria-controls="acc-{i}">{E(CL[cat])}</button></h3>\n'
                   f'<div class="accordion__panel" id="acc-{i}" hidden>\n<ul>\n{lis}</ul>\n</div>')
    body = f"""<header class="mp-header"><a href="/" class="mp-logo">Merseyside Police</a>
<form class="mp-search" role="search"><input type="search" placeholder="Search"></form></header>
<div class="foi-body">
<p class="foi-ref">{E(N("Request number: FOI-2026-2291", "reference"))}</p>
<p class="foi-date">{E(N("Date of response: 3 December 2026", "date"))}</p>
<h1>Allegations of sexual misconduct against officers and staff</h1>
<h2>Your request</h2>
<p><em>{E(request26())}</em></p>
<h2>Our response</h2>
<p>Merseyside Police holds this information. The figures below are numbers of allegations made
against police officers and police staff together.</p>
<div class="stat-grid">
{chr(10).join(cards)}
</div>
<p>{E(N("We are not able to give figures for 2026/27 to date (1 April to 31 October 2026): the "
        "year is not complete and the figures have not been quality assured, so they are held for "
        "future publication in our annual report and are withheld under section 22.",
        "year; dates; section number"))}</p>
<h2>{E(N("Outcomes of allegations made in 2025/26", "year"))}</h2>
<p>{E(N("Select an allegation type to see the outcomes of the allegations made in the financial "
        "year 2025/26 (1 April 2025 to 31 March 2026).", "year; dates"))}</p>
<div class="accordion">
{chr(10).join(acc)}
</div>
<h2>Complaints</h2>
<p>{E(rights("Merseyside Police"))}</p>
</div>
<footer class="mp-footer"><p>Merseyside Police, Canning Place, Liverpool {E(N("L1 8JX", "postcode"))}</p></footer>"""
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD_OCT)
    write_text(src, bk.html_page(E(N("FOI-2026-2291 - Merseyside Police", "reference")), body))


# =========================================================================== 4 Devon & Cornwall: one Word letter answering two requests from two requesters


def build_devon_and_cornwall():
    src = "devon-and-cornwall/D&C FOI 2026-004471 and 2026-004502 response.docx"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dc")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Devon & Cornwall Police, Middlemoor, Exeter EX2 7HQ",
                                           "postcode"))
    dpara(d, "Devon & Cornwall Police", bold=True, size=14, align=2)
    dpara(d, "Freedom of Information Team", align=2)
    dpara(d, N("Our references: 2026-004471 and 2026-004502", "references"))
    dpara(d, N("Date: 4 December 2026", "date"))
    dpara(d, "Dear Requesters,")
    dpara(d, N("We received two requests on the same subject a few days apart (2026-004471 on 23 "
               "November 2026 and 2026-004502 on 25 November 2026). With the agreement of both "
               "requesters, who are journalists at the same newspaper, we are answering both in "
               "this one letter. Section A answers request 2026-004471 and Section B answers "
               "request 2026-004502.", "references; dates"))
    dpara(d, N("Section A: request 2026-004471", "reference"), bold=True, size=12)
    dpara(d, request26(), italic=True)
    dpara(d, N("Table A1 gives the number of allegations by type for each period, for police "
               "officers and police staff separately. The figures for 2026/27 to date run from 1 "
               "April 2026 to 31 October 2026.", "table number; dates"))
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
            ("2026/27 to date", YTD_OCT), ("2024", CY24), ("2025", CY25)]
    rows = [["Allegation type", "Employee type"] + [lab(c) for c, _ in cols]]
    fy25 = {}
    for cat in CATS5:
        for sl, s in SUBJ2:
            cells = [CL[cat], sl]
            for c, per in cols:
                v = tot(r, cat, s, hi=20)
                if per == FY25:
                    fy25[(cat, s)] = v
                cells.append(F(cat, "total", v, per, subject=s))
            rows.append(cells)
    merges = [((1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(5)]
    dpara(d, N("Table A1: allegations by type", "table number"), bold=True)
    dtable(d, rows, merges=merges)
    dpara(d, "")
    dpara(d, N("Table A2: outcomes of allegations made in 2025/26 (police officers and police "
               "staff together)", "table number; year"), bold=True)
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    ks = {}
    for cat in CATS5:
        t = fy25[(cat, "officers")] + fy25[(cat, "staff")]
        k = counts(r, hi=3, zero=0.45, cat=cat)
        rest = t - sum(k.values())
        if rest < 0:
            k = {oc: 0 for _, oc in OUT7}
            rest = t
        k["ongoing"] += rest
        ks[cat] = k
    for ol, oc in OUT7:
        rows.append([ol] + [F(cat, oc, ks[cat][oc], FY25) for cat in CATS5])
    rows.append(["Total"] + [F(cat, "total", sum(ks[cat].values()), FY25) for cat in CATS5])
    dtable(d, rows, bold_rows=[len(rows) - 1])
    dpara(d, "")
    dpara(d, N("Section B: request 2026-004502", "reference"), bold=True, size=12)
    dpara(d, N("\u201cHow many police officers were dismissed, or would have been dismissed, after a "
               "gross misconduct hearing for sexual assault, sexual harassment or other sexual "
               "misconduct, in each of the calendar years 2022 and 2023?\u201d", "the request's years"),
          italic=True)
    dpara(d, "The figures in Table B1 are numbers of police officers (a person is counted once, "
             "under the most serious matter proven against them).")
    dpara(d, N("Table B1: police officers dismissed or who would have been dismissed", "table number"),
          bold=True)
    rows = [["Allegation type", "Outcome", lab("Calendar year 2022"), lab("Calendar year 2023")]]
    KEY.ctx[src] = ("devon-and-cornwall", "individuals", "officers")
    for cat in (SA, SH, SM):
        for ol, oc in OUT7[:2]:
            cells = [CL[cat], ol]
            for per in (CY(2022), CY(2023)):
                v = r.randint(0, 7)
                cells.append(F(cat, oc, SUP(1, 4, "s40(2)"), per, said="*") if 1 <= v <= 4
                             else F(cat, oc, v, per))
            rows.append(cells)
    dtable(d, rows, merges=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))])
    KEY.ctx[src] = ("devon-and-cornwall", "allegations", "officers_and_staff")
    dpara(d, N("* Between one and four officers. To protect the identity of the officers concerned, "
               "numbers from one to four are not given (section 40(2)).",
               "the suppression band of the legend; section number"), size=8)
    dpara(d, "")
    dpara(d, rights("Devon & Cornwall Police"))
    dpara(d, "Yours faithfully,")
    dpara(d, "Freedom of Information Team")
    bk.docx_save(d, src, "D&C FOI Team")


# =========================================================================== 5 Kent: PDF letter; one question answered, the other answered under another reference


def build_kent():
    src = "kent/Kent Police FOI 26-11870 response.pdf"
    KEY.file(src, "kent")
    r = rng("kent")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    story = [P("Kent Police", "h"), P("Information Rights Unit, Sutton Road, Maidstone", "body"),
             P(N("Reference: FOI 26-11870", "reference")), P(N("Date: 1 December 2026", "date")),
             P("Dear Requester,"),
             P(N("Freedom of Information Act 2000 - your request of 23 November 2026", "act year; date"),
               "bold"),
             P(request26(), "quote"),
             P("Part (a)", "h2"),
             P(N("Kent Police holds this information. The table gives the number of allegations "
                 "recorded against police officers and police staff. 2026/27 to date covers 1 "
                 "April to 31 October 2026.", "dates"))]
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date", YTD_OCT),
            ("2024", CY24), ("2025", CY25)]
    data = [["Allegation type", "Employee type"] + [lab(c) for c, _ in cols]]
    spans = []
    for cat in CATS5:
        spans.append(((0, len(data)), (0, len(data) + 1)))
        for sl, s in (("Officers", "officers"), ("Staff", "staff")):
            data.append([CL[cat] if s == "officers" else "", sl]
                        + [F(cat, "total", tot(r, cat, s, hi=22), per, subject=s) for _, per in cols])
    from reportlab.platypus import Paragraph
    for row in data[1:]:
        if row[0]:
            row[0] = Paragraph(E(row[0]), st["cell"])
    story.append(ruled(data, [42, 23, 16, 16, 16, 25, 14, 14], spans=spans))
    story += [bk.S(8), P("Part (b)", "h2"),
              P(N("You asked for the outcome of each allegation. The same question, for the same "
                  "periods, was answered under our reference FOI 26-10412 on 30 October 2026, and "
                  "that response is published on our disclosure log. We have therefore not repeated "
                  "it here: this part of your request is exempt under section 21 (information "
                  "reasonably accessible by other means). The address of the published response is "
                  "www.kent.police.uk/foi-ai/kent-police/disclosure-log/26-10412/.",
                  "reference; date; section number; address")),
              P(rights("Kent Police")), P("Yours sincerely,"), P("Information Rights Unit")]
    bk.pdf_letter(src, story, furniture("Kent Police FOI 26-11870", "Kent"), title="FOI 26-11870",
                  author="Kent Police IRU")


# =========================================================================== 6 Gwent: NCND s40(5B), s14(2) repeated part, s12 estimate as a range


def build_gwent():
    src = "gwent/Gwent Police FOI 2026-1622 response.pdf"
    KEY.file(src, "gwent")
    r = rng("gwent")
    st = pstyles("Times-Roman", 10.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    cats4 = (SA, SM, SH, VG)
    story = [P("Heddlu Gwent Police", "h"), P("Freedom of Information Unit, Croesyceiliog, Cwmbran"),
             P(N("Ref: FOI 2026/1622", "reference")), P(N("2 December 2026", "date")),
             P("Dear Requester,"),
             P(N("Thank you for your request for information, received on 23 November 2026, which "
                 "read:", "date")), P(request26(), "quote"),
             P(N("1. Financial years", "question number"), "h2"),
             P(N("The number of allegations made against police officers and police staff "
                 "(together) in each financial year is below. For 2026/27 to date, see section 3.",
                 "year; section of the letter"))]
    data = [["Allegation type", lab("2023/24"), lab("2024/25"), lab("2025/26")]]
    for cat in cats4:
        data.append([CL[cat]] + [F(cat, "total", tot(r, cat, hi=25), per) for per in (FY23, FY24, FY25)])
    story.append(ruled(data, [70, 28, 28, 28], font="Times-Roman", size=9.5))
    story += [bk.S(6),
              P(N("Abuse of position for a sexual purpose: Gwent Police neither confirms nor denies "
                  "that it holds any information for this category, for any of the periods you "
                  "asked about. The numbers involved in this category are small, and to confirm "
                  "or deny would be likely to identify the individuals concerned. Section 40(5B) "
                  "of the Act applies.", "section number")),
              P(N("2. Calendar years 2024 and 2025", "question number; years"), "h2"),
              P(N("You asked for the same calendar-year figures in your request FOI 2026/1107, "
                  "which we answered on 14 August 2026. No reasonable interval has passed since "
                  "then, so we are refusing this part of your request as a repeated request under "
                  "section 14(2).", "reference; date; section number")),
              P(N("3. Outcomes and 2026/27 to date", "question number; year"), "h2"),
              P(N("Outcomes are recorded in free text on each conduct file. To answer part (b) we "
                  "estimate that between 600 and 800 records would need to be reviewed, at about "
                  "three minutes each, which is well beyond the 18-hour limit (\u00a3450). Part (b) "
                  "is therefore refused under section 12(1). For the same reason we cannot give "
                  "part (a) for 2026/27 to date (1 April to 31 October 2026): the figures are only "
                  "compiled at year end, and this part is also refused under section 12(1).",
                  "cost estimate: records, minutes, hours, pounds; section number; year")),
              P(rights("Gwent Police")), P("Yours sincerely,"), P("Freedom of Information Unit")]
    for per in (FY23, FY24, FY25, YTD_OCT, CY24, CY25):
        F(AP, "total", NCND("s40(5B)"), per)
    for per in (CY24, CY25):
        for cat in cats4:
            F(cat, "total", REF("s14(2)"), per)
    for cat in cats4:
        F(cat, "total", REF("s12"), YTD_OCT, printed=False)
    bk.pdf_letter(src, story, furniture("Gwent Police FOI 2026/1622", "Gwent", "Times-Roman"),
                  title="FOI 2026/1622", author="Gwent Police FOIU")


# =========================================================================== 7 Leicestershire: an XLSX in Google Sheets' export shape (written by hand)


def col_letter(j):
    return xls_readback.col_ref(j)


def google_xlsx(sheets):
    """sheets: [(name, rows)] with rows lists of str / int / None.  Google Sheets' export shape:
    no docProps, shared strings, styles with Google's default font, sheetViews and
    sheetFormatPr as Google writes them, and rels ids rId1 styles, rId2 theme-less, rId3 strings."""
    sst, idx = [], {}

    def si(s):
        if s not in idx:
            idx[s] = len(sst)
            sst.append(s)
        return idx[s]
    sheet_xml = []
    for name, rows in sheets:
        out = []
        for i, row in enumerate(rows, 1):
            cells = []
            for j, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = f"{col_letter(j)}{i}"
                if isinstance(v, int):
                    cells.append(f'<c r="{ref}" s="2"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" s="{3 if i == 1 and name != "Notes" else 1}" t="s">'
                                 f'<v>{si(v)}</v></c>')
            out.append(f'<row r="{i}">' + "".join(cells) + "</row>")
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'mc:Ignorable="x14ac"><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>'
            '<cols><col customWidth="1" min="1" max="1" width="14.0"/><col customWidth="1" min="2" '
            'max="2" width="38.0"/><col customWidth="1" min="3" max="4" width="24.0"/></cols>'
            '<sheetData>' + "".join(out) + '</sheetData></worksheet>')
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               f'count="{len(sst)}" uniqueCount="{len(sst)}">'
               + "".join(f"<si><t>{esc(s)}</t></si>" for s in sst) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
              '<fonts count="2"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/>'
              '<scheme val="minor"/></font><font><b/><color theme="1"/><name val="Arial"/>'
              '<scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill>'
              '<patternFill patternType="lightGray"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" '
              'applyAlignment="1" applyFont="1"/></cellStyleXfs>'
              '<cellXfs count="4"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" '
              'applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" '
              'vertical="bottom" wrapText="0"/></xf>'
              '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" '
              'applyFont="1"><alignment readingOrder="0"/></xf>'
              '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" '
              'applyFont="1"><alignment horizontal="right" readingOrder="0"/></xf>'
              '<xf borderId="0" fillId="0" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" '
              'applyFont="1"><alignment readingOrder="0"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
              '<dxfs count="0"/></styleSheet>')
    n = len(sheets)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<workbookPr/><sheets>'
          + "".join(f'<sheet state="visible" name="{esc(nm)}" sheetId="{i}" r:id="rId{i + 2}"/>'
                    for i, (nm, _) in enumerate(sheets, 1))
          + "</sheets><definedNames/><calcPr/></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + "".join(f'<Relationship Id="rId{i + 2}" Type="http://schemas.openxmlformats.org/'
                      f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, n + 1)) + "</Relationships>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" '
          'Extension="rels"/>'
          + "".join(f'<Override ContentType="application/vnd.openxmlformats-officedocument.'
                    f'spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet{i}.xml"/>'
                    for i in range(1, n + 1))
          + '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>'
            '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'styles+xml" PartName="/xl/styles.xml"/>'
            '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sheet.main+xml" PartName="/xl/workbook.xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    members = [("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles),
               ("xl/sharedStrings.xml", sst_xml)]
    members += [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_xml, 1)]
    members += [("xl/workbook.xml", wb), ("[Content_Types].xml", ct), ("_rels/.rels", root_rels)]
    return zip_members(members, stored=())


def build_leicestershire():
    src = "leicestershire/Leicestershire Police FOI 003391-26 - Google Sheets export.xlsx"
    KEY.file(src, "leicestershire")
    r = rng("leics")
    rows = [["Period", "Allegation type", "Employee type", "Outcome", "Allegations"]]
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (Apr-Oct)", YTD_OCT)]
    for pl, per in pers:
        for cat in CATS5:
            for sl, s in (("Officer", "officers"), ("Staff", "staff")):
                k = counts(r, hi=4, zero=0.45, cat=cat, subj=s, late=per == YTD_OCT)
                for ol, oc in OUT7:
                    rows.append([lab(pl), CL[cat], sl, ol, int(F(cat, oc, k[oc], per, subject=s))])
                rows.append([lab(pl), CL[cat], sl, "Total",
                             int(F(cat, "total", sum(k.values()), per, subject=s))])
    notes = [[N("Leicestershire Police - response to FOI 003391-26", "reference")],
             [N("Data extracted from Centurion on 30 November 2026.", "date")],
             [N("2026/27 (Apr-Oct) is 1 April 2026 to 31 October 2026.", "the part year's dates")],
             ["Counts are allegations. Periods are by the date the allegation was recorded."],
             [N("Calendar years 2024 and 2025 are not held in this form: our reporting is by "
                "financial year only (section 1(1)(a)).", "years; section number")]]
    for per in (CY24, CY25):
        for cat in CATS5:
            F(cat, "total", NH, per, printed=False)
    write_bytes(src, google_xlsx([("Allegations", rows), ("Notes", notes)]))


# =========================================================================== 8 Cumbria: BIFF8 .xls written by LibreOffice, "-" and "Nil" as text


def build_cumbria():
    import openpyxl
    from openpyxl.styles import Font
    src = "cumbria/Cumbria FOI 2026-0788.xls"
    KEY.file(src, "cumbria")
    r = rng("cumb")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    for sheet, s, who, zero in (("Officers", "officers", "police officers", "-"),
                                ("Staff", "staff", "police staff", "Nil")):
        ws = wb.create_sheet(sheet)
        ws["A1"] = N(f"Cumbria Constabulary - FOI 2026/0788 - allegations against {who}", "reference")
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Allegations by type and outcome, by financial year of recording"
        hdr = ["Allegation type", "Outcome"] + [lab(p) for p, _ in pers]
        for j, h in enumerate(hdr, 1):
            ws.cell(4, j, h).font = Font(bold=True)
        row = 5
        for cat in CATS5:
            ks = [counts(r, hi=4, zero=0.45, cat=cat, subj=s, late=per == FY25) for _, per in pers]
            for i, (ol, oc) in enumerate(OUT7 + [("Total", "total")]):
                ws.cell(row, 1, CL[cat] if i == 0 else None)
                ws.cell(row, 2, ol)
                for pi, (_, per) in enumerate(pers):
                    v = sum(ks[pi].values()) if oc == "total" else ks[pi][oc]
                    if v == 0:
                        ws.cell(row, 3 + pi, zero)
                        F(cat, oc, 0, per, subject=s, said=zero if zero == "Nil" else "", printed=zero == "Nil")
                    else:
                        ws.cell(row, 3 + pi, int(F(cat, oc, v, per, subject=s)))
                if oc == "total":
                    for j in range(1, 6):
                        ws.cell(row, j).font = Font(bold=True)
                row += 1
        row += 1
        if s == "officers":
            ws.cell(row, 1, "Notes: a dash (-) means that no allegations were recorded.")
        else:
            ws.cell(row, 1, "Notes: Nil means that no allegations were recorded.")
        ws.cell(row + 1, 1, N("Figures for the calendar years 2024 and 2025 and for 2026/27 to date "
                              "are covered in the letter that accompanies this spreadsheet.",
                              "years"))
        ws.column_dimensions["A"].width = 38
        ws.column_dimensions["B"].width = 26
    data = lo_convert(xlsx_bytes(wb, "Cumbria Constabulary"), "cumbria.xlsx", "xls")
    write_bytes(src, data)


# =========================================================================== 9 Derbyshire: Excel "Unicode Text" export (UTF-16 LE, tab-separated, CRLF)


def build_derbyshire():
    src = "derbyshire/Derbyshire FOI 26-7719 data (Unicode text).txt"
    KEY.file(src, "derbyshire")
    r = rng("derby")
    W = 8
    lines = []

    def put(cells):
        cells = [str(c) for c in cells] + [""] * (W - len(cells))
        lines.append("\t".join(cells))
    put([N("Derbyshire Constabulary - FOI 26-7719", "reference")])
    put(["Allegations against police officers and police staff, by type and period"])
    put([])
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
            ("2026/27 (to 31 Oct)", YTD_OCT), ("CY 2024", CY24), ("CY 2025", CY25)]
    put(["Allegation type", "Employee type"] + [lab(c) for c, _ in cols])
    fy25 = {}
    for cat in CATS5:
        for sl, s in (("Officer", "officers"), ("Staff", "staff")):
            cells = [CL[cat], sl]
            for _, per in cols:
                v = tot(r, cat, s, hi=22)
                if per == FY25:
                    fy25[(cat, s)] = v
                cells.append(F(cat, "total", v, per, subject=s))
            put(cells)
    put([])
    put([])
    for sl, s in (("police officers", "officers"), ("police staff", "staff")):
        put([N(f"Outcomes of allegations recorded in 2025/26 - {sl}", "year")])
        put(["Outcome"] + [CL[c] for c in CATS5])
        ks = {}
        for cat in CATS5:
            k = counts(r, hi=3, zero=0.5, cat=cat, subj=s)
            rest = fy25[(cat, s)] - sum(k.values())
            if rest < 0:
                k = {oc: 0 for _, oc in OUT7}
                rest = fy25[(cat, s)]
            k["ongoing"] += rest
            ks[cat] = k
        for ol, oc in OUT7:
            put([ol] + [F(cat, oc, ks[cat][oc], FY25, subject=s) for cat in CATS5])
        put(["Total"] + [F(cat, "total", fy25[(cat, s)], FY25, subject=s, restated=True)
                         for cat in CATS5])
        put([])
    put([N("\"2026/27 (to 31 Oct)\" is 1 April to 31 October 2026.", "the part year's dates")])
    # Excel quotes a cell that holds a double quote, doubling the quotes inside
    lines[-1] = lines[-1].replace('"2026/27 (to 31 Oct)" is 1 April to 31 October 2026.',
                                  '"""2026/27 (to 31 Oct)"" is 1 April to 31 October 2026."')
    write_text(src, "\n".join(lines) + "\n", encoding="utf-16-le", newline="\r\n", bom=True)


# =========================================================================== 10 Northumbria: ODS with several tables on one sheet


def ods_doc(sheets, colwidths=("6cm", "3cm")):
    """A hand-written ODS: sheets [(name, rows)], rows lists of str / int / None; a row given as
    ("B", [...]) is bold."""
    def cell(v, bold):
        st = ' table:style-name="ceb"' if bold else ""
        if v is None or v == "":
            return "<table:table-cell/>"
        if isinstance(v, int):
            return (f'<table:table-cell{st} office:value-type="float" office:value="{v}" '
                    f'calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>')
        return (f'<table:table-cell{st} office:value-type="string" calcext:value-type="string">'
                f'<text:p>{E(v)}</text:p></table:table-cell>')
    tables = []
    for name, rows in sheets:
        w = max((len(r[1]) if isinstance(r, tuple) else len(r)) for r in rows)
        xr = []
        for row in rows:
            bold = isinstance(row, tuple)
            cells = row[1] if bold else row
            cells = list(cells) + [None] * (w - len(cells))
            if not any(c not in (None, "") for c in cells):
                xr.append(f'<table:table-row table:style-name="ro1"><table:table-cell '
                          f'table:number-columns-repeated="{w}"/></table:table-row>')
                continue
            xr.append('<table:table-row table:style-name="ro1">' + "".join(cell(c, bold) for c in cells)
                      + "</table:table-row>")
        tables.append(f'<table:table table:name="{E(name)}" table:style-name="ta1">'
                      f'<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
                      f'<table:table-column table:style-name="co2" table:number-columns-repeated="{w - 1}" '
                      f'table:default-cell-style-name="Default"/>' + "".join(xr) + "</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'office:version="1.3"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>'
               '<office:automatic-styles>'
               f'<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
               f'style:column-width="{colwidths[0]}"/></style:style>'
               f'<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
               f'style:column-width="{colwidths[1]}"/></style:style>'
               '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
               'style:row-height="0.452cm" style:use-optimal-row-height="true"/></style:style>'
               '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
               '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
               '<style:style style:name="ceb" style:family="table-cell" style:parent-style-name="Default">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + "".join(tables) + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns}><office:styles>'
              '<style:style style:name="Default" style:family="table-cell"/></office:styles>'
              '<office:master-styles><style:master-page style:name="Default"/></office:master-styles>'
              '</office:document-styles>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">'
            '<office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2'
            '</meta:generator><meta:creation-date>2026-12-02T09:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    return zip_members([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                        ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                        ("META-INF/manifest.xml", manifest)])


def build_northumbria():
    src = "northumbria/Northumbria Police FOI 2026-3318.ods"
    KEY.file(src, "northumbria")
    r = rng("nbria")
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2024 (Jan-Dec)", CY24),
            ("2025 (Jan-Dec)", CY25)]
    rows = [("B", [N("Northumbria Police - Freedom of Information request 2026-3318", "reference")]),
            ["All figures are numbers of allegations."], [], []]
    totals = {}
    for ti, (sl, s) in enumerate(SUBJ2, 1):
        rows.append(("B", [N(f"Table {ti}: allegations against {sl.lower()}", "table number")]))
        rows.append(("B", ["Allegation type"] + [lab(c) for c, _ in cols]))
        for cat in CATS5:
            cells = [CL[cat]]
            for _, per in cols:
                v = tot(r, cat, s, hi=20)
                totals[(cat, s, per)] = v
                cells.append(int(F(cat, "total", v, per, subject=s)))
            rows.append(cells)
        rows += [[], []]
    for ti, (tl, per) in ((3, ("financial year 2025/26", FY25)), (4, ("calendar year 2025", CY25))):
        rows.append(("B", [N(f"Table {ti}: outcomes of allegations, {tl} (officers and staff)",
                             "table number; period")]))
        rows.append(("B", ["Outcome"] + [CL[c] for c in CATS5]))
        ks = {}
        for cat in CATS5:
            t = totals[(cat, "officers", per)] + totals[(cat, "staff", per)]
            k = counts(r, hi=3, zero=0.45, cat=cat)
            rest = t - sum(k.values())
            if rest < 0:
                k = {oc: 0 for _, oc in OUT7}
                rest = t
            k["ongoing"] += rest
            ks[cat] = k
        for ol, oc in OUT7:
            rows.append([ol] + [int(F(cat, oc, ks[cat][oc], per)) for cat in CATS5])
        rows.append(("B", ["Total"] + [int(F(cat, "total", sum(ks[cat].values()), per)) for cat in CATS5]))
        rows += [[], []]
    rows.append([N("2026/27 to date (1 April to 31 October 2026): not provided. Figures for part of a year are not quality "
                   "assured and are due to be published in our 2026/27 annual report (section 22).",
                   "years; dates; section number")])
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD_OCT, printed=False)
    write_bytes(src, ods_doc([(N("FOI 2026-3318", "reference; sheet name"), rows)]))


# =========================================================================== 11 Surrey: XLSX, totals as formulas without cached values beside a sheet of values


def build_surrey():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "surrey/Surrey Police FOI 26-09914 workbook.xlsx"
    KEY.file(src, "surrey")
    r = rng("surrey")
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Summary"
    data = wb.create_sheet("Data")
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    data["A1"] = N("Surrey Police - FOI 26-09914 - allegations by type, outcome and employee type",
                   "reference")
    data["A1"].font = Font(bold=True)
    data.cell(3, 3, "Police officers").font = Font(bold=True)
    data.cell(3, 6, "Police staff").font = Font(bold=True)
    data.merge_cells("C3:E3")
    data.merge_cells("F3:H3")
    hdr = ["Allegation type", "Outcome"] + [lab(p) for p, _ in pers + pers]
    for j, h in enumerate(hdr, 1):
        data.cell(4, j, h).font = Font(bold=True)
    row = 5
    blocks = {}
    for cat in CATS5:
        top = row
        ks = {(s, per): counts(r, hi=4, zero=0.45, cat=cat, subj=s, late=per == FY25)
              for _, s in SUBJ2 for _, per in pers}
        for i, (ol, oc) in enumerate(OUT7):
            data.cell(row, 1, CL[cat] if i == 0 else None)
            data.cell(row, 2, ol)
            for si, (_, s) in enumerate(SUBJ2):
                for pi, (_, per) in enumerate(pers):
                    data.cell(row, 3 + 3 * si + pi, int(F(cat, oc, ks[(s, per)][oc], per, subject=s)))
            row += 1
        blocks[cat] = (top, row - 1)
    row += 1
    data.cell(row, 1, "Totals for each type are on the Summary sheet.")
    data.column_dimensions["A"].width = 38
    data.column_dimensions["B"].width = 26
    summ["A1"] = N("Surrey Police - FOI 26-09914 - summary", "reference")
    summ["A1"].font = Font(bold=True)
    summ["A2"] = ("Totals for each allegation type, calculated from the Data sheet (police officers "
                  "and police staff together).")
    hdr = ["Allegation type"] + [lab(p) for p, _ in pers]
    for j, h in enumerate(hdr, 1):
        summ.cell(4, j, h).font = Font(bold=True)
    for i, cat in enumerate(CATS5):
        a, b = blocks[cat]
        summ.cell(5 + i, 1, CL[cat])
        for pi in range(3):
            c1 = xls_readback.col_ref(2 + pi)
            c2 = xls_readback.col_ref(5 + pi)
            summ.cell(5 + i, 2 + pi, f"=SUM(Data!{c1}{a}:{c1}{b})+SUM(Data!{c2}{a}:{c2}{b})")
    summ["A11"] = N("Calendar years 2024 and 2025 and 2026/27 to date: please see our covering "
                    "e-mail.", "years")
    summ["A11"].alignment = Alignment(wrap_text=False)
    summ.column_dimensions["A"].width = 38
    bk.xlsx_save(wb, src, creator="Surrey Police Information Access")


# =========================================================================== 12 Sussex: Word letter, vertically merged column heads, a text box restating a figure


def textbox_run(paragraph, text):
    from docx.oxml import parse_xml
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
           'o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="KeyFigure" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:70pt;'
           'z-index:251659264" fillcolor="#fff2cc" strokecolor="#bf9000">'
           '<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>'
           f'<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{E(text)}</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def build_sussex():
    src = "sussex/Sussex Police FOI 1544-26 response.docx"
    KEY.file(src, "sussex")
    r = rng("sussex")
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", "Sussex Police, Malling House, Lewes")
    p = dpara(d, "Sussex Police", bold=True, size=14)
    dpara(d, N("Our reference: FOI 1544/26", "reference"))
    dpara(d, N("Date: 3 December 2026", "date"))
    dpara(d, "Dear Requester,")
    dpara(d, N("Thank you for your request of 23 November 2026:", "date"))
    dpara(d, request26(), italic=True)
    dpara(d, N("Table 1 gives the number of allegations recorded against police officers and police "
               "staff in each financial year, and the total for the three years together. Table 2 "
               "gives the outcomes of the allegations recorded in 2025/26.",
               "table numbers; three years; year"))
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    rows = [["Allegation type", "Police officers", "", "", "Police staff", "", "",
             lab("Total 2023/24 to 2025/26")],
            ["", lab(pers[0][0]), lab(pers[1][0]), lab(pers[2][0]), lab(pers[0][0]), lab(pers[1][0]),
             lab(pers[2][0]), ""]]
    fy25 = {}
    for cat in CATS5:
        cells = [CL[cat]]
        allv = 0
        for _, s in SUBJ2:
            for _, per in pers:
                v = tot(r, cat, s, hi=20)
                allv += v
                if per == FY25:
                    fy25[cat] = fy25.get(cat, 0) + v
                cells.append(F(cat, "total", v, per, subject=s))
        cells.append(F(cat, "total", allv, SPAN(FY23, FY25)))
        rows.append(cells)
    dpara(d, N("Table 1: allegations by type and financial year", "table number"), bold=True)
    # the vertically merged heading is read back in both header rows (python-docx gives the
    # continuation cell the top cell's text)
    N("Total 2023/24 to 2025/26", "period heading (vertically merged cell, second header row)")
    dtable(d, rows, header_rows=2, merges=[((0, 0), (1, 0)), ((0, 1), (0, 3)), ((0, 4), (0, 6)),
                                           ((0, 7), (1, 7))])
    dpara(d, "")
    dpara(d, N("Table 2: outcomes of allegations recorded in 2025/26 (officers and staff together)",
               "table number; year"), bold=True)
    ks = {}
    for cat in CATS5:
        k = counts(r, hi=3, zero=0.45, cat=cat)
        rest = fy25[cat] - sum(k.values())
        if rest < 0:
            k = {oc: 0 for _, oc in OUT7}
            rest = fy25[cat]
        k["ongoing"] += rest
        ks[cat] = k
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    for ol, oc in OUT7:
        rows.append([ol] + [F(cat, oc, ks[cat][oc], FY25) for cat in CATS5])
    rows.append(["Total"] + [F(cat, "total", fy25[cat], FY25) for cat in CATS5])
    dtable(d, rows, bold_rows=[len(rows) - 1])
    # the key-figure text box, anchored in the letterhead paragraph
    textbox_run(p, L("Key figure: {t} allegations of sexual harassment were recorded in 2025/26; "
                     "{k} are still under investigation.", "year",
                     t=F(SH, "total", fy25[SH], FY25, restated=True),
                     k=F(SH, "ongoing", ks[SH]["ongoing"], FY25, restated=True)))
    dpara(d, "")
    dpara(d, N("Calendar years 2024 and 2025: our case management system reports by financial year. "
               "Producing calendar-year figures would mean re-reading each case file, which we "
               "estimate would take 26 hours, above the appropriate limit of 18 hours. This part "
               "of your request is refused under section 12(1).",
               "years; hours; section number"))
    for per in (CY24, CY25):
        for cat in CATS5:
            F(cat, "total", REF("s12"), per)
    dpara(d, N("2026/27 to date (1 April to 31 October 2026): the year is not complete, and the "
               "figures for the whole year will be published on our website in summer 2027, so "
               "this part is withheld under section 22.", "years; dates; section number"))
    for cat in CATS5:
        F(cat, "total", REF("s22"), YTD_OCT)
    dpara(d, rights("Sussex Police"))
    dpara(d, "Yours sincerely,")
    dpara(d, "Information Access Team")
    bk.docx_save(d, src, "Sussex Police IAT")


# =========================================================================== 13 Police Scotland: provisional column and a part year defined in a footnote


def build_police_scotland():
    src = "police-scotland/IM-FOI-2026-3140 response.pdf"
    KEY.file(src, "police-scotland")
    r = rng("psos")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    story = [P("Police Scotland", "h"), P("Information Management - Dundee"),
             P(N("Our reference: IM-FOI-2026-3140", "reference")),
             P(N("Your request dated: 23 November 2026", "date")),
             P(N("Our response dated: 2 December 2026", "date")),
             P(N("Freedom of Information (Scotland) Act 2002", "act year"), "bold"),
             P("You asked:"), P(request26(), "quote"),
             P(N("Police Scotland holds most of this information. Table 1 gives the number of "
                 "allegations recorded against police officers and police staff in each financial "
                 "year, and Table 2 the outcomes of the allegations recorded in the latest complete "
                 "year.", "table numbers"))]
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26 (provisional)", FY25),
            ("2026/27 \u2020", YTD_SEP)]
    data = [["Allegation type", "Employee type"] + [lab(c) for c, _ in cols]]
    fy25 = {}
    bold = []
    for cat in CATS5:
        for sl, s in (("Officers", "officers"), ("Staff", "staff")):
            row = [CL[cat] if s == "officers" else "", sl]
            for _, per in cols:
                v = tot(r, cat, s, hi=30)
                if per == FY25:
                    fy25[cat] = fy25.get(cat, 0) + v
                row.append(F(cat, "total", v, per, subject=s))
            data.append(row)
    from reportlab.platypus import Paragraph
    for row in data[1:]:
        if row[0]:
            row[0] = Paragraph(E(row[0]), st["cell"])
    spans = [((0, 1 + 2 * i), (0, 2 + 2 * i)) for i in range(5)]
    story += [P(N("Table 1: allegations by type, financial years", "table number"), "h2"),
              ruled(data, [52, 22, 22, 22, 34, 22], spans=spans),
              P(N("\u2020 2026/27: 1 April to 30 September 2026 only.", "the part year's dates"), "small"),
              P(N("Figures for 2025/26 are provisional: some allegations recorded late in the year "
                  "are still being classified, and the final figures may differ slightly.", "year"),
                "small"),
              bk.S(6),
              P(N("Table 2: outcomes of allegations recorded in 2025/26 (provisional), officers and "
                  "staff together", "table number; year"), "h2")]
    data = [["Outcome"] + [Paragraph(E(CL[c]), st["cellb"]) for c in CATS5]]
    ks = {}
    for cat in CATS5:
        k = counts(r, hi=4, zero=0.4, cat=cat)
        rest = fy25[cat] - sum(k.values())
        if rest < 0:
            k = {oc: 0 for _, oc in OUT7}
            rest = fy25[cat]
        k["ongoing"] += rest
        ks[cat] = k
    for ol, oc in OUT7:
        data.append([ol] + [F(cat, oc, ks[cat][oc], FY25) for cat in CATS5])
    data.append(["Total"] + [F(cat, "total", fy25[cat], FY25) for cat in CATS5])
    story += [ruled(data, [38, 24, 24, 24, 28, 28], bold_rows=[len(data) - 1]), bk.S(6),
              P(N("Calendar years 2024 and 2025: our professional standards system records "
                  "allegations by financial year, and we do not hold calendar-year figures. In "
                  "terms of section 17 of the Act this is a notice that the information is not held.",
                  "years; section number")),
              P(N("If you are dissatisfied with the way we have handled your request you may ask "
                  "for a review within 40 working days. If you remain dissatisfied you may apply to "
                  "the Scottish Information Commissioner within six months.",
                  "review deadline; six months")),
              P("Information Management")]
    for per in (CY24, CY25):
        for cat in CATS5:
            F(cat, "total", NH, per)
    bk.pdf_letter(src, story, furniture("IM-FOI-2026-3140", "Police Scotland"),
                  title="IM-FOI-2026-3140", author="Police Scotland IM")


# =========================================================================== 14 Bedfordshire: an Outlook e-mail saved as HTML, cells redacted in words


def build_bedfordshire():
    src = "bedfordshire/RE FOI BED-26-2207 Allegations against officers and staff.htm"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    cols = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("Calendar 2024", CY24),
            ("Calendar 2025", CY25)]
    special = {(AP, FY23): "[REDACTED]", (AP, FY24): "[s40(2)]", (VG, CY24): "Withheld",
               (SM, FY25): "*see note*", (SH, CY24): "Nil", (AP, CY25): "None", (VG, FY23): "-"}

    def td(text, w=70, bold=False):
        b = ("<b>", "</b>") if bold else ("", "")
        return (f"<td width={w} valign=top style='width:{w}pt;border:solid windowtext 1.0pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span style='font-size:10.0pt'>"
                f"{b[0]}{text}{b[1]}<o:p></o:p></span></p></td>")
    trs = ["<tr>" + td("Allegation type", 150, True) + "".join(td(E(lab(c)), 60, True) for c, _ in cols)
           + "</tr>"]
    sm25 = None
    t1 = {}
    for cat in CATS5:
        cells = [td(E(CL[cat]), 150)]
        for _, per in cols:
            sp = special.get((cat, per))
            v = tot(r, cat, hi=20)
            t1[(cat, per)] = v
            if sp is None:
                cells.append(td(F(cat, "total", v, per), 60))
            elif sp == "[REDACTED]":
                cells.append(td(E(F(cat, "total", SUP(0, 4, "s40(2)"), per, said=sp)), 60))
            elif sp == "[s40(2)]":
                cells.append(td(E(F(cat, "total", V("suppressed", "", "", "s40(2)"), per, said=sp)), 60))
            elif sp == "Withheld":
                F(cat, "total", REF("s31(1)"), per)
                cells.append(td(sp, 60))
            elif sp == "*see note*":
                sm25 = v
                cells.append(td(E(sp), 60))
            elif sp in ("Nil", "None"):
                cells.append(td(F(cat, "total", 0, per, said=sp), 60))
            else:
                cells.append(td(sp, 60))
        trs.append("<tr>" + "".join(cells) + "</tr>")
    tab1 = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
          "style='border-collapse:collapse;border:none'>\n" + "\n".join(trs) + "\n</table>")
    note = L("*see note*: the figure for sexual misconduct in 2025/26 was still being checked when "
             "the table was prepared. It is {n} allegations.", "year", n=F(SM, "total", sm25, FY25))
    # outcomes 2025/26, officers and staff
    trs = ["<tr>" + td("Outcome", 150, True) + "".join(td(E(CL[c]), 70, True) for c in (SA, SH, VG))
           + "</tr>"]
    ks = {}
    for cat in (SA, SH, VG):        # the outcomes add up to the 2025/26 column of the first table
        k = counts(r, hi=3, zero=0.4, cat=cat)
        if sum(k.values()) > t1[(cat, FY25)]:
            k = {oc: 0 for _, oc in OUT7}
        k["ongoing"] += t1[(cat, FY25)] - sum(k.values())
        ks[cat] = k
    for ol, oc in OUT7:
        cells = [td(E(ol), 150)]
        for cat in (SA, SH, VG):
            v = ks[cat][oc]
            if v == 0 and oc in ("would_have_been_dismissed", "written_warning"):
                cells.append(td("-", 70))           # a dash with no legend: no row
            elif v == 0:
                cells.append(td(F(cat, oc, 0, FY25, said="Nil"), 70))
            else:
                cells.append(td(F(cat, oc, v, FY25), 70))
        trs.append("<tr>" + "".join(cells) + "</tr>")
    t2 = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
          "style='border-collapse:collapse;border:none'>\n" + "\n".join(trs) + "\n</table>")

    def p(text):
        return f"<p class=MsoNormal>{text}<o:p></o:p></p>"
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n'
            '</head>\n<body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
            '<div class=WordSection1>\n')
    hdr = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
           + p("<b>From:</b> Bedfordshire Police Information Access &lt;foi@bedfordshire.police.uk&gt; <br>"
               + "<b>Sent:</b> " + N("Thursday, 3 December 2026 11:42", "date and time") + "<br>"
               + "<b>To:</b> requester@example.org<br>"
               + "<b>Subject:</b> " + N("RE: FOI BED-26-2207 Allegations against officers and staff",
                                        "reference"))
           + "</div>")
    body = [hdr, p("&nbsp;"), p("Dear Requester,"), p("&nbsp;"),
            p(E(N("Thank you for your request of 23 November 2026 (reference BED-26-2207), copied "
                  "below. The first table gives the number of allegations made against police "
                  "officers and police staff together; the second gives the outcomes of the "
                  "allegations of sexual assault, sexual harassment and VAWG recorded in 2025/26.",
                  "date; reference; year"))),
            p("&nbsp;"), tab1, p("&nbsp;"),
            p(E(N("[REDACTED]: a figure of fewer than five, withheld under section 40(2) (personal "
                  "information).", "section number; the threshold of the legend"))),
            p(E(N("[s40(2)]: withheld under section 40(2).", "section number"))),
            p(E(N("Withheld: withheld under section 31(1) because the matter is the subject of a live "
                  "criminal investigation.", "section number"))),
            p(E(note)), p("&nbsp;"), t2, p("&nbsp;"),
            p(E(N("2026/27 to date: we report professional standards figures quarterly and the "
                  "figures for April to September 2026 are published at "
                  "www.bedfordshire.police.uk/foi-ai/psd-q1-q2-2026 (section 21).",
                  "year; address; section number"))),
            p(E(N("Outcomes of sexual misconduct and abuse of position allegations are not given: the "
                  "numbers are so small that they would identify the officers concerned (section "
                  "40(2)).", "section number"))),
            p("&nbsp;"), p(E(rights("Bedfordshire Police"))), p("&nbsp;"),
            p("Kind regards,"), p("Information Access Team"), p("Bedfordshire Police"), p("&nbsp;"),
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            + p("<b>From:</b> requester@example.org<br><b>Sent:</b> "
                + N("Monday, 23 November 2026 09:15", "date and time")
                + "<br><b>Subject:</b> Freedom of Information request") + "</div>",
            p(E(N(REQUEST26, "the request's years (quoted)")))]
    for cat in CATS5:
        F(cat, "total", REF("s21"), YTD_SEP)
    html = head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    write_text(src, html, encoding="cp1252", newline="\r\n")


# =========================================================================== 15 Ministry of Defence Police: outcomes as nested bullets under each type


def build_ministry_of_defence():
    src = "ministry-of-defence/FOI2026-14418 MDP response.pdf"
    KEY.file(src, "ministry-of-defence", subject="officers")
    r = rng("mdp")
    st = pstyles("Helvetica", 10)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    b1 = ParagraphStyle("b1", parent=st["body"], leftIndent=18, bulletIndent=6, spaceAfter=1)
    b2 = ParagraphStyle("b2", parent=st["body"], leftIndent=40, bulletIndent=28, spaceAfter=0,
                        fontSize=9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s] if isinstance(s, str) else s)
    story = [P("Ministry of Defence Police", "h"), P("Secretariat - Freedom of Information",),
             P(N("Reference: FOI2026/14418", "reference")), P(N("Date: 4 December 2026", "date")),
             P("Dear Requester,"), P(N("Thank you for your email of 23 November 2026:", "date")),
             P(request26(), "quote"),
             P("The Ministry of Defence Police (MDP) holds some of this information. The MDP employs "
               "police officers only: the civilian staff who work with the force are Ministry of "
               "Defence civil servants, and allegations against them are not recorded by MDP "
               "Professional Standards, so no information is held for police staff."),
             P("The figures below are allegations against police officers, by the financial year in "
               "which the allegation was recorded. Under each type we list the outcomes; an outcome "
               "that did not occur is not listed.")]
    for y, per in ((2023, FY23), (2024, FY24), (2025, FY25)):
        story.append(P(N(f"Financial year {y}/{(y + 1) % 100:02d} (1 April {y} to 31 March {y + 1})",
                         "the year and its dates"), "h2"))
        for cat in CATS5:
            k = counts(r, hi=3, zero=0.5, cat=cat, late=per == FY25)
            if cat == AP and y == 2023:
                k = {oc: 0 for _, oc in OUT7}
            t = sum(k.values())
            if t == 0:
                story.append(Paragraph(E(CL[cat]) + ": " + F(cat, "total", 0, per, said="none"), b1,
                                       bulletText="\u2022"))
                continue
            story.append(Paragraph(E(L("{c} ({t})", "", c=CL[cat], t=F(cat, "total", t, per))), b1,
                                   bulletText="\u2022"))
            for ol, oc in OUT7:
                if k[oc]:
                    story.append(Paragraph(E(L("{o}: {n}", "", o=ol.lower(), n=F(cat, oc, k[oc], per))),
                                           b2, bulletText="\u2013"))
    story += [P(N("2026/27 to date", "year"), "h2"),
              P(N("For 1 April to 31 October 2026 the numbers of allegations recorded against police "
                  "officers are:", "dates"))]
    for cat in CATS5:
        story.append(Paragraph(E(L("{c}: {n}", "", c=CL[cat], n=F(cat, "total", tot(r, cat, lo=0, hi=6),
                                                                     YTD_OCT))), b1, bulletText="\u2022"))
    story += [P("Outcomes for these allegations are not given, as most are still being investigated."),
              P(N("Calendar years 2024 and 2025: the MDP records allegations by financial year only, so "
                  "calendar-year figures are not held.", "years")),
              P(rights("the Ministry of Defence")), P("Yours sincerely,"), P("MDP Secretariat")]
    for per in (FY23, FY24, FY25, YTD_OCT):
        for cat in CATS5:
            F(cat, "total", NH, per, subject="staff")
    for per in (CY24, CY25):
        for cat in CATS5:
            F(cat, "total", NH, per, subject="officers_and_staff")
    bk.pdf_letter(src, story, furniture("FOI2026/14418", "MDP"), title="FOI2026/14418",
                  author="MDP Secretariat")


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind26-", read=read26))
