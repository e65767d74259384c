#!/usr/bin/python3
"""make_blind45_fixtures.py -- the forty-fifth blind test batch for `foi` and its answer key.

Theme: the ten forces with a parser plugin, each answering this year's request in its own house style with the
drift a next answer shows (new periods, reworded headers, an extra outcome, a moved Total, suppressed cells, a
covering e-mail, a new file format for the same layout).  The request, sent 2 December 2026, is REQUEST below;
see fixtures/blind45/NOTES.md.  Machinery: scripts/blindkit.py (not edited).

usage: /usr/bin/python3 make_blind45_fixtures.py            # rebuild fixtures/blind45 (or $FOI_BLIND45_OUT)
       /usr/bin/python3 make_blind45_fixtures.py check      # determinism and number accounting
       /usr/bin/python3 make_blind45_fixtures.py dump FILE
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
from blindkit import F, N, KEY, FY, CY, MON, SPAN, SUP, REF, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND45_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind45").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CATS4 = (SA, SM, SH, AP)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, the number of "
           "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
           "purpose and violence against women and girls made against police officers and police staff, and the "
           "outcome of each allegation. Calendar years 2024 and 2025 are acceptable if that is how you record.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
LAB7 = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
        "Reflective practice", "No case to answer", "Ongoing"]
OUT7 = list(zip(LAB7, OCS))
WHEN = dt.datetime(2026, 12, 17, 9, 0, 0)
ICO = ("Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF "
       "(telephone 0303 123 1113, www.ico.org.uk)")


def request():
    return N(REQUEST, "the request's periods")


def rights(force):
    return N(f"If you are dissatisfied with the handling of your request you may ask {force} for an internal "
             f"review within 40 working days of the date of this response. If you remain dissatisfied you may "
             f"complain to the {ICO}.", "review window in working days; ICO address and telephone")


def rng(name):
    return random.Random("blind45-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def furniture(ref, marking="OFFICIAL", pages=True):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        if pages:
            c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def xlsx_bytes(wb, creator):
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return bk.normalised_zip(buf.getvalue())


def read45(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica"):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


def eml(src, frm, subject, date, body, attachments=(), boundary="==============4545454545454545=="):
    m = email.message.EmailMessage()
    m["From"] = frm
    m["To"] = "requester@example.org"
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<blind45.{len(subject)}.{len(body)}@foi.police.uk>"
    m.set_content(body)
    for name, maintype, subtype, data in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        m.set_boundary(boundary)
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 1 Kent: the Excel export that used to come as a
# CSV now arrives as the workbook itself; a fifth category, "Reflective practice", a part year, two "*" cells
def build_kent():
    import openpyxl
    from openpyxl.styles import Font
    src = "kent/disclosure_2026_1412.xlsx"
    KEY.file(src, "kent")
    r = rng("kent")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Disclosure"
    ws["A1"] = N("Kent Police - FOI 26/1412", "reference")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = N("Allegations against police officers and police staff by type and outcome, financial years "
                 "2024/25 and 2025/26 and 2026/27 to 30 November 2026", "periods")
    ws.append([])
    ws.append(["Allegation Type", "Outcome", N("2024/25", "period"), N("2025/26", "period"),
               N("2026/27 (to 30/11/26)", "period"), "Total"])
    for c in ws[4]:
        c.font = Font(bold=True)
    span = SPAN(FY24, FYTD)
    pers = (FY24, FY25, FYTD)
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat, late=p == FYTD) for p in pers]
        for lab, oc in OUT7:
            row = [CL[cat], lab]
            for v, p in zip(vs, pers):
                if cat == AP and p == FYTD and oc in ("dismissed", "would_have_been_dismissed"):
                    v[oc] = 1 + (oc == "dismissed")      # real counts behind the mark; totals include them
                    F(cat, oc, SUP(), p, said="*")
                    row.append("*")
                else:
                    row.append(int(F(cat, oc, v[oc], p)))
            row.append(int(F(cat, oc, sum(v[oc] for v in vs), span)))
            ws.append(row)
        for v in vs:
            v["total"] = sum(v[oc] for oc in OCS)
        ws.append([CL[cat], "Total"] + [int(F(cat, "total", v["total"], p)) for v, p in zip(vs, pers)] +
                  [int(F(cat, "total", sum(v["total"] for v in vs), span))])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
    ws.append([])
    ws.append([N("* Fewer than 5 - withheld under section 40(2) of the Freedom of Information Act 2000. Totals "
                 "include the withheld figures.", "suppression threshold; FOI Act section")])
    ws.append([N("2026/27 covers 1 April 2026 to 30 November 2026 (date of extraction 01/12/2026).",
                 "part-year definition; extraction date")])
    write_bytes(src, xlsx_bytes(wb, "Kent Police Information Management"))


# ===================================================================== 2 Hampshire: the Windows-1252 CSV, now attached to a
# covering e-mail; "Result" for "Outcome", the block Total moved to the top ("All results"), calendar year 2025
def build_hampshire():
    src = "hampshire/RE HC-FOI-2026-03318 (your request of 2 December).eml"
    KEY.file(src, "hampshire")
    r = rng("hants")
    lines = [N("Hampshire & Isle of Wight Constabulary \u2013 Freedom of Information Request HC/FOI/2026/03318",
               "reference"),
             N("Allegations against police officers and police staff \u2013 calendar year 2025 (1 January 2025 "
               "to 31 December 2025)", "period"),
             N("Note: \u201cOngoing\u201d means the allegation had not been finalised when the data was extracted. "
               "All searches were completed within the appropriate limit of \u00a3450.", "cost limit in pounds"),
             "Allegation type,Result,Police officers,Police staff,Total"]
    for cat in CATS5:
        vo = counts(r, hi=5, cat=cat)
        vs = counts(r, hi=5, cat=cat, subj="staff")
        rows = [("All results", "total")] + [(lab if oc != "management_action" else "Reflective practice / "
                                              "management action", oc) for lab, oc in OUT7]
        for lab, oc in rows:
            a, b = vo[oc], vs[oc]
            lines.append(",".join([CL[cat], lab, F(cat, oc, a, CY25, subject="officers"),
                                   F(cat, oc, b, CY25, subject="staff"),
                                   F(cat, oc, a + b, CY25, subject="officers_and_staff")]))
    att = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    body = ("Dear Requester,\n\n"
            + N("Freedom of Information Request HC/FOI/2026/03318\n\n"
                "Thank you for your request of 2 December 2026. Hampshire & Isle of Wight Constabulary records "
                "misconduct allegations by calendar year, so the attached file gives the calendar year 2025. The "
                "figures for 2024 were published in our response HC/FOI/2025/01187 and the 2026 figures will be "
                "available after the year end.", "reference; request date; periods; earlier reference") + "\n\n"
            + "The attached CSV file shows the number of allegations by type and result, for police officers "
              "and police staff.\n\n" + rights("Hampshire & Isle of Wight Constabulary") + "\n\n"
            "Kind regards\n\nFreedom of Information Team\nHampshire & Isle of Wight Constabulary\n")
    eml(src, "Freedom of Information <foi@hampshire.police.uk>",
        N("RE: HC-FOI-2026-03318 (your request of 2 December)", "reference; date"),
        N("Thu, 17 Dec 2026 11:05:00 +0000", "date"), body,
        [(N("HC-FOI-2026-03318.csv", "attachment name: reference"), "text", "csv", att)])


# ===================================================================== 3 Thames Valley: the monthly long CSV, with a
# "Financial Year" column in front and twenty months; "Reflective Practice"; only non-zero rows
def build_thames_valley():
    src = "thames-valley/FOI-TVP-2026-1187.csv"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    tl = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
          AP: "Abuse of Position for Sexual Purpose", VG: "Violence Against Women and Girls"}
    ol = dict(zip(OCS, ["Dismissed", "Would Have Been Dismissed", "Final Written Warning", "Written Warning",
                        "Reflective Practice", "No Case to Answer", "Under Investigation"]))
    out = ["Financial Year,Month,Allegation Category,Subject Type,Outcome,Number of Allegations"]
    months = [(2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 12)]
    combos = [(c, s, oc) for c in CATS5 for s in ("officers", "staff") for oc in OCS]
    for y, m in months:
        fy = y if m >= 4 else y - 1
        fylab = f"{fy}/{str(fy + 1)[2:]}"
        mlab = dt.date(y, m, 1).strftime("%b-%y")
        picks = sorted(r.sample(range(len(combos)), 11))
        for i in picks:
            c, s, oc = combos[i]
            if y == 2026 and m >= 9 and oc not in ("ongoing", "no_case_to_answer"):
                oc = "ongoing" if r.random() < 0.7 else oc
            v = r.randint(1, 3 if s == "officers" else 2)
            ident = (c, s, oc)
            key = (y, m) + ident
            if key in seen_tvp:
                continue
            seen_tvp.add(key)
            out.append(N(f"{fylab},{mlab},", "financial year and month") + f"{tl[c]},"
                       + ("Police Officer" if s == "officers" else "Police Staff") + f",{ol[oc]},"
                       + F(c, oc, v, MON(y, m), subject=s))
    write_text(src, "\n".join(out) + "\n")


seen_tvp = set()


# ===================================================================== 4 Staffordshire: the letter with figures in words,
# now a PDF; financial year 2025/26 in prose, 2026/27 to date in a second paragraph "in the current year so far"
def build_staffordshire():
    from reportlab.platypus import Paragraph  # noqa: F401
    src = "staffordshire/FOI 1187-26 response.pdf"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    W = bk.WORDS
    st = bk.styles("Helvetica", 10)
    story = [bk.P("STAFFORDSHIRE POLICE", st["h"]),
             bk.P(N("Freedom of Information Team<br/>Police Headquarters<br/>Weston Road<br/>Stafford<br/>ST18 0YY",
                    "postcode"), st["addr"]), bk.S(8),
             bk.P(N("Our Ref: FOI 1187/26<br/>Date: 16 December 2026", "reference; date"), st["addr"]), bk.S(8),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST REFERENCE FOI 1187/26", "Act year; reference"),
                  st["bold"]),
             bk.P(N("I write in connection with your request for information received by Staffordshire Police on "
                    "2 December 2026, in which you asked:", "date"), st["body"]),
             bk.P("\u201c" + request() + "\u201d", st["quote"]),
             bk.P(N("Following receipt of your request, searches were conducted within Staffordshire Police. I am "
                    "able to confirm that Staffordshire Police does hold information relevant to your request and, "
                    "in accordance with Section 1(1)(a) and (b) of the Freedom of Information Act 2000, I am able "
                    "to disclose it to you as follows. Staffordshire Police has given the financial year 2025/26 "
                    "(1 April 2025 to 31 March 2026); figures for 2024/25 were disclosed in FOI 0455/25.",
                    "Act sections; periods; earlier reference"), st["body"])]
    def phr(oc, n):
        was, are = ("was", "remains") if n == 1 else ("were", "remain")
        return {"dismissed": "resulted in dismissal",
                "would_have_been_dismissed": "resulted in a finding that the officer would have been dismissed "
                                             "had they not left",
                "final_written_warning": "resulted in a final written warning",
                "written_warning": "resulted in a written warning",
                "management_action": f"{was} dealt with through the reflective practice review process",
                "no_case_to_answer": f"{was} found to have no case to answer",
                "ongoing": f"{are} ongoing"}[oc]
    for i, cat in enumerate(CATS5):
        story.append(bk.P(f"({'abcde'[i]}) {CL[cat]}", st["bold"]))
        if cat == AP:
            t = F(cat, "total", 0, FY25, said="no allegations")
            story.append(bk.P(f"There were {t} of abuse of position for a sexual purpose recorded against "
                              f"Staffordshire Police officers or staff in 2025/26.".replace("2025/26", N("2025/26", "period")), st["body"]))
            continue
        v = counts(r, hi=2, cat=cat, zero=0.5)
        if v["total"] == 0:
            v["no_case_to_answer"] = 2
            v["total"] = 2
        parts = []
        for oc in OCS:
            if v[oc]:
                parts.append(f"{F(cat, oc, v[oc], FY25, said=W[v[oc]])} {phr(oc, v[oc])}")
        if len(parts) > 1:
            parts[-1] = "and " + parts[-1]
        zero_oc = next(oc for oc in OCS if v[oc] == 0) if any(v[oc] == 0 for oc in OCS) else None
        txt = (f"In 2025/26 Staffordshire Police recorded {F(cat, 'total', v['total'], FY25, said=W[v['total']])} "
               f"allegations of {CL[cat].lower()} against its officers and staff. Of these, "
               + "; ".join(parts) + ".")
        txt = txt.replace("2025/26", N("2025/26", "period"), 1)
        if zero_oc:
            zl = {"dismissed": "dismissal", "would_have_been_dismissed": "a finding that the officer would "
                  "have been dismissed", "final_written_warning": "a final written warning",
                  "written_warning": "a written warning", "management_action": "reflective practice",
                  "no_case_to_answer": "a finding of no case to answer", "ongoing": "an open investigation"}[zero_oc]
            F(cat, zero_oc, 0, FY25, said="None")
            txt += f" None of the allegations resulted in {zl}."
        story.append(bk.P(txt, st["body"]))
    story.append(bk.P(N("2026/27 so far", "period"), st["bold"]))
    tds = []
    for cat in CATS5:
        n = r.randint(1, 9)
        tds.append(f"{F(cat, 'total', n, FYTD, said=W[n])} allegation{'s' if n > 1 else ''} of {CL[cat].lower()}")
    story.append(bk.P(N("Between 1 April 2026 and 30 November 2026 the department recorded ", "period")
                      + "; ".join(tds) + N(". Most of these are still being investigated; their outcomes will be "
                                           "available after 31 March 2027.", "date"), st["body"]))
    story.append(bk.P("Every effort has been made to ensure that the information provided is as accurate as "
                      "possible.", st["body"]))
    story.append(bk.P("COMPLAINT RIGHTS", st["bold"]))
    story.append(bk.P(rights("Staffordshire Police"), st["body"]))
    story.append(bk.P("Yours sincerely,<br/><br/>R. Bennett<br/>Freedom of Information Officer", st["body"]))
    bk.pdf_letter(src, story, furniture("Staffordshire Police FOI 1187/26", marking=None),
                  title="FOI 1187/26", author="Staffordshire Police")


# ===================================================================== 5 West Midlands: the CRLF text letter with a
# fixed-width table per category, three year columns (the last a part year, starred) and a new Total column
def build_west_midlands():
    src = "west-midlands/3120_26_response.txt"
    KEY.file(src, "west-midlands")
    r = rng("wmp")
    pad = " " * 50
    head = [pad + "West Midlands Police", pad + "Freedom of Information Unit", pad + "Lloyd House",
            pad + "Colmore Circus Queensway", pad + "Birmingham", pad + N("B4 6NQ", "postcode"), "",
            pad + N("Tel: 101", "telephone"), pad + "foi@west-midlands.police.uk", "",
            N("Our Ref: 3120/26", "reference"), N("Date: 18/12/2026", "date"), "", "Dear Sir/Madam,", "",
            N("FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 3120/26", "reference"), "",
            N("Thank you for your request for information received on 02/12/2026, which has", "date"),
            "been handled under the Freedom of Information Act 2000 (the Act).".replace("2000", N("2000", "Act year")),
            "", "REQUEST", ""]
    import textwrap
    req = textwrap.wrap("\"" + request() + "\"", 78)
    body = head + req + ["", "RESPONSE", "",
                         "I can confirm that West Midlands Police holds information relevant to your",
                         N("request. In accordance with section 1(1)(a) and (b) of the Act, the", "Act section"),
                         N("information is provided in the tables below, one for each type of allegation.",
                           "not a count"),
                         "Violence against women and girls is not a separate category on our system:",
                         N("those allegations are included in the four tables.", "number of tables"), ""]
    span = SPAN(FY24, FYTD)
    pers = (FY24, FY25, FYTD)
    for ti, cat in enumerate(CATS4, 1):
        body.append(N(f"Table {ti}: Allegations of {CL[cat].lower()}", "table number"))
        body.append("")
        body.append("    " + f"{'Outcome':<36}" + N(f"   {'2024/25':>7}   {'2025/26':>7}   {'2026/27*':>8}",
                                                       "periods") + f"   {'Total':>7}")
        rule = "    " + "-" * 36 + "   -------   -------   --------   -------"
        body.append(rule)
        vs = [counts(r, hi=6, cat=cat, late=p == FYTD) for p in pers]
        for lab, oc in OUT7:
            cells = [F(cat, oc, v[oc], p) for v, p in zip(vs, pers)]
            tot = F(cat, oc, sum(v[oc] for v in vs), span)
            body.append("    " + f"{lab:<36}   {cells[0]:>7}   {cells[1]:>7}   {cells[2]:>8}   {tot:>7}")
        body.append(rule)
        cells = [F(cat, "total", v["total"], p) for v, p in zip(vs, pers)]
        tot = F(cat, "total", sum(v["total"] for v in vs), span)
        body.append("    " + f"{'Total':<36}   {cells[0]:>7}   {cells[1]:>7}   {cells[2]:>8}   {tot:>7}")
        body.append("")
    body += [N("* 2026/27 is the current financial year to 30 November 2026. Figures are", "period definition"),
             N("counted by the financial year (1 April to 31 March) in which the allegation", "period definition"),
             "was recorded. 'Ongoing' means the allegation had not been finalised when the",
             "data was extracted. 'Reflective practice' includes the Reflective Practice",
             "Review Process (RPRP).", "", "COMPLAINT RIGHTS", ""]
    body += textwrap.wrap(rights("West Midlands Police"), 78)
    body += ["", "Yours sincerely", "", "", "Data Protection and Freedom of Information Officer",
             "West Midlands Police", ""]
    write_text(src, "\n".join(body), newline="\r\n")


# ===================================================================== 6 West Midlands: a second request in the same
# folder, refused under section 12 (monthly, by rank, back to 2016)
def build_west_midlands_refusal():
    import textwrap
    src = "west-midlands/3188_26_response.txt"
    KEY.file(src, "west-midlands")
    span = ("2016-01-01", "2026-11-30")
    for cat in (SM, VG):
        F(cat, "total", REF("s12"), span, printed=False)
    pad = " " * 50
    body = [pad + "West Midlands Police", pad + "Freedom of Information Unit", pad + "Lloyd House",
            pad + "Colmore Circus Queensway", pad + "Birmingham", pad + N("B4 6NQ", "postcode"), "",
            N("Our Ref: 3188/26", "reference"), N("Date: 18/12/2026", "date"), "", "Dear Sir/Madam,", "",
            N("FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 3188/26", "reference"), "", "REQUEST", ""]
    body += textwrap.wrap(N("\"For each month between 1 January 2016 and 30 November 2026, how many allegations of "
                            "sexual misconduct and of violence against women and girls were made against West "
                            "Midlands Police officers and staff, broken down by the rank or grade of the person "
                            "and the outcome?\"", "the refused request's dates"), 78)
    body += ["", "RESPONSE", ""]
    body += textwrap.wrap(N("West Midlands Police holds information relevant to your request. However, I estimate "
                            "that the cost of complying with it would exceed the appropriate limit of \u00a3450 "
                            "set for the police by the Freedom of Information and Data Protection (Appropriate "
                            "Limit and Fees) Regulations 2004. Rank and grade are not held in a searchable field "
                            "for records created before 2020: each of about 1,400 case files would have to be "
                            "opened and read, at a minimum of 5 minutes a file, which is more than 116 hours, "
                            "against the limit of 18 hours. Section 12(1) of the Act therefore applies and this "
                            "letter is a refusal notice under section 17(5).",
                            "cost limit, regulations year, file estimate, minutes, hours, Act sections"), 78)
    body += [""]
    body += textwrap.wrap(N("Under section 16 I can advise that a request for the financial years since "
                            "2024/25, without rank or grade, is likely to be answered within the cost limit.",
                            "Act section; period"), 78)
    body += ["", "COMPLAINT RIGHTS", ""] + textwrap.wrap(rights("West Midlands Police"), 78)
    body += ["", "Yours sincerely", "", "", "Data Protection and Freedom of Information Officer",
             "West Midlands Police", ""]
    write_text(src, "\n".join(body), newline="\r\n")


# ===================================================================== 7 Devon & Cornwall: the bulleted letter, pasted
# into the body of a plain-text e-mail; one list per category, subject and calendar year; "fewer than five*"
def build_devon_and_cornwall():
    src = "devon-and-cornwall/FW Your FOI request 2026-004417.eml"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dc")
    lines = ["Devon & Cornwall Police", "Information Rights Team", "Police Headquarters", "Middlemoor", "Exeter",
             N("EX2 7HQ", "postcode"), "", "FREEDOM OF INFORMATION REQUEST",
             N("Reference No: 2026-004417", "reference"), N("Date: 15 December 2026", "date"), "",
             "Dear Requester,", "",
             N("I am writing in connection with your request for information dated 2 December 2026, in which "
               "you asked:", "date"), ""]
    import textwrap
    lines += ["    " + x for x in textwrap.wrap("\"" + request() + "\"", 72)]
    lines += ["", "Devon & Cornwall Police record conduct matters by calendar year, and the information for",
              N("the calendar years 2024 and 2025 is provided below, for police officers and for police", "periods"),
              "staff separately. Outcomes with no allegations are not listed.", ""]
    lab = dict(OUT7)
    lab = {oc: l for l, oc in OUT7}
    lab["management_action"] = "Reflective practice / management advice"
    for cat in CATS5:
        for yl, p in (("2024", CY24), ("2025", CY25)):
            for s, sl in (("officers", "police officers"), ("staff", "police staff")):
                v = counts(r, hi=7, cat=cat, subj=s, zero=0.35)
                lines.append(N(f"{CL[cat]} \u2013 {sl} \u2013 calendar year {yl}", "period"))
                lines.append("")
                lines.append(f"\u2022 Total allegations \u2013 {F(cat, 'total', v['total'], p, subject=s)}")
                for oc in OCS:
                    if v[oc] == 0:
                        continue
                    if 1 <= v[oc] <= 4 and s == "staff":
                        val = F(cat, oc, SUP(), p, subject=s, said="fewer than five*")
                    else:
                        val = F(cat, oc, v[oc], p, subject=s)
                    lines.append(f"\u2022 {lab[oc]} \u2013 {val}")
                lines.append("")
    lines += N("* Figures of fewer than five for police staff have been withheld under section 40(2) of the "
               "Act (personal information).", "threshold; Act section").split("\n")
    lines += ["", "This letter therefore serves as a partial refusal notice under section 17 of the Act."
              .replace("17", N("17", "Act section")), "", "COMPLAINT RIGHTS", ""]
    lines += textwrap.wrap(rights("Devon & Cornwall Police"), 78)
    lines += ["", "Yours sincerely,", "", "Information Rights Team", "Devon & Cornwall Police", ""]
    inner = "\n".join(lines)
    body = ("Good afternoon,\n\nPlease see our response to your request below. The letter is also on our "
            "disclosure log.\n\nRegards\nInformation Rights Team\n\n"
            "-----Original response-----\n\n" + inner)
    eml(src, "Information Rights <foi@devonandcornwall.pnn.police.uk>",
        N("FW: Your FOI request 2026-004417", "reference"), N("Tue, 15 Dec 2026 14:40:00 +0000", "date"), body)


# ===================================================================== 8 Greater Manchester: the Bootstrap table, periods
# as columns with a Total column, one table per category, the Total row now the first row of the body
def build_greater_manchester():
    src = "greater-manchester/FOI_008812-26_disclosure.html"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    span = SPAN(FY24, FYTD)
    pers = (FY24, FY25, FYTD)
    labs = OUT7[:4] + [("Reflective practice", "management_action"), ("Resigned or retired",
                                                                     "resigned_or_retired")] + OUT7[5:]
    ocs = [oc for _, oc in labs]
    parts = []
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat, late=p == FYTD, ocs=ocs) for p in pers]
        rows = []
        t = [F(cat, "total", v["total"], p) for v, p in zip(vs, pers)]
        tt = F(cat, "total", sum(v["total"] for v in vs), span)
        rows.append('      <tr class="table-total"><th scope="row"><strong>Total</strong></th>'
                    + "".join(f"<td><strong>{x}</strong></td>" for x in t) + f"<td><strong>{tt}</strong></td></tr>")
        for lab, oc in labs:
            c = [F(cat, oc, v[oc], p) for v, p in zip(vs, pers)]
            ct = F(cat, oc, sum(v[oc] for v in vs), span)
            rows.append(f'      <tr><th scope="row">{lab}</th>' + "".join(f"<td>{x}</td>" for x in c)
                        + f"<td><strong>{ct}</strong></td></tr>")
        parts.append(f"""  <h3>{CL[cat]}</h3>
  <div class="table-responsive">
  <table class="table table-bordered gmp-table">
    <caption>{CL[cat]}: allegations against police officers and police staff, by financial year</caption>
    <thead class="thead-light">
      <tr><th scope="col">Outcome</th><th scope="col">{N('2024/25', 'period')}</th><th scope="col">{N('2025/26', 'period')}</th><th scope="col">{N('2026/27 (to date)', 'period')}</th><th scope="col">Total</th></tr>
    </thead>
    <tbody>
