#!/usr/bin/python3
"""make_redaction_fixtures.py: a badly redacted PDF in the keyed set fixtures/pdf-layouts
(its rows of expected.csv are keyed by hand, as a careful reader keys what the page shows).

Drawn on a reportlab canvas (invariant mode): byte-identical from run to run. Run from the
repository's root:

    /usr/bin/python3 scripts/make_redaction_fixtures.py

  merseyside/MP FOI 2026-5518 response (redacted).pdf
      a letter and a ruled table (allegation types down, two financial years and the year
      to date across, police officers only), its header row white on dark blue and its
      Total row on a light grey band (both read as usual). Three counts are redacted the
      ways a hurried redaction leaves them: two with a black box drawn over the figure
      after it (the figure stays in the text layer beneath), one written in black on a
      black cell. A reader sees three black boxes; the letter says counts under five are
      redacted under section 40(2). A working note in white on the white page ("draft:
      check 17 against PSD") is invisible and gives nothing. Keyed: the counts shown, the
      three boxes as suppressed 0..4 s40(2), nothing from the note.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
SRC = "merseyside/MP FOI 2026-5518 response (redacted).pdf"

TYPES = ["Sexual assault", "Sexual harassment", "Abuse of position for a sexual purpose",
         "Violence against women and girls"]
COLS = ["2024/25", "2025/26", "2026/27 to date"]
VALUES = [[12, 9, 3], [15, 11, 4], [7, 2, 5], [21, 18, 8]]
BOXED = {(1, 2), (2, 1)}        # black box drawn after the figure
BLACK_ON_BLACK = {(0, 2)}       # the figure written black on a black cell


def main():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    out = ROOT / SRC
    out.parent.mkdir(parents=True, exist_ok=True)
    W, H = A4
    c = rlcanvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("FOI 2026-5518")
    y = H - 25 * mm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, y, "Merseyside Police")
    c.setFont("Helvetica", 10)
    lines = ["Freedom of Information request 2026-5518", "", "Dear Requester,", "",
             "You asked for the number of allegations of sexual assault, sexual harassment, abuse of",
             "position for a sexual purpose and violence against women and girls made against police",
             "officers in 2024/25, 2025/26 and 2026/27 to date (1 April to 31 October 2026).", "",
             "The table below gives the allegations against police officers. Where a count is under five",
             "it has been redacted under section 40(2) of the Act, as it could identify the people involved."]
    y -= 8 * mm
    for t in lines:
        c.drawString(20 * mm, y, t)
        y -= 5 * mm
    # the table
    widths = [75 * mm, 28 * mm, 28 * mm, 34 * mm]
    rowh = 7 * mm
    x0 = 20 * mm
    y -= 4 * mm
    rows = [["Allegation type"] + COLS] + [[t] + [str(v) for v in vals] for t, vals in zip(TYPES, VALUES)]
    rows.append(["Total"] + [str(sum(VALUES[r][k] for r in range(4))) for k in range(3)])
    text_after = []
    for ri, row in enumerate(rows):
        x = x0
        if ri == 0:
            c.setFillColorRGB(0.1, 0.15, 0.4)
            c.rect(x0, y - rowh, sum(widths), rowh, fill=1, stroke=0)
        elif ri == len(rows) - 1:
            c.setFillColorRGB(0.88, 0.88, 0.88)
            c.rect(x0, y - rowh, sum(widths), rowh, fill=1, stroke=0)
        for k, (cell, w) in enumerate(zip(row, widths)):
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            c.rect(x, y - rowh, w, rowh, fill=0, stroke=1)
            pos = (ri - 1, k - 1)
            if ri >= 1 and pos in BLACK_ON_BLACK:
                c.setFillColorRGB(0, 0, 0)
                c.rect(x + 1, y - rowh + 1, w - 2, rowh - 2, fill=1, stroke=0)
            if ri == 0:
                c.setFillColorRGB(1, 1, 1)
                c.setFont("Helvetica-Bold", 9)
            else:
                c.setFillColorRGB(0, 0, 0)
                c.setFont("Helvetica-Bold" if ri == len(rows) - 1 else "Helvetica", 9)
            if k == 0:
                c.drawString(x + 2 * mm, y - rowh + 2.3 * mm, cell)
            else:
                c.drawRightString(x + w - 2 * mm, y - rowh + 2.3 * mm, cell)
            if ri >= 1 and pos in BOXED:
                text_after.append((x + 1, y - rowh + 1, w - 2, rowh - 2))
            x += w
        y -= rowh
    # the boxes drawn over the figures after the table's text
    c.setFillColorRGB(0, 0, 0)
    for bx, by, bw, bh in text_after:
        c.rect(bx, by, bw, bh, fill=1, stroke=0)
    y -= 8 * mm
    c.setFont("Helvetica", 10)
    c.drawString(20 * mm, y, "The totals include the redacted counts.")
    y -= 6 * mm
    c.setFillColorRGB(1, 1, 1)
    c.drawString(20 * mm, y, "draft: check 17 against PSD before release")
    c.setFillColorRGB(0, 0, 0)
    y -= 10 * mm
    c.drawString(20 * mm, y, "Yours sincerely,")
    y -= 5 * mm
    c.drawString(20 * mm, y, "Freedom of Information Unit, Merseyside Police")
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
