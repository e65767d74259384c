#!/usr/bin/python3
"""Word letters of fixtures/unseen-letters written for the causes found on the third blind batch
(branch fixletters3), each in other words for a force without a plugin; each failed before its fix.

Run with the system python (python3-docx): /usr/bin/python3 scripts/make_letters3_fixtures.py
It rewrites the .docx files below; their key rows are in fixtures/unseen-letters/expected.csv
(keyed by hand, as the corpus README says). Output is byte-identical from run to run (fixed
document properties and zip timestamps).
"""
import datetime as dt
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"
FIXED_ZIP_TIME = (2024, 6, 1, 12, 0, 0)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def new_doc():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def save(d, rel, author):
    fixed = dt.datetime(2024, 6, 1, 12, 0, 0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    p = ROOT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    d.save(p)
    normalise_zip(p)


def restart_list(d, style_name):
    """A numbering instance of the style's list that starts again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = d.part.numbering_part.element
    style_num = d.styles[style_name].element.pPr.numPr.numId.val
    abstract = [n for n in numbering.num_lst if n.numId == style_num][0].abstractNumId.val
    new_id = max(n.numId for n in numbering.num_lst) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abstract))
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def list_item(d, text, style_name, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    par = d.add_paragraph(text, style=style_name)
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    return par


def heading(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def build_cleveland():
    """Numbered answers under headings naming the question and its period ("Response to
    question 2 - 2023/24 (to 30 September)": a part year); Word numbered lists restarted under
    each heading, so their 1., 2., 3. are items of that answer, not questions 1 to 3; outcomes
    under a list item naming the category and restating its total, '(7 allegations):'."""
    d = new_doc()
    heading(d, "Cleveland Police \u2013 Information Rights")
    d.add_paragraph("Our reference: FOI 2023-1419    Date: 18 October 2023")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your email of 2 October 2023. You asked for the following:")
    q = restart_list(d, "List Number")
    for t in ["How many allegations of sexual harassment and of abuse of position for a sexual "
              "purpose were made against Cleveland Police officers and staff in 2022/23?",
              "The same figures for 2023/24 so far.",
              "What were the outcomes of the allegations in question 1?"]:
        list_item(d, t, "List Number", q)
    d.add_paragraph("Cleveland Police holds this information. The figures count allegations "
                    "against police officers and police staff together.")
    heading(d, "Response to question 1 \u2013 2022/23")
    n = restart_list(d, "List Number")
    list_item(d, "Sexual harassment \u2013 7", "List Number", n)
    list_item(d, "Abuse of position for a sexual purpose \u2013 3", "List Number", n)
    heading(d, "Response to question 2 \u2013 2023/24 (to 30 September)")
    n = restart_list(d, "List Number")
    list_item(d, "Sexual harassment \u2013 4", "List Number", n)
    list_item(d, "Abuse of position for a sexual purpose \u2013 1", "List Number", n)
    heading(d, "Response to question 3")
    d.add_paragraph("The outcomes of the 2022/23 allegations are:")
    n = restart_list(d, "List Number")
    list_item(d, "Sexual harassment (7 allegations):", "List Number", n)
    s = restart_list(d, "List Number 2")
    list_item(d, "Written warning \u2013 3", "List Number 2", s)
    list_item(d, "No case to answer \u2013 4", "List Number 2", s)
    list_item(d, "Abuse of position for a sexual purpose (3 allegations):", "List Number", n)
    s = restart_list(d, "List Number 2")
    list_item(d, "Dismissed \u2013 2", "List Number 2", s)
    list_item(d, "Still under investigation \u2013 1", "List Number 2", s)
    d.add_paragraph("The figures for 2023/24 are provisional. If you are not satisfied with this "
                    "response you may ask for an internal review within 40 working days.")
    d.add_paragraph("Yours sincerely, Information Rights Officer")
    save(d, "cleveland/FOI 2023-1419 response.docx", "Cleveland Police")


def build_derbyshire_sidebar():
    """A one-page PDF letter with a shaded sidebar beside the main column ('Key facts' with the
    totals in big digits over their words, a 'Related requests' box of link titles), so a PDF
    reader may set the sidebar inside the answer and break the main column's lines into
    paragraphs of their own; 'one in the officer retiring before the hearing'."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=11)
    quote = ParagraphStyle("quote", parent=body, fontName="Helvetica-Oblique", leftIndent=18,
                           rightIndent=18)
    side = ParagraphStyle("side", parent=body, fontSize=8.5, leading=11, spaceAfter=4)
    sideh = ParagraphStyle("sideh", parent=side, fontName="Helvetica-Bold", fontSize=10)
    big = ParagraphStyle("big", parent=side, fontName="Helvetica-Bold", fontSize=16, leading=18,
                         spaceAfter=0)

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#EEF2E6"))
        c.rect(143 * mm, 22 * mm, 50 * mm, 250 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(17 * mm, 284 * mm, "Derbyshire Constabulary")
        c.setFont("Helvetica", 7.5)
        c.drawString(17 * mm, 12 * mm, "Derbyshire Constabulary, Butterley Hall, Ripley DE5 3RS")
        c.restoreState()

    out = ROOT / "derbyshire" / "FOI 7731-24 response.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = BaseDocTemplate(str(out), pagesize=A4, title="FOI 7731-24", author="Derbyshire Constabulary",
                          creator="Derbyshire Constabulary")
    main = Frame(17 * mm, 22 * mm, 120 * mm, 248 * mm, id="main")
    sidebar = Frame(146 * mm, 24 * mm, 44 * mm, 244 * mm, id="side")
    doc.addPageTemplates([PageTemplate("one", [main, sidebar], onPage=page)])
    from reportlab.platypus import FrameBreak
    story = [
        Paragraph("Freedom of Information Request 7731-24", head),
        Paragraph("Date: 9 May 2024", body),
        Paragraph("Dear Requester,", body),
        Paragraph("You asked:", body),
        Paragraph("\u201cHow many allegations of sexual harassment and of abuse of position for "
                  "a sexual purpose were recorded against Derbyshire Constabulary officers and staff "
                  "in the financial year 2023/24, and what were the outcomes?\u201d", quote),
        Paragraph("Derbyshire Constabulary holds this information. All of the figures below are for "
                  "allegations recorded between 1 April 2023 and 31 March 2024.", body),
        Paragraph("Sexual harassment", head),
        Paragraph("Fourteen allegations of sexual harassment were recorded during the year. Six "
                  "of them ended in a written warning and two in a final written warning, while "
                  "in five there was no case to answer. The last one is still being investigated "
                  "by our Professional Standards Department.", body),
        Paragraph("Abuse of position for a sexual purpose", head),
        Paragraph("Nine allegations of abuse of position for a sexual purpose were recorded. "
                  "Four of these ended with dismissal and one in the officer retiring before "
                  "the misconduct hearing could be held; the other four remain under "
                  "investigation at the time of writing this letter to you.", body),
        Paragraph("Each allegation of abuse of position for a sexual purpose is referred to the "
                  "Independent Office for Police Conduct, which decides how it is investigated.",
                  body),
        Paragraph("If you are not satisfied with this response you may ask for an internal "
                  "review within 40 working days of the date of this letter.", body),
        Paragraph("Yours sincerely,", body),
        Paragraph("Freedom of Information Team", body),
        FrameBreak(),
        Paragraph("Key facts 2023/24", sideh),
        Paragraph("14", big),
        Paragraph("allegations of sexual harassment", side),
        Paragraph("9", big),
        Paragraph("allegations of abuse of position for a sexual purpose", side),
        Paragraph("Related requests", sideh),
        Paragraph("FOI 6120-22 Misconduct outcomes 2021/22", side),
        Paragraph("FOI 0344-23 Vetting of new recruits", side),
        Paragraph("FOI 5102-23 Officers suspended in 2023", side),
    ]
    doc.build(story)


def main():
    build_cleveland()
    build_derbyshire_sidebar()


if __name__ == "__main__":
    main()
