#!/usr/bin/python3
"""make_blind18_fixtures.py -- the eighteenth blind test batch for `foi` and its answer key.

The request, sent on 12 November 2026: for each of the financial years 2023/24 to 2025/26 and the
calendar years 2024 and 2025, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and their outcomes.  Fifteen forces answer in sixteen
files (one covering letter with its workbook beside it).  The folder is as it arrives: saved
e-mails (.eml, MIME), spreadsheets laid out for the eye, PDFs with image-only pages and landscape
annexes, disclosure-log pages with other requests on them, a CSV export with metadata rows.
The machinery (F/L/N accounting, writers, read_back, check) is blindkit.py beside this script;
keying calls are in fixtures/blind18/NOTES.md.

usage: /usr/bin/python3 make_blind18_fixtures.py             # rebuild fixtures/blind18 (or $FOI_BLIND18_OUT)
       /usr/bin/python3 make_blind18_fixtures.py check       # verify determinism and every number
       /usr/bin/python3 make_blind18_fixtures.py dump FILE   # show FILE (relative to the batch) as read back
"""
import base64
import collections
import datetime as dt
import email
import email.policy
import io
import os
import quopri
import random
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, FQ, MON, SPAN, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND18_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind18").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQ_DATE = "12 November 2026"
REQUEST18 = ("For each of the financial years 2023/24, 2024/25 and 2025/26, and for the calendar "
             "years 2024 and 2025, please tell me how many allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) were made against your police officers and police "
             "staff, and what the outcome of each allegation was (dismissed, would have been "
             "dismissed, final written warning, written warning, management action or reflective "
             "practice, no case to answer, not upheld, withdrawn, still under investigation).")
FYRS = (2023, 2024, 2025)
CYRS = (2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2020, 2028)}
FSPAN = SPAN(FY(2023), FY(2025))
WORDS = bk.WORDS
XCAT = "a total across allegation types (no category)"
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# outcome sets (label, outcome); each force words them its own way
OUT_STD = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
           ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"),
           ("Reflective practice", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
           ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]


def request18():
    return N(REQUEST18, "the request's years")


def rng(name):
    return random.Random("blind18-" + name)


def outcome_counts(r, outs, hi=4, ongoing_hi=None, zero_bias=0.3):
    d = {}
    for _, oc in outs:
        h = ongoing_hi if (oc == "ongoing" and ongoing_hi is not None) else hi
        d[oc] = 0 if r.random() < zero_bias else r.randint(0, h)
    return d


def xnum(v):
    """A number as the workbook read-back prints it (whole floats as integers)."""
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def fixed_table(rows, widths, right_from=1, sep="  "):
    """Rows of strings as a fixed-width text table (first columns left, the rest right)."""
    out = []
    for row in rows:
        cells = []
        for j, (c, w) in enumerate(zip(row, widths)):
            cells.append(c.ljust(w) if j < right_from else c.rjust(w))
        out.append(sep.join(cells).rstrip())
    return out


def wrap(s, n=78):
    return textwrap.wrap(s, n) or [""]


# =========================================================================== read-back