""" + "\n".join(rows) + "\n    </tbody>\n  </table>\n  </div>")
    body = f"""<header id="header" class="header"><div class="container">
<a class="header__logo" href="/"><img src="/static/img/gmp-logo.svg" alt="Greater Manchester Police"></a>
<p class="header__emergency">Emergency? Call {N('999', 'emergency number')} &middot; Non-emergency: {N('101', 'telephone')}</p>
</div></header>
<main id="main-content"><div class="container"><div class="row"><div class="col-md-8">
<article class="foi-disclosure">
  <h1>Sexual misconduct allegations against officers and staff</h1>
  <ul class="foi-details list-unstyled">
    <li><strong>Reference:</strong> {N('FOI 008812/26', 'reference')}</li>
    <li><strong>Date of response:</strong> {N('21 December 2026', 'date')}</li>
    <li><strong>Department:</strong> Professional Standards Branch</li>
  </ul>
  <h2>Your request</h2>
  <p>{E(request())}</p>
  <h2>Our response</h2>
  <p>{N('Greater Manchester Police (GMP) can confirm that it holds information relevant to your request (Section 1(1)(a) of the Freedom of Information Act 2000). The information is provided below (Section 1(1)(b)).', 'Act sections')}</p>
  <p>The tables below show the number of allegations recorded against police officers and police staff, for each type of allegation, by financial year and outcome. The first row of each table is the total.</p>
{chr(10).join(parts)}
  <p class="small text-muted">{N('Please note: financial years run from 1 April to 31 March; 2026/27 (to date) covers 1 April 2026 to 30 November 2026. &lsquo;Resigned or retired&rsquo; means the subject left before the investigation concluded and no finding was made.', 'period definitions')}</p>
  <h2>Right of appeal</h2>
  <p>{rights('GMP')}</p>
