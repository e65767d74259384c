#!/usr/bin/python3
"""make_round43b_fixtures.py: the files of round 43 (part B) in the keyed set
fixtures/pdf-layouts, and their rows of its expected.csv (keyed by hand, as a careful reader
would key them; the rows other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed document dates, the PDF's dates and /ID
fixed after LibreOffice's conversion):

    /usr/bin/python3 scripts/make_round43b_fixtures.py

  pdf-layouts/warwickshire/WP FOI 26-2207 conduct sheet (printed).pdf
      a spreadsheet (openpyxl) printed to PDF by LibreOffice Calc headless with gridlines,
      landscape: two title rows merged over the table's columns, then Category / Result /
      "2024" / "2025" / "Comments"; the counts right-aligned against the rule of their
      cell and a comment set from the next cell's left edge, so the page draws the
      count and the comment as one run ("3Two ..."); the longer comments overflow into
      the empty column after Comments, which the print area takes in and whose rule
      LibreOffice leaves out where a comment runs over it. Keyed: every count, police
      officers (the title says so), calendar years; the comments are no figures.

  pdf-layouts/cleveland/Cleveland PSD FOI 2026-0931 report.pdf
      a report writer's output drawn on a reportlab canvas in Courier, no ruling, columns set
      only by right-aligned position: at the top of each page the report's title with "Page
      n of 2", a run line, "Staff type: Police officers only" and the report's range, then
      the column header line "Category / Outcome   2023/24   2024/25"; a block per category
      headed in capitals, its "All outcomes" (the total) first; the fourth and fifth blocks on
      page 2 under the same lines. Keyed: every count, police officers (the header line),
      financial years; the run date, operator and report number are no figures.

  unseen-letters/durham/RE FOI DC 26-3307 conduct figures.eml
      a reply e-mail quoting no request, its body saying only whom the attached workbook
      counts ("the information held for police staff ... in the attached workbook") and
      its own "Subject: RE: FOI DC 26-3307 - sexual misconduct allegations" what; an XLSX
      attachment of Category / Outcome x calendar years 2024 and 2025, a Total row per
      category. Keyed against the .eml: every count, police staff, allegations.
"""
import csv
import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]
LO_PROFILE = "file:///tmp/round43b-lo-profile"
WHEN = dt.datetime(2026, 12, 17, 9, 0, 0)


def lo_convert(data, in_name, fmt):
    """Convert a document with LibreOffice headless; returns the output's bytes."""
    tmp = Path(tempfile.mkdtemp(prefix="r43b-lo-"))
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


def norm_pdf(b, seed):
    """LibreOffice stamps the conversion time and a random /ID: fixed, same lengths."""
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})", lambda m: m.group(1) + b"20261217090000", b)
    hx = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + hx + b">", b)
    b = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + hx, b)
    return b


def xlsx_bytes(wb, creator):
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return bk.normalised_zip(buf.getvalue())


# ------------------------------------------------------------------ Warwickshire (Calc sheet printed)

WK_SRC = "warwickshire/WP FOI 26-2207 conduct sheet (printed).pdf"
WK_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
WK_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for sexual purpose", "abuse_of_position_sexual")]
WK_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Management advice", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Still under investigation", "ongoing")]
# per category, per outcome: (2024, 2025)
WK_FIG = [[(4, 2), (1, 3), (6, 5), (2, 7), (0, 3)],
          [(3, 1), (2, 0), (5, 8), (4, 2), (1, 4)],
          [(2, 5), (0, 1), (1, 0), (3, 2), (0, 6)]]
WK_NOTES = {(0, 4): "Three of these were referred to the IOPC for independent investigation",
            (1, 2): "Includes learning from reflective practice",
            (2, 5): "Recorded separately since the 2024 review of categories"}