def eml_text(p):
    """A saved e-mail as its reader sees it: From / To / Date / Subject, then every text part
    decoded (the plain part as it is, the HTML part as visible text), attachments by name."""
    msg = email.message_from_bytes(Path(p).read_bytes(), policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject") if msg[h]]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_filename():
            out.append(f"[attachment {part.get_filename()}]")
            continue
        if ctype == "text/plain":
            out.append(part.get_content())
        elif ctype == "text/html":
            out.append(bk.html_visible(part.get_content()))
    return "\n".join(out)


def read18(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return eml_text(p)
    return bk.read_back(p, dates=True)


class Twice:
    """Account the numbers of a block a second time (an e-mail's HTML part repeats its plain
    part word for word): snapshot the current file's counters on enter, add the delta on exit."""

    def __enter__(self):
        src = KEY.cur
        self.src = src
        self.fig0 = collections.Counter(KEY.figtok[src])
        self.non0 = collections.Counter(KEY.nontok[src])
        return self

    def __exit__(self, *a):
        src = self.src
        KEY.figtok[src].update(KEY.figtok[src] - self.fig0)
        KEY.nontok[src].update(KEY.nontok[src] - self.non0)


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


# =========================================================================== 1 Metropolitan: MIME e-mail


def build_metropolitan():
    """MPS reply saved from Outlook as .eml: multipart/alternative, a quoted-printable plain part
    and a base64 HTML part saying the same; Table 1 categories x periods (FY and calendar),
    Table 2 outcomes of 2025/26 x categories with '*' for fewer than five."""
    src = "metropolitan/RE 01.FOI.26.058812 - allegations against officers and staff.eml"
    KEY.file(src, "metropolitan")
    r = rng("met")
    ref = "01.FOI.26.058812"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Live investigation", "ongoing")]
    big = {SA: (3, 14), SM: (2, 12), SH: (5, 22), AP: (0, 5), VG: (6, 30)}
    oc25 = {}
    for c in CATS5:
        lo, hi = big[c]
        oc25[c] = {oc: r.randint(lo, hi) if r.random() > 0.2 else r.randint(0, 4)
                   for _, oc in outs}
    tot = {}
    for c in CATS5:
        lo, hi = big[c]
        for y in FYRS[:-1]:
            tot[(c, "fy", y)] = r.randint(lo * 9, hi * 9)
        tot[(c, "fy", 2025)] = sum(oc25[c].values())
        for y in CYRS:
            tot[(c, "cy", y)] = r.randint(lo * 9, hi * 9)

    def cell(c, oc, v, period, restated=False):
        if isinstance(v, int) and 1 <= v <= 4:
            return F(c, oc, SUP(), period, said="*", restated=restated)
        return F(c, oc, v, period, restated=restated)

    with Twice():
        hdr = ["Allegation type", N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year"),
               N("2024 (calendar)", "year"), N("2025 (calendar)", "year")]
        plain_t1, html_t1 = [hdr], []
        paras_a = [
            "Dear Requester,",
            L(f"Freedom of Information request reference no: {ref}", "reference"),
            L(f"I write in connection with your request for information which was received by the "
              f"Metropolitan Police Service (MPS) on {REQ_DATE}. I note you seek access to the "
              f"following information:", "date"),
            "\u201c" + request18() + "\u201d",
            "DECISION",
            "The MPS holds information relevant to your request. The figures are allegations "
            "recorded by the Directorate of Professional Standards against MPS police officers and "
            "police staff together, counted by the date the allegation was recorded.",
            N("Table 1: Allegations by type, financial years 2023/24 to 2025/26 and calendar years "
              "2024 and 2025", "table number; years"),
        ]
        for c in CATS5:
            row = [CL[c] if c != VG else "VAWG"]
            for y in FYRS:
                row.append(F(c, "total", tot[(c, "fy", y)], FY(y)))
            for y in CYRS:
                row.append(F(c, "total", tot[(c, "cy", y)], CY(y)))
            plain_t1.append(row)
        t2_title = N("Table 2: Outcomes of allegations recorded in 2025/26",
                     "table number; year")
        t2 = [["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP",
               "VAWG"]]
        for ol, oc in outs:
            t2.append([ol] + [cell(c, oc, oc25[c][oc], FY(2025)) for c in CATS5])
        t2.append(["Total"] + [cell(c, "total", tot[(c, "fy", 2025)], FY(2025), restated=True)
                               for c in CATS5])
        paras_b = [
            L("* = fewer than five. Where an outcome applies to fewer than five allegations the "
              "exact number is withheld under section 40(2) of the Act, as it could identify "
              "the officers or complainants concerned.", "suppression threshold; section"),
            "APSP = abuse of position for a sexual purpose. VAWG = violence against women and "
            "girls, recorded by the MPS as a category of its own since the launch of the VAWG "
            "action plan; an allegation is counted once, under its main type.",
            rights("the MPS", 40),
            "Yours sincerely,",
            "Information Rights Unit",
            "Metropolitan Police Service",
        ]
    w1 = [38, 9, 9, 9, 16, 16]
    plain = "\n\n".join(["\n".join(wrap(x, 76)) for x in paras_a[:-1]])
    plain += "\n\n" + paras_a[-1] + "\n\n" + "\n".join(fixed_table(plain_t1, w1))
    plain += "\n\n" + t2_title + "\n\n" + "\n".join(fixed_table(t2, [28, 15, 18, 18, 6, 6]))
    plain += "\n\n" + "\n\n".join(["\n".join(wrap(x, 76)) for x in paras_b]) + "\n"

    def htable(rows):
        h = "".join(f"<th>{E(x)}</th>" for x in rows[0])
        b = "".join("<tr>" + f"<td>{E(rw[0])}</td>" + "".join(
            f"<td align=\"right\">{E(x)}</td>" for x in rw[1:]) + "</tr>" for rw in rows[1:])
        return (f'<table border="1" cellpadding="3" style="border-collapse:collapse">'
                f"<tr>{h}</tr>{b}</table>")

    hb = "".join(f"<p>{E(x)}</p>" for x in paras_a[:-1])
    hb += f"<p><b>{E(paras_a[-1])}</b></p>" + htable(plain_t1)
    hb += f"<p><b>{E(t2_title)}</b></p>" + htable(t2)
    hb += "".join(f"<p>{E(x)}</p>" for x in paras_b)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p{font-family:Arial;font-size:11pt}</style></head>'
            f'<body>{hb}</body></html>')
    N("Thu, 26 Nov 2026 14:03:11 +0000", "date and time")
    N(f"RE: {ref} - allegations against officers and staff", "reference")
    bnd = "_000_LO2P265MB18_mps_alt_"
    msg = (
        "From: MPS FOI <foi@met.police.uk>\r\n"
        "To: \"Requester\" <requester@example.org>\r\n"
        f"Subject: RE: {ref} - allegations against officers and staff\r\n"
        "Date: Thu, 26 Nov 2026 14:03:11 +0000\r\n"
        "Message-ID: <LO2P265MB1887A1B2C3D4@LO2P265.prod.outlook.com>\r\n"
        "Accept-Language: en-GB\r\nContent-Language: en-GB\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/alternative; boundary=\"{bnd}\"\r\n\r\n"
        f"--{bnd}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp(plain) + f"\r\n--{bnd}\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + b64(html.encode("utf-8"))
        + f"\r\n--{bnd}--\r\n")
    write_bytes(src, msg.encode("ascii"))


# =========================================================================== 2 Wiltshire: forwarded e-mail, quarters in prose


def build_wiltshire():
    """A colleague forwarded Wiltshire's reply: a single text/plain part in base64; the reply
    gives 2025/26 per quarter in prose, one paragraph per category, with the year total;
    earlier years and calendar years are not held (new case system from April 2025)."""
    src = "wiltshire/Fwd FOI 2026-2417 Wiltshire Police reply.eml"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    qn = ["April to June 2025", "July to September 2025", "October to December 2025",
          "January to March 2026"]
    lines = ["Hi both,", "",
             N("Forwarding Wiltshire's reply, which came back in the body of the e-mail rather "
               "than as an attachment. Quarters only, and nothing before April 2025.",
               "the forwarder's note: a date"), "",
             N("Sam (data desk, ext. 4471)", "telephone extension"), "",
             "---------- Forwarded message ---------",
             "From: Wiltshire Police Information Access <foi@wiltshire.police.uk>",
             N("Date: Tue, 24 Nov 2026 at 16:20", "date and time"),
             N("Subject: FOI 2026-2417 response", "reference"),
             "To: Data desk <data@example.org>", "",
             "Dear Sir or Madam,", ""]
    lines += wrap(L(f"Freedom of Information request 2026-2417, received on {REQ_DATE}. You "
                    "asked:", "reference; date"))
    lines += [""] + ["    " + x for x in wrap(request18(), 72)] + [""]
    lines += wrap("Wiltshire Police moved its professional standards case records to a new "
                  "system on 1 April 2025. Records before that date were not migrated in a form "
                  "that can be searched by allegation type, so the information for 2023/24, "
                  "2024/25 and the calendar years 2024 and 2025 is not held. For 2025/26 we can "
                  "give each quarter. All figures are allegations against police officers and "
                  "police staff together.") + [""]
    N("1 April 2025 2023/24, 2024/25 2024 2025 2025/26", "dates; years of the not-held part")
    for c in CATS5:
        for y in (2023, 2024):
            F(c, "total", NH, FY(y), said="")
        for y in CYRS:
            F(c, "total", NH, CY(y), said="")
    for c in CATS5:
        hi = {AP: 2, SA: 5, SM: 4, SH: 7, VG: 9}[c]
        qv = [r.randint(0, hi) for _ in range(4)]
        if c == AP:
            qv[1] = 0
        if c == SH:
            qv = [max(v, 2) for v in qv]
        parts = []
        for i, v in enumerate(qv):
            w = F(c, "total", v, FQ(2025, i + 1), said=("none" if v == 0 else WORDS[v]))
            parts.append(L(f"{qn[i]}, {{w}}", "quarter months and year", w=w))
        t = sum(qv)
        s = (f"{CL[c]}. " + "; ".join(parts) + L(", a total of {t} for the year.", "",
                                                  t=F(c, "total", t, FY(2025))))
        lines += wrap(s) + [""]
    # outcomes for sexual harassment in the year, in prose
    lines += wrap(L("You also asked for outcomes. Of the allegations of sexual harassment "
                    "recorded in 2025/26, {a} resulted in dismissal, {b} in a final written "
                    "warning and {c} in reflective practice; {d} were found to have no case to "
                    "answer, and the rest are still under investigation. Outcomes for the other "
                    "categories are not held in a reportable form for 2025/26.", "year",
                    a=F(SH, "dismissed", 1, FY(2025), said="one"),
                    b=F(SH, "final_written_warning", 1, FY(2025), said="one"),
                    c=F(SH, "management_action", 2, FY(2025), said="two"),
                    d=F(SH, "no_case_to_answer", 0, FY(2025), said="none"))) + [""]
    lines += wrap(rights("Wiltshire Police", 40)) + [""]
    lines += ["Yours faithfully,", "", "Information Access Team", "Wiltshire Police",
              N("London Road, Devizes, SN10 2DN", "postcode"), ""]
    text = "\r\n".join(lines)
    N("Fwd: FOI 2026-2417 response", "reference")
    N("Wed, 25 Nov 2026 09:02:44 +0000", "date and time")
    msg = ("From: Sam Okafor <sam.okafor@example.org>\r\n"
           "To: Data desk <data@example.org>, Research <research@example.org>\r\n"
           "Subject: Fwd: FOI 2026-2417 response\r\n"
           "Date: Wed, 25 Nov 2026 09:02:44 +0000\r\n"
           "Message-ID: <CAF7x2Lm0Qz9wiltsfwd@mail.example.org>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + b64(text.encode("utf-8")))
    write_bytes(src, msg.encode("ascii"))



# =========================================================================== 3 Greater Manchester: two tables side by side


def build_greater_manchester():
    """GMP workbook, one sheet: a title block (rows 1-2), the two group titles on row 4 and the
    column headers on row 5; the officers' table in A:E and the staff table in G:K, column F
    left blank between them; category on the first row of its block only, bold Total row."""
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "greater-manchester/GMP FOI 2026-19204 data.xlsx"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Greater Manchester Police \u2013 FOI 2026/19204", "reference")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Allegations of a sexual nature and of violence against women and girls made "
                "against police officers (left) and police staff (right), by outcome and "
                "financial year of recording")
    ws["A2"].font = Font(italic=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for col0, subj, title in ((1, "officers", "POLICE OFFICERS"), (7, "staff", "POLICE STAFF")):
        c = ws.cell(row=4, column=col0, value=title)
        c.font = Font(bold=True, size=12)
        ws.merge_cells(start_row=4, start_column=col0, end_row=4, end_column=col0 + 4)
        heads = ["Allegation type", "Outcome"] + [N(FLAB[y], "year") for y in FYRS]
        for j, h in enumerate(heads):
            cc = ws.cell(row=5, column=col0 + j, value=h)
            cc.font = Font(bold=True)
            cc.fill = grey
            cc.border = xl_border()
            cc.alignment = Alignment(horizontal="center", wrap_text=True)
        row = 6
        for cat in CATS5:
            hi = {AP: 1, SA: 4, SM: 3, SH: 5, VG: 6}[cat]
            if subj == "staff":
                hi = max(1, hi // 2)
            vals = {(oc, y): (r.randint(0, hi) if r.random() > 0.35 else 0)
                    for _, oc in outs for y in FYRS}
            for _, oc in outs:
                if oc == "ongoing":
                    for y in FYRS[:-1]:
                        vals[(oc, y)] = 0
            first = True
            for ol, oc in outs + [("Total", "total")]:
                ws.cell(row=row, column=col0, value=(CL[cat] if first else None)).border = xl_border()
                first = False
                lc = ws.cell(row=row, column=col0 + 1, value=ol)
                lc.border = xl_border()
                for j, y in enumerate(FYRS):
                    v = (sum(vals[(o, y)] for _, o in outs) if oc == "total" else vals[(oc, y)])
                    F(cat, oc, v, FY(y), subject=subj)
                    vc = ws.cell(row=row, column=col0 + 2 + j, value=v)
                    vc.border = xl_border()
                    vc.alignment = Alignment(horizontal="center")
                    if oc == "total":
                        vc.font = Font(bold=True)
                if oc == "total":
                    lc.font = Font(bold=True)
                row += 1
    last = row
    ws.cell(row=last + 1, column=1, value=L(
        "Notes: 1. Figures are allegations, counted in the financial year the allegation was "
        "recorded (1 April to 31 March).", "note number; dates of the financial year"))
    ws.cell(row=last + 2, column=1, value=L(
        "2. An allegation is counted once, under its primary type, and against the subject "
        "named in it.", "note number"))
    ws.cell(row=last + 3, column=1, value=L(
        "3. Calendar-year figures (2024 and 2025) are not held: PSB reports by financial year "
        "only and producing calendar-year figures would mean creating new information.",
        "note number; years"))
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), said="")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["F"].width = 3
    ws.column_dimensions["G"].width = 34
    ws.column_dimensions["H"].width = 36
    ws.freeze_panes = "A6"
    xlsx_save(wb, src, creator="GMP Information Governance")


# =========================================================================== 4 Gloucestershire: specials, rates, hidden column


def build_gloucestershire():
    """Gloucestershire workbook: 'Summary' with a Total (officers and staff) column at the left
    of the counts, then Police officers / Rate per 1,000 / Police staff / Rate per 1,000 /
    Special constables (specials shown, not in the Total) and a hidden 'Check' column;
    'Outcomes 2025-26' with Officers / Staff / Special constables columns."""
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "gloucestershire/Glos FOI 2026-2291 workforce breakdown.xlsx"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    heads_n = {2023: (1261, 1015), 2024: (1288, 1032), 2025: (1302, 1047)}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Gloucestershire Constabulary"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = L("FOI 2026-2291: allegations against the workforce by type and financial year",
                 "reference")
    hdr = ["Financial year", "Allegation type", "Total (officers and staff)", "Police officers",
           N("Rate per 1,000 officers", "rate base"), "Police staff",
           N("Rate per 1,000 staff", "rate base"), "Special constables", "Check"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.border = xl_border()
    row = 5
    fy25 = {}
    for y in FYRS:
        for cat in CATS5:
            hi = {AP: 3, SA: 9, SM: 7, SH: 12, VG: 14}[cat]
            o, st, sp = r.randint(0, hi), r.randint(0, max(1, hi // 2)), r.randint(0, 2)
            if y == 2025:
                o, st = max(o, 3), max(st, 2)
                fy25[cat] = (o, st, sp)
            ws.cell(row=row, column=1, value=N(FLAB[y], "year"))
            ws.cell(row=row, column=2, value=CL[cat])
            ws.cell(row=row, column=3, value=int(F(cat, "total", o + st, FY(y))))
            ws.cell(row=row, column=4, value=int(F(cat, "total", o, FY(y), subject="officers")))
            ro = round(o / heads_n[y][0] * 1000, 2)
            ws.cell(row=row, column=5, value=ro).number_format = "0.00"
            N(xnum(ro), "rate per 1,000 officers")
            ws.cell(row=row, column=6, value=int(F(cat, "total", st, FY(y), subject="staff")))
            rs = round(st / heads_n[y][1] * 1000, 2)
            ws.cell(row=row, column=7, value=rs).number_format = "0.00"
            N(xnum(rs), "rate per 1,000 staff")
            ws.cell(row=row, column=8, value=int(N(str(sp), "special constables: not keyed")))
            ws.cell(row=row, column=9, value=int(N("0", "hidden check column: not read")))
            for j in range(1, 10):
                ws.cell(row=row, column=j).border = xl_border()
            row += 1
    ws.column_dimensions["I"].hidden = True
    ws.column_dimensions["B"].width = 38
    notes = [L("Rates use the headcount at 31 March of each year ({a} officers and {b} staff in "
               "2025/26).", "headcount; year", a=N("1,302", "headcount"), b=N("1,047", "headcount")),
             "Special constables are volunteer officers. They are shown for information only and "
             "are not included in the Total column.",
             "Calendar years: the constabulary records by financial year; figures by calendar "
             "year are not held."]
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), said="")
    for i, t in enumerate(notes):
        ws.cell(row=row + 1 + i, column=1, value=t)
    # outcomes sheet
    w2 = wb.create_sheet(N("Outcomes 2025-26", "sheet name: year"))
    w2["A1"] = N("Outcomes of allegations recorded between 1 April 2025 and 31 March 2026",
                 "dates of the period")
    w2["A1"].font = Font(bold=True)
    for j, h in enumerate(["Allegation type", "Outcome", "Police officers", "Police staff",
                           "Special constables"], 1):
        c = w2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = xl_border()
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Not yet concluded", "ongoing")]
    row = 4
    for cat in CATS5:
        tot = fy25[cat]
        split = {}
        for si, s in enumerate(("officers", "staff")):
            rem = tot[si]
            d = {}
            for _, oc in outs[:-1]:
                v = r.randint(0, min(rem, 2))
                d[oc] = v
                rem -= v
            d["ongoing"] = rem
            split[s] = d
        spv = {oc: 0 for _, oc in outs}
        for _ in range(tot[2]):
            spv[r.choice(outs)[1]] += 1
        for ol, oc in [(CL[cat], "total")] + outs:
            lab_a = CL[cat] if oc == "total" else None
            w2.cell(row=row, column=1, value=lab_a)
            w2.cell(row=row, column=2, value="All outcomes" if oc == "total" else ol)
            for si, s in enumerate(("officers", "staff")):
                v = tot[si] if oc == "total" else split[s][oc]
                w2.cell(row=row, column=3 + si,
                        value=int(F(cat, oc, v, FY(2025), subject=s, restated=(oc == "total"))))
            w2.cell(row=row, column=5, value=int(N(str(tot[2] if oc == "total" else spv[oc]),
                                                   "special constables: not keyed")))
            if oc == "total":
                for j in range(1, 6):
                    w2.cell(row=row, column=j).font = Font(bold=True)
            row += 1
    w2.column_dimensions["A"].width = 38
    w2.column_dimensions["B"].width = 24
    xlsx_save(wb, src, creator="Information Rights Officer")


# =========================================================================== 5 Durham: months as real dates, total at the left


def build_durham():
    """Durham workbook: a sheet per financial year; header on row 4; 'Year total' column at the
    left of the months; the month headers are real dates shown 'mmm-yy'; rows category x
    Officer / Staff.  2023/24 not held (system change)."""
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "durham/Durham Constabulary FOI 1187-26.xlsx"
    KEY.file(src, "durham")
    r = rng("durham")
    wb = openpyxl.Workbook()
    first = True
    for y in (2024, 2025):
        name = N(f"{y}-{str(y + 1)[2:]}", "sheet name: year")
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws["A1"] = "Durham Constabulary \u2013 Professional Standards and Vetting"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = L(f"Allegations recorded against officers and staff, 1 April {y} to 31 March "
                     f"{y + 1}, by month recorded (FOI 1187/26)", "dates; reference")
        heads = ["Allegation type", "Employee", "Year total"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.border = xl_border()
        months = [(y, m) for m in range(4, 13)] + [(y + 1, m) for m in range(1, 4)]
        for j, (yy, mm) in enumerate(months, 4):
            c = ws.cell(row=4, column=j, value=dt.datetime(yy, mm, 1))
            c.number_format = "mmm-yy"
            c.font = Font(bold=True)
            c.border = xl_border()
            N(f"{MONS[mm - 1]}-{str(yy)[2:]}", "month heading")
        row = 5
        for cat in CATS5:
            for emp, subj in (("Officer", "officers"), ("Staff", "staff")):
                hi = {AP: 1, SA: 2, SM: 2, SH: 3, VG: 3}[cat]
                if subj == "staff":
                    hi = 1
                mv = [r.randint(0, hi) if r.random() > 0.4 else 0 for _ in months]
                ws.cell(row=row, column=1, value=CL[cat])
                ws.cell(row=row, column=2, value=emp)
                tc = ws.cell(row=row, column=3, value=int(F(cat, "total", sum(mv), FY(y),
                                                              subject=subj)))
                tc.font = Font(bold=True)
                for j, ((yy, mm), v) in enumerate(zip(months, mv), 4):
                    ws.cell(row=row, column=j, value=int(F(cat, "total", v, MON(yy, mm),
                                                           subject=subj)))
                row += 1
        ws.cell(row=row + 1, column=1, value=(
            "Figures are allegations. Year total is the sum of the twelve months."))
        N("twelve", "months in a year")
        ws.column_dimensions["A"].width = 38
        ws.freeze_panes = "D5"
    ws = wb.create_sheet("Notes")
    ws["A1"] = "Notes"
    ws["A2"] = L("Durham Constabulary moved to a new case management system in April 2024. "
                 "Allegations recorded in 2023/24 cannot be retrieved by type from it, so that "
                 "year is not held.", "date; year")
    ws["A3"] = ("Calendar-year totals have not been produced separately; the monthly figures "
                "on the year sheets can be added up as needed.")
    for c in CATS5:
        F(c, "total", NH, FY(2023), said="")
    xlsx_save(wb, src, creator="Durham Constabulary")



# =========================================================================== PDF helpers


def furn_std(force, ref, marking="OFFICIAL"):
    """Running header (marking, force) and footer (reference, Page n of m)."""
    def furniture(c, page, pages):
        from reportlab.lib.units import mm
        w, h = c._pagesize
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(w / 2, h - 10 * mm, marking)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 15 * mm, h - 10 * mm, force)
        c.drawString(15 * mm, 10 * mm, N(ref, "reference (page footer)"))
        c.drawRightString(w - 15 * mm, 10 * mm, N(f"Page {page} of {pages}", "page number"))
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(w / 2, 10 * mm, marking)
    return furniture


def pdf_mixed(src, story, furniture, title, author):
    """A PDF whose pages may switch between portrait and landscape (NextPageTemplate('land'))."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title=title, author=author,
                          creator=author)
    pw, ph = A4
    lw, lh = landscape(A4)
    port = PageTemplate("port", [Frame(20 * mm, 22 * mm, pw - 40 * mm, ph - 50 * mm, id="p")],
                        pagesize=A4)
    land = PageTemplate("land", [Frame(15 * mm, 20 * mm, lw - 30 * mm, lh - 42 * mm, id="l")],
                        pagesize=landscape(A4))
    doc.addPageTemplates([port, land])
    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))


# =========================================================================== 6 City of London: merged category, continued table


def build_city_of_london():
    """City of London Police letter (reportlab): ALL-CAPS headers; one ruled table, the
    allegation type merged down over its nine outcome rows and TOTAL row, columns 2023/24,
    2024/25, 2025/26, 2024, 2025; the table runs on to page 2 without its header row."""
    from reportlab.platypus import Table, PageBreak
    from reportlab.lib import colors
    src = "city-of-london/CoLP FOI 26-1433 response.pdf"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    st = bk.styles("Helvetica", 9.5)
    ref = "FOI 26-1433"
    story = [bk.P("<b>CITY OF LONDON POLICE</b>", st["h"]),
             bk.P(L("Information Access Office, PO Box 36451, 182 Bishopsgate, London EC2M 4NP",
                    "address; PO box; postcode"), st["small"]),
             bk.P(L(f"Our reference: {ref} &nbsp;&nbsp; Date: 27 November 2026",
                    "reference; date"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(L(f"FREEDOM OF INFORMATION REQUEST {ref}", "reference"), st["h2"]),
             bk.P(L(f"Thank you for your request of {REQ_DATE}, in which you asked:", "date"),
                  st["body"]),
             bk.P(E(request18()), st["quote"]),
             bk.P("RESPONSE", st["h2"]),
             bk.P("City of London Police holds the information you requested. The table below "
                  "gives the number of allegations recorded against police officers and police "
                  "staff together, by outcome. The financial-year and calendar-year columns "
                  "overlap and should not be added together.", st["body"])]
    outs = [("DISMISSED", "dismissed"), ("WOULD HAVE BEEN DISMISSED", "would_have_been_dismissed"),
            ("FINAL WRITTEN WARNING", "final_written_warning"),
            ("WRITTEN WARNING", "written_warning"),
            ("REFLECTIVE PRACTICE", "management_action"),
            ("NO CASE TO ANSWER", "no_case_to_answer"), ("NOT UPHELD", "not_upheld"),
            ("WITHDRAWN", "withdrawn"), ("UNDER INVESTIGATION", "ongoing")]
    periods = [FY(2023), FY(2024), FY(2025), CY(2024), CY(2025)]
    rows = [["ALLEGATION TYPE", "OUTCOME", N("2023/24", "year"), N("2024/25", "year"),
             N("2025/26", "year"), N("2024", "year"), N("2025", "year")]]
    spans = []
    for cat in CATS5:
        start = len(rows)
        hi = {AP: 1, SA: 2, SM: 2, SH: 3, VG: 3}[cat]
        vals = {(oc, pi): (r.randint(0, hi) if r.random() > 0.45 else 0)
                for _, oc in outs for pi in range(5)}
        for pi in (0, 1, 3):
            vals[("ongoing", pi)] = 0
        for ol, oc in outs + [("TOTAL", "total")]:
            row = [CL[cat].upper() if oc == "dismissed" else "", ol]
            for pi, per in enumerate(periods):
                v = sum(vals[(o, pi)] for _, o in outs) if oc == "total" else vals[(oc, pi)]
                row.append(F(cat, oc, v, per))
            rows.append(row)
        spans.append(("SPAN", (0, start), (0, len(rows) - 1)))
        spans.append(("FONT", (1, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8))
        spans.append(("BACKGROUND", (1, len(rows) - 1), (-1, len(rows) - 1),
                      colors.HexColor("#EEEEEE")))
    cellst = st["cell"]
    rows = [[bk.P(x, cellst) if (j == 0 and i > 0 and x) else x for j, x in enumerate(rw)]
            for i, rw in enumerate(rows)]
    t = Table(rows, colWidths=[40 * 2.835 * 1.05, 48 * 2.835, 18 * 2.835, 18 * 2.835,
                               18 * 2.835, 16 * 2.835, 16 * 2.835], repeatRows=0)
    t.setStyle(bk.grid_style(1, "Helvetica", 8, "#C6D9F1",
                             extra=spans + [("VALIGN", (0, 1), (0, -1), "TOP")]))
    story += [bk.S(4), t, bk.S(8),
              bk.P("NOTES", st["h2"]),
              bk.P("An allegation is counted in the period in which it was recorded. Outcomes are "
                   "the latest recorded outcome of each allegation; REFLECTIVE PRACTICE includes "
                   "the reflective practice review process and management action.", st["body"]),
              bk.P(E(rights("City of London Police", 40)), st["body"]),
              bk.P("Yours sincerely,", st["body"]),
              bk.P("Information Access Office", st["body"])]
    bk.pdf_letter(src, story, furn_std("City of London Police", ref),
                  title=ref, author="City of London Police")


# =========================================================================== 7 PSNI: portrait letter, landscape annex, s31 refusal, s40(5)


def build_psni():
    """PSNI letter (portrait) with a landscape Annex A: Table A1 category x Officers / Staff rows x
    FY and calendar-year columns (under 'Financial year' / 'Calendar year' bands), Table A2
    outcomes of 2025/26 x categories (officers and staff together).  Abuse of position for a
    sexual purpose withheld under section 31(1)(a) for every period; individual-level detail
    neither confirmed nor denied (s40(5)), not a figure."""
    from reportlab.platypus import Table, NextPageTemplate, PageBreak
    src = "psni/PSNI FOI-2026-03871 response.pdf"
    KEY.file(src, "psni")
    r = rng("psni")
    st = bk.styles("Helvetica", 10)
    ref = "FOI-2026-03871"
    cats = (SA, SM, SH, VG)
    story = [bk.P("<b>Police Service of Northern Ireland</b>", st["h"]),
             bk.P(L("Corporate Information Branch, 65 Knock Road, Belfast, BT5 6LE",
                    "street number; postcode"), st["small"]),
             bk.P(L(f"Request number: {ref}", "reference"), st["body"]),
             bk.P(L("Date: 30 November 2026", "date"), st["body"]),
             bk.P("Request", st["h2"]),
             bk.P(L(f"You asked on {REQ_DATE}:", "date"), st["body"]),
             bk.P(E(request18()), st["quote"]),
             bk.P("Answer", st["h2"]),
             bk.P("PSNI holds information in scope of your request. The figures for sexual "
                  "assault, sexual misconduct, sexual harassment and violence against women and "
                  "girls are in Annex A: they are allegations, counted by the date recorded. "
                  "Table A1 gives police officers and police staff separately; Table A2 gives "
                  "the outcomes of the allegations recorded in 2025/26 for officers and staff "
                  "together.", st["body"]),
             bk.P("Section 31(1)(a) \u2013 law enforcement", st["h2"]),
             bk.P("The number of allegations of abuse of position for a sexual purpose is "
                  "withheld for every period requested. These matters are investigated jointly "
                  "with the Police Ombudsman, and disclosure of the numbers, which are very "
                  "small, would be likely to prejudice the prevention and detection of crime. "
                  "PSNI has considered the public interest and concluded that it favours "
                  "withholding the figures.", st["body"]),
             bk.P("Section 40(5) \u2013 personal information", st["h2"]),
             bk.P("To the extent that your request could be read as asking for the rank, "
                  "district or gender of any officer or member of staff involved, PSNI neither "
                  "confirms nor denies that it holds that information, as to do so would "
                  "disclose personal data.", st["body"]),
             bk.P(E(rights("PSNI", 40)), st["body"]),
             bk.P("Corporate Information Branch", st["body"])]
    N("2025/26 31(1)(a) 40(5)", "year; sections")
    for per in [FY(y) for y in FYRS] + [CY(y) for y in CYRS]:
        F(AP, "total", REF("s31(1)(a)"), per, said="")
    periods = [FY(2023), FY(2024), FY(2025), CY(2024), CY(2025)]
    a1 = [["Allegation type", "Employee", "Financial year", "", "", "Calendar year", ""],
          ["", "", N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year"),
           N("2024", "year"), N("2025", "year")]]
    for cat in cats:
        for k, (lab, subj) in enumerate((("Police officers", "officers"),
                                         ("Police staff", "staff"))):
            hi = {SA: 14, SM: 9, SH: 18, VG: 22}[cat] // (1 if subj == "officers" else 3)
            a1.append([CL[cat] if k == 0 else "", lab] +
                      [F(cat, "total", r.randint(0, hi), per, subject=subj) for per in periods])
    sty = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (4, 0)),
           ("SPAN", (5, 0), (6, 0))]
    for i in range(len(cats)):
        sty.append(("SPAN", (0, 2 + 2 * i), (0, 3 + 2 * i)))
    mm = 2.835
    t1 = Table(a1, colWidths=[80 * mm, 32 * mm] + [24 * mm] * 5)
    t1.setStyle(bk.grid_style(2, "Helvetica", 9, "#D9E2F3", extra=sty))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Awaiting outcome", "ongoing")]
    a2 = [["Outcome"] + [CL[c] if c != VG else "VAWG" for c in cats]]
    vals = {(c, oc): r.randint(0, 4) for c in cats for _, oc in outs}
    for ol, oc in outs:
        a2.append([ol] + [F(c, oc, vals[(c, oc)], FY(2025)) for c in cats])
    a2.append(["Total"] + [F(c, "total", sum(vals[(c, o)] for _, o in outs), FY(2025))
                           for c in cats])
    t2 = Table(a2, colWidths=[70 * mm] + [44 * mm] * 4)
    t2.setStyle(bk.grid_style(1, "Helvetica", 9, "#D9E2F3",
                              extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    story += [NextPageTemplate("land"), PageBreak(),
              bk.P("Annex A", st["h"]),
              bk.P(N("Table A1: Allegations recorded, by type and employee", "table number"),
                   st["h2"]), t1, bk.S(10),
              bk.P(N("Table A2: Outcomes of allegations recorded 1 April 2025 \u2013 31 March 2026 "
                     "(officers and staff)", "table number; dates"), st["h2"]), t2, bk.S(6),
              bk.P("VAWG: violence against women and girls. Abuse of position for a sexual "
                   "purpose is withheld (see the letter).", st["small"])]
    pdf_mixed(src, story, furn_std("Police Service of Northern Ireland", ref,
                                   "OFFICIAL [PUBLIC]"), ref, "PSNI")



# =========================================================================== 8 Cambridgeshire: image-only table, accessible version


def table_png(rows, colw, rowh=28, bold_rows=(0,), scale=2):
    """A table drawn as a picture (PNG bytes): what a force gets when it pastes a formatted table
    as an image.  No text layer."""
    from PIL import Image, ImageDraw, ImageFont
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 13 * scale)
        bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 13 * scale)
    except OSError:
        font = bold = ImageFont.load_default()
    W = sum(colw) * scale + 2
    H = rowh * len(rows) * scale + 2
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    y = 0
    for i, row in enumerate(rows):
        if i in bold_rows:
            d.rectangle([0, y, W - 1, y + rowh * scale], fill=(31, 78, 121))
        x = 0
        for j, (txt, w) in enumerate(zip(row, colw)):
            d.rectangle([x, y, x + w * scale, y + rowh * scale], outline=(90, 90, 90), width=1)
            f = bold if i in bold_rows else font
            col = "white" if i in bold_rows else "black"
            tw = d.textlength(txt, font=f)
            tx = x + 6 * scale if j == 0 else x + (w * scale - tw) / 2
            d.text((tx, y + 6 * scale), txt, fill=col, font=f)
            x += w * scale
        y += rowh * scale
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue(), W / scale, H / scale


def build_cambridgeshire():
    """Cambridgeshire letter: Table 1 (outcomes of 2025 allegations x categories) is pasted as a
    picture on page 2 -- no text -- and the same figures follow as an accessible text table
    ('Table 1 (accessible version)'), keyed once, from the text; Table 2 categories x financial
    years as a text table; calendar year 2024 totals in a sentence."""
    from reportlab.platypus import Table, Image as RLImage, PageBreak
    src = "cambridgeshire/Cambs FOI 0987-2026 response.pdf"
    KEY.file(src, "cambridgeshire")
    r = rng("cambs")
    st = bk.styles("Helvetica", 10)
    ref = "FOI 0987/2026"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Still being investigated", "ongoing")]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    vals = {(c, oc): (r.randint(0, 3) if r.random() > 0.3 else 0) for c in CATS5 for _, oc in outs}
    rows = [["Outcome"] + [short[c] for c in CATS5]]
    for ol, oc in outs:
        rows.append([ol] + [str(vals[(c, oc)]) for c in CATS5])
    rows.append(["Total"] + [str(sum(vals[(c, o)] for _, o in outs)) for c in CATS5])
    png, w, h = table_png(rows, [190, 135, 160, 160, 60, 60], bold_rows=(0,))
    story = [bk.P("<b>Cambridgeshire Constabulary</b>", st["h"]),
             bk.P(L("Freedom of Information, Constabulary Headquarters, Hinchingbrooke Park, "
                    "Huntingdon, PE29 6NP", "postcode"), st["small"]),
             bk.P(L(f"Reference: {ref}<br/>Date: 1 December 2026", "reference; date"),
                  st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(L(f"Thank you for your request dated {REQ_DATE}:", "date"), st["body"]),
             bk.P(E(request18()), st["quote"]),
             bk.P("The constabulary holds the information. All figures are allegations against "
                  "police officers and police staff together. Table 1, on the next page, gives "
                  "the outcomes of the allegations recorded in the calendar year 2025; an "
                  "accessible version of the same table follows it for screen-reader users. "
                  "Table 2 gives the financial years.", st["body"])]
    N("1 2025 2", "table numbers; year")
    story += [PageBreak(),
              bk.P(N("Table 1: Outcomes of allegations recorded 1 January to 31 December 2025",
                     "table number; dates"), st["h2"]),
              RLImage(io.BytesIO(png), width=w * 0.75, height=h * 0.75),
              bk.S(14),
              bk.P(N("Table 1 (accessible version)", "table number"), st["h2"])]
    acc = [["Outcome", "Allegation type", "Number"]]
    for c in CATS5:
        for ol, oc in outs:
            acc.append([ol, CL[c], F(c, oc, vals[(c, oc)], CY(2025))])
        acc.append(["Total", CL[c], F(c, "total", sum(vals[(c, o)] for _, o in outs), CY(2025))])
    mm = 2.835
    t = Table(acc, colWidths=[55 * mm, 75 * mm, 25 * mm], repeatRows=1)
    t.setStyle(bk.grid_style(1, "Helvetica", 8.5, "#DDDDDD"))
    story += [t, bk.S(10),
              bk.P(N("Table 2: Allegations by financial year recorded", "table number"),
                   st["h2"])]
    t2 = [["Allegation type", N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year")]]
    for c in CATS5:
        hi = {AP: 3, SA: 9, SM: 8, SH: 12, VG: 16}[c]
        t2.append([CL[c]] + [F(c, "total", r.randint(1, hi), FY(y)) for y in FYRS])
    tt = Table(t2, colWidths=[75 * mm, 25 * mm, 25 * mm, 25 * mm])
    tt.setStyle(bk.grid_style(1, "Helvetica", 9, "#DDDDDD"))
    cy24 = {c: r.randint(2, 14) for c in CATS5}
    story += [tt, bk.S(8),
              bk.P(L("In the calendar year 2024 the constabulary recorded {a} allegations of "
                     "sexual assault, {b} of sexual misconduct, {c} of sexual harassment, {d} of "
                     "abuse of position for a sexual purpose and {e} of violence against women "
                     "and girls. Outcomes for 2024 are not held separately from the financial "
                     "years.", "year",
                     a=F(SA, "total", cy24[SA], CY(2024)), b=F(SM, "total", cy24[SM], CY(2024)),
                     c=F(SH, "total", cy24[SH], CY(2024)), d=F(AP, "total", cy24[AP], CY(2024)),
                     e=F(VG, "total", cy24[VG], CY(2024))), st["body"]),
              bk.P(E(rights("Cambridgeshire Constabulary", 20)), st["body"]),
              bk.P("Yours sincerely,<br/>Freedom of Information Officer", st["body"])]
    bk.pdf_letter(src, story, furn_std("Cambridgeshire Constabulary", ref, "OFFICIAL"),
                  title=ref, author="Cambridgeshire Constabulary")


# =========================================================================== 9 Northamptonshire: covering letter + workbook, total column at the left


def build_northamptonshire():
    """Northamptonshire: a short covering letter (PDF) that says the figures are in the attached
    Annex A, that they are allegations against officers and staff together, and that VAWG is
    not held as a category; Annex A (XLSX) has a logo/title block in rows 1-3, the header on
    row 4 and the 'Total 2023/24 - 2025/26' column at the LEFT (column A), then allegation
    type, outcome and the three years; a 'Calendar years' sheet."""
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    letter = "northamptonshire/Northants FOI 001902-26 covering letter.pdf"
    annex = "northamptonshire/Northants FOI 001902-26 Annex A.xlsx"
    KEY.file(letter, "northamptonshire")
    st = bk.styles("Times-Roman", 11)
    ref = "FOI 001902/26"
    story = [bk.P("<b>Northamptonshire Police</b>", st["h"]),
             bk.P(L("Freedom of Information Unit, Wootton Hall, Northampton, NN4 0JQ",
                    "postcode"), st["small"]),
             bk.P(L(f"Our ref: {ref}<br/>2 December 2026", "reference; date"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(L(f"I write in response to your request of {REQ_DATE}, in which you asked:",
                    "date"), st["body"]),
             bk.P(E(request18()), st["quote"]),
             bk.P("Northamptonshire Police holds information in scope of your request. The "
                  "figures are provided in the attached spreadsheet, <i>Annex A</i>. They are "
                  "numbers of allegations against police officers and police staff taken "
                  "together: our conduct system does not record officers and staff separately for these "
                  "categories.", st["body"]),
             bk.P("Violence against women and girls is not a category in our conduct recording "
                  "system: allegations of that kind are recorded under the specific types shown "
                  "in the annex. The information you asked for about VAWG as such is therefore "
                  "not held, for any of the years.", st["body"]),
             bk.P(E(rights("Northamptonshire Police", 40)), st["body"]),
             bk.P("Yours sincerely,<br/>Freedom of Information Unit", st["body"])]
    for per in [FY(y) for y in FYRS] + [CY(y) for y in CYRS]:
        F(VG, "total", NH, per, said="")
    bk.pdf_letter(letter, story, furn_std("Northamptonshire Police", ref, "OFFICIAL"),
                  title=ref, author="Northamptonshire Police")
    # the annex
    KEY.file(annex, "northamptonshire")
    r = rng("northants")
    cats = (SA, SM, SH, AP)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Annex A"
    navy = PatternFill("solid", fgColor="1F3864")
    ws["A1"] = "NORTHAMPTONSHIRE POLICE"
    ws["A1"].font = Font(bold=True, size=16, color="FFFFFF")
    ws.merge_cells("A1:F1")
    ws["A1"].fill = navy
    ws["A2"] = "Professional Standards Department \u2013 Annex A"
    ws["A2"].font = Font(bold=True, color="FFFFFF")
    ws["A2"].fill = navy
    ws.merge_cells("A2:F2")
    ws["A3"] = L(f"{ref}: allegations by type, outcome and financial year recorded",
                 "reference")
    ws.merge_cells("A3:F3")
    heads = [N("Total 2023/24 - 2025/26", "years of the span"), "Allegation type", "Outcome",
             N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year")]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = xl_border()
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    row = 5
    for cat in cats:
        hi = {AP: 1, SA: 3, SM: 3, SH: 4}[cat]
        vals = {(oc, y): (r.randint(0, hi) if r.random() > 0.35 else 0)
                for _, oc in outs for y in FYRS}
        for y in FYRS[:-1]:
            vals[("ongoing", y)] = 0
        for ol, oc in outs + [("Total", "total")]:
            pv = [(sum(vals[(o, y)] for _, o in outs) if oc == "total" else vals[(oc, y)])
                  for y in FYRS]
            ws.cell(row=row, column=1, value=int(F(cat, oc, sum(pv), FSPAN)))
            ws.cell(row=row, column=2, value=CL[cat])
            ws.cell(row=row, column=3, value=ol)
            for j, (y, v) in enumerate(zip(FYRS, pv), 4):
                ws.cell(row=row, column=j, value=int(F(cat, oc, v, FY(y))))
            for j in range(1, 7):
                ws.cell(row=row, column=j).border = xl_border()
                if oc == "total":
                    ws.cell(row=row, column=j).font = Font(bold=True)
            row += 1
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = 34
    ws.freeze_panes = "D5"
    w2 = wb.create_sheet("Calendar years")
    w2["A1"] = "Allegations by type and calendar year recorded"
    w2["A1"].font = Font(bold=True)
    for j, h in enumerate(["Allegation type", N("2024", "year"), N("2025", "year")], 1):
        w2.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, cat in enumerate(cats, 4):
        w2.cell(row=i, column=1, value=CL[cat])
        for j, y in enumerate(CYRS, 2):
            w2.cell(row=i, column=j, value=int(F(cat, "total", r.randint(0, 9), CY(y))))
    w2.column_dimensions["A"].width = 38
    xlsx_save(wb, annex, creator="Northamptonshire Police PSD")



# =========================================================================== 10 Hertfordshire: disclosure log listing several requests


def build_hertfordshire():
    """Hertfordshire disclosure-log page for November 2026 listing four requests; only one is
    ours.  Ours: two tables (one per calendar year) with <caption> and <th scope="row">
    outcome labels, categories across; the financial-year part refused under section 12.
    The other requests' figures (speed cameras, police dogs, vehicle pursuits) are not ours."""
    src = "hertfordshire/Disclosure log November 2026 - Hertfordshire Constabulary.html"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    other = "another request on the same disclosure-log page (not ours)"
    body = ['<header class="site-header"><a href="/" class="logo">Hertfordshire Constabulary</a>'
            '<nav><a href="/news">News</a> <a href="/foi">Freedom of Information</a> '
            '<a href="/contact">Contact us</a></nav></header>',
            '<main id="content"><p class="breadcrumb"><a href="/foi">FOI</a> &gt; '
            '<a href="/foi/log">Disclosure log</a> &gt; ' + N("November 2026", "month") + "</p>",
            "<h1>" + N("Disclosure log: November 2026", "month") + "</h1>",
            "<p>Responses to Freedom of Information requests published this month. Personal "
            "details of requesters have been removed.</p>"]
    # other requests before ours
    body += ['<article class="foi-entry"><h2>' + N("FOI 2026-05102: Speed camera income",
                                                    "reference") + "</h2>",
             "<p>" + N("Request received 2 November 2026. How much was received from speed "
                       "awareness courses in 2025/26, and how many cameras are in use?",
                       other) + "</p>",
             "<p>" + N("Response: the constabulary received \u00a3412,380 in 2025/26. There are "
                       "38 fixed and 11 mobile camera sites.", other) + "</p></article>"]
    body += ['<article class="foi-entry"><h2>' + N("FOI 2026-05118: Police dogs", "reference")
             + "</h2>",
             "<p>" + N("Request received 4 November 2026. How many police dogs does the "
                       "constabulary have?", other) + "</p>",
             "<p>" + N("Response: 27 general-purpose dogs and 9 specialist search dogs, as at "
                       "1 November 2026.", other) + "</p></article>"]
    # ours
    ref = "FOI 2026-05131"
    body += ['<article class="foi-entry" id="foi-2026-05131"><h2>'
             + N(f"{ref}: Allegations of sexual misconduct against officers and staff",
                 "reference") + "</h2>",
             "<p>" + L(f"Request received {REQ_DATE}.", "date") + "</p>",
             f"<blockquote><p>{E(request18())}</p></blockquote>",
             "<p><strong>Response</strong></p>",
             "<p>Hertfordshire Constabulary holds the information. The tables give the number "
             "of allegations against police officers and police staff together, by outcome, for "
             "each calendar year.</p>"]
    for y in CYRS:
        body.append('<table class="foi-table"><caption>' +
                    N(f"Allegations recorded in {y}, by outcome", "year") + "</caption>")
        body.append("<thead><tr><td></td>" + "".join(f'<th scope="col">{CL[c]}</th>'
                                                    for c in CATS5) + "</tr></thead><tbody>")
        vals = {(c, oc): (r.randint(0, 4) if r.random() > 0.3 else 0)
                for c in CATS5 for _, oc in outs}
        for ol, oc in outs:
            body.append(f'<tr><th scope="row">{E(ol)}</th>' + "".join(
                f"<td>{F(c, oc, vals[(c, oc)], CY(y))}</td>" for c in CATS5) + "</tr>")
        body.append('<tr class="total"><th scope="row">Total</th>' + "".join(
            f"<td><strong>{F(c, 'total', sum(vals[(c, o)] for _, o in outs), CY(y))}</strong></td>"
            for c in CATS5) + "</tr></tbody></table>")
    body += ["<p>" + L("Financial years: Hertfordshire's conduct records are held by calendar "
                       "year. Re-cutting them into the financial years 2023/24, 2024/25 and "
                       "2025/26 would mean reading about 900 case files at 3 minutes each, "
                       "45 hours in all, which exceeds the appropriate limit of 18 hours "
                       "(\u00a3450). That part of your request is refused under section 12(1) of "
                       "the Act.", "years; cost estimate (files, minutes, hours, GBP); section")
             + "</p>"]
    for c in CATS5:
        for y in FYRS:
            F(c, "total", REF("s12"), FY(y), said="")
    body += ["</article>"]
    body += ['<article class="foi-entry"><h2>' + N("FOI 2026-05140: Vehicle pursuits",
                                                    "reference") + "</h2>",
             "<p>" + N("Request received 9 November 2026. How many vehicle pursuits were "
                       "authorised in 2025 and how many ended in a collision?", other) + "</p>",
             "<p>" + N("Response: 164 pursuits were authorised in 2025; 23 ended in a collision "
                       "and 2 in injury.", other) + "</p></article>"]
    body += ["<p>" + E(rights("Hertfordshire Constabulary", 40)) + "</p>", "</main>",
             '<footer><p>' + N("\u00a9 Hertfordshire Constabulary 2026", "copyright year")
             + "</p></footer>"]
    css = ("<style>.foi-table{border-collapse:collapse}.foi-table td,.foi-table th"
           "{border:1px solid #999;padding:4px}caption{font-weight:bold;text-align:left}</style>\n")
    write_text(src, html_page(N("Disclosure log November 2026 | Hertfordshire Constabulary",
                                "month"), "\n".join(body), head_extra=css, lang="en-GB"))


# =========================================================================== 11 North Wales: fixed-width table in <pre>


def build_north_wales():
    """North Wales Police page whose table is plain text inside <pre> (pasted from a report
    tool): category blocks, outcome rows, 2023/24 2024/25 2025/26 Total columns; headings in
    Welsh and English; calendar years not held."""
    src = "north-wales/NWP FOI 2026-1733 disclosure.html"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Sub judice / ongoing", "ongoing")]
    pre = []
    hdr = ("Allegation type / Outcome".ljust(40) + N("2023/24", "year").rjust(9)
           + N("2024/25", "year").rjust(9) + N("2025/26", "year").rjust(9) + "Total".rjust(9))
    pre += [hdr, "=" * len(hdr)]
    for cat in CATS5:
        hi = {AP: 1, SA: 3, SM: 3, SH: 4, VG: 5}[cat]
        vals = {(oc, y): (r.randint(0, hi) if r.random() > 0.35 else 0)
                for _, oc in outs for y in FYRS}
        for y in FYRS[:-1]:
            vals[("ongoing", y)] = 0
        pre.append(CL[cat].upper())
        for ol, oc in outs + [("Total", "total")]:
            pv = [(sum(vals[(o, y)] for _, o in outs) if oc == "total" else vals[(oc, y)])
                  for y in FYRS]
            if oc == "total":
                pre.append(" " * 40 + "-" * 36)
            line = ("  " + ol).ljust(40) + "".join(F(cat, oc, v, FY(y)).rjust(9)
                                                  for y, v in zip(FYRS, pv))
            line += F(cat, oc, sum(pv), FSPAN).rjust(9)
            pre.append(line)
        pre.append("")
    body = ['<div class="nwp-header"><span lang="cy">Heddlu Gogledd Cymru</span> | '
            "North Wales Police</div>",
            "<h1>" + N("Cais Rhyddid Gwybodaeth / Freedom of Information Request 2026-1733",
                       "reference") + "</h1>",
            "<p>" + N("Dyddiad / Date: 3 December 2026", "date") + "</p>",
            "<h2>Cais / Request</h2>", f"<p><em>{E(request18())}</em></p>",
            "<h2>Ymateb / Response</h2>",
            "<p>North Wales Police holds information relevant to your request. The figures "
            "below are allegations against police officers and police staff together, by the "
            "financial year in which the allegation was recorded. The Total column covers the "
            "three financial years.</p>",
            "<pre>" + E("\n".join(pre)) + "</pre>",
            "<p>Calendar years: our professional standards database reports by financial year "
            "only. Figures for the calendar years 2024 and 2025 are not held.</p>",
            "<p>" + E(rights("North Wales Police", 40)) + "</p>",
            '<div class="nwp-footer">' + N("Heddlu Gogledd Cymru, Ffordd Glan y M\u00f4r, Bae "
                                           "Colwyn, LL29 8AW", "postcode") + "</div>"]
    N("2024 2025", "years of the not-held part")
    N("three", "years in the Total column")
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), said="")
    write_text(src, html_page(N("FOI 2026-1733 | North Wales Police", "reference"),
                              "\n".join(body), lang="en-GB"))


