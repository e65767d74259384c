#!/usr/bin/python3
"""make_round41b_fixtures.py: the PDF of round 41 (part B) in the keyed set
fixtures/pdf-layouts (its rows of fixtures/pdf-layouts/expected.csv are keyed by hand
below, as a careful reader would key them, and printed by --key).

Written with reportlab through blindkit (fixed dates): the output is byte-identical from
run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round41b_fixtures.py [--key]

  north-wales/NWP FOI 26-2207 ateb-reply.pdf
      a bilingual letter, Welsh first, then English: the same ruled table of types down
      and outcomes across (officers and staff together, calendar year 2025) given once
      in each language; the outcome heads sit in narrow bold cells, so reportlab breaks
      long words inside them ("Dismiss|ed", "Under in|vestigati|on", "Diswydd|o"), and
      one Welsh type label ("Cam-drin safle at ddiben rhywiol") and head ("Dan
      ymchwiliad") are worded other than the taxonomy's. A careful reader keys each
      figure once (the English table restates the Welsh one).

  cumbria/CC FOI 0532-26 reply.docx (fixtures/office)
      a Word letter: the request, then "The information below relates to police
      officers only, for the financial year 2024/25 (1 April 2024 to 31 March 2025).",
      then one bold heading per allegation type each over its own two-column table
      Outcome | Number with a Total row, then the staff totals in one sentence. A
      careful reader gives every table the paragraph's year and people (officers), and
      the sentence's counts to staff.

The --key rows: the pdf-layouts rows, then a line "# office", then the office rows.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"

SRC = "north-wales/NWP FOI 26-2207 ateb-reply.pdf"
CY25 = ("2025-01-01", "2025-12-31")
CATS = [("Aflonyddu rhywiol", "Sexual harassment", "sexual_harassment"),
        ("Cam-drin safle at ddiben rhywiol", "Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
        ("Ymosodiad rhywiol", "Sexual assault", "sexual_assault")]
OUTS = [("Diswyddo", "Dismissed", "dismissed"),
        ("Rhybudd ysgrifenedig terfynol", "Final written warning", "final_written_warning"),
        ("Ymarfer myfyriol", "Reflective practice", "management_action"),
        ("Dan ymchwiliad", "Under investigation", "ongoing")]
DATA = [  # per type: one count per outcome
    (2, 1, 3, 1), (1, 0, 2, 4), (0, 3, 1, 2),
]
KEY = []
OKEY = []
OSRC = "cumbria/CC FOI 0532-26 reply.docx"
FY24 = ("2024-04-01", "2025-03-31")
OTYPES = [("Sexual harassment", "sexual_harassment", [("Dismissed", "dismissed", 2), ("Final written warning",
           "final_written_warning", 1), ("Written warning", "written_warning", 3), ("No case to answer",
           "no_case_to_answer", 2)]),
          ("Sexual assault", "sexual_assault", [("Dismissed", "dismissed", 1), ("Would have been dismissed",
           "would_have_been_dismissed", 2), ("No case to answer", "no_case_to_answer", 4),
           ("Under investigation", "ongoing", 1)]),
          ("Violence against women and girls", "vawg", [("Dismissed", "dismissed", 3), ("Written warning",
           "written_warning", 2), ("Reflective practice", "management_action", 5), ("Under investigation",
           "ongoing", 0)])]
OSTAFF = [("sexual harassment", "sexual_harassment", 2), ("sexual assault", "sexual_assault", 1),
          ("violence against women and girls", "vawg", 4)]


def okey(cat, subj, outcome, v):
    OKEY.append([OSRC, "cumbria", FY24[0], FY24[1], cat, "allegations", subj, outcome, str(v), "reported",
                 str(v), str(v), ""])


def build_docx():
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU")
    bk.docx_heading(d, "Cumbria Constabulary", 14)
    d.add_paragraph("Freedom of Information request 0532-26 \u2013 3 December 2026")
    d.add_paragraph("You asked for the number of allegations of sexual harassment, sexual assault and violence "
                    "against women and girls made against police officers and police staff in the financial "
                    "year 2024/25, and the outcome of each allegation.")
    d.add_paragraph("The information below relates to police officers only, for the financial year 2024/25 "
                    "(1 April 2024 to 31 March 2025).")
    for lab, cid, outs in OTYPES:
        bk.docx_para(d, lab, bold=True)
        t = d.add_table(rows=len(outs) + 2, cols=2)
        t.style = "Table Grid"
        bk.docx_cell(t.cell(0, 0), "Outcome", bold=True)
        bk.docx_cell(t.cell(0, 1), "Number", bold=True)
        for i, (ol, oc, v) in enumerate(outs):
            bk.docx_cell(t.cell(i + 1, 0), ol)
            bk.docx_cell(t.cell(i + 1, 1), str(v))
            okey(cid, "officers", oc, v)
        tot = sum(v for _, _, v in outs)
        bk.docx_cell(t.cell(len(outs) + 1, 0), "Total", bold=True)
        bk.docx_cell(t.cell(len(outs) + 1, 1), str(tot), bold=True)
        okey(cid, "officers", "total", tot)
    bk.docx_para(d, "Police staff", bold=True)
    d.add_paragraph("Allegations against police staff in 2024/25 were: " +
                    "; ".join("%s %d" % (l, v) for l, _, v in OSTAFF) +
                    ". Outcomes for staff are not given because the numbers are small.")
    for _, cid, v in OSTAFF:
        okey(cid, "staff", "total", v)
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    bk.docx_save(d, OSRC, "Cumbria Constabulary")
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"


def build():
    from reportlab.platypus import Table
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Heddlu Gogledd Cymru / North Wales Police", st["h"]),
             bk.P("Cyfeirnod / Reference: FOI 26-2207", st["body"]),
             bk.P("Mae'r tabl isod yn dangos honiadau yn erbyn swyddogion a staff gyda'i gilydd ar gyfer "
                  "blwyddyn galendr 2025.", st["body"])]
    for lang in ("cy", "en"):
        if lang == "en":
            story.append(bk.P("The table below shows allegations against police officers and police staff "
                              "together for the calendar year 2025 (1 January to 31 December 2025).",
                              st["body"]))
        head = ["Math" if lang == "cy" else "Type"] + [o[0 if lang == "cy" else 1] for o in OUTS] + \
               ["Cyfanswm" if lang == "cy" else "Total"]
        rows = [[bk.P(h, st["cellb"]) for h in head]]
        for (cy, en, cid), vals in zip(CATS, DATA):
            rows.append([bk.P(cy if lang == "cy" else en, st["cell"])] + [str(v) for v in vals] +
                        [str(sum(vals))])
        t = Table(rows, colWidths=[120] + [44] * (len(OUTS) + 1))
        t.setStyle(bk.grid_style(1, size=9))
        story += [t, bk.S(12)]
    story.append(bk.P("If you are unhappy with this response you may ask for an internal review within 40 "
                      "working days, and then complain to the Information Commissioner.", st["body"]))
    for (cy, en, cid), vals in zip(CATS, DATA):
        for (_, _, oc), v in zip(OUTS, vals):
            KEY.append([SRC, "north-wales", CY25[0], CY25[1], cid, "allegations", "officers_and_staff", oc,
                        str(v), "reported", str(v), str(v), ""])
        KEY.append([SRC, "north-wales", CY25[0], CY25[1], cid, "allegations", "officers_and_staff", "total",
                    str(sum(vals)), "reported", str(sum(vals)), str(sum(vals)), ""])

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(40, 20, "North Wales Police - FOI 26-2207 - page %d of %d" % (page, pages))
    bk.pdf_letter(SRC, story, furniture, title="FOI 26-2207", author="North Wales Police")


if __name__ == "__main__":
    build()
    build_docx()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
        print("# office")
        for r in sorted(OKEY):
            w.writerow(r)
