#!/usr/bin/python3
"""make_round24b_fixtures.py: the PDF file of round 24 (part B) in the keyed set
fixtures/pdf-layouts (its rows of expected.csv are keyed by hand, as a careful reader
would key them).

Drawn on a reportlab canvas (invariant mode): the output is byte-identical from run to
run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round24b_fixtures.py

  lincolnshire/LP FOI 2026-1184 sheet print.pdf
      a spreadsheet printed with gridlines round every cell (empty ones too) and its
      column letters and row numbers in shaded bands outside the ruled grid (no rules
      of their own); the sheet's two title rows are each one text spilling from column
      A over the empty cells beside it (cut by the gridlines), a blank row, then the
      header (Year / Allegation type / outcomes whose words are cut short to fit, each
      cut ending in a point: "Final writ. warn.", "Management act.", "No case to ans.",
      and "Total"), calendar years 2023 and 2024 down with three types each, and a note
      row under the figures spilling over most of the row. Keyed: every count (officers,
      cases, outcome by type and year, the Total column as total).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"

HEADS = ["Year", "Allegation type", "Dismissed", "Final writ. warn.", "Management act.",
         "No case to ans.", "Total"]
ROWS = [("2023", "Sexual harassment", [2, 1, 3, 4]),
        ("2023", "Sexual assault", [1, 0, 0, 2]),
        ("2023", "Abuse of position for a sexual purpose", [3, 1, 0, 1]),
        ("2024", "Sexual harassment", [0, 2, 5, 1]),
        ("2024", "Sexual assault", [2, 1, 1, 0]),
        ("2024", "Abuse of position for a sexual purpose", [1, 0, 2, 2])]


def lincolnshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    src = "lincolnshire/LP FOI 2026-1184 sheet print.pdf"
    W, H = landscape(A4)
    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=(W, H), invariant=1)
    c.setTitle("FOI 2026-1184 figures")
    widths = [20, 70, 24, 30, 30, 28, 18]
    letters = "ABCDEFG"
    x0, rowh, hdrw = 16 * mm, 5.6 * mm, 8 * mm
    sheet = [["Lincolnshire Police - Freedom of Information 2026/1184"] + [""] * 6,
             ["Misconduct cases against police officers, by calendar year"] + [""] * 6,
             [""] * 7, HEADS]
    for y, t, v in ROWS:
        sheet.append([y, t] + [str(n) for n in v] + [str(sum(v))])
    sheet += [[""] * 7,
              ["Figures as recorded on the conduct case system on 31 January 2026; cases still "
               "open are not included in these counts."] + [""] * 6]
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, H - 10 * mm, "FOI 2026-1184 figures.xlsx")
    y = H - 22 * mm
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(x0, y - rowh, hdrw + sum(widths) * mm, rowh, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    x = x0 + hdrw
    for L, w in zip(letters, widths):
        c.drawCentredString(x + w * mm / 2, y - rowh + 1.7 * mm, L)
        x += w * mm
    y -= rowh
    for rn, row in enumerate(sheet, 1):
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(x0, y - rowh, hdrw, rowh, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 7)
        c.drawCentredString(x0 + hdrw / 2, y - rowh + 1.7 * mm, str(rn))
        x = x0 + hdrw
        c.setLineWidth(0.3)
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        for j, (cell, w) in enumerate(zip(row, widths)):
            c.rect(x, y - rowh, w * mm, rowh, fill=0, stroke=1)
            if cell:
                num = cell.isdigit() and j >= 2
                c.setFont("Helvetica-Bold" if rn in (1, 4) or (num and j == 6) else "Helvetica", 8)
                if num:
                    c.drawRightString(x + w * mm - 1.5 * mm, y - rowh + 1.7 * mm, cell)
                else:
                    c.drawString(x + 1.2 * mm, y - rowh + 1.7 * mm, cell)
            x += w * mm
        y -= rowh
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 8 * mm, "Page 1")
    c.showPage()
    c.save()


if __name__ == "__main__":
    lincolnshire()
