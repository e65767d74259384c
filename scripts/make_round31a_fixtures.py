#!/usr/bin/python3
"""make_round31a_fixtures.py: the files of round 31 (part A) in the keyed set
fixtures/office; their rows of its expected.csv are keyed by hand below, as a careful
reader would key them, and one file in fixtures/pdf-layouts; --key writes each set's rows into
its expected.csv in place of any rows of this script's files it already has, keeping every
other row as it is.

Written with blindkit's python-docx and openpyxl helpers (fixed core properties and zip
times): the output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round31a_fixtures.py [--key]

  kent/Kent Police FOI 26-07713 reply.docx
      a Word letter: one table of the allegations recorded by type (rows) in 2024/25 and
      2025/26 (columns), officers and staff together (the letter says so), some cells
      "<3"; under the table a paragraph defines the mark with its lower bound in words of
      its own: "<3 - a count greater than nil but fewer than three, withheld under section
      40(2)". Keyed: every count; each "<3" suppressed 1..2 s40(2) (the definition's range,
      decisions.md round 19's ruling and round 31).

  west-yorkshire/WYP FOI 2026-4471 outcomes.xlsx
      a workbook, one sheet: outcomes down, the types across, a Total row, for 2025/26,
      officers and staff together (the title row says so); small counts shown as "x", and
      the key in a cell under the table: "x = 1, 2 or 3 allegations (withheld: section
      40(2) of the Act)". Keyed: every count; each "x" suppressed 1..3 s40(2).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
PDFS = ROOT.parent / "pdf-layouts"
bk.ROOT = ROOT

FY24 = ("2024-04-01", "2025-03-31", "2024/25")
FY25 = ("2025-04-01", "2026-03-31", "2025/26")
KEY = []
PDF_KEY = []


def key(src, force, period, cat, outcome, v):
    if isinstance(v, tuple):   # a withheld count: (shown, min, max)
        KEY.append([src, force, period[0], period[1], cat, "allegations", "officers_and_staff", outcome, "",
                    "suppressed", str(v[1]), str(v[2]), "s40(2)"])
    else:
        KEY.append([src, force, period[0], period[1], cat, "allegations", "officers_and_staff", outcome, str(v),
                    "reported", str(v), str(v), ""])


# --------------------------------------------------------------------------- Kent (docx)
KENT = "kent/Kent Police FOI 26-07713 reply.docx"
KENT_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
              ("Domestic abuse", "domestic_abuse")]
LT3 = ("<3", 1, 2)
KENT_DATA = {  # per type: (2024/25, 2025/26)
    "sexual_assault": (14, 11),
    "sexual_harassment": (LT3, 7),
    "abuse_of_position_sexual": (LT3, LT3),
    "domestic_abuse": (9, LT3),
}


def build_kent():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Kent Police, Sutton Road, Maidstone ME15 9BZ")
    bk.docx_heading(d, "Kent Police - Information Rights Unit", 14)
    d.add_paragraph("Reference: FOI 26-07713")
    d.add_paragraph("Date: 18 November 2026")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("You asked how many allegations of sexual assault, sexual harassment, abuse of position "
                    "for a sexual purpose and domestic abuse were made against Kent Police officers and staff "
                    "in the financial years 2024/25 and 2025/26.")
    d.add_paragraph("The table below gives the number of allegations recorded against police officers and "
                    "police staff together, by the financial year in which they were recorded.")
    t = d.add_table(rows=1 + len(KENT_TYPES), cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", FY24[2], FY25[2]]):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    for i, (tl, tc) in enumerate(KENT_TYPES):
        bk.docx_cell(t.cell(i + 1, 0), tl)
        for j, (per, v) in enumerate(zip((FY24, FY25), KENT_DATA[tc])):
            bk.docx_cell(t.cell(i + 1, j + 1), v[0] if isinstance(v, tuple) else str(v),
                         align=WD_ALIGN_PARAGRAPH.CENTER)
            key(KENT, "kent", per, tc, "total", v)
    d.add_paragraph("<3 \u2013 a count greater than nil but fewer than three. The exact figure is withheld "
                    "under section 40(2) of the Act, as it could lead to the identification of the officer or "
                    "member of staff concerned.")
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nInformation Rights Unit")
    bk.docx_save(d, KENT, "Kent Police")


# --------------------------------------------------------------------------- West Yorkshire (xlsx)
WY = "west-yorkshire/WYP FOI 2026-4471 outcomes.xlsx"
WY_TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
            ("Sexual assault", "sexual_assault")]
WY_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
           ("No case to answer", "no_case_to_answer")]
X = ("x", 1, 3)
WY_DATA = {  # per outcome: one per type; the Total row is given whole (it counts the withheld ones)
    "dismissed": (4, X, 0),
    "final_written_warning": (X, 5, X),
    "written_warning": (6, 0, 8),
    "management_action": (12, 9, X),
    "no_case_to_answer": (15, 11, 7),
}
WY_TOTALS = (39, 27, 19)


def build_wy():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outcomes 2025-26"
    ws["A1"] = ("Outcomes of allegations recorded in 2025/26 against police officers and police staff "
                "(together)")
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Outcome"] + [tl for tl, _ in WY_TYPES])
    for ol, oc in WY_OUTS:
        row = [ol]
        for (tl, tc), v in zip(WY_TYPES, WY_DATA[oc]):
            row.append(v[0] if isinstance(v, tuple) else v)
            key(WY, "west-yorkshire", FY25, tc, oc, v)
        ws.append(row)
    ws.append(["Total"] + list(WY_TOTALS))
    for (tl, tc), v in zip(WY_TYPES, WY_TOTALS):
        key(WY, "west-yorkshire", FY25, tc, "total", v)
    ws.append([])
    ws.append(["x = 1, 2 or 3 allegations (withheld: section 40(2) of the Act, personal information)."])
    ws.column_dimensions["A"].width = 28
    for c in "BCD":
        ws.column_dimensions[c].width = 20
    bk.xlsx_save(wb, WY, creator="West Yorkshire Police")


# --------------------------------------------------------------------------- Surrey (text report)
SURREY = "surrey/SURREY PSD REPORT FOI 26-1203.txt"
S_TYPES = [("SEXUAL HARASSMENT", "sexual_harassment"), ("SEXUAL MISCONDUCT", "sexual_misconduct")]
S_OUTS = [("GROSS MISCONDUCT - DISMISSED", "dismissed"), ("WRITTEN WARNING", "written_warning"),
          ("REFLECTIVE PRACTICE", "management_action"), ("NO CASE TO ANSWER", "no_case_to_answer"),
          ("LIVE", "ongoing")]
S_PER = [(("2024-04-01", "2025-03-31"), "FINANCIAL YEAR 2024/25"),
         (("2025-04-01", "2026-03-31"), "FINANCIAL YEAR 2025/26")]
S_DATA = [  # per period, per type, per outcome: (officers, staff)
    [[(2, 0), (3, 1), (5, 2), (4, 4), (1, 0)], [(1, 1), (0, 2), (6, 1), (2, 0), (0, 3)]],
    [[(0, 1), (2, 2), (7, 0), (3, 1), (5, 2)], [(3, 0), (1, 1), (2, 2), (0, 0), (4, 1)]],
]


def build_surrey():
    w = [34, 4, 5, 5]

    def row(lab, vals):
        return lab.ljust(w[0]) + "".join(" " + str(v).rjust(x) for v, x in zip(vals, w[1:]))

    rule = " ".join("-" * x for x in w)
    head = "CATEGORY / OUTCOME".ljust(w[0]) + " " + "OFCR" + " " + "STAFF" + " " + "TOTAL"
    out = ["SURREY POLICE  PROFESSIONAL STANDARDS CASE SYSTEM     RPT CMS-07   RUN 19/11/2026 16:02",
           "FOI 26-1203  CONDUCT ALLEGATIONS BY CATEGORY AND OUTCOME",
           "SELECTION: DATE RECORDED 01/04/2024 - 31/03/2026", ""]
    for (per, lab), data in zip(S_PER, S_DATA):
        out += [lab, head, rule]
        for (tl, tc), outs in zip(S_TYPES, data):
            out.append(tl)
            to = ts = 0
            for (ol, oc), (o, st) in zip(S_OUTS, outs):
                out.append(row("  " + ol, (o, st, o + st)))
                for subj, v in (("officers", o), ("staff", st), ("officers_and_staff", o + st)):
                    KEY.append([SURREY, "surrey", per[0], per[1], tc, "allegations", subj, oc, str(v), "reported",
                                str(v), str(v), ""])
                to += o
                ts += st
            out.append(row("  ** TOTAL", (to, ts, to + ts)))
            for subj, v in (("officers", to), ("staff", ts), ("officers_and_staff", to + ts)):
                KEY.append([SURREY, "surrey", per[0], per[1], tc, "allegations", subj, "total", str(v), "reported",
                            str(v), str(v), ""])
        out += [rule, ""]
    out += ["KEY", "  OFCR = police officers; STAFF = police staff; TOTAL = OFCR + STAFF.",
            "*** END OF REPORT ***"]
    p = bk.dest(SURREY)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# --------------------------------------------------------------------------- North Wales (eml)
NWALES = "north-wales/RE FOI NWP-26-0877 conduct allegations.eml"
NW_TYPES = [("Sexual misconduct", "sexual_misconduct", None), ("Sexual harassment", "sexual_harassment", None),
            ("Abuse of position for a sexual", "abuse_of_position_sexual", "purpose"),
            ("Violence against women and", "vawg", "girls")]
NW_PER = [(("2024-01-01", "2024-12-31"), "2024"), (("2025-01-01", "2025-12-31"), "2025")]
NW_DATA = [[(5, 1), (3, 2), (4, 0), (8, 3)], [(2, 2), (6, 1), (1, 1), (7, 0)]]


def build_nwales():
    lines = ["Good afternoon,", "", "Freedom of Information request NWP-26-0877", "",
             "You asked how many allegations of sexual misconduct, sexual harassment, abuse of position for a "
             "sexual purpose and violence against women and girls were made against North Wales Police officers "
             "and staff in 2024 and 2025.", "",
             "North Wales Police holds this information. The tables below give the number of allegations "
             "recorded in each calendar year against police officers and police staff.", ""]
    for (per, y), data in zip(NW_PER, NW_DATA):
        lines += [f"Allegations recorded in {y}", "Category\tPolice officers\tPolice staff\tAll"]
        for (tl, tc, wrap), (o, st) in zip(NW_TYPES, data):
            vals = f"\t{o}\t{st}\t{o + st}"
            if wrap:
                lines += [tl, wrap + vals]
            else:
                lines.append(tl + vals)
            for subj, v in (("officers", o), ("staff", st), ("officers_and_staff", o + st)):
                KEY.append([NWALES, "north-wales", per[0], per[1], tc, "allegations", subj, "total", str(v),
                            "reported", str(v), str(v), ""])
        lines.append("")
    lines += ["If you are unhappy with the way your request was handled you may ask for an internal review "
              "within 40 working days.", "", "Regards", "Freedom of Information Unit", "North Wales Police"]
    body = "\r\n".join(lines) + "\r\n"
    head = ("From: North Wales Police FOI <foi@northwales.police.uk>\r\n"
            "To: requester@example.org\r\n"
            "Date: Tue, 24 Nov 2026 10:12:00 +0000\r\n"
            "Subject: RE: FOI NWP-26-0877 conduct allegations\r\n"
            "Message-ID: <nwp-26-0877@northwales.police.uk>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n")
    p = bk.dest(NWALES)
    with open(p, "wb") as f:
        f.write((head + body).encode("utf-8"))


# --------------------------------------------------------------------------- Hertfordshire (pdf)
HERTS = "hertfordshire/HC FOI 2026-5093 reply.pdf"
H_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual misconduct", "sexual_misconduct"),
           ("Sexual harassment", "sexual_harassment"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
H_HEADS = ["Sexual<br/>assault", "Sexual<br/>misconduct", "Sexual<br/>harassment",
           "Abuse of<br/>position for<br/>a sexual<br/>purpose"]
H_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
          ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
          ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
H_PER = [(("2024-04-01", "2025-03-31"), "Table 1: allegations recorded in 2024/25"),
         (("2025-04-01", "2025-09-30"), "Table 2: allegations recorded in 2025/26 to date (1 April - 30 September "
                                        "2025)")]
H_DATA = [  # per period: per outcome, one per type
    [(2, 1, 0, 1), (3, 0, 1, 0), (1, 4, 2, 0), (0, 2, 5, 1), (6, 3, 2, 2), (1, 0, 3, 0)],
    [(0, 2, 1, 0), (1, 1, 0, 2), (0, 0, 3, 1), (2, 1, 1, 0), (3, 5, 0, 1), (7, 4, 6, 3)],
]


def build_herts():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle
    st = bk.styles("Helvetica", 10)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, alignment=TA_CENTER,
                          textColor=colors.white)
    headl = ParagraphStyle("headl", parent=head, alignment=0)
    story = [bk.P("<b>Hertfordshire Constabulary</b>", st["h"]),
             bk.P("Freedom of Information reference: HC FOI 2026-5093", st["body"]),
             bk.P("Date: 14 November 2026", st["body"]),
             bk.P("You asked for the number of allegations of sexual assault, sexual misconduct, sexual "
                  "harassment and abuse of position for a sexual purpose made against officers and staff in "
                  "2024/25 and in 2025/26 to date, and their outcomes.", st["body"]),
             bk.P("Hertfordshire Constabulary holds this information. The tables give the allegations recorded "
                  "against police officers and police staff together, by type and outcome.", st["body"])]
    navy = colors.HexColor("#1F3864")
    band = colors.HexColor("#E8EDF5")
    for (per, cap), data in zip(H_PER, H_DATA):
        rows = [[bk.P("Outcome", headl)] + [bk.P(h, head) for h in H_HEADS]]
        tots = [0] * len(H_TYPES)
        for (ol, oc), vals in zip(H_OUTS, data):
            rows.append([ol] + [str(v) for v in vals])
            for j, ((_, tc), v) in enumerate(zip(H_TYPES, vals)):
                PDF_KEY.append([HERTS, "hertfordshire", per[0], per[1], tc, "allegations", "officers_and_staff",
                                oc, str(v), "reported", str(v), str(v), ""])
                tots[j] += v
        rows.append(["Total"] + [str(v) for v in tots])
        for (_, tc), v in zip(H_TYPES, tots):
            PDF_KEY.append([HERTS, "hertfordshire", per[0], per[1], tc, "allegations", "officers_and_staff",
                            "total", str(v), "reported", str(v), str(v), ""])
        n = len(rows)
        cmds = [("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("FONT", (0, n - 1), (-1, n - 1), "Helvetica-Bold", 9),
                ("BACKGROUND", (0, 0), (-1, 0), navy),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.8, colors.black),
                ("LINEBELOW", (0, n - 1), (-1, n - 1), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r in range(1, n - 1):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), band))
        t = Table(rows, colWidths=[150, 66, 66, 66, 70], hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        story += [bk.S(8), bk.P("<b>%s</b>" % cap, st["body"]), t]
    story += [bk.S(8), bk.P("If you are dissatisfied with this response you may ask for an internal review "
                            "within 40 working days of the date of this letter.", st["body"]),
              bk.P("Yours faithfully, Information Compliance Unit", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "Hertfordshire Constabulary  |  HC FOI 2026-5093")

    bk.ROOT = PDFS
    bk.pdf_letter(HERTS, story, furniture, title="HC FOI 2026-5093", author="Hertfordshire Constabulary")
    bk.ROOT = ROOT


if __name__ == "__main__":
    build_kent()
    build_wy()
    build_herts()
    build_surrey()
    build_nwales()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
        bk.merge_key(PDFS, PDF_KEY)
