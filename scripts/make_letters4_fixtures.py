#!/usr/bin/python3
"""PDF letters of fixtures/unseen-letters written for the causes found on the fourth blind batch
(branch fixb4), each in other words for a force without a plugin; each failed before its fix.

Run with the system python (python3-reportlab): /usr/bin/python3 scripts/make_letters4_fixtures.py
It rewrites the PDF files below; their key rows are in fixtures/unseen-letters/expected.csv
(keyed by hand, as the corpus README says). reportlab runs in invariant mode, so the output is
byte-identical from run to run.
"""
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"


def durham_prose_by_year():
    """A letter in prose with a bold heading that is only the calendar year above each paragraph
    (the request asks for two years); nils that name two categories at once."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph as P, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", spaceBefore=4, spaceAfter=3)
    quote = ParagraphStyle("quote", parent=body, fontName="Helvetica-Oblique", leftIndent=20, rightIndent=20)
    story = [
        P("<b>Durham Constabulary</b>", body),
        P("Freedom of Information Unit, Aykley Heads, Durham DH1 5TT", body),
        P("Our reference: FOI 1187/24 &middot; 21 June 2024", body),
        Spacer(1, 8),
        P("Dear Mr Reid,", body),
        P("Thank you for your request of 24 May 2024. You asked:", body),
        P("For the calendar years 2022 and 2023, how many allegations of sexual harassment, sexual "
          "assault and domestic abuse were made against Durham Constabulary police officers, and what "
          "were the outcomes?", quote),
        P("Durham Constabulary holds this information and it is given below by year.", body),
        P("2022", head),
        P("Three allegations of sexual harassment were recorded against police officers. Two of them "
          "resulted in a written warning and one was found to have no case to answer. No allegations "
          "of sexual assault or of domestic abuse were recorded against police officers.", body),
        P("2023", head),
        P("Five allegations of domestic abuse were recorded against police officers: two resulted in "
          "dismissal and three are still under investigation. No allegations of sexual harassment or "
          "of sexual assault were recorded.", body),
        P("Complaint rights", head),
        P("If you are unhappy with this response you may ask for an internal review within 40 working "
          "days. You may then complain to the Information Commissioner's Office, Wycliffe House, Water "
          "Lane, Wilmslow, Cheshire, SK9 5AF.", body),
        P("Yours sincerely,", body),
        P("Freedom of Information Officer", body),
    ]
    out = ROOT / "durham" / "FOI 1187-24 response.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=24 * mm, title="FOI 1187/24",
                            author="Durham Constabulary", creator="Durham Constabulary")
    doc.build(story)


if __name__ == "__main__":
    durham_prose_by_year()