# =========================================================================== 12 Nottinghamshire: CSV with metadata rows, Measure column


def build_nottinghamshire():
    """Nottinghamshire PSD extract: UTF-8 with BOM, CRLF, four metadata rows and a blank row
    above the header; long format Financial Year / Measure / Allegation Type / Employee Type /
    Outcome / Count where Measure is 'Allegations', 'Cases' or 'Individuals' (officers or
    staff subject to an allegation); allegation rows only where non-zero, plus 'All outcomes'."""
    src = "nottinghamshire/FOI-007731-26 extract.csv"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Not Upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under Investigation", "ongoing")]
    lines = ["Nottinghamshire Police - Professional Standards Directorate,,,,,",
             N("FOI reference: FOI-007731-26,,,,,", "reference"),
             N("Extracted: 20/11/2026 09:41,,,,,", "date and time of extract"),
             "Measures: Allegations = allegations recorded; Cases = conduct cases opened; "
             "Individuals = officers or staff subject to an allegation,,,,,",
             ",,,,,",
             "Financial Year,Measure,Allegation Type,Employee Type,Outcome,Count"]
    emps = (("Police Officer", "officers"), ("Police Staff", "staff"))
    for y in FYRS:
        for cat in CATS5:
            for el, subj in emps:
                hi = {AP: 2, SA: 4, SM: 3, SH: 5, VG: 6}[cat]
                if subj == "staff":
                    hi = max(1, hi // 2)
                vals = {oc: (r.randint(1, hi) if r.random() > 0.55 else 0) for _, oc in outs}
                if y < 2025:
                    vals["ongoing"] = 0
                t = sum(vals.values())
                lab = "VAWG" if cat == VG else CL[cat]
                yl = N(FLAB[y], "year")
                lines.append(f"{yl},Allegations,{lab},{el},All outcomes,"
                             + F(cat, "total", t, FY(y), subject=subj, measure="allegations"))
                for ol, oc in outs:
                    if vals[oc]:
                        yl = N(FLAB[y], "year")
                        lines.append(f"{yl},Allegations,{lab},{el},{ol},"
                                     + F(cat, oc, vals[oc], FY(y), subject=subj,
                                         measure="allegations"))
                cases = max(0, t - r.randint(0, 2)) if t else 0
                yl = N(FLAB[y], "year")
                lines.append(f"{yl},Cases,{lab},{el},All outcomes,"
                             + F(cat, "total", cases, FY(y), subject=subj, measure="cases"))
                ind = max(0, cases - r.randint(0, 1)) if cases else 0
                yl = N(FLAB[y], "year")
                lines.append(f"{yl},Individuals,{lab},{el},All outcomes,"
                             + F(cat, "total", ind, FY(y), subject=subj, measure="individuals"))
    lines += [",,,,,", "Calendar years: not held (the PSD system reports by financial year only).,,,,,"]
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), said="")
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)