def wk_pdf():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "FOI 26-2207"
    ws["A1"] = "Warwickshire Police - Professional Standards"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:E1")
    ws["A2"] = "FOI 26-2207: conduct allegations against police officers, by calendar year the allegation was made"
    ws.merge_cells("A2:E2")
    head = ["Category", "Result"] + [y[0] for y in WK_YEARS] + ["Comments"]
    for j, h in enumerate(head, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(vertical="center")
    rows = []
    r = 5
    for ci, ((cat, cid), outs) in enumerate(zip(WK_CATS, WK_FIG)):
        tot = tuple(sum(o[i] for o in outs) for i in range(2))
        for oi, ((lab, oid), vals) in enumerate(list(zip(WK_OUTS, outs)) + [(("Total", "total"), tot)]):
            ws.cell(r, 1, cat)
            ws.cell(r, 2, lab).font = Font(bold=oid == "total")
            for j, v in enumerate(vals):
                ws.cell(r, 3 + j, v).font = Font(bold=oid == "total")
                (_, a0, z0) = WK_YEARS[j]
                rows.append([WK_SRC, "warwickshire", a0, z0, cid, "allegations", "officers", oid,
                             v, "reported", v, v, ""])
            if (ci, oi) in WK_NOTES:
                ws.cell(r, 5, WK_NOTES[(ci, oi)])
            r += 1
    ws.cell(r + 1, 1, "All figures are for police officers only; figures for 2025 are provisional.")
    for col, w in zip("ABCDE", (36, 24, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.center.text = "OFFICIAL - SENSITIVE"
    ws.oddFooter.right.text = "Sheet &P of &N"
    data = xlsx_bytes(wb, "Warwickshire Police Information Compliance")
    bk.write_bytes(WK_SRC, norm_pdf(lo_convert(data, "WP FOI 26-2207.xlsx", "pdf"), "wk-2207"))
    return "pdf-layouts", [WK_SRC], rows


# ------------------------------------------------------------------ Cleveland (report writer, Courier)

CL_SRC = "cleveland/Cleveland PSD FOI 2026-0931 report.pdf"
CL_YEARS = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31")]
CL_CATS = [("SEXUAL MISCONDUCT", "sexual_misconduct"), ("SEXUAL HARASSMENT", "sexual_harassment"),
           ("SEXUAL ASSAULT", "sexual_assault"), ("ABUSE OF POSITION FOR A SEXUAL PURPOSE", "abuse_of_position_sexual"),
           ("VIOLENCE AGAINST WOMEN AND GIRLS", "vawg")]
CL_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
# per category, per outcome: (2023/24, 2024/25)
CL_FIG = [[(2, 3), (1, 0), (4, 2), (3, 5), (6, 1), (0, 4)],
          [(1, 1), (3, 2), (0, 2), (5, 7), (2, 3), (1, 6)],
          [(4, 2), (0, 1), (1, 0), (0, 2), (3, 4), (2, 3)],
          [(0, 1), (2, 0), (1, 1), (1, 0), (0, 2), (1, 2)],
          [(3, 5), (2, 2), (6, 3), (4, 8), (7, 5), (0, 9)]]


def cl_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = bk.dest(CL_SRC)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("PSD22 Misconduct allegations by category and outcome")
    c.setAuthor("PSD reporting")
    W, H = A4
    size, lead = 8.5, 11.4
    xcol = [330, 410]     # right edges of the year columns

    def top(page):
        c.setFont("Courier", size)
        y = H - 40
        c.drawString(40, y, "PSD22    Misconduct allegations by category and outcome")
        c.drawRightString(W - 40, y, f"Page {page} of 2")
        y -= lead
        c.drawString(40, y, "Printed: 03/12/2026 14:02  Operator: FOI-UNIT  Ref: 2026/0931")
        y -= lead
        c.drawString(40, y, "Staff type: Police officers only")
        y -= lead
        c.drawString(40, y, "Grouping: financial year recorded   Range: 01/04/2023 - 31/03/2025")
        y -= 2 * lead
        c.drawString(40, y, "Category / Outcome")
        for (lab, _, _), x in zip(CL_YEARS, xcol):
            c.drawRightString(x, y, lab)
        return y - 2 * lead

    rows = []
    y = top(1)
    for ci, ((cat, cid), outs) in enumerate(zip(CL_CATS, CL_FIG)):
        if ci == 3:
            c.showPage()
            y = top(2)
        c.setFont("Courier", size)
        c.drawString(40, y, cat)
        y -= lead
        tot = tuple(sum(o[i] for o in outs) for i in range(2))
        for (lab, oid), vals in [(("All outcomes", "total"), tot)] + list(zip(CL_OUTS, outs)):
            c.drawString(52, y, lab)
            for j, v in enumerate(vals):
                c.drawRightString(xcol[j], y, str(v))
                (_, a0, z0) = CL_YEARS[j]
                rows.append([CL_SRC, "cleveland", a0, z0, cid, "allegations", "officers", oid,
                             v, "reported", v, v, ""])
            y -= lead
        y -= lead
    c.drawString(40, y - lead, "--- end of PSD22 ---")
    c.showPage()
    c.save()
    return "pdf-layouts", [CL_SRC], rows


# ------------------------------------------------------------------ Durham (reply e-mail, XLSX attached)

DU_SRC = "durham/RE FOI DC 26-3307 conduct figures.eml"
DU_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
DU_CATS = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
           ("Sexual assault", "sexual_assault")]
DU_OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
           ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
DU_FIG = [[(1, 0), (2, 1), (0, 3), (4, 2)],
          [(0, 2), (1, 1), (3, 0), (2, 5)],
          [(2, 1), (0, 0), (1, 1), (3, 2)]]


def du_eml():
    import email.message
    import email.policy
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws.append(["Durham Constabulary - FOI DC 26-3307"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Category", "Outcome"] + [y[0] for y in DU_YEARS])
    for c in range(1, 5):
        ws.cell(3, c).font = Font(bold=True)
    rows = []
    for (cat, cid), outs in zip(DU_CATS, DU_FIG):
        tot = tuple(sum(o[i] for o in outs) for i in range(2))
        for (lab, oid), vals in list(zip(DU_OUTS, outs)) + [(("Total", "total"), tot)]:
            ws.append([cat, lab] + list(vals))
            for (_, a0, z0), v in zip(DU_YEARS, vals):
                rows.append([DU_SRC, "durham", a0, z0, cid, "allegations", "staff", oid, v, "reported", v, v, ""])
    att = xlsx_bytes(wb, "Durham Constabulary Information Rights")
    body = ["Dear Requester,", "",
            "Thank you for your request of 20 November 2026.", "",
            "Durham Constabulary has located the information held for police staff, which is in the "
            "attached workbook. It covers the calendar years 2024 and 2025.", "",
            "If you are not satisfied with this response you may ask for an internal review within 40 "
            "working days.", "",
            "Regards,", "", "Information Rights", "Durham Constabulary"]
    m = email.message.EmailMessage()
    m["From"] = "Information Rights <information.rights@durham.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = "RE: FOI DC 26-3307 - sexual misconduct allegations"
    m["Date"] = "Thu, 17 Dec 2026 11:05:00 +0000"
    m["Message-ID"] = "<20261217110500.3307@durham.police.uk>"
    m.set_content("\n".join(body) + "\n")
    m.add_attachment(att, maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="DC 26-3307 staff.xlsx")
    m.set_boundary("==============3307330733073307==")
    bk.write_bytes(DU_SRC, m.as_bytes(policy=email.policy.SMTP))
    return "unseen-letters", [DU_SRC], rows


# ------------------------------------------------------------------ Lincolnshire (key row of abbreviations)

LI_SRC = "lincolnshire/LP FOI 26-0915 appendix.xlsx"
LI_YEARS = [("Calendar year 2024", "2024-01-01", "2024-12-31"), ("Calendar year 2025", "2025-01-01", "2025-12-31")]
LI_CATS = [("S.M.", "sexual_misconduct"), ("S.H.", "sexual_harassment"), ("A.P.S.P.", "abuse_of_position_sexual")]
LI_SUBS = [("Off.", "officers"), ("Stf", "staff")]
LI_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
# per year, per outcome: a count per (category, people) column
LI_FIG = [[[2, 0, 1, 1, 3, 0], [1, 1, 0, 2, 0, 0], [4, 2, 5, 1, 1, 1], [0, 1, 2, 0, 2, 0]],
          [[3, 1, 0, 0, 1, 0], [0, 0, 2, 1, 0, 1], [5, 1, 3, 3, 2, 0], [2, 2, 1, 0, 4, 1]]]


def li_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix"
    ncol = 1 + len(LI_CATS) * len(LI_SUBS)
    ws["A1"] = "Lincolnshire Police - Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "FOI 26-0915: allegations recorded, by outcome"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = ("Key: S.M. = sexual misconduct; S.H. = sexual harassment; A.P.S.P. = abuse of position "
                "for a sexual purpose; Off. = police officers; Stf = police staff")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    head = ["Outcome"] + [f"{c} {s}" for c, _ in LI_CATS for s, _ in LI_SUBS]
    for j, h in enumerate(head, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    cols = [(cid, sid) for _, cid in LI_CATS for _, sid in LI_SUBS]
    rows = []
    r = 6
    grey = PatternFill("solid", fgColor="D9D9D9")
    for (lab, a0, z0), fig in zip(LI_YEARS, LI_FIG):
        ws.cell(r, 1, lab).font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        tot = [sum(o[k] for o in fig) for k in range(len(cols))]
        for (olab, oid), vals in list(zip(LI_OUTS, fig)) + [(("Total", "total"), tot)]:
            ws.cell(r, 1, olab).font = Font(bold=oid == "total")
            for k, v in enumerate(vals):
                ws.cell(r, 2 + k, v).font = Font(bold=oid == "total")
                cid, sid = cols[k]
                rows.append([LI_SRC, "lincolnshire", a0, z0, cid, "allegations", sid, oid, v, "reported", v, v, ""])
            r += 1
    ws.freeze_panes = "B6"
    ws.column_dimensions["A"].width = 26
    bk.write_bytes(LI_SRC, xlsx_bytes(wb, "Lincolnshire Police PSD"))
    return "office", [LI_SRC], rows


# ------------------------------------------------------------------ Northumbria (staff counts in a sentence)

NB_SRC = "northumbria/NP FOI 26-1402 reply.pdf"
NB_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
NB_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NB_OFF = [(7, 12), (4, 9), (3, 1)]     # officers, per category: (2024, 2025)
NB_STAFF = [(2, 0), (1, 3), (0, 1)]    # staff


def nb_pdf():
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("Northumbria Police", st["h"]),
             Paragraph("Freedom of Information Unit, Middle Engine Lane, Wallsend", st["addr"]),
             Paragraph("Our reference: FOI 26-1402 &nbsp;&nbsp; Date: 16 December 2026", st["addr"]), Spacer(1, 8),
             Paragraph("Dear Requester,", st["body"]),
             Paragraph("You asked:", st["body"]),
             Paragraph("\u201cPlease tell me how many allegations of sexual harassment, sexual misconduct and abuse "
                       "of position for a sexual purpose were made against police officers and police staff in the "
                       "calendar years 2024 and 2025.\u201d", st["quote"]),
             Paragraph("Police officers", st["h2"]),
             Paragraph("The table below gives the allegations made against police officers in each calendar "
                       "year.", st["body"])]
    data = [["Allegation type"] + [y[0] for y in NB_YEARS]]
    rows = []
    for (lab, cid), vals in zip(NB_CATS, NB_OFF):
        data.append([lab] + [str(v) for v in vals])
        for (_, a0, z0), v in zip(NB_YEARS, vals):
            rows.append([NB_SRC, "northumbria", a0, z0, cid, "allegations", "officers", "total", v, "reported", v, v,
                         ""])
    t = Table(data, colWidths=[80 * mm, 25 * mm, 25 * mm])
    t.setStyle(bk.grid_style(1, size=9))
    story += [t, Spacer(1, 8), Paragraph("Police staff", st["h2"])]
    items = []
    for (lab, cid), vals in zip(NB_CATS, NB_STAFF):
        items.append(f"{lab.lower()}, {vals[0]} in 2024 and {vals[1]} in 2025")
        for (_, a0, z0), v in zip(NB_YEARS, vals):
            rows.append([NB_SRC, "northumbria", a0, z0, cid, "allegations", "staff", "total", v, "reported", v, v, ""])
    story.append(Paragraph("Allegations against police staff are dealt with by People Services and are recorded "
                           "without their outcomes. The numbers of allegations were: " + "; ".join(items) + ".",
                           st["body"]))
    story += [Paragraph("If you are not satisfied with this response you may ask for an internal review within 40 "
                        "working days.", st["body"]),
              Paragraph("Yours sincerely,", st["body"]), Paragraph("Freedom of Information Unit", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 12 * mm, f"Page {page} of {pages}")

    bk.pdf_letter(NB_SRC, story, furniture, title="FOI 26-1402", author="Northumbria Police")
    return "pdf-layouts", [NB_SRC], rows


def write_key(kset, srcs, rows):
    """Replace this script's rows (by source file) in the set's expected.csv, keep the rest."""
    path = REPO / "fixtures" / kset / "expected.csv"
    with open(path, newline="") as fh:
        old = list(csv.reader(fh))
    head, body = old[0], old[1:]
    assert head == FIELDS, head
    body = [r for r in body if r[0] not in srcs]
    body += [[str(x) for x in r] for r in rows]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)


BUILDERS = [(wk_pdf, "pdf-layouts"), (cl_pdf, "pdf-layouts"), (du_eml, "unseen-letters"),
            (li_xlsx, "office"), (nb_pdf, "pdf-layouts")]


def main():
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        bk.ROOT = REPO / "fixtures" / kset
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