</article></div>
<aside class="col-md-4 sidebar"><h2 class="h5">Related links</h2><ul>
<li><a href="/foi-ai/gmp/disclosure-log/">Disclosure log</a></li></ul></aside>
</div></div></main>
<footer class="footer"><div class="container">
<p>{N('Greater Manchester Police, Central Park, Northampton Road, Manchester, M40 5BP', 'postcode')}</p>
<p>{N('&copy; Greater Manchester Police 2026', 'copyright year')}</p></div></footer>"""
    write_text(src, bk.html_page(N("FOI 008812/26 | Greater Manchester Police", "reference"), body))


# ===================================================================== 9 Metropolitan: the disclosure workbook, one sheet
# per financial year (the last "2026-27 YTD"), categories across, "*" cells, Total row now first; no hidden sheet
def build_metropolitan():
    import openpyxl
    from openpyxl.styles import Font
    src = "metropolitan/01.FOI.26.052214-disclosure.xlsx"
    KEY.file(src, "metropolitan", subject="officers")
    r = rng("met")
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    for t in [N("Reference: 01.FOI.26.052214", "reference"), "Request:", request(),
              "Response:", "The Metropolitan Police Service (MPS) holds information relevant to your request. "
              "The figures are allegations against MPS police officers; police staff matters are not recorded "
              "on the same system and are not included.",
              N("One sheet is given for each financial year; 2026-27 YTD covers 1 April 2026 to 30 November 2026.",
                "period definition"),
              N("* denotes a figure of fewer than five, withheld under section 40(2) of the Freedom of Information "
                "Act 2000.", "threshold; Act section"),
              "Totals include the withheld figures.", rights("the MPS")]:
        cov.append([t])
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Ongoing", "ongoing")]
    mcl = {SA: "Sexual assault", SM: "Other sexual misconduct", SH: "Sexual harassment",
           AP: "Abuse of position for a sexual purpose", VG: "VAWG (other)"}
    for name, p, pl in (("2024-25", FY24, "2024/25 (1 April 2024 - 31 March 2025)"),
                        ("2025-26", FY25, "2025/26 (1 April 2025 - 31 March 2026)"),
                        ("2026-27 YTD", FYTD, "2026/27 to date (1 April 2026 - 30 November 2026)")):
        ws = wb.create_sheet(N(name, "sheet name: period"))
        ws["A1"] = N("Metropolitan Police Service - FOI 01.FOI.26.052214", "reference")
        ws["A2"] = "Allegations against MPS police officers by type and outcome"
        ws["A3"] = N(f"Financial year {pl}", "period")
        for a in ("A1:F1", "A2:F2", "A3:F3"):
            ws.merge_cells(a)
        ws.append(["Outcome"] + [mcl[c] for c in CATS5])
        for c in ws[4]:
            c.font = Font(bold=True)
        vs = {c: counts(r, hi=14, cat=c, late=p == FYTD, zero=0.25) for c in CATS5}
        ws.append(["Total"] + [int(F(c, "total", vs[c]["total"], p)) for c in CATS5])
        for c in ws[5]:
            c.font = Font(bold=True)
        for lab, oc in labs:
            row = [lab]
            for c in CATS5:
                v = vs[c][oc]
                if 1 <= v <= 4:
                    row.append(F(c, oc, SUP(), p, said="*"))
                else:
                    row.append(int(F(c, oc, v, p)))
            ws.append(row)
    write_bytes(src, xlsx_bytes(wb, "MPS Data Office"))


# ===================================================================== 10 Merseyside: the two-row-header table (years over
# Officers / Staff) of its web pages, now a PDF letter with one ruled table per category and a Total row
def build_merseyside():
    from reportlab.lib import colors
    src = "merseyside/FOI-2026-2210 response.pdf"
    KEY.file(src, "merseyside")
    r = rng("mers")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Merseyside Police \u2013 Freedom of Information", st["h"]),
             bk.P(N("Request reference: FOI-2026-2210 &nbsp; Date of response: 18 December 2026",
                    "reference; date"), st["body"]),
             bk.P("Your request", st["h2"]), bk.P(request(), st["quote"]),
             bk.P("Our response", st["h2"]),
             bk.P(N("Merseyside Police holds the information. The tables below give the number of allegations "
                    "recorded in each financial year against police officers and police staff, for each type of "
                    "allegation, by outcome. 2026/27 is the year to 30 November 2026.", "period definition"),
                  st["body"])]
    pers = (FY24, FY25, FYTD)
    hdr2 = ["", "Officers", "Staff", "Officers", "Staff", "Officers", "Staff"]
    for ti, cat in enumerate(CATS4, 1):
        head = bk.P(N(f"Table {ti}: {CL[cat]}", "table number"), st["h2"])
        vs = {(p, s): counts(r, hi=5, cat=cat, subj=s, late=p == FYTD) for p in pers
              for s in ("officers", "staff")}
        hdr1 = ["Outcome", N("2024/25", "period"), "", N("2025/26", "period"), "", N("2026/27", "period"), ""]
        data = [hdr1, list(hdr2)]
        for lab, oc in OUT7:
            data.append([lab] + [F(cat, oc, vs[(p, s)][oc], p, subject=s) for p in pers
                                 for s in ("officers", "staff")])
        data.append(["Total"] + [F(cat, "total", vs[(p, s)]["total"], p, subject=s) for p in pers
                                 for s in ("officers", "staff")])
        extra = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                 ("SPAN", (5, 0), (6, 0)), ("FONT", (0, len(data) - 1), (-1, len(data) - 1),
                                           "Helvetica-Bold", 8.5),
                 ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#D9D9D9"))]
        from reportlab.platypus import KeepTogether
        story.append(KeepTogether([head, rl_table(data, [140] + [52] * 6, header_rows=2, extra=extra), bk.S(6)]))
    story.append(bk.P(N("Violence against women and girls is not recorded as a separate category: allegations "
                        "of that kind are counted under the four types above.", "number of types"), st["small"]))
    story.append(bk.P(rights("Merseyside Police"), st["body"]))
    bk.pdf_letter(src, story, furniture("Merseyside Police FOI-2026-2210"), title="FOI-2026-2210",
                  author="Merseyside Police")


# ===================================================================== 11 Lancashire: the disclosure-log page with its long
# table, "Result" for "Outcome", the part year in day-first dates, bold subtotal per type
def build_lancashire():
    src = "lancashire/FOI-2026-04410-response.html"
    KEY.file(src, "lancashire", measure="cases")
    r = rng("lancs")
    labs = [("Dismissed (gross misconduct)", "dismissed"), ("Would have been dismissed",
                                                            "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Ongoing \u2013 subject on restricted duties", "ongoing")]
    rows = []
    for pl, p in (("2024/25", FY24), ("2025/26", FY25), ("01/04/2026 \u2013 30/11/2026", FYTD)):
        for cat in CATS5:
            v = counts(r, hi=4, cat=cat, late=p == FYTD, zero=0.5)
            for lab, oc in labs:
                if v[oc] == 0:
                    continue
                rows.append(f'<tr><td>{N(pl, "period")}</td><td>{CL[cat]}</td><td>{E(lab)}</td>'
                            f'<td class="num">{F(cat, oc, v[oc], p)}</td></tr>')
            rows.append(f'<tr class="subtotal"><td>{N(pl, "period")}</td><td>{CL[cat]}</td><td><strong>Total'
                        f'</strong></td><td class="num"><strong>{F(cat, "total", v["total"], p)}</strong></td></tr>')
    body = f"""<header class="site-header"><a href="/">Lancashire Constabulary</a>