# =========================================================================== Word helpers


def wtable(d, rows, header_rows=1, bold_rows=(), size=9, shade="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cl = t.cell(i, j)
            docx_cell(cl, "" if v is None else str(v), bold=i < header_rows or i in bold_rows,
                      align=None if j == 0 else 1, size=size)
            if i < header_rows and shade:
                docx_shade(cl, shade)
    return t


# =========================================================================== 13 Avon and Somerset: correction, nil return, part year


def build_avon_and_somerset():
    """Avon and Somerset Word letter: Table 1 categories x 2023/24, 2024/25, 2025/26 and
    '2026/27 (April to September)'; abuse of position a 'nil return' in prose for every period;
    Table 2 outcomes of 2025/26 x categories with a Total row, and a note under it correcting
    the sexual harassment Total ('should read N, not N+1'); calendar years in prose."""
    src = "avon-and-somerset/ASC FOI 26-3190 response.docx"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    cats = (SA, SM, SH, VG)
    d = bk.docx_a4(docx_new("Arial", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Avon and Somerset Constabulary, PO Box 37, Portishead, "
                                           "Bristol, BS20 8QJ", "PO box; postcode"))
    bk.docx_para(d, "Avon and Somerset Constabulary", bold=True, size=15)
    bk.docx_para(d, L("Freedom of Information reference: 26-3190", "reference"))
    bk.docx_para(d, L("Date: 4 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, L(f"Thank you for your request received on {REQ_DATE}:", "date"))
    bk.docx_para(d, request18(), italic=True)
    bk.docx_para(d, "Response", bold=True, size=12)
    bk.docx_para(d, "The constabulary holds the information. The figures are allegations made against "
            "police officers and police staff together. Because your request reached us in "
            "November, we have also included the current financial year to the end of "
            "September.")
    bk.docx_para(d, N("Table 1: Allegations recorded, by financial year", "table number"), bold=True)
    part = ("2026-04-01", "2026-09-30")
    rows = [["Allegation type", N("2023/24", "year"), N("2024/25", "year"), N("2025/26", "year"),
             N("2026/27 (April to September)", "year")]]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    oc25 = {c: {oc: (r.randint(1, 4) if r.random() > 0.3 else 0) for _, oc in outs}
            for c in cats}
    oc25[SH]["written_warning"] = max(2, oc25[SH]["written_warning"])
    for c in cats:
        hi = {SA: 14, SM: 11, SH: 19, VG: 25}[c]
        row = [CL[c]] + [F(c, "total", r.randint(4, hi), FY(y)) for y in (2023, 2024)]
        row.append(F(c, "total", sum(oc25[c].values()), FY(2025)))
        row.append(F(c, "total", r.randint(0, hi // 2), part))
        rows.append(row)
    wtable(d, rows)
    bk.docx_para(d, N("Abuse of position for a sexual purpose: this is a nil return. No allegations of "
              "abuse of position for a sexual purpose were recorded against officers or staff in "
              "any of the periods in Table 1.", "table number"))
    for per in [FY(y) for y in FYRS] + [part]:
        F(AP, "total", 0, per, said="")
    bk.docx_para(d, N("Table 2: Outcomes of allegations recorded in 2025/26", "table number; year"),
         bold=True)
    rows = [["Outcome"] + [CL[c] for c in cats]]
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, oc25[c][oc], FY(2025)) for c in cats])
    tr = ["Total"]
    for c in cats:
        t = sum(oc25[c].values())
        if c == SH:
            tr.append(N(str(t + 1), "superseded total, corrected in the note below"))
        else:
            tr.append(F(c, "total", t, FY(2025), restated=True))
    rows.append(tr)
    wtable(d, rows, bold_rows=(len(rows) - 1,))
    tsh = sum(oc25[SH].values())
    bk.docx_para(d, L("Please note: the Total for sexual harassment in Table 2 should read {a}, not "
              "{b}. One allegation was counted twice when the table was prepared; Table 1 is "
              "correct.", "table numbers", a=F(SH, "total", tsh, FY(2025), restated=True),
              b=N(str(tsh + 1), "superseded total (the letter corrects it)")))
    bk.docx_para(d, "Calendar years", bold=True, size=12)
    cy = {(c, y): r.randint(3, 20) for c in cats for y in CYRS}
    bk.docx_para(d, L("In the calendar year 2024 the constabulary recorded {a} allegations of sexual "
              "assault, {b} of sexual misconduct, {c} of sexual harassment and {d} of violence "
              "against women and girls. In 2025 the figures were {e}, {f}, {g} and {h} "
              "respectively. There were none of abuse of position for a sexual purpose in "
              "either year.", "years",
              a=F(SA, "total", cy[(SA, 2024)], CY(2024)), b=F(SM, "total", cy[(SM, 2024)], CY(2024)),
              c=F(SH, "total", cy[(SH, 2024)], CY(2024)), d=F(VG, "total", cy[(VG, 2024)], CY(2024)),
              e=F(SA, "total", cy[(SA, 2025)], CY(2025)), f=F(SM, "total", cy[(SM, 2025)], CY(2025)),
              g=F(SH, "total", cy[(SH, 2025)], CY(2025)),
              h=F(VG, "total", cy[(VG, 2025)], CY(2025))))
    for y in CYRS:
        F(AP, "total", 0, CY(y), said="")
    bk.docx_para(d, rights("Avon and Somerset Constabulary", 40))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Team")
    bk.docx_save(d, src, "Avon and Somerset Constabulary")


# =========================================================================== 14 Dyfed-Powys: formatted table + accessible version


def build_dyfed_powys():
    """Dyfed-Powys Word letter: Table 1 formatted (two-row header, 'Financial year' merged across
    the three years, category merged down over Police officers / Police staff rows), then
    'Table 1 – accessible version' repeating every figure as a one-header long table (keyed
    once); calendar years refused under section 12."""
    src = "dyfed-powys/DPP FOI 1902-2026 response.docx"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    d = bk.docx_a4(docx_new("Calibri", 11))
    bk.docx_header_footer(d, "SWYDDOGOL / OFFICIAL", "Heddlu Dyfed-Powys Police")
    bk.docx_para(d, "Heddlu Dyfed-Powys Police", bold=True, size=15)
    bk.docx_para(d, L("Cais Rhyddid Gwybodaeth / Freedom of Information request 1902/2026",
              "reference"))
    bk.docx_para(d, L("Dyddiad / Date: 7 December 2026", "date"))
    bk.docx_para(d, L(f"Your request of {REQ_DATE}:", "date"))
    bk.docx_para(d, request18(), italic=True)
    bk.docx_para(d, "Response", bold=True, size=12)
    bk.docx_para(d, N("Dyfed-Powys Police holds the information for the financial years. Table 1 gives "
            "the number of allegations against police officers and police staff separately. "
            "Outcomes are not recorded against the allegation type in a way we can report "
            "without reviewing each file, and are not included.", "table number"))
    bk.docx_para(d, N("Table 1: Allegations by type and employee, financial years", "table number"),
         bold=True)
    vals = {}
    for c in CATS5:
        for s in ("officers", "staff"):
            hi = {AP: 2, SA: 7, SM: 5, SH: 9, VG: 11}[c] // (1 if s == "officers" else 2)
            for y in FYRS:
                vals[(c, s, y)] = r.randint(0, max(1, hi))
    n = 2 + 2 * len(CATS5)
    t = d.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True)
    docx_cell(t.cell(0, 1), "Employee", bold=True)
    docx_cell(t.cell(0, 2), "Financial year", bold=True, align=1)
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    for j, y in enumerate(FYRS, 2):
        docx_cell(t.cell(1, j), N(FLAB[y], "year"), bold=True, align=1)
    for i in range(2):
        for j in range(5):
            docx_shade(t.cell(i, j), "C9DAF8")
    ri = 2
    for c in CATS5:
        docx_cell(t.cell(ri, 0), CL[c])
        t.cell(ri, 0).merge(t.cell(ri + 1, 0))
        for k, (lab, s) in enumerate((("Police officers", "officers"), ("Police staff", "staff"))):
            docx_cell(t.cell(ri + k, 1), lab)
            for j, y in enumerate(FYRS, 2):
                docx_cell(t.cell(ri + k, j), F(c, "total", vals[(c, s, y)], FY(y), subject=s),
                          align=1)
        ri += 2
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 1 \u2013 accessible version", "table number"), bold=True)
    bk.docx_para(d, N("The same figures as Table 1, one per row, for screen readers.",
              "table number; 'one per row'"))
    rows = [["Allegation type", "Employee", "Financial year", "Allegations"]]
    for c in CATS5:
        for lab, s in (("Police officer", "officers"), ("Police staff", "staff")):
            for y in FYRS:
                rows.append([CL[c], lab, N(FLAB[y], "year"),
                             F(c, "total", vals[(c, s, y)], FY(y), subject=s, restated=True)])
    wtable(d, rows, shade="EEEEEE")
    bk.docx_para(d, "Calendar years", bold=True, size=12)
    bk.docx_para(d, L("Our records are organised by financial year. To produce the calendar years 2024 "
              "and 2025 we would have to review about 700 case files at 2 minutes each, "
              "roughly 23 hours, above the 18-hour limit. That part of your request is refused "
              "under section 12 of the Act.", "years; cost estimate; section"))
    for c in CATS5:
        for y in CYRS:
            F(c, "total", REF("s12"), CY(y), said="", subject="officers_and_staff")
    bk.docx_para(d, rights("Dyfed-Powys Police", 40))
    bk.docx_para(d, "Yn gywir / Yours sincerely,")
    bk.docx_para(d, "Uned Rhyddid Gwybodaeth / Freedom of Information Unit")
    bk.docx_save(d, src, "Dyfed-Powys Police")


# =========================================================================== 15 South Wales: letter with a tab-separated table, s30 and s21


def build_south_wales():
    """South Wales Police plain-text letter (CRLF): the outcome table pasted from Excel, cells
    separated by TABs (calendar years 2024 and 2025); sexual assault withheld under section
    30(1) for every period; the financial years withheld under section 21 (already published)."""
    src = "south-wales/SWP FOI 2026-4410 response.txt"
    KEY.file(src, "south-wales")
    r = rng("swp")
    cats = (SM, SH, AP, VG)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    lines = ["SOUTH WALES POLICE / HEDDLU DE CYMRU",
             "Freedom of Information Unit",
             N("Police Headquarters, Cowbridge Road, Bridgend, CF31 3SU", "postcode"), "",
             L("Our reference: FOI 2026/4410", "reference"),
             L("Date: 8 December 2026", "date"), "",
             "Dear Requester,", ""]
    lines += wrap(L(f"Your request of {REQ_DATE} has been considered under the Freedom of "
                    "Information Act 2000. You asked:", "date; act year")) + [""]
    lines += ["    " + x for x in wrap(request18(), 74)] + [""]
    lines += ["FINANCIAL YEARS", ""]
    lines += wrap(L("The figures for the financial years 2023/24, 2024/25 and 2025/26 are "
                    "already published in our disclosure log (FOI 2026/2871) and are exempt "
                    "under section 21 of the Act, as they are reasonably accessible to you by "
                    "other means.", "years; earlier request's reference; section")) + [""]
    for c in CATS5:
        if c == SA:
            continue
        for y in FYRS:
            F(c, "total", REF("s21"), FY(y), said="")
    lines += ["SEXUAL ASSAULT", ""]
    lines += wrap(L("Information about allegations of sexual assault is withheld under "
                    "section 30(1)(a) of the Act for all the periods requested: every such "
                    "allegation is the subject of a criminal investigation, and some are "
                    "still open.", "section")) + [""]
    for per in [FY(y) for y in FYRS] + [CY(y) for y in CYRS]:
        F(SA, "total", REF("s30(1)(a)"), per, said="")
    lines += ["CALENDAR YEARS", ""]
    lines += wrap("The table below gives the other categories for the calendar years, as "
                  "allegations against police officers and police staff together. It was "
                  "copied from our spreadsheet, so the columns are separated by tabs.") + [""]
    lines.append("\t".join(["Allegation type", "Outcome", N("2024", "year"), N("2025", "year")]))
    for c in cats:
        hi = {AP: 1, SM: 3, SH: 4, VG: 5}[c]
        vals = {(oc, y): (r.randint(0, hi) if r.random() > 0.35 else 0)
                for _, oc in outs for y in CYRS}
        vals[("ongoing", 2024)] = 0
        for ol, oc in outs + [("Total", "total")]:
            pv = [(sum(vals[(o, y)] for _, o in outs) if oc == "total" else vals[(oc, y)])
                  for y in CYRS]
            lines.append("\t".join([CL[c], ol] + [F(c, oc, v, CY(y)) for y, v in zip(CYRS, pv)]))
    lines += [""]
    lines += wrap(rights("South Wales Police", 40)) + [""]
    lines += ["Yours sincerely,", "", "Freedom of Information Unit", "South Wales Police", ""]
    write_text(src, "\n".join(lines), newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind18-", read=read18))
