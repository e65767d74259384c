#!/usr/bin/python3
"""make_lead_dec5_fixtures.py: the lead's fixture of 5 December (night) in the keyed set
fixtures/office; its rows of that set's expected.csv are keyed by hand below, as a careful
reader would key them; --key writes them into expected.csv in place of any rows of this
script's files it already has, keeping every other row as it is.

Written with blindkit's openpyxl helper (fixed core properties and zip times): the output is
byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_lead_dec5_fixtures.py [--key]

  staffordshire/SP FOI 26-3904 allegations by period.xlsx
      a workbook: a "Notes" sheet first, then one data sheet per period named "FY 24-25" and
      "YTD 25-26" (two-digit years), no period in their title rows; the Notes sheet says what
      each name covers ("YTD 25-26 = 1 April 2025 to 31 October 2025"). Each data sheet: type,
      outcome, Police officers, Police staff. Keyed: every count, officers and staff apart, the
      YTD sheet's for 1 April to 31 October 2025 (as the Notes sheet defines it).

  kent/Kent Police FOI 26-14410 reply.pdf  (in fixtures/pdf-layouts)
      a letter set in two columns of prose on one page: a bold period heading above each year's
      sentences ("Sexual assault: 9 allegations. Of these, 2 dismissed; ..."), the left column
      ending in the middle of a sentence that runs on at the top of the right column, the second
      year's heading in the middle of the right column. Keyed: every count stated; an outcome a
      sentence does not name is not keyed (nothing states it).

  dorset/DP FOI 2026-2290 disclosure pack.zip  (in fixtures/office)
      a disclosure pack: a README whose first paragraph is "Request received ..." and the request,
      then what the attached CSV gives (calendar years, officers and staff together), and the CSV
      (year, type, outcomes across). Keyed: every count of the CSV, on the README's years and people.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
PDFS = ROOT.parent / "pdf-layouts"
bk.ROOT = ROOT
KEY = []
PDF_KEY = []

STAFFS = "staffordshire/SP FOI 26-3904 allegations by period.xlsx"
TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Abuse of position for a sexual purpose",
                                                      "abuse_of_position_sexual")]
OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"), ("No case to answer",
                                                                             "no_case_to_answer")]
SHEETS = [("FY 24-25", ("2024-04-01", "2025-03-31")), ("YTD 25-26", ("2025-04-01", "2025-10-31"))]
DATA = {  # sheet, type: per outcome (officers, staff)
    ("FY 24-25", "sexual_misconduct"): [(3, 1), (2, 0), (6, 2)],
    ("FY 24-25", "abuse_of_position_sexual"): [(4, 0), (1, 1), (2, 0)],
    ("YTD 25-26", "sexual_misconduct"): [(1, 0), (0, 2), (5, 1)],
    ("YTD 25-26", "abuse_of_position_sexual"): [(2, 1), (0, 0), (3, 0)],
}


def build_staffs():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    for line in ["Staffordshire Police - Freedom of Information request 26-3904",
                 "Allegations against police officers and police staff, by type and outcome.",
                 "Each data sheet covers the period in its name:",
                 "FY 24-25 = 1 April 2024 to 31 March 2025",
                 "YTD 25-26 = 1 April 2025 to 31 October 2025"]:
        ws.append([line])
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 70
    for name, per in SHEETS:
        s = wb.create_sheet(name)
        s.append(["Allegations recorded by Professional Standards"])
        s["A1"].font = Font(bold=True)
        s.append([])
        s.append(["Allegation type", "Outcome", "Police officers", "Police staff"])
        for tl, tc in TYPES:
            for (ol, oc), (o, st) in zip(OUTS, DATA[(name, tc)]):
                s.append([tl, ol, o, st])
                for subj, v in (("officers", o), ("staff", st)):
                    KEY.append([STAFFS, "staffordshire", per[0], per[1], tc, "allegations", subj, oc, str(v),
                                "reported", str(v), str(v), ""])
        s.column_dimensions["A"].width = 40
        s.column_dimensions["B"].width = 22
    bk.xlsx_save(wb, STAFFS, creator="Staffordshire Police")


KENT = "kent/Kent Police FOI 26-14410 reply.pdf"
KENT_OUTS = [("dismissed", "dismissed"), ("given a final written warning", "final_written_warning"),
             ("given a written warning", "written_warning"), ("dealt with by reflective practice",
                                                          "management_action"),
             ("found to have no case to answer", "no_case_to_answer"), ("still under investigation", "ongoing")]
KENT_PER = [("2023/24", ("2023-04-01", "2024-03-31")), ("2024/25", ("2024-04-01", "2025-03-31"))]
KENT_DATA = {  # period, type: counts per outcome (0: not named)
    ("2023/24", "sexual_assault"): (2, 1, 3, 0, 2, 1),
    ("2023/24", "sexual_misconduct"): (1, 0, 2, 4, 3, 2),
    ("2023/24", "sexual_harassment"): (0, 2, 2, 1, 4, 3),
    ("2023/24", "abuse_of_position_sexual"): (3, 1, 0, 0, 1, 2),
    ("2023/24", "vawg"): (4, 2, 3, 2, 5, 6),
    ("2024/25", "sexual_assault"): (1, 3, 0, 2, 2, 5),
    ("2024/25", "sexual_misconduct"): (2, 2, 1, 0, 3, 4),
    ("2024/25", "sexual_harassment"): (0, 1, 3, 3, 2, 2),
    ("2024/25", "abuse_of_position_sexual"): (2, 0, 1, 1, 0, 3),
    ("2024/25", "vawg"): (3, 1, 2, 4, 4, 7),
}
KENT_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual misconduct", "sexual_misconduct"),
              ("Sexual harassment", "sexual_harassment"),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
              ("Violence against women and girls", "vawg")]


def build_kent():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    st = bk.styles("Times-Roman", 9.5)
    story = [bk.P("<b>Kent Police - Information Access</b>", st["h"]),
             bk.P("Reference: 26-14410. Date: 20 November 2026.", st["body"]),
             bk.P("You asked for the number of allegations of sexual assault, sexual misconduct, sexual "
                  "harassment, abuse of position for a sexual purpose and violence against women and girls "
                  "made against officers and staff in the financial years 2023/24 and 2024/25, with their "
                  "outcomes.", st["body"]),
             bk.P("The figures below count allegations against police officers and police staff together. "
                  "Each paragraph names only the outcomes that at least one allegation had.", st["body"])]
    for pl, per in KENT_PER:
        story.append(bk.P(pl, st["h2"]))
        for tl, tc in KENT_TYPES:
            v = KENT_DATA[(pl, tc)]
            tot = sum(v)
            PDF_KEY.append([KENT, "kent", per[0], per[1], tc, "allegations", "officers_and_staff", "total",
                            str(tot), "reported", str(tot), str(tot), ""])
            bits = []
            for (ol, oc), n in zip(KENT_OUTS, v):
                if n:
                    bits.append(f"{n} {ol}")
                    PDF_KEY.append([KENT, "kent", per[0], per[1], tc, "allegations", "officers_and_staff", oc,
                                    str(n), "reported", str(n), str(n), ""])
            story.append(bk.P(f"<b>{tl}</b>: {tot} allegations. Of these, " + "; ".join(bits) + ".",
                              st["body"]))
    story += [bk.P("If you are dissatisfied with this response you may ask for an internal review within 40 "
                   "working days.", st["body"]),
              bk.P("Information Access, Kent Police", st["body"])]
    p = PDFS / KENT
    p.parent.mkdir(parents=True, exist_ok=True)
    doc = BaseDocTemplate(str(p), pagesize=A4, title="FOI 26-14410", author="Kent Police", creator="Kent Police")
    w, h = A4
    colw = (w - 40 * mm - 8 * mm) / 2
    frames = [Frame(20 * mm, 22 * mm, colw, 0.42 * h, id="c1"),
              Frame(20 * mm + colw + 8 * mm, 22 * mm, colw, 0.42 * h, id="c2")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])

    def furniture(canvas, page, pages):
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(20 * mm, 12 * mm, f"Kent Police FOI 26-14410    Page {page} of {pages}")

    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))


DORSET = "dorset/DP FOI 2026-2290 disclosure pack.zip"


def build_dorset():
    import io
    import zipfile
    readme = ("DORSET POLICE - FOI 2026-2290 - DISCLOSURE PACK\n\n"
              "Request received 9 November 2026.\n"
              "For the calendar years 2022 and 2023, please tell me how many allegations of sexual harassment and "
              "of abuse of position for a sexual purpose were made against police officers and police staff, and "
              "the outcome of each allegation.\n\n"
              "The attached file outcomes.csv gives the 2022 and 2023 calendar years. Counts are allegations "
              "against police officers and police staff together.\n\n"
              "If you are dissatisfied with the handling of your request you may ask for an internal review "
              "within 40 working days of the date of this response.\n")
    rows = [("2022", "Sexual harassment", 2, 1, 3, 6), ("2022", "Abuse of position for a sexual purpose", 1, 0, 2, 3),
            ("2023", "Sexual harassment", 0, 2, 4, 6), ("2023", "Abuse of position for a sexual purpose", 3, 1, 1, 5)]
    csvt = '"Year","Allegation type","Dismissed","Written warning","No case to answer","Total"\r\n'
    cats = {"Sexual harassment": "sexual_harassment", "Abuse of position for a sexual purpose": "abuse_of_position_sexual"}
    outs = ["dismissed", "written_warning", "no_case_to_answer", "total"]
    for y, t, *v in rows:
        csvt += f'"{y}","{t}",' + ",".join(str(x) for x in v) + "\r\n"
        for oc, x in zip(outs, v):
            KEY.append([DORSET, "dorset", f"{y}-01-01", f"{y}-12-31", cats[t], "allegations", "officers_and_staff",
                        oc, str(x), "reported", str(x), str(x), ""])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("FOI-2026-2290/README.txt", readme), ("FOI-2026-2290/outcomes.csv", csvt)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    p = bk.dest(DORSET)
    with open(p, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build_staffs()
    build_kent()
    build_dorset()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
        bk.merge_key(PDFS, PDF_KEY)
