#!/usr/bin/python3
"""make_round33_fixtures.py: the files of round 33 in the keyed set fixtures/pdf-layouts; its
rows of that set's expected.csv are keyed by hand below, as a careful reader would key them;
--key writes them into expected.csv in place of any rows of this script's files it already
has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round33_fixtures.py [--key]

  dorset/DP FOI 2026-1188 disclosure.pdf
      a letter for the financial year 2025/26: Table 1 the allegations by type, police
      officers and police staff in two columns; Table 2 the outcomes of the allegations
      (outcomes down, three types across, officers and staff together, as the letter says),
      with a Total row; after the tables a paragraph headed "Amendment": "Please note that in
      Table 2 the number of allegations of sexual misconduct which ended in a final written
      warning was printed as 2 but should have read 3." The printed 2 appears in other cells of
      Table 2 too (another type's final written warning, sexual misconduct's dismissals), and
      Table 2's sexual misconduct column adds up to its printed Total only with the corrected 3.
      Keyed: every count as printed, except that one cell, keyed 3 (the letter's own
      correction); nothing else changed.
  unseen-tables: suffolk/SC_FOI_26-4471_allegations.csv
      a semicolon export (CRLF): a title record, a header, counts for 2025/26 by category and
      employee group, and a closing "Note: 2024/25 figures were not extracted (section 12 -
      over the 18 hour cost limit); 2025/26 is the complete financial year to 31 March 2026.;;;"
      whose own semicolon, unquoted, splits it over two fields. Keyed: every count; 2024/25
      refused s12 per category for officers and staff together (the note refuses that year's
      figures whole).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = PDFS

DORSET = "dorset/DP FOI 2026-1188 disclosure.pdf"
FY = ("2025-04-01", "2026-03-31")
D_TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
D_TOTALS = {"sexual_harassment": (9, 4), "sexual_misconduct": (11, 3), "abuse_of_position_sexual": (5, 0)}
D_OUTS = [("Dismissal", "dismissed"), ("Final written warning", "final_written_warning"),
          ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
          ("No case to answer", "no_case_to_answer"), ("Investigation ongoing", "ongoing")]
# per type, the outcomes as the letter says they are (after its correction)
D_DATA = {"sexual_harassment": [1, 2, 3, 4, 2, 1], "sexual_misconduct": [2, 3, 1, 4, 1, 3],
          "abuse_of_position_sexual": [2, 1, 0, 0, 1, 1]}
PRINTED = ("sexual_misconduct", "final_written_warning", 2)   # the cell the amendment corrects
PDF_KEY = []
TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"
TABLES_KEY = []
SUFFOLK = "suffolk/SC_FOI_26-4471_allegations.csv"


def row(tc, subj, out, v):
    PDF_KEY.append([DORSET, "dorset", FY[0], FY[1], tc, "allegations", subj, out, str(v), "reported", str(v),
                    str(v), ""])


def build_dorset():
    from reportlab.platypus import Table
    st = bk.styles("Helvetica", 10)
    story = [bk.P("<b>Dorset Police</b>", st["h"]),
             bk.P("Freedom of Information Unit", st["body"]),
             bk.P("Reference: DP FOI 2026-1188", st["body"]),
             bk.P("Date: 3 December 2026", st["body"]),
             bk.P("Your request: \"For the financial year 2025/26, how many allegations of sexual harassment, "
                  "sexual misconduct and abuse of position for a sexual purpose were made against police officers "
                  "and police staff, and what was the outcome of each allegation?\"", st["body"]),
             bk.P("Dorset Police holds this information. Table 1 gives the allegations recorded in 2025/26 by "
                  "type; Table 2 their outcomes, counting allegations against police officers and police staff "
                  "together.", st["body"]),
             bk.S(6), bk.P("<b>Table 1: allegations recorded 1 April 2025 to 31 March 2026</b>", st["body"])]
    rows = [["Type of allegation", "Police officers", "Police staff"]]
    for lab, tc in D_TYPES:
        o, s = D_TOTALS[tc]
        rows.append([lab, str(o), str(s)])
        row(tc, "officers", "total", o)
        row(tc, "staff", "total", s)
    t = Table(rows, colWidths=[220, 90, 90], hAlign="LEFT")
    t.setStyle(bk.grid_style())
    story += [t, bk.S(10), bk.P("<b>Table 2: outcomes of the allegations recorded in 2025/26</b>", st["body"])]
    rows = [["Outcome"] + [lab for lab, _ in D_TYPES]]
    for i, (olab, oid) in enumerate(D_OUTS):
        cells = [olab]
        for _, tc in D_TYPES:
            v = D_DATA[tc][i]
            row(tc, "officers_and_staff", oid, v)
            if (tc, oid) == PRINTED[:2]:
                v = PRINTED[2]
            cells.append(str(v))
        rows.append(cells)
    tot = ["Total"]
    for _, tc in D_TYPES:
        v = sum(D_DATA[tc])
        assert v == sum(D_TOTALS[tc])
        tot.append(str(v))
        row(tc, "officers_and_staff", "total", v)
    rows.append(tot)
    t = Table(rows, colWidths=[150, 90, 90, 150], hAlign="LEFT")
    t.setStyle(bk.grid_style())
    story += [t, bk.S(10),
              bk.P("<b>Amendment</b>", st["body"]),
              bk.P("Please note that in Table 2 the number of allegations of sexual misconduct which ended in a "
                   "final written warning was printed as 2 but should have read 3. The outcome of one allegation "
                   "was updated after the table was drawn up.", st["body"]),
              bk.P("If you are unhappy with this response you may ask for an internal review within 40 working "
                   "days.", st["body"]),
              bk.P("Yours faithfully, Freedom of Information Unit", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "DP FOI 2026-1188  |  Page %d of %d" % (page, pages))
    bk.pdf_letter(DORSET, story, furniture, title="DP FOI 2026-1188", author="Dorset Police")


def build_suffolk():
    fy = ("2025-04-01", "2026-03-31")
    data = [("Sexual harassment", "sexual_harassment", 9, 3), ("Sexual misconduct", "sexual_misconduct", 6, 2)]
    lines = ["Suffolk Constabulary - FOI 26-4471;;;",
             "Year;Allegation category;Employee group;Number of allegations"]
    for lab, cid, o, st in data:
        for grp, subj, v in (("Police officers", "officers", o), ("Police staff", "staff", st)):
            lines.append("2025/26;%s;%s;%d" % (lab, grp, v))
            TABLES_KEY.append([SUFFOLK, "suffolk", fy[0], fy[1], cid, "allegations", subj, "total", str(v), "reported",
                               str(v), str(v), ""])
        TABLES_KEY.append([SUFFOLK, "suffolk", "2024-04-01", "2025-03-31", cid, "allegations", "officers_and_staff",
                           "total", "", "refused", "", "", "s12"])
    lines.append("Note: 2024/25 figures were not extracted (section 12 - over the 18 hour cost limit); 2025/26 is "
                 "the complete financial year to 31 March 2026.;;;")
    path = TABLES / SUFFOLK
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    build_dorset()
    build_suffolk()
    if "--key" in sys.argv:
        bk.merge_key(PDFS, PDF_KEY)
        bk.merge_key(TABLES, TABLES_KEY)
