#!/usr/bin/python3
"""make_blind47_fixtures.py -- the forty-seventh blind test batch for `foi` and its answer key.

Theme: who the figures belong to.  Forces named the ways they name themselves ("Avon & Somerset
Constabulary", "Heddlu Dyfed-Powys Police", "PSNI", "MDP", "CNC", "Police Scotland"), joint units
answering for two or three forces (a column per force and a combined column that belongs to none),
a regional table with a region total, a file saved under one force's folder holding another force's
letter, a Police and Crime Commissioner's office and a Police, Fire and Crime Commissioner replying
for their force, a force forwarding another force's answer, a newsroom's own tracker with a row per
force, and headcounts and rates per 1,000 officers beside counts.
The request, sent 1 December 2026, is in REQUEST below; see fixtures/blind47/NOTES.md.
Machinery: scripts/blindkit.py (not edited); a per-row force helper and the .eml / .csv
read-back are local.

usage: /usr/bin/python3 make_blind47_fixtures.py          # rebuild fixtures/blind47 (or $FOI_BLIND47_OUT)
       /usr/bin/python3 make_blind47_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind47_fixtures.py dump FILE
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
from blindkit import F, N, KEY, FY, CY, SUP, NH, NCND, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND47_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind47").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CATS4 = (SA, SM, SH, AP)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
AB = {SA: "SA", SM: "SM", SH: "SH", AP: "APSP", VG: "VAWG"}
FY24, FY25 = FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
FYL = {FY24: "2024/25", FY25: "2025/26"}
REQ_SPAN = (FY24[0], FY25[1])
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26, the number of allegations of sexual "
           "assault, sexual misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
           "against women and girls made against police officers and police staff, and the outcome of each "
           "allegation. Calendar years 2024 and 2025 are acceptable if that is how you record.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 16, 9, 0, 0)


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind47-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(1, 4)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def FF(force, cat, oc, v, p, **kw):
    """Key a figure of the current file to force (a file holding several forces' figures)."""
    src = KEY.cur
    old = KEY.ctx[src]
    KEY.ctx[src] = (force,) + old[1:]
    try:
        return F(cat, oc, v, p, **kw)
    finally:
        KEY.ctx[src] = old


def rights(days=40, who="us"):
    return N(f"If you are unhappy with the way your request has been handled you may ask {who} for an internal "
             f"review within {days} working days, and then complain to the Information Commissioner\u2019s "
             "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).",
             "review window; ICO address and telephone")


def furniture(ref, marking="OFFICIAL", name=None):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        if name:
            c.drawString(20 * mm, 10 * mm, name)
        c.drawCentredString(w / 2, 10 * mm, N(ref, "reference in the footer"))
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
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=pad + list(extra)))
    return t


def fw(cells, widths, first_left=True):
    out = []
    for i, (c, w) in enumerate(zip(cells, widths)):
        out.append(c.ljust(w) if (i == 0 and first_left) else c.rjust(w))
    return "".join(out).rstrip()


def eml(src, frm, to, subject, date, body, msgid):
    m = email.message.EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m.set_content("\n".join(body) + "\n")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


