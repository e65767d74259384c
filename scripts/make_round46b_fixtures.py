#!/usr/bin/python3
"""make_round46b_fixtures.py: the fixtures of round 46 (part B) in the keyed sets fixtures/office,
unseen-letters and unseen-tables, and their rows of those sets' expected.csv (keyed by hand below, as
a careful reader would key them; the rows other scripts key in the same expected.csv are kept as
they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip; the text
files are written byte for byte):

    /usr/bin/python3 scripts/make_round46b_fixtures.py

  office/bedfordshire/BCH FOI 26-2231 case extract.xlsx
      a "Data" sheet in long format of codes (`Financial year, Type code, Result code, Officer /
      Staff, No. of allegations`), only the combinations with allegations listed; a "Codes" sheet that
      explains them, two blocks under bold titles ("Allegation type codes", "Result codes"),
      each a `Code | Meaning` table; a "Notes" sheet saying what is counted. Keyed: every Data
      row through the Codes sheet (HAR1 sexual harassment, ASL1 sexual assault, APS1 abuse of
      position for a sexual purpose; DIS dismissed, FWR final written warning, WRN written
      warning, RPR reflective practice (management action), NCA no case to answer, UI under
      investigation (ongoing), RRB retired or resigned before outcome), by employee type,
      financial years 2024/25 and 2025/26; no zero rows for combinations not listed.
  unseen-letters/wiltshire/RE FOI WP 26-2744 conduct allegations.eml
      a plain-text e-mail reply: its opening says the tables are officers' only and "they count
      allegations"; a space-aligned table per financial year under abbreviated heads (DSM WBD FWW WW
      MA NCTA Ong TOT), a "Key" list laid out in columns under them ("   DSM   dismissed", "Ong"
      and "TOT" among capitals); staff "In every category and in both years there were fewer than five allegations against
      police staff", s40(2).
  unseen-tables/gloucestershire/GC FOI 26-1733 case export.csv
      a case-system CSV (CRLF, no preamble) with two outcome columns, "Determination" grouping
      "Action taken" (Gross misconduct proven: Dismissed / Would have been dismissed; Misconduct
      proven: Final written warning / Written warning; No case to answer: No action; Case to
      answer: No further action; ...), zero rows included, by person type and calendar year.
      Keyed: every row, the action its outcome read with its determination ("No action" under "No
      case to answer" is no case to answer), officers or staff, allegations (the rows are kinds of
      allegation).
  office/north-wales/NWP FOI 26-0655 case figures.xlsx
      a "Figures" sheet (title, a line saying what is counted and for which year, one table of the
      force's own words for allegation types down and outcomes across, "All outcomes" last) and a
      "Glossary" sheet of two columns headed "Word | What it means" defining each type and the
      outcome "Learning". Keyed: every cell through the glossary ("Unwanted sexual remarks" sexual
      harassment, "Online sexual contact" sexual misconduct, "Coercive control" domestic abuse,
      "Learning" management action); "Harassing an ex-partner", defined as "where not recorded as
      domestic abuse", has no SPEC home: `other`, as written.
      Keyed: every cell through the key (TOT the total), officers, allegations; the staff sentence
      one suppressed 0-4 s40(2) row per category and year.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

BD_SRC = "bedfordshire/BCH FOI 26-2231 case extract.xlsx"
BD_TYPES = [("HAR1", "Sexual harassment", "sexual_harassment"),
            ("ASL1", "Sexual assault", "sexual_assault"),
            ("APS1", "Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
BD_RESULTS = [("DIS", "Dismissed", "dismissed"), ("FWR", "Final written warning", "final_written_warning"),
              ("WRN", "Written warning", "written_warning"),
              ("RPR", "Reflective practice review process", "management_action"),
              ("NCA", "No case to answer", "no_case_to_answer"), ("UI", "Under investigation", "ongoing"),
              ("RRB", "Retired or resigned before outcome", "resigned_or_retired")]
BD_YEARS = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31")]
BD_SUBJ = [("Officer", "officers"), ("Staff", "staff")]
# (year, type, result, subject, n): only the non-zero combinations
BD_ROWS = [
    ("2024/25", "HAR1", "DIS", "Officer", 2), ("2024/25", "HAR1", "FWR", "Officer", 3),
    ("2024/25", "HAR1", "RPR", "Officer", 6), ("2024/25", "HAR1", "NCA", "Officer", 4),
    ("2024/25", "HAR1", "WRN", "Staff", 1), ("2024/25", "HAR1", "NCA", "Staff", 2),
    ("2024/25", "ASL1", "DIS", "Officer", 1), ("2024/25", "ASL1", "UI", "Officer", 3),
    ("2024/25", "ASL1", "RRB", "Staff", 1),
    ("2024/25", "APS1", "DIS", "Officer", 4), ("2024/25", "APS1", "RRB", "Officer", 2),
    ("2024/25", "APS1", "NCA", "Officer", 1),
    ("2025/26", "HAR1", "WRN", "Officer", 5), ("2025/26", "HAR1", "RPR", "Officer", 7),
    ("2025/26", "HAR1", "UI", "Officer", 2), ("2025/26", "HAR1", "FWR", "Staff", 1),
    ("2025/26", "HAR1", "RPR", "Staff", 3),
    ("2025/26", "ASL1", "NCA", "Officer", 2), ("2025/26", "ASL1", "UI", "Officer", 4),
    ("2025/26", "ASL1", "DIS", "Staff", 1),
    ("2025/26", "APS1", "DIS", "Officer", 3), ("2025/26", "APS1", "FWR", "Officer", 1),
    ("2025/26", "APS1", "UI", "Officer", 2), ("2025/26", "APS1", "RRB", "Staff", 1),
]


def bd_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    head = ["Financial year", "Type code", "Result code", "Officer / Staff", "No. of allegations"]
    for j, h in enumerate(head, 1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    types = {c: cid for c, _, cid in BD_TYPES}
    results = {c: oid for c, _, oid in BD_RESULTS}
    years = {y: (a, z) for y, a, z in BD_YEARS}
    subj = dict(BD_SUBJ)
    rows = []
    for i, (y, t, r, s, n) in enumerate(BD_ROWS, 2):
        for j, v in enumerate((y, t, r, s, n), 1):
            ws.cell(row=i, column=j, value=v)
        a, z = years[y]
        rows.append([BD_SRC, "bedfordshire", a, z, types[t], "allegations", subj[s], results[r], n,
                     "reported", n, n, ""])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{len(BD_ROWS) + 1}"
    for col, w in zip("ABCDE", (16, 12, 12, 16, 10)):
        ws.column_dimensions[col].width = w
    cs = wb.create_sheet("Codes")
    r = 1
    for title, table in (("Allegation type codes", [(c, m) for c, m, _ in BD_TYPES]),
                         ("Result codes", [(c, m) for c, m, _ in BD_RESULTS])):
        cs.cell(row=r, column=1, value=title).font = Font(bold=True)
        cs.cell(row=r + 1, column=1, value="Code").font = Font(bold=True)
        cs.cell(row=r + 1, column=2, value="Meaning").font = Font(bold=True)
        for k, (c, m) in enumerate(table):
            cs.cell(row=r + 2 + k, column=1, value=c)
            cs.cell(row=r + 2 + k, column=2, value=m)
        r += 3 + len(table)
    cs.column_dimensions["A"].width = 12
    cs.column_dimensions["B"].width = 44
    ns = wb.create_sheet("Notes")
    for i, t in enumerate([
            "Bedfordshire Police \u2013 Freedom of Information request 26-2231",
            "Allegations of sexual harassment, sexual assault and abuse of position for a sexual purpose recorded "
            "against police officers and police staff, by financial year of recording and result.",
            "The codes used on the Data sheet are explained on the Codes sheet.",
            "Combinations of type, result and employee with no allegations are not shown.",
    ], 1):
        ns.cell(row=i, column=1, value=t)
    ns.column_dimensions["A"].width = 120
    bk.xlsx_save(wb, BD_SRC, creator="Bedfordshire Police", when=bk.dt.datetime(2026, 12, 9, 9, 30, 0))
    return "office", [BD_SRC], rows


WI_SRC = "wiltshire/RE FOI WP 26-2744 conduct allegations.eml"
WI_HEADS = [("DSM", "dismissed", "dismissed"), ("WBD", "would have been dismissed (left before the hearing)",
                                                   "would_have_been_dismissed"),
            ("FWW", "final written warning", "final_written_warning"), ("WW", "written warning", "written_warning"),
            ("MA", "management action, including reflective practice", "management_action"),
            ("NCTA", "no case to answer", "no_case_to_answer"),
            ("Ong", "ongoing (investigation or proceedings not finished)", "ongoing"),
            ("TOT", "total allegations", "total")]
WI_CATS = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
WI_YEARS = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31")]
WI_FIG = {  # per year, per category: the outcome counts (the total is their sum)
    "2024/25": [[3, 1, 2, 0, 4, 5, 1], [1, 0, 3, 4, 6, 2, 0], [5, 2, 1, 0, 0, 3, 2]],
    "2025/26": [[2, 0, 1, 2, 3, 6, 4], [0, 1, 2, 5, 7, 3, 3], [4, 1, 0, 1, 1, 2, 5]],
}


def wi_eml():
    rows = []
    body = ["Dear Requester,", "",
            "Thank you for your request of 4 November 2026 about allegations of a sexual nature against Wiltshire",
            "Police officers and staff. The tables below give police officer figures only; they count allegations.",
            ""]
    for y, a, z in WI_YEARS:
        body.append(f"Allegations against police officers, financial year {y}")
        body.append("")
        head = f"{'Allegation type':40s}" + "".join(f"{h:>6s}" for h, _, _ in WI_HEADS)
        body.append(head)
        body.append("=" * len(head))
        for (lab, cid), vals in zip(WI_CATS, WI_FIG[y]):
            vals = vals + [sum(vals)]
            body.append(f"{lab:40s}" + "".join(f"{v:6d}" for v in vals))
            for (_, _, oid), v in zip(WI_HEADS, vals):
                rows.append([WI_SRC, "wiltshire", a, z, cid, "allegations", "officers", oid, v, "reported", v, v, ""])
        body.append("")
    body.append("Key")
    for h, mean, _ in WI_HEADS:
        body.append(f"   {h:6s}{mean}")
    body.append("")
    body += ["In every category and in both years there were fewer than five allegations against police staff;",
             "these figures are withheld under section 40(2) of the Freedom of Information Act 2000 (personal",
             "information).", ""]
    for y, a, z in WI_YEARS:
        for _, cid in WI_CATS:
            rows.append([WI_SRC, "wiltshire", a, z, cid, "allegations", "staff", "total", "", "suppressed", 0, 4,
                         "s40(2)"])
    body += ["You may ask for an internal review within 40 working days of the date of this reply.", "",
             "Kind regards,", "", "Information Rights Team", "Wiltshire Police", ""]
    text = ("From: Information Rights <foi@wiltshire.police.uk>\n"
            "To: requester@example.org\n"
            "Subject: RE: FOI WP 26-2744 - conduct allegations\n"
            "Date: Wed, 16 Dec 2026 14:20:00 +0000\n"
            "Message-ID: <20261216142000.2744@wiltshire.police.uk>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 7bit\n\n" + "\n".join(body))
    bk.write_text(WI_SRC, text)
    return "unseen-letters", [WI_SRC], rows


GL_SRC = "gloucestershire/GC FOI 26-1733 case export.csv"
# (determination, action taken, outcome id): the action is the outcome, read with its determination
GL_PAIRS = [("Gross misconduct proven", "Dismissed", "dismissed"),
            ("Gross misconduct proven", "Would have been dismissed", "would_have_been_dismissed"),
            ("Misconduct proven", "Final written warning", "final_written_warning"),
            ("Misconduct proven", "Written warning", "written_warning"),
            ("Reflective practice review", "Practice requiring improvement", "management_action"),
            ("No case to answer", "No action", "no_case_to_answer"),
            ("Case to answer", "No further action", "no_further_action"),
            ("Under investigation", "Awaiting outcome", "ongoing")]
GL_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
GL_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
GL_PEOPLE = [("Officer", "officers"), ("Staff", "staff")]


def gl_csv():
    rows = []
    lines = ["Year recorded,Type of allegation,Determination,Action taken,Person type,Count"]
    n = 0
    for y, a, z in GL_YEARS:
        for clab, cid in GL_CATS:
            for plab, pid in GL_PEOPLE:
                for det, act, oid in GL_PAIRS:
                    n += 1
                    v = (n * 7 + len(act) + len(clab)) % 6 if pid == "officers" else (n * 5 + len(det)) % 3
                    lines.append(f"{y},{clab},{det},{act},{plab},{v}")
                    rows.append([GL_SRC, "gloucestershire", a, z, cid, "allegations", pid, oid, v, "reported", v, v,
                                 ""])
    bk.write_text(GL_SRC, "\n".join(lines) + "\n", newline="\r\n")
    return "unseen-tables", [GL_SRC], rows


NW_SRC = "north-wales/NWP FOI 26-0655 case figures.xlsx"
NW_ROWS = [("Unwanted sexual remarks", "sexual_harassment"), ("Online sexual contact", "sexual_misconduct"),
           ("Coercive control", "domestic_abuse"), ("Harassing an ex-partner", "other")]
NW_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Learning", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Under investigation", "ongoing")]
NW_GLOSS = [("Unwanted sexual remarks", "Comments of a sexual nature, recorded as sexual harassment"),
            ("Online sexual contact", "Other sexual misconduct carried out online"),
            ("Coercive control", "Domestic abuse by a police officer or member of police staff"),
            ("Harassing an ex-partner", "Harassment of a former partner, where not recorded as domestic abuse"),
            ("Learning", "Management action, including reflective practice")]
NW_FIG = [[2, 1, 4, 3, 1], [0, 2, 1, 5, 2], [1, 0, 0, 2, 3], [0, 1, 2, 0, 1]]


def nw_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Figures"
    ws["A1"] = "North Wales Police \u2013 FOI 26-0655"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = ("Allegations against police officers and police staff recorded in the financial year 2025/26 "
                "(1 April 2025 to 31 March 2026), by type and outcome")
    ws.cell(row=4, column=1, value="Type").font = Font(bold=True)
    for j, (lab, _) in enumerate(NW_OUTS):
        ws.cell(row=4, column=2 + j, value=lab).font = Font(bold=True)
    ws.cell(row=4, column=2 + len(NW_OUTS), value="All outcomes").font = Font(bold=True)
    rows = []
    for i, ((lab, cid), vals) in enumerate(zip(NW_ROWS, NW_FIG)):
        ws.cell(row=5 + i, column=1, value=lab)
        for j, v in enumerate(vals + [sum(vals)]):
            ws.cell(row=5 + i, column=2 + j, value=v)
            oid = NW_OUTS[j][1] if j < len(NW_OUTS) else "total"
            rows.append([NW_SRC, "north-wales", "2025-04-01", "2026-03-31", cid, "allegations", "officers_and_staff",
                         oid, v, "reported", v, v, ""])
    ws.column_dimensions["A"].width = 28
    gs = wb.create_sheet("Glossary")
    gs.cell(row=1, column=1, value="Word").font = Font(bold=True)
    gs.cell(row=1, column=2, value="What it means").font = Font(bold=True)
    for i, (w, m) in enumerate(NW_GLOSS, 2):
        gs.cell(row=i, column=1, value=w)
        gs.cell(row=i, column=2, value=m)
    gs.column_dimensions["A"].width = 26
    gs.column_dimensions["B"].width = 70
    bk.xlsx_save(wb, NW_SRC, creator="North Wales Police", when=bk.dt.datetime(2026, 12, 11, 15, 0, 0))
    return "office", [NW_SRC], rows


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


BUILDERS = [(bd_xlsx, "office"), (wi_eml, "unseen-letters"), (gl_csv, "unseen-tables"), (nw_xlsx, "office")]


def main():
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
