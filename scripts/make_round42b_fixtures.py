#!/usr/bin/python3
"""make_round42b_fixtures.py: the Word letter of round 42 (part B) in the keyed set
fixtures/office (its rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them, and merged into that file in place of this script's own
earlier rows; the rows other scripts key stay as they are).

Written with python-docx through blindkit (fixed dates): the output is byte-identical from
run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round42b_fixtures.py

  west-mercia/WMP FOI 3318-26 response.docx
      a Word letter whose table gives the reporting periods down the side as vertically
      merged cells labelled "RY24", "RY25" and "RY26 part" -- labels no reader can date on
      its own -- defined in a bulleted period key above the table ("RY24 - 1 April 2024 to
      31 March 2025", the year named by its *first* year here; "RY26 part - 1 April 2026 to
      31 October 2026"); types down, outcomes across with a Total; the RY24 row of abuse of
      position reads "NH" in every cell, "NH: not held." defined under the key. A careful
      reader dates each row by the key and gives the NH row as one not_held total row.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "west-mercia/WMP FOI 3318-26 response.docx"
PERIODS = [("RY24", "1 April 2024 to 31 March 2025", ("2024-04-01", "2025-03-31")),
           ("RY25", "1 April 2025 to 31 March 2026", ("2025-04-01", "2026-03-31")),
           ("RY26 part", "1 April 2026 to 31 October 2026", ("2026-04-01", "2026-10-31"))]
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
         ("Abuse of position for sexual purpose", "abuse_of_position_sexual")]
OUTS = [("Gross misconduct - dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Management advice", "management_action"), ("NFA", "no_further_action"),
        ("Live", "ongoing")]
DATA = {  # (period, type) -> counts per outcome; None: "NH"
    (0, 0): (3, 1, 6, 2, 0), (0, 1): (1, 0, 2, 3, 1), (0, 2): None,
    (1, 0): (2, 2, 4, 1, 3), (1, 1): (0, 1, 1, 2, 2), (1, 2): (1, 0, 0, 1, 2),
    (2, 0): (0, 1, 2, 0, 5), (2, 1): (1, 0, 0, 1, 4), (2, 2): (0, 0, 1, 0, 3),
}
KEY = []


def key(per, cat, outcome, v, status="reported"):
    s = "" if v is None else str(v)
    KEY.append([SRC, "west-mercia", per[0], per[1], cat, "allegations", "officers_and_staff", outcome, s, status,
                s, s, ""])


def build():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_new("Calibri", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "West Mercia Police, Hindlip Hall, Worcester WR3 8SP")
    bk.docx_heading(d, "West Mercia Police \u2013 Information Rights", 14)
    bk.docx_para(d, "FOI reference 3318-26", align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.add_paragraph("Your request asked how many allegations of sexual harassment, sexual assault and abuse of "
                    "position for a sexual purpose were made against West Mercia officers and staff in each "
                    "reporting year from 2024/25 to date, and how each was resolved.")
    d.add_paragraph("We have answered in the table below, which counts officers and staff together. The reporting "
                    "periods in the first column are:")
    for lab, words, _ in PERIODS:
        bk.docx_para(d, "%s - %s" % (lab, words), style="List Bullet")
    d.add_paragraph("NH: not held. Abuse of position for a sexual purpose was counted with sexual "
                    "harassment until 31 March 2025.")
    t = d.add_table(rows=1 + len(PERIODS) * len(TYPES), cols=3 + len(OUTS))
    t.style = "Table Grid"
    for j, h in enumerate(["Reporting period", "Allegation type"] + [o for o, _ in OUTS] + ["Total"]):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    r = 1
    for pi, (lab, _, per) in enumerate(PERIODS):
        top = t.cell(r, 0)
        top.merge(t.cell(r + len(TYPES) - 1, 0))
        bk.docx_cell(top, lab, bold=True)
        for ti, (tl, cid) in enumerate(TYPES):
            bk.docx_cell(t.cell(r, 1), tl)
            vals = DATA[(pi, ti)]
            if vals is None:
                for j in range(len(OUTS) + 1):
                    bk.docx_cell(t.cell(r, 2 + j), "NH")
                key(per, cid, "total", None, "not_held")
            else:
                for j, ((_, oc), v) in enumerate(zip(OUTS, vals)):
                    bk.docx_cell(t.cell(r, 2 + j), str(v))
                    key(per, cid, oc, v)
                bk.docx_cell(t.cell(r, 2 + len(OUTS)), str(sum(vals)))
                key(per, cid, "total", sum(vals))
            r += 1
    d.add_paragraph("")
    d.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 "
                    "working days, and then complain to the Information Commissioner's Office.")
    bk.docx_save(d, SRC, "West Mercia Police")


if __name__ == "__main__":
    build()
    bk.merge_key(bk.ROOT, KEY)