def read47(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    if p.suffix.lower() == ".csv":          # a reader sees the fields, not the commas between them
        import csv as csvmod
        return "\n".join(" | ".join(row) for row in csvmod.reader(io.StringIO(bk.read_back(p))))
    return bk.read_back(p)


def csv_text(rows):
    import csv as csvmod
    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue()


TOTALS = {}      # (force, period, category) -> officers-and-staff total, reused by the newsroom tracker


# ===================================================================== 1 Avon and Somerset: PDF letter, "Avon & Somerset
# Constabulary" letterhead; a table per employee group, year bands down the side, officer table with a rate column
def build_avon_and_somerset():
    src = "avon-and-somerset/Avon & Somerset Constabulary - FOI 1290-26 response.pdf"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    st = bk.styles("Helvetica", 9.5)
    P = bk.P
    heads = {FY24: 3075, FY25: 3142}
    story = [P("Avon &amp; Somerset Constabulary", st["h"]),
             P("Information Access Team | PO Box 37 | Valley Road | Portishead | Bristol BS20 8QJ", st["small"]),
             P(N("Our reference: 1290/26", "reference"), st["addr"]),
             P(N("Date: 17 December 2026", "date"), st["addr"]), bk.S(8),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your request for information received on 1 December 2026, which was:", "date"),
               st["body"]),
             P(request(), st["quote"]),
             P("Avon &amp; Somerset Constabulary holds the information. The tables below give allegations made "
               "against police officers (Table 1) and police staff (Table 2), by the financial year in which the "
               "allegation was recorded, with the outcome reached or the current position.", st["body"])]
    N("PO Box 37 | Valley Road | Portishead | Bristol BS20 8QJ", "PO box; postcode")
    N("(Table 1) (Table 2)", "table numbers")
    short = ["Dismissed", "WHBD", "FWW", "WW", "RP", "NCTA", "Live", "Total"]
    for ti, (subj, title) in enumerate((("officers", "Police officers"), ("staff", "Police staff")), 1):
        story.append(P(N(f"Table {ti}: {title}", "table number"), st["h2"]))
        hdr = ["Allegation type"] + short + (["Rate per 1,000 officers"] if subj == "officers" else [])
        if subj == "officers":
            N("Rate per 1,000 officers", "column head: rate base")
        data = [[P(h, st["cellb"]) for h in hdr]]
        band = []
        for p in (FY24, FY25):
            extra = f" (officer headcount {heads[p]:,} at 31 March {int(FYL[p][:4]) + 1})" if subj == "officers" else ""
            data.append([P(N(f"Financial year {FYL[p]}{extra}", "period; headcount and its date"), st["cellb"])]
                        + [""] * (len(hdr) - 1))
            band.append(len(data) - 1)
            for c in CATS5:
                v = counts(r, hi=6 if subj == "officers" else 3, cat=c, subj=subj, late=p == FY25)
                TOTALS.setdefault(("avon-and-somerset", p, c), 0)
                TOTALS[("avon-and-somerset", p, c)] += v["total"]
                row = [P(CL[c], st["cell"])] + [F(c, oc, v[oc], p, subject=subj) for oc in OCS]
                row.append(F(c, "total", v["total"], p, subject=subj))
                if subj == "officers":
                    row.append(N(f"{1000.0 * v['total'] / heads[p]:.2f}", "rate per 1,000 officers"))
                data.append(row)
        extra = [("SPAN", (0, b), (-1, b)) for b in band]
        w = [136, 50] + [36] * 7 + ([50] if subj == "officers" else [])
        story.append(rl_table(data, w, extra=extra, size=7.5))
        story.append(bk.S(6))
    story += [P("Key: WHBD would have been dismissed; FWW final written warning; WW written warning; RP reflective "
                "practice; NCTA no case to answer; Live still under investigation or awaiting a hearing.", st["small"]),
              P(N("Rates are per 1,000 police officers (headcount, Home Office workforce statistics) and are given "
                  "for context; they are not a measure of the staff figures. In 2025/26 the constabulary employed "
                  "2,764 police staff and 271 PCSOs.", "rate base; period; staff and PCSO headcounts"), st["small"]),
              P(rights(40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Information Access Officer<br/>Avon and Somerset Police", st["body"])]
    bk.pdf_letter(src, story, furniture("Avon & Somerset Constabulary FOI 1290/26", name=None),
                  margins=(16, 16, 30, 24), title="FOI 1290/26", author="Avon and Somerset Constabulary")


# ===================================================================== 2 Bedfordshire folder: the BCH joint Professional
# Standards Department's workbook, a column per force and a "BCH total" column (belongs to no force)
def build_bch():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "bedfordshire/BCH Joint PSD - FOI BED-26-2291.xlsx"
    KEY.file(src, "bedfordshire")
    r = rng("bch")
    forces = [("bedfordshire", "Bedfordshire Police"), ("cambridgeshire", "Cambridgeshire Constabulary"),
              ("hertfordshire", "Hertfordshire Constabulary")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    notes = [
        "Bedfordshire, Cambridgeshire and Hertfordshire Joint Professional Standards Department",
        N("Freedom of Information request BED-26-2291 (received by Bedfordshire Police on 01/12/2026)", "reference; date"),
        "",
        N("Professional Standards for the three forces is a collaborated (joint) department. Each force is the data",
          "number of forces"),
        "controller for its own officers and staff, so the figures are given for each force separately. The column",
        N("'BCH total' adds the three forces together and is given for convenience only.", "number of forces"),
        "",
        "Figures are allegations against police officers and police staff together, by the financial year the",
        N("allegation was recorded. One sheet per financial year.", "number of sheets per year"),
        "'Reflective practice' includes the reflective practice review process (RPRP).",
        N("Extracted 09/12/2026.", "date"),
    ]
    for i, t in enumerate(notes, 1):
        ws.cell(row=i, column=1, value=t or None)
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 110
    for p, name in ((FY24, "FY 2024-25"), (FY25, "FY 2025-26")):
        N(name, "sheet name: period")
        ws = wb.create_sheet(name)
        ws["A1"] = N(f"Allegations by type and outcome \u2013 1 April {FYL[p][:4]} to 31 March "
                     f"{int(FYL[p][:4]) + 1}", "period")
        ws["A1"].font = Font(bold=True)
        heads = ["Allegation type", "Outcome"] + [n for _, n in forces] + ["BCH total"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        row = 4
        for c in CATS5:
            vs = {f: counts(r, hi=5, cat=c, late=p == FY25) for f, _ in forces}
            for lab, oc in OUT7 + [("Total", "total")]:
                ws.cell(row=row, column=1, value=CL[c] if oc == "dismissed" else None)
                ws.cell(row=row, column=2, value=lab)
                for j, (f, _) in enumerate(forces, 3):
                    ws.cell(row=row, column=j, value=int(FF(f, c, oc, vs[f][oc], p)))
                    if oc == "total":
                        TOTALS[(f, p, c)] = vs[f]["total"]
                comb = sum(vs[f][oc] for f, _ in forces)
                ws.cell(row=row, column=6, value=int(N(str(comb), "BCH total: three forces combined (not a force)")))
                if oc == "total":
                    for j in range(1, 7):
                        ws.cell(row=row, column=j).font = Font(bold=True)
                row += 1
        ws.column_dimensions["A"].width = 40
        ws.column_dimensions["B"].width = 28
        for col in "CDEF":
            ws.column_dimensions[col].width = 16
        ws.freeze_panes = "C4"
    write_bytes(src, xlsx_bytes(wb, "BCH Joint Professional Standards"))


# ===================================================================== 3 Suffolk folder: Norfolk and Suffolk
# Constabularies' joint Information Management letter (Word), one table with a merged force column, calendar years
def build_norfolk_suffolk():
    src = "suffolk/Norfolk and Suffolk Constabularies FOI 004417-26.docx"
    KEY.file(src, "suffolk")
    r = rng("ns")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL",
                          N("Joint Information Management Department, Norfolk and Suffolk Constabularies, "
                            "Jubilee House, Falconer's Chase, Wymondham NR18 0WW", "postcode"))
    bk.docx_para(d, "Norfolk Constabulary and Suffolk Constabulary", bold=True, size=14)
    bk.docx_para(d, "Joint Information Management Department", size=11)
    bk.docx_para(d, N("Freedom of Information Request Reference No: 004417/26", "reference"))
    bk.docx_para(d, N("Date: 18 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Your request to Suffolk Constabulary, received on 1 December 2026, reads:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Norfolk and Suffolk Constabularies share a Professional Standards Department and an "
                      "Information Management Department. As the same request was also received by Norfolk "
                      "Constabulary, we have answered for both forces in one letter. Each force's figures are "
                      "shown against its own name in the table below; they are not combined.", "one letter"))
    bk.docx_para(d, "Both constabularies record allegations by calendar year, so the figures are for the calendar "
                    "years 2024 and 2025 as your request allows. They count allegations against police officers "
                    "and police staff together.")
    N("calendar years 2024 and 2025", "periods")
    heads = ["Constabulary", "Year", "Allegation type", "Dismissed", "Would have been dismissed",
             "Final written warning", "Written warning", "Reflective practice", "No case to answer",
             "Ongoing", "Total"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=7.5)
    bk.docx_repeat_header(t.rows[0])
    comb = {}
    for f, fname in (("suffolk", "Suffolk Constabulary"), ("norfolk", "Norfolk Constabulary")):
        first = len(t.rows)
        for p, yl in ((CY24, "2024"), (CY25, "2025")):
            for c in CATS5:
                v = counts(r, hi=5, cat=c, late=p == CY25)
                comb[(p, c)] = comb.get((p, c), 0) + v["total"]
                cells = t.add_row().cells
                bk.docx_cell(cells[1], N(yl, "period"), size=7.5)
                bk.docx_cell(cells[2], CL[c], size=7.5)
                for j, oc in enumerate(OCS, 3):
                    bk.docx_cell(cells[j], FF(f, c, oc, v[oc], p), size=7.5, align=1)
                bk.docx_cell(cells[10], FF(f, c, "total", v["total"], p), size=7.5, bold=True, align=1)
        m = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
        bk.docx_cell(m, fname, bold=True, size=8)
    bk.docx_para(d, "")
    bk.docx_para(d, N("For context only, the combined totals for the two constabularies (the collaborated "
                      "Professional Standards Department's workload) were:", "number of forces"))
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "2024 (both forces)", "2025 (both forces)"]):
        bk.docx_cell(t2.rows[0].cells[j], N(h, "period"), bold=True, size=8)
    for c in CATS5:
        cells = t2.add_row().cells
        bk.docx_cell(cells[0], CL[c], size=8)
        bk.docx_cell(cells[1], N(str(comb[(CY24, c)]), "two forces combined (not a force)"), size=8)
        bk.docx_cell(cells[2], N(str(comb[(CY25, c)]), "two forces combined (not a force)"), size=8)
    bk.docx_para(d, "")
    bk.docx_para(d, rights(40))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Disclosure Officer, Joint Information Management Department")
    write_bytes(src, docx_bytes(d, "Norfolk and Suffolk Constabularies"))


# ===================================================================== 4 Ministry of Defence Police: the MOD's letter on
# behalf of the MDP (officers only), years down within each type, police staff "not held" by the MDP
def build_mdp():
    src = "ministry-of-defence/20261215-FOI2026-18842 MDP response.pdf"
    KEY.file(src, "ministry-of-defence", subject="officers")
    r = rng("mdp")
    st = bk.styles("Times-Roman", 10.5)
    P = bk.P
    story = [P("Ministry of Defence", st["h"]),
             P("Ministry of Defence Police \u2013 Secretariat, Wethersfield, Braintree, Essex CM7 4AZ", st["small"]),
             P(N("Reference: FOI2026/18842", "reference"), st["addr"]),
             P(N("15 December 2026", "date"), st["addr"]), bk.S(8),
             P("Dear Requester,", st["body"]),
             P(N("Thank you for your email of 1 December 2026 requesting the following information:", "date"),
               st["body"]),
             P(request(), st["quote"]),
             P(N("I am treating your correspondence as a request for information under the Freedom of Information "
                 "Act 2000 (the Act). The Ministry of Defence Police (MDP) is the MOD's civilian police force, and the "
                 "Department answers requests about it. A search for the information has now been completed within "
                 "the MDP Professional Standards Department, and I can confirm that information in scope of your "
                 "request is held for MDP police officers.", "Act year"), st["body"]),
             P("The table below shows allegations against MDP officers and their outcomes by financial year. "
               "MDP police staff are MOD civil servants; allegations against them are handled under the Civil "
               "Service conduct procedures by their line management chain and are not recorded by the MDP, so "
               "information about police staff is not held by the MDP.", st["body"])]
    hdr = ["Allegation type", "Year"] + ["Dismissed", "Would have\nbeen dismissed", "Final written\nwarning",
                                         "Written\nwarning", "Reflective\npractice", "No case\nto answer",
                                         "Ongoing", "Total"]
    data = [[P(h.replace("\n", "<br/>"), st["cellb"]) for h in hdr]]
    spans = []
    for c in CATS5:
        spans.append(len(data))
        for p in (FY24, FY25):
            v = counts(r, hi=3, zero=0.55, cat=c, late=p == FY25)
            TOTALS[("ministry-of-defence", p, c)] = v["total"]
            data.append([P(CL[c], st["cell"]) if p == FY24 else "", N(FYL[p], "period")]
                        + [F(c, oc, v[oc], p) for oc in OCS] + [F(c, "total", v["total"], p)])
    extra = [("SPAN", (0, s), (0, s + 1)) for s in spans] + [("VALIGN", (0, 0), (0, -1), "TOP")]
    story.append(rl_table(data, [170, 50] + [58] * 8, extra=extra, size=8.5, font="Times-Roman"))
    for c in CATS5:
        F(c, "total", NH, REQ_SPAN, subject="staff", printed=False)
    story += [bk.S(8),
              P(N("Under section 16 of the Act (advice and assistance) you may wish to know that allegations against "
                  "MOD civil servants are not separated by type in the Department's central records.",
                  "section number"), st["body"]),
              P(rights(40, "the Department"), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("MDP Secretariat", st["body"])]
    from reportlab.lib.pagesizes import A4, landscape
    bk.pdf_letter(src, story, furniture("FOI2026/18842"), pagesize=landscape(A4), margins=(20, 20, 24, 20),
                  title="FOI2026/18842", author="Ministry of Defence")


# ===================================================================== 5 Civil Nuclear Constabulary: plain-text e-mail,
# one line per type and year ("total n; dismissed n, ..."), signature from the Civil Nuclear Police Authority
def build_cnc():
    src = "civil-nuclear/CNC FOI 26-112 - allegations against officers.eml"
    KEY.file(src, "civil-nuclear")
    r = rng("cnc")
    lab = ["dismissed", "would have been dismissed", "final written warning", "written warning",
           "reflective practice", "no case to answer", "still under investigation"]
    body = ["Dear Requester,", "",
            N("Freedom of Information request CNC 26-112", "reference"), "",
            N("Thank you for your email of 1 December 2026. The Civil Nuclear Constabulary (CNC) holds the "
              "information you asked for. Our Professional Standards Department records allegations by calendar "
              "year, so the figures below are for 2024 and 2025, as your request allows. They cover CNC police "
              "officers and police staff together.", "date; periods"), "",
            "Each line gives the total number of allegations of that type recorded in the year, followed by the",
            "outcome of each allegation.", ""]
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        body.append(N(f"Calendar year {yl}", "period"))
        for c in CATS4:
            v = counts(r, hi=2, zero=0.6, cat=c, late=p == CY25)
            parts = ", ".join(f"{l} {F(c, oc, v[oc], p)}" for l, oc in zip(lab, OCS))
            body.append(f"- {CL[c]}: total {F(c, 'total', v['total'], p)}; {parts}")
        body.append("")
    body += ["The CNC does not record violence against women and girls as a separate category of allegation;",
             "such allegations are counted under the headings above.", "",
             rights(20), "",
             "Kind regards,", "",
             "Information Rights Team",
             "Civil Nuclear Police Authority / Civil Nuclear Constabulary",
             N("Culham Science Centre, Abingdon, Oxfordshire OX14 3DB", "postcode")]
    eml(src, "CNC Information Rights <foi@cnc.police.uk>", "requester@example.org",
        N("FOI CNC 26-112 - response", "reference"), N("Wed, 16 Dec 2026 14:21:05 +0000", "date"), body,
        "<cnc.26-112@cnc.police.uk>")


# ===================================================================== 6 Police Scotland: FOISA disclosure-log page, a
# table per financial year with officers and staff column groups, "*" under s38(1)(b); PIRC figures quoted
def build_police_scotland():
    src = "police-scotland/IM-FOI-2026-4471 disclosure.html"
    KEY.file(src, "police-scotland")
    r = rng("scot")
    labs = ["Gross misconduct \u2013 dismissed", "Would have been dismissed", "Final written warning",
            "Written warning", "Improvement action", "No action", "Ongoing"]
    ocs = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
           "management_action", "no_further_action", "ongoing"]
    parts = ['<header><a class="brand" href="/">Police Scotland \u2013 Poileas Alba</a></header>',
             '<main id="content">',
             N("<h1>Allegations of a sexual nature against officers and staff \u2013 IM-FOI-2026-4471</h1>", "reference"),
             N("<p class=\"meta\">Date published: 21/12/2026 \u00b7 Reference: IM-FOI-2026-4471</p>", "date; reference"),
             "<h2>Request</h2>", f"<blockquote>{request()}</blockquote>",
             "<h2>Response</h2>",
             N("<p>The Police Service of Scotland holds the information. Your request has been considered under the "
               "Freedom of Information (Scotland) Act 2002. The tables below show allegations against police "
               "officers and police staff by financial year and outcome. Where a number is between one and four it "
               "is shown as *: to publish it could identify the individuals concerned, and the information is exempt "
               "under section 38(1)(b) of the Act (personal information).</p>",
               "Act year; threshold of suppression; section number")]
    for p in (FY24, FY25):
        parts.append(N(f"<h3>Financial year {FYL[p]}</h3>", "period"))
        parts.append('<table class="foi-table"><thead><tr><th rowspan="2">Allegation type</th>'
                     '<th colspan="8">Police officers</th><th colspan="8">Police staff</th></tr><tr>' +
                     "".join(f"<th>{l}</th>" for l in labs) + "<th>Total</th>" +
                     "".join(f"<th>{l}</th>" for l in labs) + "<th>Total</th></tr></thead><tbody>")
        for c in CATS5:
            cells = []
            for s in ("officers", "staff"):
                v = counts(r, hi=9 if s == "officers" else 4, zero=0.35, cat=c, subj=s, late=p == FY25, ocs=ocs)
                TOTALS[("police-scotland", p, c)] = TOTALS.get(("police-scotland", p, c), 0) + v["total"]
                for oc in ocs:
                    if s == "staff" and 1 <= v[oc] <= 4:
                        cells.append(F(c, oc, SUP(lo=1, ex="s38(1)(b)"), p, subject=s, said="*"))  # re-keyed in the project: the page says "between one and four"
                    else:
                        cells.append(F(c, oc, v[oc], p, subject=s))
                cells.append(F(c, "total", v["total"], p, subject=s))
            parts.append(f"<tr><th scope=\"row\">{CL[c]}</th>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        parts.append("</tbody></table>")
    parts += [N("<p>For context, the Police Investigations and Review Commissioner (PIRC) reported that it received "
                "1,326 complaint handling review requests in 2025/26. These are PIRC's figures and concern complaints "
                "of all kinds; they are not figures of Police Scotland.</p>", "another body's figure of all kinds; period"),
              "<h2>Your right to request a review</h2>",
              N("<p>If you are dissatisfied you may ask for a review within 40 working days. If you remain dissatisfied "
                "you may appeal to the Scottish Information Commissioner within six months.</p>",
                "review window; appeal window")]
    parts += ["</main>", N("<footer><p>\u00a9 Police Scotland 2026. Call 101 for non-emergencies.</p></footer>",
                           "copyright year; telephone")]
    write_text(src, bk.html_page(N("IM-FOI-2026-4471 | Police Scotland", "reference"), "\n".join(parts)))


# ===================================================================== 7 PSNI: PDF letter, types across, outcomes down
# per year, "<5" cells, and the Police Ombudsman's figures quoted (another body's, not PSNI's)
def build_psni():
    src = "psni/F-2026-03318 PSNI response.pdf"
    KEY.file(src, "psni")
    r = rng("psni")
    st = bk.styles("Helvetica", 9.5)
    P = bk.P
    labs = [("Dismissed", "dismissed"), ("Resigned / retired before conclusion", "resigned_or_retired"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Advice and guidance", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Live investigation", "ongoing")]
    ocs = [oc for _, oc in labs]
    story = [P("Police Service of Northern Ireland", st["h"]),
             P("Corporate Information Branch, Police Headquarters, 65 Knock Road, Belfast BT5 6LE", st["small"]),
             P(N("FOI Request Number: F-2026-03318", "reference"), st["addr"]),
             P(N("Date: 22 December 2026", "date"), st["addr"]), bk.S(8),
             P("Dear Requester,", st["body"]),
             P(N("PSNI has now completed its search for the information you requested on 1 December 2026:", "date"),
               st["body"]),
             P(request(), st["quote"]),
             P(N("The tables below give allegations against police officers and police staff (combined) by the "
                 "financial year in which they were recorded. Where an outcome was recorded for fewer than five "
                 "allegations, the number is shown as <5 and withheld under section 40(2) of the Act.",
                 "threshold of suppression; section number").replace("<5", "&lt;5"), st["body"])]
    N("65 Knock Road BT5 6LE", "address number; postcode")
    for ti, p in enumerate((FY24, FY25), 1):
        story.append(P(N(f"Table {ti}: allegations and outcomes, {FYL[p]}", "table number; period"), st["h2"]))
        data = [[P(h, st["cellb"]) for h in ["Outcome"] + [AB[c] for c in CATS5]]]
        vs = {c: counts(r, hi=9, zero=0.3, cat=c, late=p == FY25, ocs=ocs) for c in CATS5}
        for c in CATS5:
            TOTALS[("psni", p, c)] = vs[c]["total"]
        for lab, oc in labs + [("Total", "total")]:
            row = [P(lab, st["cellb"] if oc == "total" else st["cell"])]
            for c in CATS5:
                v = vs[c][oc]
                if oc != "total" and 1 <= v <= 4:
                    row.append(F(c, oc, SUP(), p, said="<5"))
                else:
                    row.append(F(c, oc, v, p))
            data.append(row)
        story.append(rl_table(data, [190, 55, 55, 55, 55, 55], size=8))
    story += [P("SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a sexual "
                "purpose; VAWG violence against women and girls.", st["small"]),
              P(N("The Office of the Police Ombudsman for Northern Ireland (OPONI) investigates complaints about the "
                  "police independently of PSNI. Its annual statistics record 2,914 complaints in 2025/26; those "
                  "are the Ombudsman's figures for complaints of every kind and are not included above.",
                  "another body's figure of all kinds; period"), st["body"]),
              P(rights(40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Corporate Information Branch, PSNI", st["body"])]
    bk.pdf_letter(src, story, furniture("F-2026-03318", marking="OFFICIAL [PUBLIC]"), title="F-2026-03318",
                  author="Police Service of Northern Ireland")


# ===================================================================== 8 BTP: long CSV with a metadata block naming the
# British Transport Police Authority as publisher on the force's behalf; every combination, zeros included
def build_btp():
    src = "british-transport/BTP FOI 2026-1187 data.csv"
    KEY.file(src, "british-transport")
    r = rng("btp")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation", "All outcomes"]
    rows = [["Publisher", "British Transport Police Authority (on behalf of British Transport Police)"],
            ["Request", N("BTP FOI 2026-1187", "reference")],
            ["Measure", "Allegations recorded by the BTP Professional Standards Department"],
            ["Note", N("Financial years run 1 April to 31 March; BTP officers and BTP police staff", "year boundaries")],
            [],
            ["Financial year", "Employee type", "Allegation category", "Outcome", "Allegations"]]
    for p in (FY24, FY25):
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            for c in CATS5:
                v = counts(r, hi=6 if s == "officers" else 3, cat=c, subj=s, late=p == FY25)
                TOTALS[("british-transport", p, c)] = TOTALS.get(("british-transport", p, c), 0) + v["total"]
                for lab, oc in zip(labs, OCS + ["total"]):
                    rows.append([N(FYL[p], "period"), sl, CL[c], lab, F(c, oc, v[oc], p, subject=s)])
    write_text(src, csv_text(rows))


# ===================================================================== 9 Dyfed-Powys: Word letter with the bilingual
# name "Heddlu Dyfed-Powys Police", types across, outcomes down, a table per year, officers and staff together
def build_dyfed_powys():
    src = "dyfed-powys/Heddlu Dyfed-Powys Police FOI DP-2026-1402.docx"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "SWYDDOGOL / OFFICIAL",
                          N("Heddlu Dyfed-Powys Police, Blwch Post 99, Llangynnwr, Caerfyrddin / PO Box 99, "
                            "Llangunnor, Carmarthen SA31 2PF", "PO box; postcode"))
    bk.docx_para(d, "Heddlu Dyfed-Powys Police", bold=True, size=15)
    bk.docx_para(d, "Uned Rhyddid Gwybodaeth / Freedom of Information Unit", size=10)
    bk.docx_para(d, N("Cyfeirnod / Reference: DP-2026-1402", "reference"))
    bk.docx_para(d, N("Dyddiad / Date: 14/12/2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Your request of 1 December 2026 was:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Dyfed-Powys Police holds the information. The tables show allegations made against police "
                    "officers and police staff together, by outcome, for each financial year.")
    for p in (FY24, FY25):
        bk.docx_para(d, N(f"Blwyddyn ariannol / Financial year {FYL[p]}", "period"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Outcome"] + [AB[c] for c in CATS5]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
        vs = {c: counts(r, hi=4, cat=c, late=p == FY25) for c in CATS5}
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=8.5)
            for j, c in enumerate(CATS5, 1):
                bk.docx_cell(cells[j], F(c, oc, vs[c][oc], p), bold=oc == "total", size=8.5, align=1)
        bk.docx_para(d, "")
    bk.docx_para(d, "Key: SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a "
                    "sexual purpose; VAWG violence against women and girls.", size=8.5)
    bk.docx_para(d, rights(40))
    bk.docx_para(d, "Yn gywir / Yours sincerely,")
    bk.docx_para(d, "Swyddog Datgelu / Disclosure Officer")
    write_bytes(src, docx_bytes(d, "Heddlu Dyfed-Powys Police"))


# ===================================================================== 10 Dorset: the Office of the Police and Crime
# Commissioner's page passing on Dorset Police's figures, and a South West regional table with a region total row
def build_dorset_opcc():
    src = "dorset/OPCC Dorset - FOI 2026-077 response.html"
    KEY.file(src, "dorset")
    r = rng("dorset")
    parts = ['<header><p class="org">Dorset Police and Crime Commissioner</p></header>',
             '<main>',
             N("<h1>FOI 2026-077: sexual misconduct allegations against Dorset Police officers and staff</h1>",
               "reference"),
             N("<p>Date of response: 19 December 2026</p>", "date"),
             "<h2>Your request</h2>",
             f"<blockquote><p>{request()}</p><p>If you hold them, please also give the totals for each of the "
             "other forces in the South West region.</p></blockquote>",
             "<h2>Our response</h2>",
             "<p>The Office of the Police and Crime Commissioner (OPCC) for Dorset does not itself record "
             "allegations against police officers and staff. We asked Dorset Police's Professional Standards "
             "Department, which has provided the figures below for us to pass on to you. They are Dorset Police's "
             "figures, for police officers and police staff together, by the financial year in which the allegation "
             "was recorded.</p>"]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Ongoing", "Total"]
    parts.append('<table class="opcc-table"><thead><tr><th>Allegation type</th><th>Outcome</th>' +
                 "".join(f"<th>{FYL[p]}</th>" for p in (FY24, FY25)) + "</tr></thead><tbody>")
    N(" ".join(FYL[p] for p in (FY24, FY25)), "column heads: periods")
    for c in CATS5:
        vs = {p: counts(r, hi=4, cat=c, late=p == FY25) for p in (FY24, FY25)}
        for p in (FY24, FY25):
            TOTALS[("dorset", p, c)] = vs[p]["total"]
        for lab, oc in zip(labs, OCS + ["total"]):
            cells = "".join(f"<td>{F(c, oc, vs[p][oc], p)}</td>" for p in (FY24, FY25))
            first = f'<th rowspan="8" scope="rowgroup">{CL[c]}</th>' if oc == "dismissed" else ""
            tag = ("<tr class=\"total\">" if oc == "total" else "<tr>")
            parts.append(f"{tag}{first}<td>{lab}</td>{cells}</tr>")
    parts.append("</tbody></table>")
    parts += ["<h3>South West region</h3>",
              N("<p>The five South West forces share their professional standards figures through the regional "
                "Professional Standards Forum, whose benchmarking report the OPCC receives. The table below is taken "
                "from that report, which counts by calendar year: it gives each force's total allegations of each "
                "type (police officers and police staff together) for 2024 and 2025. The \u201cSouth West region\u201d "
                "row adds the five forces together and is not the figure of any one force.</p>", "periods; number of forces")]
    sw = [("avon-and-somerset", "Avon and Somerset Constabulary"), ("devon-and-cornwall", "Devon and Cornwall Police"),
          ("dorset", "Dorset Police"), ("gloucestershire", "Gloucestershire Constabulary"),
          ("wiltshire", "Wiltshire Police")]
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        parts.append(N(f'<table class="opcc-table"><caption>Allegations recorded in calendar year {yl}</caption>',
                       "period"))
        parts.append("<thead><tr><th>Force</th>" + "".join(f"<th>{CL[c]}</th>" for c in CATS5) +
                     "</tr></thead><tbody>")
        reg = {c: 0 for c in CATS5}
        for f, fname in sw:
            cells = []
            for c in CATS5:
                v = r.randint(2, 30) if c != AP else r.randint(0, 6)
                if f == "dorset" and c == AP and yl == "2025":
                    v = 0
                reg[c] += v
                cells.append(FF(f, c, "total", v, p))
            parts.append(f"<tr><th scope=\"row\">{fname}</th>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        parts.append("<tr class=\"total\"><th scope=\"row\">South West region</th>" +
                     "".join(f"<td>{N(str(reg[c]), 'region total (five forces, not a force)')}</td>" for c in CATS5) +
                     "</tr></tbody></table>")
    parts += [f"<p>{rights(20, 'the OPCC')}</p>", "</main>",
              N("<footer><p>Office of the Police and Crime Commissioner for Dorset, Force Headquarters, Winfrith, "
                "Dorchester DT2 8DZ. Telephone 01202 229084.</p></footer>", "postcode; telephone")]
    write_text(src, bk.html_page(N("FOI 2026-077 | Dorset OPCC", "reference"), "\n".join(parts)))


# ===================================================================== 11 Wiltshire folder: a Word letter that is
# Gloucestershire Constabulary's (letterhead, text, signature); year bands over officer / staff columns
def build_gloucestershire_in_wiltshire():
    src = "wiltshire/Wiltshire FOI response 2026-1455.docx"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, "OFFICIAL",
                          N("Gloucestershire Constabulary, No. 1 Waterwells, Waterwells Drive, Quedgeley, "
                            "Gloucester GL2 2AN", "address number; postcode"))
    bk.docx_para(d, "Gloucestershire Constabulary", bold=True, size=15)
    bk.docx_para(d, "Freedom of Information Decision Notice", bold=True)
    bk.docx_para(d, N("Request number: 2026-1455", "reference"))
    bk.docx_para(d, N("Date: 16 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Thank you for your request dated 1 December 2026 for the following information:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Gloucestershire Constabulary can confirm that it holds the information. The table shows "
                      "allegations recorded against police officers and police staff in each financial year, with "
                      "their outcomes. Gloucestershire Constabulary does not record violence against women and girls "
                      "as a separate type of allegation; such allegations are included in the four types below.",
                      "number of types"))
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    h0 = t.rows[0].cells
    bk.docx_cell(h0[0].merge(t.rows[1].cells[0]), "Allegation type / outcome", bold=True, size=8.5)
    for j, p in ((1, FY24), (3, FY25)):
        bk.docx_cell(h0[j].merge(h0[j + 1]), N(FYL[p], "period"), bold=True, size=8.5, align=1)
        bk.docx_cell(t.rows[1].cells[j], "Police officers", bold=True, size=8.5, align=1)
        bk.docx_cell(t.rows[1].cells[j + 1], "Police staff", bold=True, size=8.5, align=1)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation", "Total"]
    for c in CATS4:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        bk.docx_cell(m, CL[c], bold=True, size=8.5)
        bk.docx_shade(m, "D9E2F3")
        vs = {(p, s): counts(r, hi=5 if s == "officers" else 3, cat=c, subj=s, late=p == FY25)
              for p in (FY24, FY25) for s in ("officers", "staff")}
        for lab, oc in zip(labs, OCS + ["total"]):
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=8.5)
            for j, (p, s) in enumerate(((FY24, "officers"), (FY24, "staff"), (FY25, "officers"), (FY25, "staff")), 1):
                bk.docx_cell(cells[j], F(c, oc, vs[(p, s)][oc], p, subject=s), bold=oc == "total", size=8.5, align=1)
    bk.docx_para(d, "")
    bk.docx_para(d, rights(40))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Officer, Gloucestershire Constabulary")
    write_bytes(src, docx_bytes(d, "Gloucestershire Constabulary"))


# ===================================================================== 12 Cleveland: plain-text e-mail with its own
# space-aligned table, then Durham Constabulary's answer forwarded at Durham's request (Durham's figures)
def build_cleveland_durham():
    src = "cleveland/RE FOI CLE-2026-2044 and Durham response.eml"
    KEY.file(src, "cleveland")
    r = rng("clev")
    widths = [30, 7, 7, 7, 7, 7]
    lab7 = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    body = ["Dear Requester,", "",
            N("Freedom of Information request CLE-2026-2044", "reference"), "",
            N("Thank you for your request of 1 December 2026. Cleveland Police holds the information. The tables "
              "below show allegations against our police officers and police staff (combined), by the financial "
              "year in which they were recorded.", "date"), ""]
    for p in (FY24, FY25):
        vs = {c: counts(r, hi=5, cat=c, late=p == FY25) for c in CATS5}
        body.append(N(f"Cleveland Police \u2013 financial year {FYL[p]}", "period"))
        body.append(fw(["Outcome"] + [AB[c] for c in CATS5], widths))
        for lab, oc in zip(lab7 + ["Total"], OCS + ["total"]):
            body.append(fw([lab] + [F(c, oc, vs[c][oc], p) for c in CATS5], widths))
        body.append("")
    body += ["Your request was also addressed to Durham Constabulary. Durham's Disclosure Unit has answered it",
             "and asked us to forward its response with ours, so that you receive both together. Durham's response",
             "is below exactly as we received it; the figures in it are Durham Constabulary's, not Cleveland",
             "Police's, and any questions about them should go to Durham.", "",
             rights(20), "", "Kind regards,", "", "Information Rights Team", "Cleveland Police",
             N("Cleveland Community Safety Hub, 1 Cliffland Way, Hemlington, Middlesbrough TS8 9GL",
               "address number; postcode"), "",
             "---------- Forwarded message ----------",
             "From: Durham Constabulary Disclosure Unit <disclosure@durham.police.uk>",
             N("Date: Tue, 15 Dec 2026 at 16:02", "date and time of the forwarded message"),
             N("Subject: Durham Constabulary FOI DUR-2026-3407", "reference"),
             "To: Information Rights, Cleveland Police", "",
             N("Durham Constabulary \u2013 response to FOI DUR-2026-3407", "reference"), "",
             "Durham Constabulary holds the information. Allegations against our police officers and police staff",
             "(combined) by financial year:", ""]
    r2 = rng("durham")
    dw = [30, 10, 10]
    for c in CATS5:
        vs = {p: counts(r2, hi=4, cat=c, late=p == FY25) for p in (FY24, FY25)}
        body.append(CL[c])
        body.append(N(fw(["  Outcome", FYL[FY24], FYL[FY25]], dw), "periods"))
        for lab, oc in zip(lab7 + ["Total"], OCS + ["total"]):
            body.append(fw(["  " + lab] + [FF("durham", c, oc, vs[p][oc], p) for p in (FY24, FY25)], dw))
        body.append("")
    body += ["Durham Constabulary Disclosure Unit",
             N("Aykley Heads, Durham DH1 5TT", "postcode")]
    eml(src, "Cleveland Police Information Rights <foi@cleveland.police.uk>", "requester@example.org",
        N("RE: FOI CLE-2026-2044 allegations against officers and staff (with Durham response)", "reference"),
        N("Thu, 17 Dec 2026 10:48:12 +0000", "date"), body, "<CLE.2044.reply@cleveland.police.uk>")


# ===================================================================== 13 North Yorkshire: the Police, Fire and Crime
# Commissioner's CSV for North Yorkshire Police, metadata block, officers and staff columns, no total column
def build_north_yorkshire():
    src = "north-yorkshire/NYPFCC FOI 0931-26 North Yorkshire Police figures.csv"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    rows = [["Organisation", "North Yorkshire Police, Fire and Crime Commissioner"],
            ["Data supplied by", "North Yorkshire Police Professional Standards Department"],
            ["Reference", N("PFCC FOI 0931/26", "reference")],
            ["Counting", "Allegations recorded against North Yorkshire Police officers and police staff, by calendar year"],
            ["Date of response", N("18/12/2026", "date")],
            [],
            ["Calendar year", "Allegation type", "Outcome", "Police officers", "Police staff"]]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Ongoing", "Total"]
    for p, yl in ((CY24, "2024"), (CY25, "2025")):
        for c in CATS4:
            vs = {s: counts(r, hi=5 if s == "officers" else 3, cat=c, subj=s, late=p == CY25)
                  for s in ("officers", "staff")}
            for lab, oc in zip(labs, OCS + ["total"]):
                rows.append([N(yl, "period"), CL[c], lab] +
                            [F(c, oc, vs[s][oc], p, subject=s) for s in ("officers", "staff")])
    rows += [[], ["Note", "North Yorkshire Police does not record violence against women and girls as a separate type."]]
    write_text(src, csv_text(rows))


# ===================================================================== 14 City of London: a CRLF plain-text letter from
# the City of London Corporation (the police authority) answering for the City of London Police; officers' outcomes
# by year, staff totals only; the Metropolitan Police Service named as a different force (no MPS figures)
def build_city_of_london():
    src = "city-of-london/COL-PA-FOI-26-0388 response.txt"
    KEY.file(src, "city-of-london", subject="officers")
    import textwrap
    r = rng("col")
    ab = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment", AP: "Abuse of position (sexual)",
          VG: "VAWG (other)"}
    heads = ["Dis", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    widths = [28, 6, 6, 6, 6, 6, 6, 6, 7]
    out = [" " * 40 + "CITY OF LONDON CORPORATION",
           " " * 40 + "Police Authority Team",
           " " * 40 + N("PO Box 270, Guildhall, London EC2P 2EJ", "PO box; postcode"),
           "",
           N("Our ref: COL-PA-FOI-26-0388", "reference"),
           N("Date:    21 December 2026", "date"),
           "",
           "Dear Requester,",
           ""]
    out += textwrap.wrap(N("Your request of 1 December 2026, addressed to the City of London Police, has been "
                           "answered by the City of London Corporation, which is the police authority for the "
                           "City of London Police and handles Freedom of Information requests on the force's "
                           "behalf. You asked:", "date"), 78)
    out += [""] + ["    " + x for x in textwrap.wrap(request(), 70)] + [""]
    out += textwrap.wrap("The figures below were supplied by the City of London Police Professional Standards "
                         "Directorate. They are the City of London Police's own figures. The City of London Police "
                         "is a separate force from the Metropolitan Police Service, whose figures are not included "
                         "and should be requested from the MPS.", 78)
    out += [""]
    out += textwrap.wrap(N("Table A gives allegations against police officers by outcome for each financial year. "
                           "Paragraph B gives the number of allegations against police staff.", "table and paragraph letters"), 78)
    out += ["", "Key: Dis dismissed; WHBD would have been dismissed; FWW final written warning; WW written",
            "warning; RP reflective practice; NCTA no case to answer; UI under investigation.", "",
            "TABLE A - POLICE OFFICERS", ""]
    for p in (FY24, FY25):
        out.append(N(f"Financial year {FYL[p]}", "period"))
        out.append(fw(["Allegation type"] + heads, widths))
        out.append("-" * sum(widths))
        for c in CATS5:
            v = counts(r, hi=3, zero=0.5, cat=c, late=p == FY25)
            out.append(fw([ab[c]] + [F(c, oc, v[oc], p) for oc in OCS] + [F(c, "total", v["total"], p)], widths))
        out.append("")
    out += ["B - POLICE STAFF", ""]
    for p in (FY24, FY25):
        bits = []
        for c in CATS5:
            v = r.choice([0, 0, 1, 2, 3]) if c != AP else 0
            bits.append(f"{ab[c][0].lower() + ab[c][1:] if c != VG else ab[c]} \u2013 " + F(c, "total", v, p, subject="staff", said=bk.WORDS[v] if v else "none"))
        out += textwrap.wrap(N(f"In {FYL[p]} the allegations recorded against police staff were: ", "period")
                             + "; ".join(bits) + ".", 78)
        out.append("")
    out += textwrap.wrap(rights(20, "the Corporation"), 78)
    out += ["", "Yours faithfully,", "", "Information Officer", "Police Authority Team, City of London Corporation", ""]
    write_text(src, "\n".join(out), newline="\r\n")


# ===================================================================== 14 Newsroom tracker: one row per force and year,
# forces as the responses named them, region subtotal rows, headcounts and rates (non-figures), refused / not held cells
def build_newsroom():
    import openpyxl
    from openpyxl.styles import Font
    src = "summary/Newsroom FOI tracker - misconduct allegations (compiled 22-12-2026).xlsx"
    KEY.file(src, "multiple")
    r = rng("news")
    forces = [
        ("Eastern", [("bedfordshire", "Beds Police", 1321), ("cambridgeshire", "Cambs Constabulary", 1702),
                     ("hertfordshire", "Herts Police", 2245), ("essex", "Essex Police", 3744),
                     ("norfolk", "Norfolk Constab.", 1855), ("suffolk", "Suffolk Constab.", 1383)]),
        ("South West", [("avon-and-somerset", "Avon & Somerset Constabulary", 3075),
                        ("gloucestershire", "Glos Constabulary", 1295), ("wiltshire", "Wiltshire Police", 1117),
                        ("dorset", "Dorset Police", 1399)]),
        ("National / non-Home Office", [("british-transport", "BTP", 3142), ("ministry-of-defence", "MDP", 2521),
                                        ("civil-nuclear", "CNC", 1497), ("police-scotland", "Police Scotland", 16374),
                                        ("psni", "PSNI", 6302)]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "FOI tracker: allegations of sexual misconduct against police officers and staff (all outcomes)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Compiled by the data desk from forces' responses to our request of 1 December 2026. Each figure "
                 "is the total number of allegations of that type against officers and staff together in the "
                 "financial year, as the force gave it. Region rows add up the forces above them.", "date")
    heads = ["Force (as named in response)", "Region", "Financial year"] + [CL[c] for c in CATS5] + \
            ["Officer headcount (31 March)", "Rate per 1,000 officers (all five types)", "Notes"]
    N("Officer headcount (31 March) Rate per 1,000 officers (all five types)", "column heads: headcount date; rate base")
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
    row = 5
    special = {("essex", FY25, VG): ("Not held", NH), ("civil-nuclear", FY24, VG): ("Not held", NH),
               ("civil-nuclear", FY25, VG): ("Not held", NH)}
    for region, fl in forces:
        reg = {p: {c: 0 for c in CATS5} for p in (FY24, FY25)}
        regok = {p: {c: True for c in CATS5} for p in (FY24, FY25)}
        for f, fname, head in fl:
            for p in (FY24, FY25):
                ws.cell(row=row, column=1, value=fname)
                ws.cell(row=row, column=2, value=region)
                ws.cell(row=row, column=3, value=N(FYL[p], "period"))
                tot = 0
                refused = f == "essex" and p == FY24
                for j, c in enumerate(CATS5, 4):
                    if refused:
                        ws.cell(row=row, column=j, value="Refused (s12)")
                        FF(f, c, "total", bk.REF("s12"), p, printed=False)
                        regok[p][c] = False
                        continue
                    if (f, p, c) in special:
                        txt, v = special[(f, p, c)]
                        ws.cell(row=row, column=j, value=txt)
                        FF(f, c, "total", v, p, printed=False)
                        regok[p][c] = False
                        continue
                    v = TOTALS.get((f, p, c))
                    if v is None:
                        v = r.randint(3, 40) if c != AP else r.randint(0, 8)
                    tot += v
                    reg[p][c] += v
                    subj = "officers" if f == "ministry-of-defence" else None
                    ws.cell(row=row, column=j, value=int(FF(f, c, "total", v, p, subject=subj)))
                ws.cell(row=row, column=9, value=int(N(str(head), "officer headcount")))
                if refused:
                    ws.cell(row=row, column=10, value="n/a")
                    ws.cell(row=row, column=11, value=N("Whole request refused under section 12 (cost)", "section number"))
                else:
                    rate = round(1000.0 * tot / head, 2)
                    N(str(int(rate)) if rate == int(rate) else str(rate), "rate per 1,000 officers")
                    ws.cell(row=row, column=10, value=rate)
                    if f == "ministry-of-defence":
                        ws.cell(row=row, column=11, value="Police officers only: MDP staff figures not held")
                    if f == "civil-nuclear":
                        ws.cell(row=row, column=11, value="VAWG not recorded separately")
                    ws.cell(row=row, column=10).number_format = "0.00"
                row += 1
        for p in (FY24, FY25):
            ws.cell(row=row, column=1, value=f"Subtotal: {region}")
            ws.cell(row=row, column=3, value=N(FYL[p], "period"))
            for j, c in enumerate(CATS5, 4):
                ws.cell(row=row, column=j, value=int(N(str(reg[p][c]), "region total (not a force)")))
            ws.cell(row=row, column=11, value="Forces with a figure only" if not all(regok[p].values()) else None)
            for j in range(1, 12):
                ws.cell(row=row, column=j).font = Font(bold=True)
            row += 1
    ws.cell(row=row + 1, column=1, value="Sources: each force's FOI response (see the folder). Headcounts: Home "
                                         "Office police workforce tables.")
    ws.column_dimensions["A"].width = 32
    write_bytes(src, xlsx_bytes(wb, "Data desk"))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind47-", read=read47))
