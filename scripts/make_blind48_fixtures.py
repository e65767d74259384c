#!/usr/bin/python3
"""make_blind48_fixtures.py -- the forty-eighth blind test batch for `foi` and its answer key.

Theme: answers that are partly about something else.  Beside (or instead of) the misconduct figures
asked for, responses give crime figures (sexual offences recorded, rape reports, VAWG crimes, crimes
whose suspect was an employee, with crime-outcome words), misconduct of every kind, allegations split
by who raised them, officers as victims, vetting refusals, training completions, grievances, tribunal
claims, suspensions at a date, special constables and volunteers, the national picture and another
force's figures.  The request, sent 1 December 2026, is REQUEST below; see fixtures/blind48/NOTES.md.
Machinery: scripts/blindkit.py (not edited); a few writers and the read-back are local.

usage: /usr/bin/python3 make_blind48_fixtures.py          # build fixtures/blind48 (or $FOI_BLIND48_OUT)
       /usr/bin/python3 make_blind48_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind48_fixtures.py dump FILE
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
from blindkit import F, N, L, KEY, FY, CY, SUP, NH, NCND, APPROX, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND48_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind48").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
AB = {SA: "SA", SM: "SM", SH: "SH", AP: "APSP", VG: "VAWG"}
FY24, FY25 = FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
FYL = {FY24: "2024/25", FY25: "2025/26"}
SPAN_REQ = (FY24[0], FY25[1])
REQUEST = ("Under the Freedom of Information Act 2000, please tell me, for each of the financial years 2024/25 "
           "and 2025/26, how many allegations of sexual assault, sexual misconduct, sexual harassment, abuse of "
           "position for a sexual purpose and violence against women and girls were made against your police "
           "officers and police staff, whether raised by colleagues or by members of the public, and the outcome "
           "of each allegation. If you record by calendar year, please give the calendar years 2024 and 2025 "
           "instead.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
SHORT7 = list(zip(["Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "Ongoing"], OCS))
WHEN = dt.datetime(2026, 12, 14, 9, 45, 0)
CRIME = "crime figures (offences recorded on the crime system), not misconduct allegations"


def request():
    return N(REQUEST, "the request's periods; Act year")


def rng(name):
    return random.Random("blind48-" + name)


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


def xnon(ws, ref, v, why):
    """A workbook cell holding a non-figure (a number or a text with numbers)."""
    ws[ref] = v
    N(str(v), why)


def xfig(ws, ref, cat, oc, v, p, **kw):
    """A workbook cell holding a keyed figure."""
    t = F(cat, oc, v, p, **kw)
    ws[ref] = v if isinstance(v, int) else t
    return t


def read48(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain", "html"), attachments=True)
    if p.suffix.lower() == ".csv":
        import csv as csvmod
        return "\n".join(" | ".join(row) for row in csvmod.reader(io.StringIO(bk.read_back(p))))
    return bk.read_back(p)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica", repeat=None):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat is None else repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


def fw(cells, widths, first_left=True):
    out = []
    for i, (c, w) in enumerate(zip(cells, widths)):
        out.append(c.ljust(w) if (i == 0 and first_left) else c.rjust(w))
    return "".join(out).rstrip()


def eml(src, frm, to, subject, date, body, attachments=(), html=None):
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = f"<b48.{src.split('/')[0]}@mail.police.uk>"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, mime, data in attachments:
        mt, st = mime.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b48_part_{i}")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 1 Northumbria: reportlab letter, Table 1 misconduct
# allegations per year (keyed), Table 2 sexual offences with an employee suspect from the crime system (near-identical heads)
def build_northumbria():
    src = "northumbria/Northumbria Police FOI 2026-11842 response.pdf"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    st = bk.styles("Helvetica", 9.5)
    P = bk.P
    story = [P("<b>Northumbria Police</b>", st["h"]),
             P(N("Freedom of Information Unit, Middle Engine Lane, Wallsend NE28 9NT", "postcode"), st["addr"]),
             bk.S(8),
             P(N("Reference: FOI 2026/11842 &nbsp;&nbsp; Date: 10 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your request received on 1 December 2026. You asked:", "date"), st["body"]),
             P(request(), st["quote"]),
             P(N("Northumbria Police holds this information. Table 1 gives the allegations recorded by our Professional "
                 "Standards Department against police officers and police staff (combined), by the financial year in "
                 "which the allegation was recorded, with the outcome of each.", "table number"), st["body"])]
    key = "Dism. dismissed; WHBD would have been dismissed; FWW final written warning; WW written warning; " \
          "RP reflective practice; NCTA no case to answer."
    story.append(P(key, st["small"]))
    for p in (FY24, FY25):
        story.append(P(N(f"Table 1{'a' if p == FY24 else 'b'}: misconduct allegations, financial year {FYL[p]}",
                         "table number; period"), st["h2"]))
        data = [["Allegation type"] + [lab for lab, _ in SHORT7] + ["Total"]]
        for c in CATS5:
            v = counts(r, hi=6, cat=c, late=p == FY25)
            data.append([P(CL[c], st["cell"])] + [F(c, oc, v[oc], p) for _, oc in SHORT7] +
                        [F(c, "total", v["total"], p)])
        story.append(rl_table(data, [150] + [38] * 7 + [40]))
        story.append(bk.S(6))
    story.append(P(N("You may also find the following helpful. Table 2 shows sexual offences recorded on our crime "
                     "system in which the named suspect was a serving police officer or member of police staff. These "
                     "are crimes reported to the police, not misconduct allegations: a crime and any misconduct matter "
                     "arising from it are counted separately, a crime may have several suspects, and the outcomes are "
                     "those of the Home Office crime outcomes framework, not misconduct outcomes. They are not part of "
                     "the answer to your request and should not be added to Table 1.", "table numbers"), st["body"]))
    story.append(P(N("Table 2: sexual offences with a police employee as suspect (crime recording system)",
                     "table number"), st["h2"]))
    data = [[P(h, st["cellb"]) for h in ("Offence", "Year", "Recorded", "Charged / summonsed",
                                          "Evidential difficulties", "Victim does not support",
                                          "Outcome pending")]]
    cr = rng("northumbria-crime")
    for off in ("Rape", "Sexual assault", "Other sexual offences"):
        for p in (FY24, FY25):
            vals = [cr.randint(0, 3) for _ in range(4)]
            data.append([off, N(FYL[p], CRIME)] + [N(str(sum(vals)), CRIME)] + [N(str(x), CRIME) for x in vals])
    story.append(rl_table(data, [95, 45, 55, 68, 68, 68, 60], size=8))
    story.append(bk.S(8))
    story.append(P(N("For context, Northumbria Police recorded 5,812 sexual offences of all kinds in 2025/26, "
                     "1,394 of them rapes.", CRIME + "; period"), st["body"]))
    story.append(P(rights(), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Disclosure Officer, Northumbria Police", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 2026/11842"), title="FOI response", author="Northumbria Police")


# ===================================================================== 2 South Yorkshire: XLSX with a Read me sheet, the
# conduct allegations (keyed) and a visible "Recorded crime" sheet of force-wide sexual offences (not figures)
def build_south_yorkshire():
    import openpyxl
    from openpyxl.styles import Font
    src = "south-yorkshire/SYP FOI 20261877 data.xlsx"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    xnon(ws, "A1", "South Yorkshire Police \u2013 Freedom of Information request 20261877", "reference")
    xnon(ws, "A2", "Date of response: 11 December 2026", "date")
    ws["A4"] = "Sheet 'Conduct allegations' answers your request: allegations against police officers and " \
               "police staff (combined) by type and outcome, by financial year recorded."
    ws["A5"] = "Sheet 'Recorded crime' is provided for context only. It shows sexual offences reported to South " \
               "Yorkshire Police by the public (all suspects). These are crimes, not allegations against officers " \
               "or staff, and they are not part of the answer to your request."
    ws["A4"].font = Font(bold=True)
    ws2 = wb.create_sheet("Conduct allegations")
    ws2["A1"] = "Allegations against police officers and police staff, by type and outcome"
    ws2["A1"].font = Font(bold=True)
    heads = ["Financial year", "Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]
    for j, h in enumerate(heads):
        ws2.cell(row=3, column=j + 1, value=h).font = Font(bold=True)
    row = 4
    for p in (FY24, FY25):
        for c in CATS5:
            v = counts(r, hi=7, cat=c, late=p == FY25)
            xnon(ws2, f"A{row}", FYL[p], "period")
            ws2.cell(row=row, column=2, value=CL[c])
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                col = openpyxl.utils.get_column_letter(3 + j)
                xfig(ws2, f"{col}{row}", c, oc, v[oc], p)
            row += 1
    ws2.column_dimensions["B"].width = 38
    ws3 = wb.create_sheet("Recorded crime")
    ws3["A1"] = "Sexual offences recorded by South Yorkshire Police (all suspects) \u2013 context only"
    ws3["A1"].font = Font(bold=True)
    ws3["A2"] = "Source: crime recording system. Not allegations against officers or staff."
    cheads = ["Financial year", "Rape", "Sexual assault", "Other sexual offences", "VAWG-flagged crimes",
              "Charged / summonsed", "Evidential difficulties", "Victim does not support"]
    for j, h in enumerate(cheads):
        ws3.cell(row=4, column=j + 1, value=h).font = Font(bold=True)
    cr = rng("syp-crime")
    for i, p in enumerate((FY24, FY25)):
        xnon(ws3, f"A{5 + i}", FYL[p], "period of the crime table")
        for j in range(7):
            col = "BCDEFGH"[j]
            xnon(ws3, f"{col}{5 + i}", cr.randint(300, 2400) if j < 4 else cr.randint(40, 400), CRIME)
    wb.move_sheet("Read me", offset=0)
    write_bytes(src, xlsx_bytes(wb, "SYP Information Management"))


# ===================================================================== 3 Lincolnshire: Word letter, a table per year
# (keyed), then a table of officers and staff as VICTIMS of sexual assault on duty (not figures)
def build_lincolnshire():
    from docx.shared import Pt
    src = "lincolnshire/Lincolnshire Police FOI 001932-26 response.docx"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Lincolnshire Police, PO Box 999, Lincoln LN5 7PH", "PO box; postcode"))
    bk.docx_para(d, "Lincolnshire Police \u2013 Freedom of Information", bold=True, size=14)
    bk.docx_para(d, N("Our ref: 001932/26    Date: 9 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Your request of 1 December 2026 read:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Lincolnshire Police holds this information. The tables below count allegations made against "
                    "police officers and police staff together, by the financial year in which each allegation was "
                    "recorded.")
    for i, p in enumerate((FY24, FY25), 1):
        bk.docx_para(d, N(f"Table {i}: allegations against officers and staff, {FYL[p]}", "table number; period"),
                     bold=True)
        t = d.add_table(rows=1, cols=2 + len(OUT7))
        t.style = "Table Grid"
        for j, h in enumerate(["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        for c in CATS5:
            v = counts(r, hi=5, cat=c, late=p == FY25)
            cells = t.add_row().cells
            bk.docx_cell(cells[0], CL[c], size=8)
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                bk.docx_cell(cells[1 + j], F(c, oc, v[oc], p), size=8)
    bk.docx_para(d, "")
    bk.docx_para(d, N("You may also be interested in the following, which we publish each year. Table 3 shows the "
                      "number of Lincolnshire Police officers and staff who reported being sexually assaulted while "
                      "on duty. In these cases our officers and staff are the victims; these are not allegations "
                      "against them and are not part of the answer to your request.", "table number"))
    bk.docx_para(d, N("Table 3: officers and staff sexually assaulted on duty (victims)", "table number"), bold=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Financial year", "Officers assaulted", "Staff assaulted", "Suspect charged"]):
        bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
    vr = rng("lincs-victims")
    for p in (FY24, FY25):
        cells = t.add_row().cells
        a, b = vr.randint(8, 30), vr.randint(1, 9)
        for j, x in enumerate([FYL[p], str(a), str(b), str(vr.randint(2, a))]):
            bk.docx_cell(cells[j], N(x, "officers and staff as victims of sexual assault on duty; period"), size=8)
    bk.docx_para(d, rights(20))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Access Team, Lincolnshire Police")
    write_bytes(src, docx_bytes(d, "Lincolnshire Police"))


# ===================================================================== 4 Norfolk: HTML page, a table per year with a row
# per employee group (officers, staff, special constables, volunteers, All workforce) under each type
def build_norfolk():
    src = "norfolk/norfolk-constabulary-foi-2026-4471.html"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    ocs = [oc for _, oc in outs]
    groups = [("Police officers", "officers"), ("Police staff", "staff"), ("Special constables", None),
              ("Police support volunteers", None)]
    parts = ['<header><div class="brand">Norfolk Constabulary</div><nav><a href="/foi">FOI</a> | '
             '<a href="/foi/disclosure-log">Disclosure log</a></nav></header><main>',
             N("<h1>FOI 2026/4471: sexual misconduct allegations against the workforce</h1>", "reference"),
             N("<p class=\"meta\">Published 15 December 2026</p>", "date"),
             f"<h2>Request</h2><blockquote>{request()}</blockquote>",
             "<h2>Response</h2>",
             "<p>Our Professional Standards Department records allegations against every member of the workforce, "
             "including special constables and police support volunteers, so the tables below show each employee "
             "group, followed by an <em>All workforce</em> line that adds them together. Figures are allegations, by "
             "the financial year in which they were recorded.</p>"]
    for p in (FY24, FY25):
        parts.append(N(f"<h2>Financial year {FYL[p]}</h2>", "period"))
        parts.append('<table class="foi-table"><thead><tr><th>Allegation type</th><th>Employee group</th>' +
                     "".join(f"<th>{lab}</th>" for lab, _ in outs) + "<th>Total</th></tr></thead><tbody>")
        for c in CATS5:
            vals = {}
            rows = []
            for gi, (glab, subj) in enumerate(groups):
                v = counts(r, hi=5 if subj == "officers" else 2, zero=0.45 if subj else 0.75, cat=c,
                           subj=subj, late=p == FY25 and subj == "officers", ocs=ocs)
                vals[glab] = v
                if subj:
                    cells = [F(c, oc, v[oc], p, subject=subj) for oc in ocs + ["total"]]
                else:
                    cells = [N(str(v[oc]), "special constables / volunteers: not officers or staff as requested")
                             for oc in ocs + ["total"]]
                lead = f'<th rowspan="5">{CL[c]}</th>' if gi == 0 else ""
                rows.append(f"<tr>{lead}<td>{glab}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
            allw = [N(str(sum(vals[g][oc] for g in vals)), "All workforce: includes special constables and "
                                                              "volunteers") for oc in ocs + ["total"]]
            rows.append('<tr class="subtotal"><td><strong>All workforce</strong></td>' +
                        "".join(f"<td><strong>{x}</strong></td>" for x in allw) + "</tr>")
            parts += rows
        parts.append("</tbody></table>")
    parts += ["<p class=\"note\">Special constables are volunteer police officers; police support volunteers are "
              "unpaid members of the public who give their time to the Constabulary.</p>",
              f"<p>{rights()}</p>", "</main>",
              N("<footer>Norfolk Constabulary, Falconers Chase, Wymondham NR18 0WW</footer>", "postcode")]
    write_text(src, bk.html_page(N("FOI 2026/4471 | Norfolk Constabulary", "reference"), "\n".join(parts)))


# ===================================================================== 5 Suffolk: long CSV export with a Record Type column:
# conduct allegations (keyed) and recorded crimes with an employee suspect, crime outcomes (not figures)
def build_suffolk():
    import csv as csvmod
    src = "suffolk/Suffolk FOI 2026-3390 extract.csv"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\r\n")
    w.writerow(["Financial Year", "Record Type", "Category", "Employee Type", "Outcome", "Count"])
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    ocs = [oc for _, oc in outs]
    for p in (FY24, FY25):
        for c in CATS5:
            for et, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
                v = counts(r, hi=4, cat=c, subj=subj, late=p == FY25, ocs=ocs)
                for lab, oc in outs:
                    w.writerow([N(FYL[p], "period"), "Conduct allegation", CL[c], et, lab,
                                F(c, oc, v[oc], p, subject=subj)])
    cr = rng("suffolk-crime")
    for p in (FY24, FY25):
        for off in ("Rape", "Sexual assault", "Other sexual offences"):
            for et in ("Police Officer", "Police Staff"):
                for lab in ("Charged/summonsed", "Evidential difficulties - victim supports action",
                            "Victim does not support action", "Under investigation"):
                    n = cr.randint(0, 2)
                    if n:
                        w.writerow([N(FYL[p], "period"), "Recorded crime (suspect employee)", off, et, lab,
                                    N(str(n), CRIME)])
    write_text(src, buf.getvalue().replace("\r\n", "\n"), newline="\r\n")

# ===================================================================== 6 Essex: plain-text e-mail, space-aligned tables
# (types down, outcomes across, "*" = fewer than five), then vetting, training and the national picture (not figures)
def build_essex():
    src = "essex/RE Freedom of Information request 26-7741 (Essex Police).eml"
    KEY.file(src, "essex")
    r = rng("essex")
    widths = [40, 7, 6, 6, 6, 6, 6, 9, 7]
    body = ["Dear Requester,", "",
            N("Freedom of Information request 26-7741", "reference"), "",
            N("Thank you for your request of 1 December 2026, quoted at the end of this e-mail. Essex Police holds "
              "the information. The tables below give allegations made against police officers and police staff "
              "(combined), by the financial year in which they were recorded. Where an outcome was recorded for "
              "fewer than five allegations the number is shown as * because it could identify the people involved "
              "(section 40(2) of the Act); totals are given in full.", "date; threshold of suppression; section"),
            ""]
    for p in (FY24, FY25):
        body.append(N(f"Financial year {FYL[p]}", "period"))
        body.append(fw(["Allegation type"] + [lab for lab, _ in SHORT7] + ["Total"], widths))
        body.append("-" * sum(widths))
        for c in CATS5:
            v = counts(r, hi=12, zero=0.3, cat=c, late=p == FY25)
            cells = [F(c, oc, SUP(), p, said="*") if 1 <= v[oc] <= 4 else F(c, oc, v[oc], p) for _, oc in SHORT7]
            body.append(fw([CL[c]] + cells + [F(c, "total", v["total"], p)], widths))
        body.append("")
    body += ["Key: Dism. dismissed; WHBD would have been dismissed; FWW final written warning; WW written warning;",
             "RP reflective practice; NCTA no case to answer; Ongoing still under investigation.", "",
             "Other information you may find useful (not part of the figures requested)", ""]
    body += textwrap.wrap(N("Vetting: in 2025/26 the Force refused vetting clearance to 214 applicants for police "
                            "officer and staff roles, 31 of them because of intelligence about sexual offending.",
                            "vetting refusals (applicants, not allegations); period"), 100)
    body += [""] + textwrap.wrap(N("Training: 3,418 officers and staff completed the Active Bystander course in "
                                   "2025/26, and 96% of supervisors have completed the sexual harassment module.",
                                   "training completions; percentage; period"), 100)
    body += [""] + textwrap.wrap(N("National picture: the National Police Chiefs' Council reported 1,612 allegations "
                                   "of sexual misconduct against officers and staff in England and Wales in 2025/26. "
                                   "That is the national total for all forces, not the figure for Essex.",
                                   "national figure quoted for context; period"), 100)
    body += ["", rights(), "", "Kind regards,", "", "Information Rights Officer", "Essex Police",
             N("PO Box 2, Headquarters, Chelmsford CM2 6DA", "PO box; postcode"), "",
             "Your request:", ""] + ["> " + x for x in textwrap.wrap(request(), 96)]
    eml(src, "Essex Police Information Rights <foi@essex.police.uk>", "requester@example.org",
        N("RE: Freedom of Information request 26-7741", "reference"), N("Mon, 14 Dec 2026 11:02:00 +0000", "date"),
        "\n".join(body) + "\n")


# ===================================================================== 7 Cambridgeshire: plain-text letter that answers
# a different question: crime figures only (offences with an employee suspect), no misconduct figures at all
def build_cambridgeshire():
    src = "cambridgeshire/FOI 0917-2026 response.txt"
    KEY.file(src, "cambridgeshire")
    L_ = ["CAMBRIDGESHIRE CONSTABULARY",
          N("Freedom of Information, Hinchingbrooke Park, Huntingdon PE29 6NP", "postcode"), "",
          N("Reference: FOI 0917/2026", "reference"), N("Date: 16 December 2026", "date"), "",
          "Dear Requester,", ""]
    L_ += textwrap.wrap(N("Thank you for your request of 1 December 2026, which read:", "date"), 80) + [""]
    L_ += ["    " + x for x in textwrap.wrap(request(), 76)] + [""]
    L_ += textwrap.wrap("Your request was passed to the Crime Data Integrity team, who searched the crime recording "
                        "system for sexual offences in which the suspect was recorded as a police officer or member "
                        "of police staff. The results are below.", 80) + [""]
    widths = [34, 10, 10]
    L_.append(fw(["Offence (crime recording system)", N("2024/25", "period"), N("2025/26", "period")], widths))
    L_.append("-" * 54)
    cr = rng("cambs-crime")
    for off in ("Rape", "Sexual assault", "Other sexual offences", "VAWG-flagged offences",
                "Outcome: charged / summonsed", "Outcome: evidential difficulties",
                "Outcome: victim does not support", "Outcome: no further action"):
        L_.append(fw([off] + [N(str(cr.randint(0, 9)), CRIME) for _ in range(2)], widths))
    L_ += [""]
    L_ += textwrap.wrap("Please note that these are recorded crimes. A recorded crime is not the same as a misconduct "
                        "allegation and the outcomes above are crime outcomes. This response does not include any "
                        "information about misconduct allegations or misconduct outcomes; if you would like that "
                        "information please make a new request, which will be passed to our Professional Standards "
                        "Department.", 80) + [""]
    L_ += textwrap.wrap(rights(), 80)
    L_ += ["", "Yours faithfully,", "", "Freedom of Information Officer", "Cambridgeshire Constabulary"]
    write_text(src, "\n".join(L_) + "\n")


# ===================================================================== 8 Dorset: XLSX, the answer on one sheet (a block
# per year, outcomes down, types across) and "Other information": grievances, tribunal claims, suspensions, vetting
def build_dorset():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "dorset/Dorset Police FOI 2026-1877.xlsx"
    KEY.file(src, "dorset")
    r = rng("dorset")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI response"
    xnon(ws, "A1", "Dorset Police \u2013 FOI 2026-1877 \u2013 allegations against officers and staff", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations recorded against police officers and police staff (combined), by financial year."
    row = 4
    outs = OUT7
    for p in (FY24, FY25):
        xnon(ws, f"A{row}", f"Financial year {FYL[p]}", "period")
        ws[f"A{row}"].font = Font(bold=True)
        row += 1
        ws.cell(row=row, column=1, value="Outcome").font = Font(bold=True)
        for j, c in enumerate(CATS5):
            ws.cell(row=row, column=2 + j, value=AB[c]).font = Font(bold=True)
        row += 1
        vs = {c: counts(r, hi=5, cat=c, late=p == FY25) for c in CATS5}
        if p == FY24:
            vs[VG] = None
        for lab, oc in outs + [("Total", "total")]:
            ws.cell(row=row, column=1, value=lab)
            for j, c in enumerate(CATS5):
                col = "BCDEF"[j]
                if vs[c] is None:
                    ws[f"{col}{row}"] = "n/k"
                    if oc == "total":
                        F(c, "total", NH, p, printed=False)
                else:
                    xfig(ws, f"{col}{row}", c, oc, vs[c][oc], p)
            row += 1
        row += 1
    ws[f"A{row}"] = "SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a " \
                    "sexual purpose; VAWG violence against women and girls."
    xnon(ws, f"A{row + 1}", "n/k = not known: VAWG was not recorded as a separate allegation type until April 2025, "
                            "so the information is not held for 2024/25.", "date; period")
    ws.column_dimensions["A"].width = 28
    ws2 = wb.create_sheet("Other information")
    ws2["A1"] = "Other information (context only \u2013 not allegations against officers or staff)"
    ws2["A1"].font = Font(bold=True)
    ws2["A1"].fill = PatternFill("solid", fgColor="FFF2CC")
    items = [("Grievances raised by staff citing sexual harassment by a colleague, 2025/26", 7,
              "grievances (employment procedure), not misconduct allegations"),
             ("Employment tribunal claims alleging sexual harassment, 2025/26", 3, "employment tribunal claims"),
             ("Officers suspended (all reasons) at 30 November 2026", 9, "suspended officers at a date, all reasons"),
             ("Staff suspended (all reasons) at 30 November 2026", 2, "suspended staff at a date, all reasons"),
             ("Vetting clearances refused, 2025/26", 141, "vetting refusals"),
             ("Police officer headcount at 31 March 2026", 1391, "headcount")]
    for i, (lab, v, why) in enumerate(items, 3):
        xnon(ws2, f"A{i}", lab, "period / date of a context item")
        xnon(ws2, f"B{i}", v, why)
    ws2.column_dimensions["A"].width = 70
    write_bytes(src, xlsx_bytes(wb, "Dorset Police Disclosure"))

# ===================================================================== 9 Avon and Somerset: HTML page; Table 1 allegations
# by who raised them (colleague / member of the public / Total, under year bands); Table 2 outcomes, no Total
def build_avon_and_somerset():
    src = "avon-and-somerset/ASC FOI 2026-09315 disclosure.html"
    KEY.file(src, "avon-and-somerset")
    r = rng("avon")
    parts = ['<div class="page"><header class="masthead">Avon and Somerset Police</header>',
             '<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/foi">FOI disclosure log</a></nav>',
             N("<h1>Sexual misconduct allegations against officers and staff (FOI 2026-09315)</h1>", "reference"),
             N("<p><strong>Date of disclosure:</strong> 17 December 2026</p>", "date"),
             f"<h2>Request</h2><p class=\"request\">{request()}</p>",
             "<h2>Response</h2>",
             N("<p>The figures are allegations made against police officers and police staff (combined), by the "
               "financial year in which they were recorded. Table 1 shows who raised each allegation: a colleague "
               "(reported internally) or a member of the public (a public complaint); the Total column is every "
               "allegation of that type. Table 2 shows the outcomes of all of those allegations.</p>", "table numbers"),
             N("<h3>Table 1: allegations by who raised them</h3>", "table number"),
             '<table border="1"><thead><tr><th rowspan="2">Allegation type</th>' +
             "".join(f'<th colspan="3">{N(FYL[p], "period")}</th>' for p in (FY24, FY25)) + "</tr><tr>" +
             "<th>Raised by a colleague</th><th>Raised by a member of the public</th><th>Total</th>" * 2 +
             "</tr></thead><tbody>"]
    vals = {}
    for c in CATS5:
        cells = []
        for p in (FY24, FY25):
            v = counts(r, hi=6, zero=0.3, cat=c, late=p == FY25)
            vals[(c, p)] = v
            col = r.randint(0, v["total"])
            cells += [N(str(col), "allegations raised by colleagues: a split by who raised them; the Total is keyed"),
                      N(str(v["total"] - col), "allegations raised by the public: a split by who raised them; the "
                                                "Total is keyed"),
                      F(c, "total", v["total"], p)]
        parts.append(f"<tr><th>{CL[c]}</th>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    parts.append("</tbody></table>")
    parts.append(N("<h3>Table 2: outcome of the allegations in Table 1</h3>", "table number"))
    parts.append('<table border="1"><thead><tr><th>Financial year</th><th>Allegation type</th>' +
                 "".join(f"<th>{lab}</th>" for lab, _ in OUT7) + "</tr></thead><tbody>")
    for p in (FY24, FY25):
        for c in CATS5:
            v = vals[(c, p)]
            cells = []
            for _, oc in OUT7:
                if c == AP and 1 <= v[oc] <= 4:
                    cells.append(F(c, oc, SUP(), p, said="&lt;5"))
                else:
                    cells.append(F(c, oc, v[oc], p))
            parts.append(f"<tr><td>{N(FYL[p], 'period')}</td><td>{CL[c]}</td>" +
                         "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    parts.append("</tbody></table>")
    parts += [N("<p class=\"note\">&lt;5: fewer than five. Outcomes of abuse of position for a sexual purpose "
                "allegations below five are not shown, to avoid identifying the individuals concerned (section 40(2) "
                "FOIA).</p>", "threshold; section number"),
              N("<p class=\"note\">For comparison, Avon and Somerset Police received 2,958 public complaints of all "
                "kinds in 2025/26.</p>", "public complaints of all kinds; period"),
              f"<p>{rights()}</p></div>"]
    text = bk.html_page(N("FOI 2026-09315 | Avon and Somerset Police", "reference"), "\n".join(parts))
    write_text(src, text)


# ===================================================================== 10 South Wales: Word letter, officers' tables per
# year (outcomes down, types across), staff totals table with NCND, the NPCC national table and Gwent's figures quoted
def build_south_wales():
    src = "south-wales/SWP FOI 2026-2977 response.docx"
    KEY.file(src, "south-wales")
    r = rng("swp")
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, N("OFFICIAL \u2013 FOI 2026/2977", "reference"), "South Wales Police, Cowbridge Road, "
                          + N("Bridgend CF31 3SU", "postcode"))
    bk.docx_para(d, "South Wales Police / Heddlu De Cymru", bold=True, size=14)
    bk.docx_para(d, N("Reference FOI 2026/2977 \u2013 18 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("We received your request on 1 December 2026:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_heading(d, "Police officers")
    bk.docx_para(d, "The tables below give allegations against police officers, by the financial year in which "
                    "they were recorded.")
    for i, p in enumerate((FY24, FY25), 1):
        bk.docx_para(d, N(f"Table {i}: police officers, {FYL[p]}", "table number; period"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Outcome"] + [AB[c] for c in CATS5]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        vs = {c: counts(r, hi=6, cat=c, late=p == FY25) for c in CATS5}
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=9)
            for j, c in enumerate(CATS5):
                bk.docx_cell(cells[1 + j], F(c, oc, vs[c][oc], p, subject="officers"), bold=oc == "total", size=9)
    bk.docx_heading(d, "Police staff")
    bk.docx_para(d, N("Table 3 gives the number of allegations against police staff. South Wales Police neither "
                      "confirms nor denies whether it holds information about allegations of abuse of position for a "
                      "sexual purpose against police staff, as to do so could identify individuals (section 40(5) of "
                      "the Act).", "table number; section number"))
    bk.docx_para(d, N("Table 3: police staff", "table number"), bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", N("2024/25", "period"), N("2025/26", "period")]):
        bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
    for c in CATS5:
        cells = t.add_row().cells
        bk.docx_cell(cells[0], CL[c], size=9)
        for j, p in enumerate((FY24, FY25)):
            if c == AP:
                F(c, "total", NCND("s40(5)"), p, subject="staff", printed=False)
                bk.docx_cell(cells[1 + j], "NCND", size=9)
            else:
                bk.docx_cell(cells[1 + j], F(c, "total", r.randint(0, 5), p, subject="staff"), size=9)
    bk.docx_para(d, "SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a "
                    "sexual purpose; VAWG violence against women and girls.")
    bk.docx_heading(d, "The national picture")
    bk.docx_para(d, N("You may wish to compare our figures with the national data published by the National Police "
                      "Chiefs' Council for all forces in England and Wales (Table 4), and with our neighbour Gwent "
                      "Police, which reported 52 allegations of sexual misconduct against officers and staff in "
                      "2025/26. These are other bodies' figures, not South Wales Police's.",
                      "table number; another force's figure; period"))
    bk.docx_para(d, N("Table 4: England and Wales, all forces (NPCC)", "table number"), bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", N("2024/25", "national table period"),
                           N("2025/26", "national table period")]):
        bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
    nr = rng("swp-national")
    for c in CATS5:
        cells = t.add_row().cells
        bk.docx_cell(cells[0], CL[c], size=9)
        for j in range(2):
            bk.docx_cell(cells[1 + j], N(f"{nr.randint(150, 1400):,}", "national figures (all forces), context"),
                         size=9)
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Unit")
    write_bytes(src, docx_bytes(d, "South Wales Police"))

# ===================================================================== 11 City of London: reportlab letter; the VAWG
# crime picture in the City month by month (not figures) BEFORE the misconduct table (type x year rows, outcomes across)
def build_city_of_london():
    src = "city-of-london/CoLP FOI 26-0612 response.pdf"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    st = bk.styles("Times-Roman", 10.5)
    P = bk.P
    story = [P("<b>City of London Police</b>", st["h"]),
             P(N("Information Access Office, Guildhall Yard East, London EC2V 5AE", "postcode"), st["addr"]),
             bk.S(6),
             P(N("Our reference: FOI 26-0612<br/>Date: 11 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your request of 1 December 2026:", "date"), st["body"]),
             P(request(), st["quote"]),
             P("<b>Violence against women and girls in the City</b>", st["h2"]),
             P(N("The City of London Police is committed to tackling violence against women and girls. To place our "
                 "answer in context, Table A shows VAWG crimes, rapes and sexual assaults reported to the City of "
                 "London Police by the public in the financial year 2025/26, month by month. These are offences "
                 "committed in the City, whoever the suspect; they are not allegations against our officers or "
                 "staff.", "period"), st["body"]),
             P(N("Table A: VAWG crime reported in the City of London, 2025/26", "period"), st["h2"])]
    data = [[P(h, st["cellb"]) for h in ("Month", "VAWG offences recorded", "Rape reports", "Sexual assault reports",
                                         "Outcome: charged")]]
    cr = rng("colp-crime")
    months = ["Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025",
              "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026"]
    for m in months:
        data.append([N(m, "month of the crime table")] +
                    [N(str(x), CRIME) for x in (cr.randint(20, 60), cr.randint(0, 6), cr.randint(2, 14),
                                                cr.randint(0, 5))])
    story.append(rl_table(data, [70, 95, 70, 95, 70], size=8.5))
    story.append(bk.S(8))
    story.append(P("<b>Allegations against officers and staff</b>", st["h2"]))
    story.append(P(N("The answer to your request is in Table B: allegations against City of London Police officers "
                     "and staff (combined) and their outcomes, by the financial year in which the allegation was "
                     "recorded.", "table letter"), st["body"]))
    story.append(P("Table B: allegations against officers and staff, by type and outcome", st["h2"]))
    data = [["Allegation type", "Year"] + [lab for lab, _ in SHORT7] + ["Total"]]
    for c in CATS5:
        for p in (FY24, FY25):
            v = counts(r, hi=2, zero=0.6, cat=c, late=p == FY25)
            data.append([P(CL[c], st["cell"]), N(FYL[p], "period")] + [F(c, oc, v[oc], p) for _, oc in OUT7] +
                        [F(c, "total", v["total"], p)])
    story.append(rl_table(data, [120, 46] + [38] * 7 + [38], size=8, header_rows=1))
    story.append(P("Dism. dismissed; WHBD would have been dismissed; FWW final written warning; WW written warning; "
                   "RP reflective practice; NCTA no case to answer; Ongoing under investigation.", st["small"]))
    story.append(bk.S(8))
    story.append(P(rights(), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Information Access Office", st["body"])]
    bk.pdf_letter(src, story, furniture("CoLP FOI 26-0612", marking=""), title="FOI 26-0612",
                  author="City of London Police")


# ===================================================================== 12 Derbyshire: reportlab letter, figures in prose by
# calendar year; tribunal claims, training and vetting (not figures); VAWG 2024 refused under s12
def build_derbyshire():
    src = "derbyshire/Derbyshire Constabulary FOI 2026-06612 letter.pdf"
    KEY.file(src, "derbyshire")
    r = rng("derbys")
    st = bk.styles("Helvetica", 10)
    P = bk.P
    story = [P("<b>Derbyshire Constabulary</b>", st["h"]),
             P(N("Butterley Hall, Ripley, Derbyshire DE5 3RS", "postcode"), st["addr"]), bk.S(6),
             P(N("FOI reference 2026/06612 &nbsp;|&nbsp; 15 December 2026", "reference; date"), st["body"]),
             P("Dear Requester,", st["body"]),
             P(N("Your request of 1 December 2026 was:", "date"), st["body"]),
             P(request(), st["quote"]),
             P(N("Derbyshire Constabulary records misconduct allegations by calendar year, so as your request allows "
                 "we give the calendar years 2024 and 2025. All figures are allegations against police officers and "
                 "police staff together.", "periods"), st["body"]),
             P(N("<b>1. Calendar year 2025</b>", "section number; period"), st["h2"])]
    def year(p, late):
        for c in CATS5:
            if p == CY24 and c == VG:
                F(c, "total", bk.REF("s12"), p, printed=False)
                story.append(P("\u2022 " + N(
                    f"{CL[c]}: we cannot say how many allegations were made in 2024. The VAWG marker was added to the "
                    "case system part-way through that year, and finding the earlier allegations would mean reading "
                    "every case file, which would exceed the cost limit of \u00a3450 (18 hours). We rely on section 12 "
                    "of the Act for this part of your request.", "money; hours; section number; period"),
                    st["bullet"]))
                continue
            v = counts(r, hi=4, zero=0.5, cat=c, late=late)
            if v["total"] == 0:
                v["no_case_to_answer"] = v["total"] = 1
            bits = [f"{F(c, oc, v[oc], p)} {lab.lower()}" for lab, oc in OUT7 if v[oc]]
            zero = [lab.lower() for lab, oc in OUT7 if not v[oc]]
            for lab, oc in OUT7:
                if not v[oc]:
                    F(c, oc, 0, p, printed=False)
            txt = f"{CL[c]}: {F(c, 'total', v['total'], p)} allegations. Outcomes: " + "; ".join(bits) + "."
            if zero:
                txt += " There were no allegations with the outcome " + ", ".join(zero) + "."
            story.append(P("\u2022 " + txt, st["bullet"]))
    year(CY25, True)
    story.append(P(N("<b>2. Calendar year 2024</b>", "section number; period"), st["h2"]))
    year(CY24, False)
    story.append(P(N("<b>3. Information that is not part of the answer</b>", "section number; period"), st["h2"]))
    story.append(P(N("Some requesters ask for related information, so we add the following for context. None of it "
                     "counts allegations against officers or staff.", "x"), st["body"]))
    for t, why in (("Employment tribunal claims alleging sexual harassment brought by employees: 3 in 2024 and 4 "
                    "in 2025.", "employment tribunal claims; periods"),
                   ("Sexual harassment awareness training: 1,842 officers and staff completed it in 2025.",
                    "training completions; period"),
                   ("Vetting: 27 applicants were refused vetting clearance in 2025 because of concerns about sexual "
                    "behaviour.", "vetting refusals; period"),
                   ("Officers suspended for any reason at 30 November 2026: 6.", "suspensions at a date"),
                   ("Sexual offences recorded by Derbyshire Constabulary in 2025 (all suspects): 3,127.", CRIME)):
        story.append(P("\u2022 " + N(t, why), st["bullet"]))
    story.append(P(rights(), st["body"]))
    story += [P("Yours sincerely,", st["body"]), P("Information Management, Derbyshire Constabulary", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 2026/06612"), title="FOI 2026/06612", author="Derbyshire Constabulary")

# ===================================================================== 13 North Yorkshire: XLSX; "Table 1" sheet of ALL
# conduct allegations by Standard of Professional Behaviour (context), "Table 2" long sheet of the sexual ones
def build_north_yorkshire():
    import openpyxl
    from openpyxl.styles import Font
    src = "north-yorkshire/NYP FOI 1488-2026 tables.xlsx"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("Table 1", "sheet name: table number")
    ws["A1"] = "Table 1: all conduct allegations recorded against officers and staff, by Standard of " \
               "Professional Behaviour (context)"
    N("Table 1", "table number")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Every conduct allegation of any kind is counted here. Allegations of a sexual nature are not " \
               "broken down in this table; they are given in Table 2."
    N("Table 2", "table number")
    for j, h in enumerate(["Standard of Professional Behaviour", FYL[FY24], FYL[FY25]]):
        ws.cell(row=4, column=1 + j, value=h).font = Font(bold=True)
        N(h, "period of the context table")
    ar = rng("nyp-all")
    stds = ["Honesty and integrity", "Authority, respect and courtesy", "Use of force", "Orders and instructions",
            "Duties and responsibilities", "Confidentiality", "Fitness for work", "Discreditable conduct",
            "Challenging and reporting improper conduct"]
    row = 5
    for sname in stds:
        ws.cell(row=row, column=1, value=sname)
        for j in range(2):
            xnon(ws, f"{'BC'[j]}{row}", ar.randint(12, 240), "conduct allegations of every kind (context)")
        row += 1
    ws.cell(row=row, column=1, value="Sexual (all types) \u2013 see Table 2")
    N("Table 2", "table number")
    ws.cell(row=row, column=2, value="see Table 2")
    ws.cell(row=row, column=3, value="see Table 2")
    N("see Table 2 see Table 2", "table numbers")
    row += 1
    ws.cell(row=row, column=1, value="All conduct allegations").font = Font(bold=True)
    for j in range(2):
        xnon(ws, f"{'BC'[j]}{row}", ar.randint(1400, 1900), "all conduct allegations of every kind (context)")
    ws.column_dimensions["A"].width = 44
    ws2 = wb.create_sheet(N("Table 2", "sheet name: table number"))
    ws2["A1"] = "Table 2: allegations of a sexual nature against police officers and police staff, by outcome"
    N("Table 2", "table number")
    ws2["A1"].font = Font(bold=True)
    heads = ["Financial year", "Allegation type", "Outcome", "Police officers", "Police staff"]
    for j, h in enumerate(heads):
        ws2.cell(row=3, column=1 + j, value=h).font = Font(bold=True)
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Ongoing", "ongoing")]
    ocs = [oc for _, oc in outs]
    row = 4
    for p in (FY24, FY25):
        for c in CATS5:
            vo = counts(r, hi=5, cat=c, subj="officers", late=p == FY25, ocs=ocs)
            vs = counts(r, hi=3, zero=0.6, cat=c, subj="staff", ocs=ocs)
            for lab, oc in outs + [("Total", "total")]:
                xnon(ws2, f"A{row}", FYL[p], "period")
                ws2[f"B{row}"] = CL[c]
                ws2[f"C{row}"] = lab
                if oc == "total":
                    for col in "ABCDE":
                        ws2[f"{col}{row}"].font = Font(bold=True)
                xfig(ws2, f"D{row}", c, oc, vo[oc], p, subject="officers")
                xfig(ws2, f"E{row}", c, oc, vs[oc], p, subject="staff")
                row += 1
    ws2.column_dimensions["B"].width = 38
    ws2.column_dimensions["C"].width = 22
    write_bytes(src, xlsx_bytes(wb, "NYP Civil Disclosure Unit"))


# ===================================================================== 14 Gloucestershire: plain e-mail "please find
# attached" with crime context in the body; the XLSX attachment has a sheet per calendar year and, on each, a second
# table of investigations carried out for OTHER forces (not Gloucestershire's employees)
def build_gloucestershire():
    import openpyxl
    from openpyxl.styles import Font
    src = "gloucestershire/FOI 2026-1102 Gloucestershire Constabulary response.eml"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    wb = openpyxl.Workbook()
    first = True
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = N(yl, "sheet name: period")
        xnon(ws, "A1", f"Gloucestershire Constabulary \u2013 allegations against officers and staff, calendar year "
                       f"{yl}", "period")
        ws["A1"].font = Font(bold=True)
        for j, h in enumerate(["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]):
            ws.cell(row=3, column=1 + j, value=h).font = Font(bold=True)
        row = 4
        for c in CATS5:
            v = counts(r, hi=4, cat=c, late=yl == "2025")
            ws.cell(row=row, column=1, value=CL[c])
            for j, (_, oc) in enumerate(OUT7 + [("Total", "total")]):
                xfig(ws, f"{openpyxl.utils.get_column_letter(2 + j)}{row}", c, oc, v[oc], p)
            row += 1
        row += 2
        ws.cell(row=row, column=1, value="Investigations carried out by Gloucestershire Professional Standards on "
                                         "behalf of other forces (their officers, not ours) \u2013 for information "
                                         "only").font = Font(bold=True)
        row += 1
        for j, h in enumerate(["Allegation type", "Force", "Allegations", "Dismissed", "Ongoing"]):
            ws.cell(row=row, column=1 + j, value=h).font = Font(bold=True)
        row += 1
        orr = rng("glos-other-" + yl)
        for c, force in ((SA, "Wiltshire Police"), (SH, "Avon and Somerset Police"), (SM, "Thames Valley Police")):
            ws.cell(row=row, column=1, value=CL[c])
            ws.cell(row=row, column=2, value=force)
            a = orr.randint(1, 4)
            xnon(ws, f"C{row}", a, "another force's allegations investigated on its behalf")
            xnon(ws, f"D{row}", orr.randint(0, a), "another force's allegations investigated on its behalf")
            xnon(ws, f"E{row}", orr.randint(0, 1), "another force's allegations investigated on its behalf")
            row += 1
        ws.column_dimensions["A"].width = 40
    att = xlsx_bytes(wb, "Gloucestershire Constabulary")
    body = ["Dear Requester,", "",
            N("Your Freedom of Information request, reference 2026-1102", "reference"), "",
            "Please find our response attached as a spreadsheet. Gloucestershire Constabulary records misconduct "
            "allegations by calendar year, so as your request allows we have given the calendar years 2024 and 2025. "
            "Each sheet gives allegations against police officers and police staff together.", ""]
    body[4] = N(body[4], "periods")
    body += textwrap.wrap(N("For context only: Gloucestershire Constabulary recorded 2,406 sexual offences in 2025, "
                            "and in 11 of them the suspect was a serving officer or member of staff. Those are crime "
                            "records, not misconduct allegations, and are not included in the spreadsheet.",
                            CRIME + "; period"), 100)
    body += [""] + textwrap.wrap(N("Each sheet also shows, below our own figures, investigations our Professional "
                                   "Standards Department carried out for other forces. Those allegations concern "
                                   "other forces' officers and are not Gloucestershire figures.", "x"), 100)
    body += ["", rights(), "", "Regards,", "", "Information Rights Team", "Gloucestershire Constabulary"]
    eml(src, "Gloucestershire Constabulary FOI <foi@gloucestershire.police.uk>", "requester@example.org",
        N("FOI 2026-1102 - your request for information", "reference"), N("Fri, 11 Dec 2026 15:20:00 +0000", "date"),
        "\n".join(body) + "\n",
        attachments=[(N("FOI 2026-1102 data.xlsx", "attachment name: reference"),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", att)])

# ===================================================================== 15 Kent (a force with a house style): its CSV export,
# and under the data a second block of recorded crimes with an employee suspect, with the same column heads
def build_kent():
    import csv as csvmod
    src = "kent/disclosure_2026_1419.csv"
    KEY.file(src, "kent")
    r = rng("kent")
    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\n")
    w.writerow(["Kent Police - Freedom of Information disclosure", "", "", "", "", "", ""])
    w.writerow([N("Reference: FOI/2026/1419", "reference"), "", "", "", "", "", ""])
    w.writerow(["Allegations against police officers and police staff (combined) by financial year recorded",
                "", "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(["Allegation Type", "Outcome", N("2024/25", "period"), N("2025/26", "period"), "Total", "", ""])
    for c in CATS5:
        vs = {p: counts(r, hi=6, cat=c, late=p == FY25) for p in (FY24, FY25)}
        for lab, oc in OUT7 + [("Total", "total")]:
            a, b = vs[FY24][oc], vs[FY25][oc]
            w.writerow([CL[c], lab, F(c, oc, a, FY24), F(c, oc, b, FY25), F(c, oc, a + b, SPAN_REQ), "", ""])
    w.writerow([""] * 7)
    w.writerow(["Recorded crime - sexual offences where the suspect was a Kent Police officer or member of staff "
                "(crime system; for information only - not misconduct allegations)", "", "", "", "", "", ""])
    w.writerow(["Allegation Type", "Outcome", N("2024/25", "period of the crime block"),
                N("2025/26", "period of the crime block"), "Total", "", ""])
    cr = rng("kent-crime")
    for off in ("Rape", "Sexual assault", "Other sexual offences"):
        vals = []
        for lab in ("Charged/summonsed", "Evidential difficulties", "Victim does not support", "Outcome pending"):
            a, b = cr.randint(0, 3), cr.randint(0, 3)
            vals.append((a, b))
            w.writerow([off, lab, N(str(a), CRIME), N(str(b), CRIME), N(str(a + b), CRIME), "", ""])
        ta, tb = sum(x for x, _ in vals), sum(y for _, y in vals)
        w.writerow([off, "Total", N(str(ta), CRIME), N(str(tb), CRIME), N(str(ta + tb), CRIME), "", ""])
    write_text(src, buf.getvalue(), newline="\r\n", bom=True)


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind48-", read=read48))
