#!/usr/bin/python3
"""make_blind44_fixtures.py -- the forty-fourth blind test batch for `foi` and its answer key.

Theme: numbers that are not the figures asked for.  Every response carries, beside its real figures,
numbers a careless reader would take: rates per 1,000 officers, percentages, headcounts, references,
page and paragraph numbers, dates, telephone numbers, money, national and neighbouring forces'
figures, an earlier response quoted, superseded and draft tables, figures of other things (complaints
and misconduct of every kind, hearings, days), and Totals that do not add up.
The request, sent 1 December 2026, is in REQUEST below; see fixtures/blind44/NOTES.md.
Machinery: scripts/blindkit.py (not edited); an .eml read-back and a few writers are local.

usage: /usr/bin/python3 make_blind44_fixtures.py # rebuild fixtures/blind44 (or $FOI_BLIND44_OUT)
       /usr/bin/python3 make_blind44_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind44_fixtures.py dump FILE
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
from blindkit import F, N, L, KEY, FY, CY, SUP, NH, NCND, APPROX, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND44_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind44").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
AB = {SA: "SA", SM: "SM", SH: "SH", AP: "APSP", VG: "VAWG"}
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
FYL = {FY23: "2023/24", FY24: "2024/25", FY25: "2025/26"}
REQUEST = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26, the number of "
           "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
           "purpose and violence against women and girls made against police officers and police staff, and the "
           "outcome of each allegation. If you record by calendar year, please give the calendar years 2024 and "
           "2025 instead.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
SHORT7 = list(zip(["Dismissed", "WHBD", "FWW", "WW", "RP", "NCTA", "Ongoing"], OCS))
WHEN = dt.datetime(2026, 12, 15, 10, 30, 0)


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind44-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(1, 4)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


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


def shown(v, fmt="General"):
    """A number as the read-back prints a workbook cell holding it."""
    if isinstance(v, (int, float)) and "%" in fmt:
        return f"{v * 100:.1f}%"
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def xnon(ws, ref, v, why, fmt=None):
    """A workbook cell holding a non-figure number."""
    c = ws[ref]
    c.value = v
    if fmt:
        c.number_format = fmt
    N(shown(v, fmt or "General"), why)
    return c


def read44(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    if p.suffix.lower() == ".csv":          # a reader sees the fields, not the commas between them
        import csv as csvmod
        return "\n".join(" | ".join(row) for row in csvmod.reader(io.StringIO(bk.read_back(p))))
    return bk.read_back(p)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica", repeat=None):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat is None else repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


def pct(a, b):
    return "0.0%" if b == 0 else f"{100.0 * a / b:.1f}%"


def fw(cells, widths, first_left=True):
    """A fixed-width text row: the first cell left-aligned, the rest right-aligned."""
    out = []
    for i, (c, w) in enumerate(zip(cells, widths)):
        out.append(c.ljust(w) if (i == 0 and first_left) else c.rjust(w))
    return "".join(out).rstrip()


# ===================================================================== 1 Greater Manchester: disclosure page, a table per
# year with "% of all allegations" and "Rate per 1,000 officers" columns, an officer headcount line per table
def build_greater_manchester():
    src = "greater-manchester/GMP FOI 008812-26 disclosure.html"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    heads = {FY23: 7412, FY24: 7688, FY25: 7931}
    parts = ['<header class="site-header"><a href="/">Greater Manchester Police</a>',
             '<nav><ul><li><a href="/foi">Freedom of Information</a></li><li><a href="/foi/log">Disclosure log</a></li>'
             '<li><a href="/contact">Contact us</a></li></ul></nav></header>',
             '<main class="container">',
             N("<h1>FOI 008812/26 \u2013 Allegations of a sexual nature against officers and staff</h1>", "reference"),
             '<ul class="foi-details">',
             N("<li><strong>Reference:</strong> FOI 008812/26</li>", "reference"),
             N("<li><strong>Date received:</strong> 01/12/2026</li>", "date"),
             N("<li><strong>Date of response:</strong> 15/12/2026</li>", "date"),
             "<li><strong>Department:</strong> Professional Standards Branch</li></ul>",
             "<h2>Request</h2>", f"<blockquote>{request()}</blockquote>",
             "<h2>Response</h2>",
             N("<p>Greater Manchester Police holds this information. To help readers compare forces of different "
               "sizes we have added the rate per 1,000 police officers, using the officer headcount at 31 March of "
               "each year from the Home Office police workforce statistics. At 30 September 2026 GMP had a headcount "
               "of 7,904 police officers, 4,266 police staff, 512 PCSOs and 298 special constables.</p>",
               "workforce headcounts and their dates; the rate's base"),
             "<p>The figures count allegations made against police officers and police staff together, by the "
             "financial year in which the allegation was recorded.</p>"]
    for p in (FY23, FY24, FY25):
        vs = {c: counts(r, hi=7, cat=c, late=p == FY25) for c in CATS5}
        allt = sum(vs[c]["total"] for c in CATS5)
        parts.append(N(f"<h3>Financial year {FYL[p]}</h3>", "period"))
        parts.append(N(f"<p class=\"small text-muted\">Officer headcount at 31 March {int(FYL[p][:4]) + 1}: "
                       f"{heads[p]:,}</p>", "headcount and its date"))
        parts.append('<table class="table table-bordered gmp-table">')
        parts.append(N(f"<caption>Allegations by type and outcome, {FYL[p]}</caption>", "period"))
        parts.append("<thead><tr><th scope=\"col\">Allegation type</th>" +
                     "".join(f"<th scope=\"col\">{lab}</th>" for lab, _ in OUT7) +
                     "<th scope=\"col\">Total</th><th scope=\"col\">% of all allegations</th>"
                     "<th scope=\"col\">Rate per 1,000 officers</th></tr></thead><tbody>")
        N("Rate per 1,000 officers", "column head: the rate's base")
        for c in CATS5:
            v = vs[c]
            cells = "".join(f"<td>{F(c, oc, v[oc], p)}</td>" for _, oc in OUT7)
            rate = N(f"{1000.0 * v['total'] / heads[p]:.2f}", "rate per 1,000 officers")
            share = N(pct(v["total"], allt), "percentage of all allegations")
            parts.append(f"<tr><th scope=\"row\">{CL[c]}</th>{cells}<td><strong>{F(c, 'total', v['total'], p)}"
                         f"</strong></td><td>{share}</td><td>{rate}</td></tr>")
        parts.append("</tbody></table>")
    parts += ["<h2>Notes</h2>",
              N("<p class=\"small text-muted\">Rates are calculated per 1,000 officers and are given for context only; "
                "they include allegations against police staff, so they overstate the rate for officers. Percentages "
                "may not total 100 because of rounding.</p>", "rate base; percentages total"),
              f"<p>{rights(20)}</p>",
              "</main>",
              N("<footer><p>Greater Manchester Police, Openshaw Complex, Lawton Street, Openshaw, Manchester M11 2NS. "
                "Non-emergency 101 or 0161 872 5050.</p><p>&copy; 2026 Greater Manchester Police</p></footer>",
                "address; telephone numbers; copyright year")]
    write_text(src, bk.html_page(N("FOI 008812/26 | Greater Manchester Police", "reference"), "\n".join(parts)))


# ===================================================================== 2 Staffordshire: plain-text letter quoting the
# national figure and three neighbouring forces' figures before its own fixed-width tables; staff totals in words
def build_staffordshire():
    src = "staffordshire/FOI 7714-26 response.txt"
    KEY.file(src, "staffordshire", subject="officers")
    import textwrap
    r = rng("staffs")
    L_ = []
    L_ += ["STAFFORDSHIRE POLICE",
           N("Freedom of Information Unit, PO Box 3167, Stafford ST16 9JZ", "PO box; postcode"),
           "",
           N("Our reference: FOI 7714-26", "reference"),
           N("Date: 11 December 2026", "date"),
           "",
           "Dear Requester,",
           "",
           N("Thank you for your e-mail of 1 December 2026, in which you asked:", "date"),
           ""] + textwrap.wrap(request(), 98) + [
           "",
           "Staffordshire Police records allegations by the calendar year in which they were made, so the",
           N("figures below are for the calendar years 2024 and 2025 as your request allows.", "periods"),
           "",
           "Context",
           "-------",
           N("You may find it helpful to compare our figures with the national picture. The Home Office reports", "x"),
           N("that, nationally, 1,539 allegations of sexual misconduct were recorded against police officers in", "national figure"),
           N("the year ending 31 March 2025. Our neighbouring forces published the following totals for 2025:", "date; period of others' figures"),
           N("West Midlands Police 212, West Mercia Police 61, Cheshire Constabulary 47 and Derbyshire", "neighbouring forces' figures"),
           N("Constabulary 58. These are their figures, not ours, and are given only for comparison.", "neighbouring force's figure"),
           "",
           N("Staffordshire Police has an officer headcount of 1,912 (including 66 special constables) and", "headcount"),
           N("1,447 police staff (Home Office workforce statistics, 31 March 2026).", "headcount; date"),
           "",
           "Allegations against police officers",
           "------------------------------------",
           "Key: SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a",
           "sexual purpose; VAWG violence against women and girls. WHBD = would have been dismissed; FWW =",
           "final written warning; WW = written warning; RP = reflective practice; NCTA = no case to answer.",
           ""]
    widths = [26, 7, 7, 7, 7, 7]
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        vs = {c: counts(r, hi=5, cat=c, late=p == CY25) for c in CATS5}
        L_.append(N(f"Calendar year {yl}", "period"))
        L_.append(fw(["Outcome"] + [AB[c] for c in CATS5], widths))
        L_.append("-" * 61)
        for lab, oc in SHORT7 + [("Total", "total")]:
            if oc == "total":
                L_.append("-" * 61)
            L_.append(fw([lab] + [F(c, oc, vs[c][oc], p) for c in CATS5], widths))
        L_.append("")
    L_ += ["Allegations against police staff",
           "--------------------------------",
           N("Where fewer than five allegations were made the number is not given, because it could identify", "threshold of suppression"),
           N("the individuals concerned (section 40(2) of the Freedom of Information Act 2000).", "section number; Act year"),
           ""]
    sent = []
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        bits = []
        for c in CATS5:
            v = rng(f"staffs-st-{yl}-{c}").choice([0, 0, 2] if c == AP else [0, 0, 6, 7, 8, 9, 2])
            if v in (1, 2, 3, 4):
                bits.append(f"{CL[c].lower()}: " + F(c, "total", SUP(), p, subject="staff", said="fewer than five"))
            elif v == 0:
                bits.append(f"{CL[c].lower()}: " + F(c, "total", 0, p, subject="staff", said="none"))
            else:
                bits.append(f"{CL[c].lower()}: " + F(c, "total", v, p, subject="staff", said=bk.WORDS[v]))
        sent.append(N(f"In {yl}, ", "period") + "; ".join(bits) + ".")
    for s in sent:
        L_ += textwrap.wrap(s, 98) + [""]
    L_ += textwrap.wrap(rights(), 98)
    L_ += ["", "Yours sincerely,", "", "Freedom of Information Officer", "Staffordshire Police",
           N("Telephone 101 extension 4412", "telephone number and extension")]
    write_text(src, "\n".join(L_) + "\n", newline="\r\n")


# ===================================================================== 3 Durham: plain-text e-mail reply with the force's
# earlier response (March 2025, 2022/23 and 2023/24) quoted below it; 2023/24 since revised
def build_durham():
    src = "durham/RE FOI DUR-2026-3318 allegations against officers and staff.eml"
    KEY.file(src, "durham")
    r = rng("durham")
    widths = [28, 6, 6, 6, 7, 7]
    body = ["Dear Requester,", "",
            N("Freedom of Information request DUR-2026-3318", "reference"), "",
            N("Thank you for your request of 1 December 2026. Durham Constabulary holds the information. The tables "
              "below show allegations against police officers and police staff (combined), by the financial year in "
              "which they were recorded. Abbreviations: SA sexual assault, SM sexual misconduct, SH sexual "
              "harassment, APSP abuse of position for a sexual purpose, VAWG violence against women and girls.",
              "date; reference"), ""]
    vals = {}
    for p in (FY23, FY24, FY25):
        vs = {c: counts(r, hi=4, cat=c, late=p == FY25) for c in CATS5}
        if p == FY23 and vs[SH]["total"] < 2:
            vs[SH]["no_case_to_answer"] += 2
            vs[SH]["total"] += 2
        vals[p] = vs
        body.append(N(f"Financial year {FYL[p]}" + (" (revised)" if p == FY23 else ""), "period"))
        body.append(fw(["Outcome"] + [AB[c] for c in CATS5], widths))
        for lab, oc in OUT7 + [("Total", "total")]:
            body.append(fw([lab] + [F(c, oc, vs[c][oc], p) for c in CATS5], widths))
        body.append("")
    old_sh = vals[FY23][SH]["total"] - 2
    old_sa = vals[FY23][SA]["total"] + 1
    body += [N("Please note that the 2023/24 figures differ from those we gave in our response of 14 March 2025 "
               "(quoted below): two allegations of sexual harassment recorded late have since been added and one "
               "allegation of sexual assault was reclassified as misconduct of another kind after assessment. The "
               "figures above supersede those in the earlier response.", "date; counts of revisions (not requested figures)"), "",
             rights(), "", "Kind regards,", "", "Sarah Pattinson", "Information Rights Officer",
             N("Durham Constabulary, Aykley Heads, Durham DH1 5TT | 101", "postcode; telephone"), "",
             "-----Original Message-----",
             "From: Durham Constabulary Information Rights <foi@durham.police.uk>",
             N("Sent: 14 March 2025 09:12", "date and time of the earlier e-mail"),
             "To: requester@example.org",
             N("Subject: FOI DUR-2025-0611 response", "reference of the earlier request"), ""]
    r2 = rng("durham-old")
    q = [N("Our reference DUR-2025-0611. You asked for the number of allegations of sexual misconduct against "
           "officers and staff in 2022/23 and 2023/24. The totals were:", "the earlier response: reference; periods"), ""]
    q.append(N(fw(["Allegation type", "2022/23", "2023/24"], [22, 9, 9]), "periods of the earlier response"))
    for c in CATS5:
        old = {SH: old_sh, SA: old_sa}.get(c, vals[FY23][c]["total"])
        q.append(N(fw([AB[c], str(r2.randint(1, 9)), str(old)], [22, 9, 9]),
                   "the earlier response quoted: superseded 2023/24 totals and 2022/23 (not requested)"))
    q += ["", N("Outcomes were not requested in your 2025 request and are not shown.", "year of the earlier request")]
    body += ["> " + x if x else ">" for x in q]
    m = email.message.EmailMessage()
    m["From"] = "Durham Constabulary Information Rights <foi@durham.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("RE: FOI DUR-2026-3318 allegations against officers and staff", "reference")
    m["Date"] = N("Mon, 14 Dec 2026 11:02:37 +0000", "date")
    m["Message-ID"] = "<DUR.3318.reply@durham.police.uk>"
    m.set_content("\n".join(body) + "\n")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 4 Cleveland: PDF letter, two ruled tables whose
# Totals are less than the sum of their outcomes (an allegation can have more than one outcome), a "% of force
# total" column, and Appendix B: the table as previously published, marked superseded
def build_cleveland():
    from reportlab.platypus import PageBreak
    from reportlab.lib import colors
    src = "cleveland/Cleveland Police FOI 2026-1287 response.pdf"
    KEY.file(src, "cleveland")
    r = rng("cleveland")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Cleveland Police", st["h"]),
             bk.P(N("Ladgate Lane, Middlesbrough TS8 9EH", "postcode"), st["addr"]),
             bk.P(N("Our reference: 2026/1287 &nbsp;&nbsp; Date: 16 December 2026", "reference; date"), st["right"]),
             bk.S(8), bk.P("Dear Requester,", st["body"]),
             bk.P(N("Your request of 1 December 2026 was:", "date"), st["body"]), bk.P(request(), st["quote"]),
             bk.P(N("The information is held and is given in Tables 1 and 2 below. The figures count allegations "
                    "against police officers and police staff together.", "table numbers"), st["body"]),
             bk.P(N("Please note that a single allegation can have more than one outcome recorded against it, for "
                    "example where two or more officers are subject to the same allegation and receive different "
                    "outcomes. For this reason the outcome columns can add up to more than the Total allegations "
                    "column, which counts each allegation once.", "number words in an explanation"), st["body"]),
             bk.P(N("The figures published in our response to FOI 2025/0744 on 12 June 2025 for 2024/25 were "
                    "extracted before the year's data had been finalised and are superseded by Table 1. That earlier "
                    "table is reproduced at Appendix B for transparency only.", "reference; date; period"), st["body"])]
    heads = ["Allegation type"] + [lab for lab, _ in SHORT7] + ["Total allegations", "% of force total"]
    from reportlab.lib.styles import ParagraphStyle
    hst = ParagraphStyle("hsmall", parent=st["cellb"], fontSize=7.5, leading=9)
    for ti, p in ((1, FY24), (2, FY25)):
        vs = {c: counts(r, hi=6, cat=c, late=p == FY25) for c in CATS5}
        for c in CATS5:
            if vs[c]["total"] >= 4 and rng(f"clev-{ti}-{c}").random() < 0.5:
                vs[c]["total"] -= rng(f"clev-d-{ti}-{c}").randint(1, 2)
        allt = sum(vs[c]["total"] for c in CATS5)
        story.append(bk.P(N(f"Table {ti}: allegations by type and outcome, financial year {FYL[p]}",
                            "table number; period"), st["h2"]))
        data = [[bk.P(h, hst) for h in heads]]
        for c in CATS5:
            data.append([bk.P(CL[c], st["cell"])] + [F(c, oc, vs[c][oc], p) for _, oc in SHORT7] +
                        [F(c, "total", vs[c]["total"], p), N(pct(vs[c]["total"], allt), "percentage of the force total")])
        story += [rl_table(data, [98, 50, 38, 34, 30, 28, 38, 46, 58, 50], size=8.5), bk.S(10)]
    story.append(bk.P("WHBD would have been dismissed; FWW final written warning; WW written warning; RP reflective "
                      "practice; NCTA no case to answer; Ongoing under investigation.", st["small"]))
    story += [bk.P(rights(), st["body"]), bk.P("Yours sincerely,", st["body"]),
              bk.P("Information Governance Unit, Cleveland Police", st["body"]), PageBreak(),
              bk.P("Appendix B \u2013 as previously published (SUPERSEDED)", st["h"]),
              bk.P(N("This table was published on 12 June 2025 in response to FOI 2025/0744. It was extracted on "
                     "3 June 2025 and is superseded by Table 1 of this letter. Do not use these figures.",
                     "date; reference"), st["body"])]
    r2 = rng("clev-old")
    data = [[bk.P(h, st["cellb"]) for h in ["Allegation type", N("2024/25 (as at 03/06/2025)", "period; date")]]]
    for c in CATS5:
        data.append([bk.P(CL[c], st["cell"]), N(str(r2.randint(0, 9)), "superseded figure (Appendix B)")])
    story.append(rl_table(data, [200, 120], extra=[("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#7F7F7F"))]))
    bk.pdf_letter(src, story, furniture("Cleveland Police FOI 2026/1287"), title="FOI 2026/1287",
                  author="Cleveland Police")


# ===================================================================== 5 Gwent: Word letter opening with figures of
# other things (complaints, allegations of all kinds, hearings, days, costs) and a table of conduct matters by
# Standard of Professional Behaviour, then the requested figures by officers and staff, one table a year
def build_gwent():
    src = "gwent/Gwent Police FOI 2026-00931 response.docx"
    KEY.file(src, "gwent")
    r = rng("gwent")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Gwent Police, Police Headquarters, Croesyceiliog, Cwmbran NP44 2XJ",
                                           "postcode"))
    bk.docx_para(d, "Gwent Police \u2013 Freedom of Information", bold=True, size=14)
    bk.docx_para(d, N("Reference: FOI 2026/00931", "reference"))
    bk.docx_para(d, N("Date: 14 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("1. Your request, received on 1 December 2026, was:", "paragraph number; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("2. Background. To place the figures in context: in 2025/26 the Professional Standards "
                      "Department recorded 1,118 complaints from members of the public, containing 2,904 allegations "
                      "of all kinds. 64 misconduct meetings and hearings were held, investigations took an average of "
                      "211 days to finalise, and external legal costs for hearings came to \u00a3146,250. None of "
                      "these numbers is limited to the allegations you asked about.",
                      "paragraph number; complaints and allegations of all kinds; hearings; days; money"))
    bk.docx_para(d, N("Table 1: conduct matters recorded in 2025/26 by Standard of Professional Behaviour "
                      "(all types, for context only)", "table number; period"), bold=True)
    std = [("Honesty and integrity", 38), ("Authority, respect and courtesy", 51), ("Use of force", 22),
           ("Orders and instructions", 17), ("Duties and responsibilities", 44), ("Confidentiality", 19),
           ("Fitness for work", 6), ("Discreditable conduct", 73), ("Challenging and reporting improper conduct", 9)]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bk.docx_cell(t.rows[0].cells[0], "Standard", bold=True)
    bk.docx_cell(t.rows[0].cells[1], "Conduct matters", bold=True)
    for lab, v in std + [("Total", sum(v for _, v in std))]:
        cells = t.add_row().cells
        bk.docx_cell(cells[0], lab, bold=lab == "Total")
        bk.docx_cell(cells[1], N(str(v), "conduct matters of every kind (not a requested figure)"), bold=lab == "Total")
    bk.docx_para(d, "")
    bk.docx_para(d, N("3. The information you requested is in Tables 2 and 3: allegations of each type made against "
                      "police officers and police staff, by outcome, for the financial years 2024/25 and 2025/26. "
                      "Gwent Police moved to a new case management system on 1 April 2024 and cannot extract "
                      "2023/24 in the same form without a manual review of every file, which would exceed the "
                      "appropriate limit under section 12 of the Act.",
                      "paragraph and table numbers; periods; date; section number"))
    for c in CATS5:
        F(c, "total", bk.REF("s12"), FY23, printed=False)
    for ti, p in ((2, FY24), (3, FY25)):
        bk.docx_para(d, N(f"Table {ti}: allegations by type, employee group and outcome, {FYL[p]}",
                          "table number; period"), bold=True)
        t = d.add_table(rows=1, cols=10)
        t.style = "Table Grid"
        for j, h in enumerate(["Allegation type", "Employee group"] + [lab for lab, _ in SHORT7] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        for c in CATS5:
            for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                v = counts(r, hi=5, cat=c, subj=s, late=p == FY25)
                cells = t.add_row().cells
                bk.docx_cell(cells[0], CL[c], size=8)
                bk.docx_cell(cells[1], sl, size=8)
                for j, (_, oc) in enumerate(SHORT7, 2):
                    bk.docx_cell(cells[j], F(c, oc, v[oc], p, subject=s), size=8, align=1)
                bk.docx_cell(cells[9], F(c, "total", v["total"], p, subject=s), size=8, bold=True, align=1)
        bk.docx_para(d, "")
    bk.docx_para(d, N("4. WHBD: would have been dismissed; FWW: final written warning; WW: written warning; "
                      "RP: reflective practice; NCTA: no case to answer.", "paragraph number"))
    bk.docx_para(d, N("5. ", "paragraph number") + rights())
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Freedom of Information Team")
    write_bytes(src, docx_bytes(d, "Gwent Police"))


# ===================================================================== 6 Humberside: workbook with a Read me sheet, an
# Allegations sheet (a block per year with "Rate per 1,000 officers" and "% change on previous year" columns) and
# a Workforce sheet of headcounts and FTE
def build_humberside():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "humberside/Humberside Police FOI HP-26-4410 data.xlsx"
    KEY.file(src, "humberside")
    r = rng("humberside")
    wb = openpyxl.Workbook()
    rd = wb.active
    rd.title = "Read me"
    lines = [("Humberside Police \u2013 Freedom of Information", "x"),
             ("Request reference: HP/26/4410", "reference"),
             ("Date of disclosure: 16 December 2026", "date"),
             ("Allegations made against police officers and police staff (combined), by financial year recorded.", "x"),
             ("Rate per 1,000 officers: allegations divided by the officer headcount at 31 March of the year (see the "
              "Workforce sheet), multiplied by 1,000. It is given for context and is not a count.", "the rate's definition"),
             ("% change: change in the total against the previous financial year.", "x"),
             ("Contact: Information Compliance Unit, Priory Road, Hull HU5 5SF, telephone 101.", "postcode; telephone")]
    for i, (t, why) in enumerate(lines, 1):
        rd.cell(i, 1, N(t, why))
    rd["A1"].font = Font(bold=True, size=12)
    wf = wb.create_sheet("Workforce")
    heads = {FY23: 2118, FY24: 2196, FY25: 2231}
    fte = {FY23: 2074.6, FY24: 2150.3, FY25: 2189.9}
    staffh = {FY23: 1633, FY24: 1702, FY25: 1689}
    for j, h in enumerate(["Headcount at", "Police officers (headcount)", "Police officers (FTE)",
                           "Police staff (headcount)"], 1):
        wf.cell(1, j, h).font = Font(bold=True)
    for i, p in enumerate((FY23, FY24, FY25), 2):
        wf.cell(i, 1, N(f"31 March {int(FYL[p][:4]) + 1}", "date of a headcount"))
        xnon(wf, f"B{i}", heads[p], "officer headcount", "#,##0")
        xnon(wf, f"C{i}", fte[p], "officer FTE", "#,##0.0")
        xnon(wf, f"D{i}", staffh[p], "staff headcount", "#,##0")
    ws = wb.create_sheet("Allegations", 1)
    ws["A1"] = N("FOI HP/26/4410 \u2013 allegations by type and outcome", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    row = 3
    grey = PatternFill("solid", fgColor="D9D9D9")
    prev = None
    for p in (FY23, FY24, FY25):
        vs = {c: counts(r, hi=5, cat=c, late=p == FY25) for c in CATS5}
        ws.cell(row, 1, N(f"Financial year {FYL[p]}", "period")).font = Font(bold=True)
        row += 1
        hd = ["Allegation type"] + [lab for lab, _ in OUT7] + ["Total", "Rate per 1,000 officers",
                                                               "% change on previous year"]
        N("Rate per 1,000 officers", "column head")
        for j, h in enumerate(hd, 1):
            c = ws.cell(row, j, h)
            c.font = Font(bold=True)
            c.fill = grey
        row += 1
        for cat in CATS5:
            ws.cell(row, 1, CL[cat])
            for j, (_, oc) in enumerate(OUT7, 2):
                ws.cell(row, j, int(F(cat, oc, vs[cat][oc], p)))
            ws.cell(row, 9, int(F(cat, "total", vs[cat]["total"], p))).font = Font(bold=True)
            xnon(ws, f"J{row}", round(1000.0 * vs[cat]["total"] / heads[p], 2), "rate per 1,000 officers", "0.00")
            if prev is None or prev[cat]["total"] == 0:
                ws.cell(row, 11, "n/a")
            else:
                xnon(ws, f"K{row}", round((vs[cat]["total"] - prev[cat]["total"]) / prev[cat]["total"], 3),
                     "percentage change on the previous year", "0.0%")
            row += 1
        prev = vs
        row += 1
    ws.cell(row, 1, N("n/a: no allegations in the previous year, or 2023/24 (the first year shown).", "period"))
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "B3"
    write_bytes(src, xlsx_bytes(wb, "Humberside Police Information Compliance"))


# ===================================================================== 7 Warwickshire: a long CSV extract with a metadata
# block (reference, query id, extraction time, record count) and "% of category total" and "Median days to
# finalise" columns beside the count
def build_warwickshire():
    import csv as csvmod
    src = "warwickshire/Warwickshire Police FOI 2026-0688 extract.csv"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    out = io.StringIO()
    w = csvmod.writer(out, lineterminator="\n")
    rows = []
    for p in (FY24, FY25):
        for c in CATS5:
            for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                v = counts(r, hi=5, cat=c, subj=s, late=p == FY25)
                for lab, oc in OUT7 + [("All outcomes", "total")]:
                    share = N(pct(v[oc], v["total"]) if v["total"] else "", "percentage of the category total")
                    if oc == "ongoing":
                        med = "n/a"
                    elif v[oc] == 0:
                        med = ""
                    else:
                        med = N(str(rng(f"warks-m-{p}-{c}-{s}-{oc}").randint(40, 420)), "median days to finalise")
                    rows.append([N(FYL[p], "period"), CL[c], sl, lab, F(c, oc, v[oc], p, subject=s), share, med])
    meta = [["Warwickshire Police - Professional Standards Department"],
            [N("FOI reference", "x"), N("2026/0688", "reference")],
            ["Query ID", N("PSD-Q20417", "query id")],
            ["Extracted", N("30/11/2026 09:14", "extraction date and time")],
            ["Records in extract", N(str(len(rows)), "number of rows in the extract")],
            ["Date basis", "Date allegation recorded"],
            ["Notes", N("Officers and staff counted separately; % of category total is the outcome's share of all "
                        "outcomes for the category, year and employee type; median days to finalise excludes "
                        "ongoing matters (n/a).", "x")],
            []]
    for m in meta:
        w.writerow(m)
    w.writerow(["Financial year", "Allegation category", "Employee type", "Outcome", "Allegations",
                "% of category total", "Median days to finalise"])
    w.writerows(rows)
    write_text(src, out.getvalue(), newline="\r\n")


# ===================================================================== 8 West Mercia: PDF letter in numbered paragraphs;
# a summary paragraph gives sexual harassment 2025 before the table restates it; section and paragraph numbers;
# officers in tables, staff totals in a small table with an NCND for abuse of position
def build_west_mercia():
    src = "west-mercia/West Mercia Police FOI 26-07731 response.pdf"
    KEY.file(src, "west-mercia", subject="officers")
    r = rng("wmerc")
    st = bk.styles("Times-Roman", 10.5)
    vs = {p: {c: counts(r, hi=6, cat=c, late=p == CY25) for c in CATS5} for p in (CY24, CY25)}
    sh = vs[CY25][SH]
    if sh["dismissed"] == 0:
        sh["dismissed"] = 2
        sh["total"] += 2
    story = [bk.P("West Mercia Police", st["h"]),
             bk.P(N("Hindlip Hall, Worcester WR3 8SP", "postcode"), st["addr"]),
             bk.P(N("Reference: 26/07731 &nbsp;&nbsp; 17 December 2026", "reference; date"), st["right"]), bk.S(8),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N("1.1 Thank you for your request received on 1 December 2026:", "paragraph number; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("1.2 West Mercia Police records allegations by calendar year. I am able to provide the figures for "
                    "police officers for 2024 and 2025 (paragraph 2) and totals for police staff (paragraph 3).",
                    "paragraph numbers; periods"), st["body"]),
             bk.P(N("2.1 In summary, in 2025 there were ", "paragraph number; period") +
                  F(SH, "total", sh["total"], CY25) + " allegations of sexual harassment against police officers, of "
                  "which " + F(SH, "dismissed", sh["dismissed"], CY25) + " resulted in dismissal and " +
                  F(SH, "ongoing", sh["ongoing"], CY25) + N(" were still under investigation at 30 November 2026.",
                                                            "date"), st["body"]),
             bk.P(N("2.2 The full figures for police officers are below (SA sexual assault, SM sexual misconduct, SH "
                    "sexual harassment, APSP abuse of position for a sexual purpose, VAWG violence against women and "
                    "girls).", "paragraph number"), st["body"])]
    for ti, p, yl in ((1, CY24, "2024"), (2, CY25, "2025")):
        story.append(bk.P(N(f"Table {ti}: police officers, {yl}", "table number; period"), st["h2"]))
        data = [["Outcome"] + [AB[c] for c in CATS5]]
        for lab, oc in OUT7 + [("Total", "total")]:
            data.append([lab] + [F(c, oc, vs[p][c][oc], p, restated=(p == CY25 and c == SH and
                                                                    oc in ("total", "dismissed", "ongoing")))
                                 for c in CATS5])
        story += [rl_table(data, [150] + [50] * 5, font="Times-Roman", size=9.5,
                           extra=[("FONT", (0, -1), (-1, -1), "Times-Bold", 9.5)]), bk.S(8)]
    story.append(bk.P(N("3.1 Police staff. The numbers of allegations made against police staff were:",
                        "paragraph number"), st["body"]))
    data = [["Allegation type", N("2024", "period"), N("2025", "period")]]
    for c in (SA, SM, SH, VG):
        data.append([CL[c]] + [F(c, "total", rng(f"wm-st-{c}-{p}").randint(0, 6), p, subject="staff")
                               for p in (CY24, CY25)])
    data.append([CL[AP], "see 3.2", "see 3.2"])
    N("3.2 3.2", "paragraph references in the staff table")
    story += [rl_table(data, [220, 60, 60], font="Times-Roman", size=9.5), bk.S(8)]
    N("2024 2025", "the staff table's header row, repeated at the top of page 2")
    for p in (CY24, CY25):
        F(AP, "total", NCND("s40(5B)"), p, subject="staff", printed=False)
    story += [bk.P(N("3.2 West Mercia Police can neither confirm nor deny whether it holds information about "
                     "allegations of abuse of position for a sexual purpose against police staff. Section 40(5B) of "
                     "the Freedom of Information Act 2000 applies, because confirming or denying would itself "
                     "disclose personal data about the small number of staff in the roles concerned.",
                     "paragraph and section numbers; Act year"), st["body"]),
              bk.P(N("4.1 ", "paragraph number") + rights(), st["body"]),
              bk.P("Yours sincerely,", st["body"]), bk.P("Information Compliance Unit", st["body"])]
    bk.pdf_letter(src, story, furniture("West Mercia Police 26/07731"), title="FOI 26/07731",
                  author="West Mercia Police")


# ===================================================================== 9 Sussex: Word letter; officers' tables with "<5"
# cells; staff answered in words: "none", "nil", "fewer than five", "between five and ten", "more than ten", and
# "several" / "a handful" that are not figures
def build_sussex():
    src = "sussex/Sussex Police FOI 2026-2215 response.docx"
    KEY.file(src, "sussex", subject="officers")
    r = rng("sussex")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, N("Sussex Police \u2013 FOI 2026/2215", "reference"),
                          N("Sussex Police, Church Lane, Lewes BN7 2DZ \u2013 Public Access Office \u2013 101",
                            "postcode; telephone"))
    bk.docx_para(d, "Sussex Police", bold=True, size=16)
    bk.docx_para(d, N("Our ref: FOI 2026/2215", "reference"))
    bk.docx_para(d, N("15 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Thank you for your request of 1 December 2026:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("We hold the information for the financial years 2024/25 and 2025/26. Our Centurion records "
                      "before 1 April 2024 were migrated without the outcome field, so 2023/24 is not held in a form "
                      "that answers your request.", "periods; date"))
    for c in CATS5:
        F(c, "total", NH, FY23, subject="officers_and_staff", printed=False)
    bk.docx_para(d, N("Where the number in a cell is fewer than five it is shown as <5 to protect the identity of the "
                      "officers concerned (section 40(2)). Totals are given in full.",
                      "threshold of suppression; section number"))
    for p in (FY24, FY25):
        vs = {c: counts(r, hi=7, cat=c, late=p == FY25) for c in CATS5}
        bk.docx_heading(d, N(f"Police officers, {FYL[p]}", "period"), 11)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["Outcome"] + [AB[c] for c in CATS5] + [""]):
            if j < 6:
                bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=9)
            for j, c in enumerate(CATS5, 1):
                v = vs[c][oc]
                if oc != "total" and 1 <= v <= 4:
                    txt = F(c, oc, SUP(), p, said="<5")
                else:
                    txt = F(c, oc, v, p)
                bk.docx_cell(cells[j], txt, bold=oc == "total", size=9, align=1)
        # the seventh column is left empty (a layout remnant)
        bk.docx_para(d, "")
    bk.docx_heading(d, "Police staff", 11)
    bk.docx_para(d, N("Allegations against police staff are recorded by the People Directorate and no outcome "
                      "breakdown is held centrally. The numbers of allegations recorded were:", "x"))
    bk.docx_para(d, N("In 2024/25: sexual assault, ", "period") + F(SA, "total", 0, FY24, subject="staff", said="none") +
                 "; sexual misconduct, " + F(SM, "total", 3, FY24, subject="staff", said="three") +
                 "; sexual harassment, " + F(SH, "total", APPROX(11, ""), FY24, subject="staff", said="more than ten") +
                 "; abuse of position for a sexual purpose, " + F(AP, "total", 0, FY24, subject="staff", said="nil") +
                 "; violence against women and girls, " + F(VG, "total", 2, FY24, subject="staff", said="two") + ".",
                 style="List Bullet")
    bk.docx_para(d, N("In 2025/26: sexual assault, ", "period") + F(SA, "total", SUP(), FY25, subject="staff",
                                                                   said="fewer than five") +
                 "; sexual misconduct, " + F(SM, "total", APPROX(5, 10), FY25, subject="staff",
                                             said="between five and ten") +
                 "; sexual harassment, " + F(SH, "total", 6, FY25, subject="staff", said="six") +
                 "; abuse of position for a sexual purpose, " + F(AP, "total", 0, FY25, subject="staff", said="none") +
                 "; violence against women and girls, " + F(VG, "total", 0, FY25, subject="staff", said="nil") + ".",
                 style="List Bullet")
    bk.docx_para(d, N("The staff figures for sexual harassment in 2024/25 and sexual misconduct in 2025/26 are given as "
                    "ranges because the People Directorate\u2019s records were still being reconciled when this "
                    "response was prepared. Several further reports are being assessed and have not yet been recorded "
                    "as allegations, and a handful relate to conduct outside work that falls to be considered "
                    "separately; none of these is included above.", "periods; vague quantities (not figures)"))
    bk.docx_para(d, rights(20))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Public Access Office")
    write_bytes(src, docx_bytes(d, "Sussex Police"))


# ===================================================================== 10 Surrey: disclosure page, one table a year with
# types across and, down the side, cases, allegations and people subject, then the outcomes of the allegations
def build_surrey():
    src = "surrey/surrey-police-foi-2026-11873.html"
    KEY.file(src, "surrey")
    r = rng("surrey")
    parts = ['<div class="page"><header><p class="brand">Surrey Police</p></header>',
             N("<h1>Freedom of Information disclosure 2026/11873</h1>", "reference"),
             N("<p class=\"meta\">Published 17 December 2026 &middot; Reference 2026/11873 &middot; "
               "Professional Standards</p>", "date; reference"),
             f"<h2>What was asked</h2><p>{request()}</p>",
             "<h2>Our response</h2>",
             N("<p>Surrey Police had 2,240 police officers and 2,041 police staff in post at 31 March 2026. Each table "
               "below counts, for each type, the number of cases (a case may contain several allegations), the "
               "number of allegations, and the number of officers and staff who were the subject of an allegation "
               "(one person can be the subject of more than one allegation), followed by the outcomes of the "
               "allegations. Officers and staff are counted together.</p>", "workforce; date; number word"),
             N("<p>Figures for 2023/24 were provided in our response to FOI 2024/07710 and are not repeated here; "
               "they can be found in our disclosure log.</p>", "period; reference of an earlier response")]
    for p in (FY24, FY25):
        parts.append(N(f"<h3>Financial year {FYL[p]} (1 April {FYL[p][:4]} to 31 March {int(FYL[p][:4]) + 1})</h3>",
                       "period"))
        parts.append("<table class=\"data\"><thead><tr><th></th>" +
                     "".join(f"<th scope=\"col\">{AB[c]}</th>" for c in CATS5) + "</tr></thead><tbody>")
        vs = {c: counts(r, hi=6, cat=c, late=p == FY25) for c in CATS5}
        cases = {c: max(0, vs[c]["total"] - rng(f"sur-c-{p}-{c}").randint(0, 2)) if vs[c]["total"] else 0
                 for c in CATS5}
        ppl = {c: max(0, vs[c]["total"] - rng(f"sur-p-{p}-{c}").randint(0, 1)) if vs[c]["total"] else 0
               for c in CATS5}
        parts.append("<tr><th scope=\"row\">Cases</th>" +
                     "".join(f"<td>{F(c, 'total', cases[c], p, measure='cases')}</td>" for c in CATS5) + "</tr>")
        parts.append("<tr><th scope=\"row\">Allegations</th>" +
                     "".join(f"<td>{F(c, 'total', vs[c]['total'], p)}</td>" for c in CATS5) + "</tr>")
        parts.append("<tr><th scope=\"row\">Officers and staff subject to an allegation</th>" +
                     "".join(f"<td>{F(c, 'total', ppl[c], p, measure='individuals')}</td>" for c in CATS5) + "</tr>")
        parts.append("<tr class=\"band\"><th colspan=\"6\">Outcome of allegations</th></tr>")
        for lab, oc in OUT7:
            parts.append(f"<tr><th scope=\"row\">{lab}</th>" +
                         "".join(f"<td>{F(c, oc, vs[c][oc], p)}</td>" for c in CATS5) + "</tr>")
        parts.append("</tbody></table>")
    parts += ["<p class=\"note\">SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position "
              "for a sexual purpose; VAWG violence against women and girls.</p>",
              N("<p class=\"note\">Three of the 2025/26 cases were referred to the IOPC; this does not change the counts "
                "above.</p>", "IOPC referrals (not a requested figure); period"),
              f"<p>{rights()}</p>",
              N("<footer>Surrey Police, PO Box 101, Guildford GU1 9PE &middot; 101</footer></div>",
                "PO box; postcode; telephone")]
    write_text(src, bk.html_page(N("FOI 2026/11873 - Surrey Police", "reference"), "\n".join(parts)))


# ===================================================================== 11 Kent: CSV with BOM, CRLF, preamble, trailing empty
# columns; three years, a Total column and a "% of Total" column; one category's Total row does not add up; a
# national comparison row under the data
def build_kent():
    src = "kent/disclosure_2026_0934.csv"
    KEY.file(src, "kent")
    r = rng("kent")
    span = bk.SPAN(FY23, FY25)
    lines = [N("Kent Police - Freedom of Information disclosure 2026/0934", "reference"),
             N("Allegations against police officers and police staff by type and outcome, financial years 2023/24 "
               "to 2025/26", "periods"),
             N("% of Total is the outcome's share of the type's three-year total and is not a count", "number word"),
             ""]
    out = io.StringIO()
    import csv as csvmod
    w = csvmod.writer(out, lineterminator="\n")
    for x in lines:
        w.writerow([x, "", "", "", "", "", "", "", ""])
    w.writerow(["Allegation Type", "Outcome", N("2023/24", "period"), N("2024/25", "period"),
                N("2025/26", "period"), "Total", "% of Total", "", ""])
    for c in CATS5:
        vs = [counts(r, hi=5, cat=c, late=p == FY25) for p in (FY23, FY24, FY25)]
        if c == SH:
            vs[1]["total"] += 1             # the stated Total does not add up (keyed as stated)
        tot = {oc: sum(v[oc] for v in vs) for oc in OCS + ["total"]}
        for lab, oc in OUT7 + [("Total", "total")]:
            w.writerow([CL[c], lab] + [F(c, oc, v[oc], p) for v, p in zip(vs, (FY23, FY24, FY25))] +
                       [F(c, oc, tot[oc], span), N(pct(tot[oc], tot["total"]), "percentage of the type's total"),
                        "", ""])
    w.writerow(["", "", "", "", "", "", "", "", ""])
    w.writerow([N("For comparison only: England and Wales, all forces (Home Office, year ending 31 March 2025)",
                  "date of a national statistic"), "All types", "", N("1,539", "national figure"), "", "", "", "",
                ""])
    w.writerow(["Prepared by the Information Access Team, Kent Police, Sutton Road, Maidstone ME15 9BZ", "", "", "", "",
                "", "", "", ""])
    write_text(src, out.getvalue(), newline="\r\n", bom=True)


# ===================================================================== 12 Dyfed-Powys: landscape PDF, a row per type and
# year with the outcomes across, the date of the oldest live allegation and the average days to finalise; dates
# all through the letter
def build_dyfed_powys():
    from reportlab.lib.pagesizes import A4, landscape
    src = "dyfed-powys/DPP FOI 2026-1462 response.pdf"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Heddlu Dyfed-Powys Police \u2013 Freedom of Information Response", st["h"]),
             bk.P(N("Request number: FOI 2026/1462", "reference"), st["addr"]),
             bk.P(N("Date received: 01/12/2026 &nbsp;&nbsp; Date of response: 17/12/2026 &nbsp;&nbsp; "
                    "Data extracted as at 30/11/2026", "dates"), st["addr"]), bk.S(6),
             bk.P(request(), st["quote"]),
             bk.P(N("Dyfed-Powys Police holds the information for the financial years 2024/25 and 2025/26. The table "
                    "counts allegations against police officers and police staff together, by the financial year in "
                    "which the allegation was received. The last two columns are given for context: the date the "
                    "oldest allegation still under investigation was received, and the average number of days "
                    "taken to finalise the allegations that were concluded. They are not counts of allegations.",
                    "periods; number word"), st["body"]),
             bk.P(N("Information for 2023/24 was disclosed in our response FOI 2025/0388 dated 28/05/2025 and is "
                    "available on our disclosure log.", "reference; date; period of an earlier response"),
                  st["body"])]
    hd = ["Allegation type", "Financial year", "Received"] + [lab for lab, _ in SHORT7] + \
         ["Oldest live allegation received", "Average days to finalise"]
    from reportlab.lib.styles import ParagraphStyle
    hst = ParagraphStyle("hsmall", parent=st["cellb"], fontSize=7.5, leading=9)
    data = [[bk.P(h, hst) for h in hd]]
    for c in CATS5:
        for p in (FY24, FY25):
            v = counts(r, hi=5, cat=c, late=p == FY25)
            if v["ongoing"]:
                y0 = int(FYL[p][:4])
                oldest = N(dt.date(y0, 4, 1).replace(month=rng(f"dpp-o-{c}-{p}").randint(4, 12),
                                                     day=rng(f"dpp-d-{c}-{p}").randint(1, 28)).strftime("%d/%m/%Y"),
                           "date of the oldest live allegation")
            else:
                oldest = "\u2013"
            concl = v["total"] - v["ongoing"]
            avg = N(str(rng(f"dpp-a-{c}-{p}").randint(95, 330)), "average days to finalise") if concl else "\u2013"
            data.append([bk.P(CL[c], st["cell"]), N(FYL[p], "period"), F(c, "total", v["total"], p)] +
                        [F(c, oc, v[oc], p) for _, oc in SHORT7] + [oldest, avg])
    story += [rl_table(data, [136, 56, 52, 58, 40, 36, 32, 30, 38, 50, 96, 80], size=8.5), bk.S(8),
              bk.P("WHBD: would have been dismissed. FWW: final written warning. WW: written warning. RP: reflective "
                   "practice. NCTA: no case to answer. \u2013: not applicable.", st["small"]),
              bk.P(rights(), st["body"]),
              bk.P(N("Freedom of Information Unit, Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF. "
                     "Telephone 101.", "PO box; postcode; telephone"), st["body"])]
    bk.pdf_letter(src, story, furniture("Dyfed-Powys Police FOI 2026/1462"), pagesize=landscape(A4),
                  title="FOI 2026/1462", author="Dyfed-Powys Police")


# ===================================================================== 13 Wiltshire: workbook whose first sheet is the
# response and whose second, visible, sheet is a superseded draft with a banner; a note giving the number of
# allegations reclassified since the draft
def build_wiltshire():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "wiltshire/Wiltshire Police FOI 2026-0377.xlsx"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = N("Wiltshire Police \u2013 FOI 2026/0377", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Allegations against police officers and police staff (combined), financial years 2024/25 and "
                 "2025/26. Final figures, 15/12/2026.", "periods; date")
    for j, h in enumerate(["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period")], 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    finals = {}
    for c in CATS5:
        vs = [counts(r, hi=5, cat=c, late=p == FY25) for p in (FY24, FY25)]
        finals[c] = vs
        for lab, oc in OUT7 + [("Total", "total")]:
            ws.cell(row, 1, CL[c])
            ws.cell(row, 2, lab).font = Font(bold=oc == "total")
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25)), 3):
                ws.cell(row, j, int(F(c, oc, v[oc], p))).font = Font(bold=oc == "total")
            row += 1
    row += 1
    ws.cell(row, 1, N("These figures differ from the draft circulated internally on 3 December 2026 (sheet "
                      "'Draft v0.3 (superseded)') because 4 allegations were reclassified after quality assurance.",
                      "date; draft version; count of reclassified allegations (not a requested figure)"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    dr = wb.create_sheet(N("Draft v0.3 (superseded)", "draft version in a sheet name"))
    dr["A1"] = N("DRAFT v0.3 \u2013 SUPERSEDED by sheet 'Response' \u2013 do not use", "draft version")
    dr["A1"].font = Font(bold=True, color="C00000")
    dr["A1"].fill = PatternFill("solid", fgColor="FFF2CC")
    for j, h in enumerate(["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26 (part)", "period")], 1):
        dr.cell(3, j, h).font = Font(bold=True)
    row = 4
    r2 = rng("wilts-draft")
    for c in CATS5:
        for lab, oc in OUT7 + [("Total", "total")]:
            dr.cell(row, 1, CL[c])
            dr.cell(row, 2, lab)
            for j, v in enumerate(finals[c], 3):
                x = max(0, v[oc] + r2.choice([0, 0, 0, -1, 1]))
                dr.cell(row, j, x)
                N(str(x), "superseded draft figure")
            row += 1
    write_bytes(src, xlsx_bytes(wb, "Wiltshire Police Information Management"))


# ===================================================================== 14 Devon and Cornwall: plain-text letter, a
# fixed-width table with "n" and "%" column pairs per year (the % of the type's total)
def build_devon_and_cornwall():
    src = "devon-and-cornwall/FOI 2026-1914 response.txt"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dandc")
    widths = [30, 8, 8, 8, 8]
    L_ = ["DEVON & CORNWALL POLICE",
          N("Freedom of Information, Police Headquarters, Middlemoor, Exeter EX2 7HQ", "postcode"),
          "",
          N("Reference: FOI/2026/1914", "reference"),
          N("Date: 16 December 2026", "date"),
          "",
          "Dear Requester,",
          "",
          N("Thank you for your request dated 1 December 2026, which asked:", "date"),
          ""]
    import textwrap
    L_ += textwrap.wrap(request(), 90) + [""]
    L_ += textwrap.wrap(N("Devon & Cornwall Police is the largest force by area in England, covering 3,961 square "
                          "miles with around 3,600 police officers and 2,400 police staff. The figures below count "
                          "allegations made against police officers and police staff together. For each type the "
                          "table gives the number (n) of allegations with each outcome, and the percentage (%) of "
                          "that type's total for the year. Percentages are rounded to one decimal place.",
                          "area in square miles; workforce; rounding"), 90) + [""]
    L_ += textwrap.wrap(N("We are unable to provide figures for 2023/24: that year's records are held on a legacy "
                          "system and retrieving them would exceed the cost limit (section 12 of the Freedom of "
                          "Information Act 2000, about 18 hours).", "period; section number; Act year; hours"), 90)
    L_ += [""]
    for c in CATS5:
        F(c, "total", bk.REF("s12"), FY23, printed=False)
    for c in CATS5:
        vs = [counts(r, hi=6, cat=c, late=p == FY25) for p in (FY24, FY25)]
        L_.append(CL[c].upper())
        L_.append(fw(["Outcome", N("2024/25", "period"), "", N("2025/26", "period"), ""], widths))
        L_.append(fw(["", "n", "%", "n", "%"], widths))
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = [lab]
            for v, p in zip(vs, (FY24, FY25)):
                cells += [F(c, oc, v[oc], p), N(pct(v[oc], v["total"]).rstrip("%") if v["total"] else "-",
                                                  "percentage of the type's total")]
            L_.append(fw(cells, widths))
        L_.append("")
    L_ += textwrap.wrap(rights(), 90)
    L_ += ["", "Yours sincerely,", "", "Freedom of Information Team", "Devon & Cornwall Police"]
    write_text(src, "\n".join(L_) + "\n")


# ===================================================================== 15 Metropolitan: disclosure page with a "Key
# facts" panel of numbers of every kind above three tables (types x outcomes), "*" for fewer than five
def build_metropolitan():
    src = "metropolitan/01.FOI.26.045123-response.html"
    KEY.file(src, "metropolitan")
    r = rng("met")
    parts = ['<div class="foi-disclosure-content">',
             N("<h1>Sexual misconduct allegations against officers and staff \u2013 01.FOI.26.045123</h1>",
               "reference"),
             N("<p class=\"meta\">Published: 18 December 2026 | Reference: 01.FOI.26.045123</p>", "date; reference"),
             '<div class="rich-text">',
             f"<h2>Request</h2><p>{request()}</p>",
             "<h2>Key facts</h2>",
             '<div class="stat-cards">',
             N("<div class=\"card\"><span class=\"stat\">33,970</span> police officers (headcount, 31 March 2026)</div>",
               "headcount; date"),
             N("<div class=\"card\"><span class=\"stat\">1,219</span> officers suspended or on restricted duties "
               "for any reason (30 November 2026)</div>", "officers on restrictions for any reason; date"),
             N("<div class=\"card\"><span class=\"stat\">12,504</span> public complaint allegations of all kinds "
               "recorded in 2025/26</div>", "complaint allegations of all kinds; period"),
             N("<div class=\"card\"><span class=\"stat\">38%</span> of officers who left in 2025/26 had less than "
               "five years' service</div>", "percentage; period; years of service"),
             "</div>",
             "<h2>Response</h2>",
             N("<p>The MPS holds this information. The tables show allegations of each type made against police "
               "officers and police staff (combined) and their outcomes, by the financial year in which the "
               "allegation was recorded. Where an outcome was recorded for fewer than five allegations the number is "
               "shown as * to reduce the risk of identifying individuals (section 40(2) of the Act); totals are "
               "shown in full.</p>", "threshold of suppression; section number")]
    for p in (FY23, FY24, FY25):
        parts.append(N(f"<h3>{FYL[p]}</h3>", "period"))
        parts.append('<table class="data-table"><thead><tr><th>&nbsp;</th>' +
                     "".join(f"<th>{lab}</th>" for lab, _ in OUT7) + "<th><strong>Total</strong></th></tr></thead><tbody>")
        for c in CATS5:
            v = counts(r, hi=22, zero=0.25, cat=c, late=p == FY25)
            if c == AP:
                v = counts(r, hi=12, zero=0.35, cat=c, late=p == FY25)
            cells = []
            for _, oc in OUT7:
                if 1 <= v[oc] <= 4:
                    cells.append(F(c, oc, SUP(), p, said="*"))
                else:
                    cells.append(F(c, oc, v[oc], p))
            parts.append(f"<tr><th>{CL[c]}</th>" + "".join(f"<td>{x}</td>" for x in cells) +
                         f"<td><strong>{F(c, 'total', v['total'], p)}</strong></td></tr>")
        parts.append("</tbody></table>")
    parts += [N("<p>* fewer than five. The figures are a snapshot taken on 30 November 2026 and may change as "
                "allegations are assessed.</p>", "threshold; date"),
              f"<p>{rights(40)}</p>",
              "</div></div>"]
    write_text(src, bk.html_page(N("01.FOI.26.045123 | Metropolitan Police", "reference"), "\n".join(parts)))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind44-", read=read44))