<nav><a href="/foi/">Freedom of information</a> <a href="/foi/disclosure-log/">Disclosure log</a></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi/disclosure-log/">Disclosure log</a> &gt; {N('FOI-2026-04410', 'reference')}</nav>
<h1>Sexual misconduct cases against officers and staff</h1>
<dl class="foi-meta"><dt>Reference</dt><dd>{N('FOI-2026-04410', 'reference')}</dd><dt>Date</dt><dd>{N('22 December 2026', 'date')}</dd></dl>
<h2>Request</h2>
<blockquote>{E(request())}</blockquote>
<h2>Response</h2>
<p>Lancashire Constabulary holds the information. Our Professional Standards Department records cases rather than individual allegations; the table gives the number of cases recorded against police officers and police staff by period, allegation type and result. Results with no cases are not shown.</p>
<table class="table table--striped disclosure-table">
<caption>Cases recorded against police officers and police staff</caption>
<thead><tr><th scope="col">Period</th><th scope="col">Allegation type</th><th scope="col">Result</th><th scope="col" class="num">Number of cases</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="footnote"><small>{N('Periods 2024/25 and 2025/26 are financial years (1 April to 31 March). The last period is the current year to the date of extraction.', 'period definition')}</small></p>
<h2>Your rights</h2>
<p>{rights('Lancashire Constabulary')}</p>
</main>
<footer><p>{N('&copy; Lancashire Constabulary 2026', 'copyright year')}</p></footer>"""
    write_text(src, bk.html_page(N("FOI-2026-04410 - Lancashire Constabulary", "reference"), body))


# ===================================================================== 12 Kent: a second request answered in the old CSV
# shape (BOM, CRLF, trailing empty columns), complaints by calendar year, complaint outcomes
def build_kent_complaints():
    src = "kent/disclosure_2026_1533.csv"
    KEY.file(src, "kent", measure="complaints")
    r = rng("kent2")
    labs = [("Upheld", "upheld"), ("Not upheld", "not_upheld"), ("Local resolution", "local_resolution"),
            ("Withdrawn", "withdrawn"), ("No further action", "no_further_action"), ("Ongoing", "ongoing")]
    ocs = [oc for _, oc in labs]
    out = [N("Kent Police - FOI 26/1533,,,,,,", "reference"),
           N('"Complaints from members of the public about the sexual conduct of police officers and police '
             'staff, calendar years 2024 and 2025. Figures are numbers of complaints, not allegations.",,,,,,',
             "periods"),
           ",,,,,,",
           N("Complaint Type,Outcome,2024,2025,Total,,", "periods")]
    span = SPAN(CY24, CY25)
    for cat in CATS5:
        vs = [counts(r, hi=5, cat=cat, ocs=ocs, late=p == CY25) for p in (CY24, CY25)]
        for lab, oc in labs + [("Total", "total")]:
            a, b = (F(cat, oc, v[oc], p) for v, p in zip(vs, (CY24, CY25)))
            out.append(f"{CL[cat]},{lab},{a},{b},{F(cat, oc, vs[0][oc] + vs[1][oc], span)},,")
    write_text(src, "\n".join(out) + "\n", newline="\r\n", bom=True)


# ===================================================================== 13 Greater Manchester: individuals investigated for
# APSP, officers' and staff tables told apart by heading and caption, calendar years with a Total column
def build_greater_manchester_individuals():
    src = "greater-manchester/FOI_008907-26_disclosure.html"
    KEY.file(src, "greater-manchester", measure="individuals")
    r = rng("gmp2")
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Resigned or retired", "resigned_or_retired"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Ongoing", "ongoing")]
    ocs = [oc for _, oc in labs]
    span = SPAN(CY24, CY25)
    parts = []
    for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
        vs = [counts(r, hi=4, subj=s, ocs=ocs, late=p == CY25) for p in (CY24, CY25)]
        rows = []
        for lab, oc in labs + [("Total", "total")]:
            c = [F(AP, oc, v[oc], p, subject=s) for v, p in zip(vs, (CY24, CY25))]
            ct = F(AP, oc, vs[0][oc] + vs[1][oc], span, subject=s)
            b = (lambda x: f"<strong>{x}</strong>") if oc == "total" else (lambda x: x)
            rows.append(f'      <tr><th scope="row">{b(lab)}</th>' + "".join(f"<td>{b(x)}</td>" for x in c)
                        + f"<td><strong>{ct}</strong></td></tr>")
        parts.append(f"""  <h3>{sl}</h3>
  <table class="table table-bordered gmp-table">
    <caption>{sl} investigated for abuse of position for a sexual purpose, by calendar year</caption>
    <thead class="thead-light"><tr><th scope="col">Outcome</th><th scope="col">{N('2024', 'period')}</th><th scope="col">{N('2025', 'period')}</th><th scope="col">Total</th></tr></thead>
    <tbody>
""" + "\n".join(rows) + "\n    </tbody>\n  </table>")
    body = f"""<main id="main-content"><div class="container">
<article class="foi-disclosure">
  <h1>Abuse of position for a sexual purpose &ndash; officers and staff investigated</h1>
  <ul class="foi-details list-unstyled">
    <li><strong>Reference:</strong> {N('FOI 008907/26', 'reference')}</li>
    <li><strong>Date of response:</strong> {N('21 December 2026', 'date')}</li>
  </ul>
  <h2>Your request</h2>
  <p>{N('Please tell me how many police officers and police staff were investigated for abuse of position for a sexual purpose in the calendar years 2024 and 2025, and the outcome for each.', 'periods of the request')}</p>
  <h2>Our response</h2>
  <p>The tables below show the number of individuals investigated, by the outcome for the individual. Each individual is counted once, in the year the investigation began, under the most serious outcome.</p>
{chr(10).join(parts)}
  <h2>Right of appeal</h2>
  <p>{rights('GMP')}</p>
</article></div></main>"""
    write_text(src, bk.html_page(N("FOI 008907/26 | Greater Manchester Police", "reference"), body))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind45-", read=read45))
