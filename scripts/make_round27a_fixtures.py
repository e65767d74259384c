#!/usr/bin/python3
"""make_round27a_fixtures.py: the PDF file of round 27 (part A) in the keyed set
fixtures/pdf-layouts (its rows of fixtures/pdf-layouts/expected.csv are keyed by hand
below, as a careful reader would key them; --key writes them into that file in place of
any rows of this script's files it already has, keeping every other row as it is).

Drawn on a reportlab canvas (invariant mode): the output is byte-identical from run to
run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round27a_fixtures.py [--key]

  south-yorkshire/SYP FOI 26-3190 response.pdf
      a landscape letter drawn word by word: every word its own text object at its own
      place, so the content stream's order says nothing. Table A (outcomes of allegations
      recorded 1 April 2023 to 31 March 2024) has six count columns, three types x
      officers / staff, whose heads ("Abuse of / position for / a sexual / purpose: /
      officers") wrap onto three to five lines, set flush right and top-aligned over
      counts set right, one thin rule under the heads; its words are drawn column by
      column starting from the right-hand column. Table B (calendar year 2024, types x
      "Police officers" / "Police staff" / "Total, officers and staff") has a two-line
      header where "Police staff" is one line beside two-line heads; its words are drawn
      in a shuffled order. Keyed: every count of both tables (Table B's third column is
      officers_and_staff).
"""
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"

SRC = "south-yorkshire/SYP FOI 26-3190 response.pdf"
FORCE = "south-yorkshire"
FY23 = ("2023-04-01", "2024-03-31")
CY24 = ("2024-01-01", "2024-12-31")
TYPES = [("sexual_harassment", ["Sexual", "harassment:"]),
         ("sexual_misconduct", ["Sexual", "misconduct:"]),
         ("abuse_of_position_sexual", ["Abuse of", "position for", "a sexual", "purpose:"])]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Still being investigated", "ongoing")]
# Table A: per outcome, (officers, staff) for each type in TYPES order
A = [[(2, 0), (1, 1), (3, 0)],
     [(1, 1), (0, 0), (1, 0)],
     [(3, 0), (2, 1), (0, 1)],
     [(4, 2), (3, 0), (1, 1)],
     [(5, 1), (2, 2), (2, 0)],
     [(0, 3), (1, 0), (4, 2)]]
# Table B: per type, (officers, staff)
B = [(17, 6), (9, 4), (12, 3)]
KEY = []


def key(period, cat, subject, outcome, v):
    KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, outcome, str(v),
                "reported", str(v), str(v), ""])


