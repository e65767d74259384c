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
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
