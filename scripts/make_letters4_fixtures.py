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


def dyfed_powys_sections():
    """A PDF letter with a bold "Police officers" heading over a table by year and then, per
    category, a lead-in "the outcomes of the N allegations of X were:" over bullets, the outcomes
    given over the two years together."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph as P, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Times-Bold", spaceBefore=6, spaceAfter=3)
    quote = ParagraphStyle("quote", parent=body, leftIndent=24, rightIndent=24)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=2)
    table = Table([["", "2022/23", "2023/24"],
                   ["Sexual harassment", "3", "5"],
                   ["Domestic abuse", "2", "1"]], colWidths=[70 * mm, 30 * mm, 30 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story = [
        P("<b>Dyfed-Powys Police</b>", body),
        P("Freedom of Information, PO Box 99, Llangunnor, Carmarthen SA31 2PF", body),
        P("Reference: DP-0931-24 &middot; Date: 9 July 2024", body),
        Spacer(1, 8),
        P("Dear Ms Evans,", body),
        P("I write in response to your request of 11 June 2024, in which you asked:", body),
        P("For each of the financial years 2022/23 and 2023/24, how many allegations of sexual "
          "harassment and of domestic abuse were made against your police officers and police staff, "
          "and what were the outcomes?", quote),
        P("Police officers", head),
        P("The allegations recorded against police officers in each financial year were:", body),
        table,
        Spacer(1, 6),
        P("Across both financial years, the outcomes of the 8 allegations of sexual harassment "
          "were:", body),
        P("management action: 3", bullet, bulletText="\u2022"),
        P("no case to answer: 4", bullet, bulletText="\u2022"),
        P("under investigation: 1", bullet, bulletText="\u2022"),
        P("The outcomes of the 3 allegations of domestic abuse were:", body),
        P("dismissed: 1", bullet, bulletText="\u2022"),
        P("final written warning: 2", bullet, bulletText="\u2022"),
        P("Police staff", head),
        P("Dyfed-Powys Police does not hold information about allegations against police staff, which "
          "are dealt with by Human Resources and not recorded by Professional Standards.", body),
        P("Your right to complain", head),
        P("If you are dissatisfied you may ask for an internal review within 40 working days, and then "
          "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
          "Cheshire, SK9 5AF.", body),
        P("Yours sincerely,", body),
        P("Information Access Officer", body),
    ]
    out = ROOT / "dyfed-powys" / "FOI DP-0931-24 response.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=24 * mm, title="DP-0931-24",
                            author="Dyfed-Powys Police", creator="Dyfed-Powys Police")
    doc.build(story)


if __name__ == "__main__":
    durham_prose_by_year()
    dyfed_powys_sections()