def build():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    W, H = landscape(A4)
    c = rlcanvas.Canvas(str(bk.dest(SRC)), pagesize=(W, H), invariant=1)
    c.setTitle("South Yorkshire Police FOI 26-3190")
    left = 20 * mm
    words = []   # (font, size, x, y, text, right-aligned)

    def text(s, x, y, font="Helvetica", size=9):
        """a line of text, one drawing per word"""
        for w in s.split(" "):
            words.append((font, size, x, y, w, False))
            x += c.stringWidth(w + " ", font, size)

    def flush():
        for font, size, x, y, w, right in words:
            c.setFont(font, size)
            if right:
                c.drawRightString(x, y, w)
            else:
                c.drawString(x, y, w)
        words.clear()

    def furniture(p):
        text("South Yorkshire Police, Carbrook House, 5 Carbrook Hall Road, Sheffield S9 2EH", left, 10 * mm,
             size=7)
        text(f"Page {p} of 2", W - 40 * mm, 10 * mm, size=7)

    # page 1: the letter and Table A
    y = H - 18 * mm
    text("South Yorkshire Police - Freedom of Information", left, y, "Helvetica-Bold", 13)
    y -= 7 * mm
    text("Our reference: FOI 26-3190    Date: 19 October 2026", left, y)
    y -= 6 * mm
    text("Dear Applicant,", left, y)
    y -= 6 * mm
    text("You asked for the number of allegations of sexual harassment, sexual misconduct and abuse of position "
         "for a sexual purpose", left, y)
    y -= 4.5 * mm
    text("made against police officers and police staff in the financial year 2023/24 and the calendar year "
         "2024, with their outcomes.", left, y)
    y -= 6 * mm
    text("The information is held. Table A gives the outcome of each allegation recorded in 2023/24; Table B "
         "gives the numbers", left, y)
    y -= 4.5 * mm
    text("recorded in 2024.", left, y)
    y -= 9 * mm
    text("Table A: Allegations recorded from 1 April 2023 to 31 March 2024, by outcome", left, y,
         "Helvetica-Bold", 10)
    y -= 7 * mm
    heads = []
    for cat, lines in TYPES:
        heads.append(lines + ["officers"])
        heads.append(lines + ["staff"])
    rights = [120 * mm + j * 24 * mm for j in range(6)]
    top = y
    cols = []   # each column's words, for drawing column by column
    label_words = [("Helvetica-Bold", 8, left, top, "Outcome", False)]
    for j in range(6):
        col = []
        for k, ln in enumerate(heads[j]):
            col.append(("Helvetica-Bold", 8, rights[j], top - k * 9.5, ln, True))
        cols.append(col)
    y = top - 5 * 9.5 - 3
    rule_y = y + 5
    y -= 8
    rows = []
    for i, (olab, oc) in enumerate(OUTS):
        label_words.append(("Helvetica", 8, left, y, olab, False))
        for t, (cat, _) in enumerate(TYPES):
            o, s = A[i][t]
            cols[2 * t].append(("Helvetica", 8, rights[2 * t], y, str(o), True))
            cols[2 * t + 1].append(("Helvetica", 8, rights[2 * t + 1], y, str(s), True))
            key(FY23, cat, "officers", oc, o)
            key(FY23, cat, "staff", oc, s)
        rows.append(y)
        y -= 12
    label_words.append(("Helvetica-Bold", 8, left, y, "Total", False))
    for t, (cat, _) in enumerate(TYPES):
        to = sum(A[i][t][0] for i in range(len(OUTS)))
        ts = sum(A[i][t][1] for i in range(len(OUTS)))
        cols[2 * t].append(("Helvetica-Bold", 8, rights[2 * t], y, str(to), True))
        cols[2 * t + 1].append(("Helvetica-Bold", 8, rights[2 * t + 1], y, str(ts), True))
        key(FY23, cat, "officers", "total", to)
        key(FY23, cat, "staff", "total", ts)
    # every word of a multi-word label on its own, column by column from the right
    for col in reversed(cols):
        for font, size, x, yy, w, right in col:
            if right and " " in w:
                parts = w.split(" ")
                xx = x - c.stringWidth(w, font, size)
                for p in parts:
                    words.append((font, size, xx, yy, p, False))
                    xx += c.stringWidth(p + " ", font, size)
            else:
                words.append((font, size, x, yy, w, right))
    for font, size, x, yy, w, right in label_words:
        for p in w.split(" "):
            words.append((font, size, x, yy, p, False))
            x += c.stringWidth(p + " ", font, size)
    c.setLineWidth(0.4)
    c.line(left, rule_y, rights[-1] + 2, rule_y)
    furniture(1)
    flush()
    c.showPage()

    # page 2: Table B, shuffled, and the close
    y = H - 20 * mm
    text("Table B: Allegations recorded in the calendar year 2024", left, y, "Helvetica-Bold", 10)
    y -= 7 * mm
    rb = [150 * mm, 185 * mm, 225 * mm]
    cell = [("Type of allegation", left, False)]
    heads_b = [["Police", "officers"], ["Police staff"], ["Total, officers", "and staff"]]
    bw = []
    bw.append(("Helvetica-Bold", 8, left, y, "Type of allegation", False))
    for j, h in enumerate(heads_b):
        for k, ln in enumerate(h):
            bw.append(("Helvetica-Bold", 8, rb[j], y - k * 9.5, ln, True))
    y -= 9.5 + 14
    labels = {"sexual_harassment": "Sexual harassment", "sexual_misconduct": "Sexual misconduct",
              "abuse_of_position_sexual": "Abuse of position for a sexual purpose"}
    for (cat, _), (o, s) in zip(TYPES, B):
        bw.append(("Helvetica", 8, left, y, labels[cat], False))
        for j, v in enumerate((o, s, o + s)):
            bw.append(("Helvetica", 8, rb[j], y, str(v), True))
        key(CY24, cat, "officers", "total", o)
        key(CY24, cat, "staff", "total", s)
        key(CY24, cat, "officers_and_staff", "total", o + s)
        y -= 12
    split = []
    for font, size, x, yy, w, right in bw:
        xx = x - c.stringWidth(w, font, size) if right else x
        for p in w.split(" "):
            split.append((font, size, xx, yy, p, False))
            xx += c.stringWidth(p + " ", font, size)
    random.Random(2703).shuffle(split)
    words.extend(split)
    del cell
    y -= 8 * mm
    text("An allegation is counted once, in the year it was recorded; outcomes are as at 30 September 2026.",
         left, y)
    y -= 6 * mm
    text("If you are unhappy with this response you may ask for an internal review within 40 working days, "
         "and then complain to the Information Commissioner.", left, y)
    y -= 6 * mm
    text("Yours sincerely,", left, y)
    y -= 4.5 * mm
    text("Information Access Team", left, y)
    furniture(2)
    flush()
    c.showPage()
    c.save()


def write_key():
    path = bk.ROOT / "expected.csv"
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] != SRC]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(KEY))


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        write_key()
