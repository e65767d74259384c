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


def main():
    build_cleveland()


if __name__ == "__main__":
    main()
