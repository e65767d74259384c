#!/usr/bin/env python3
"""make_mime_fixtures.py: the MIME e-mails of fixtures/unseen-letters (round 18).

Writes them with the standard library's e-mail package as a mail program saves
a message (.eml): encoded bodies, parts side by side. Run from the repository's
root; the output is byte-identical from run to run.

  lincolnshire/RE FOI 26-0815 sexual misconduct allegations.eml
      multipart/mixed: a multipart/alternative (the letter as quoted-printable
      text/plain, and as base64 text/html with the same table as a <table>),
      then a logo attached (image/png, Content-Disposition: attachment).
      Calendar years 2024 and 2025, officers only; outcomes "not held in a
      reportable form" (no figure: outcomes are never not-held rows).
"""
import os
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.nonmultipart import MIMENonMultipart
import base64
import quopri

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "unseen-letters")

ROWS = [("Sexual harassment", 14, 9), ("Sexual assault", 6, 11), ("Abuse of position for a sexual purpose", 3, 0)]

PLAIN = """Dear Ms Adeyemi,

Freedom of Information request 26-0815

You asked: \u201cPlease tell me how many allegations of sexual harassment, sexual
assault and abuse of position for a sexual purpose were made against Lincolnshire
Police officers in each of the calendar years 2024 and 2025.\u201d

Lincolnshire Police holds this information. The figures below are allegations recorded against police officers only.

""" + "%-46s %15s %15s\n" % ("Allegation type", "2024", "2025") + "".join("%-46s %15d %15d\n" % r for r in ROWS) + """
Outcome information for these allegations is not held in a reportable form.

If you are unhappy with this response you may ask for an internal review within
40 working days.

Kind regards,

Freedom of Information Team
Lincolnshire Police
"""

HTML = ("<html><body><p>Dear Ms Adeyemi,</p><p>Freedom of Information request 26-0815</p>"
        "<p>You asked: \u201cPlease tell me how many allegations of sexual harassment, sexual assault and abuse "
        "of position for a sexual purpose were made against Lincolnshire Police officers in each of the "
        "calendar years 2024 and 2025.\u201d</p>"
        "<p>Lincolnshire Police holds this information. The figures below are allegations recorded against "
        "police officers; police staff are not included.</p>"
        "<table border=\"1\"><tr><th>Allegation type</th><th>2024</th><th>2025</th></tr>"
        + "".join("<tr><td>%s</td><td>%d</td><td>%d</td></tr>" % r for r in ROWS) +
        "</table><p>Outcome information for these allegations is not held in a reportable form.</p>"
        "<p>If you are unhappy with this response you may ask for an internal review within 40 working "
        "days.</p><p>Kind regards,</p><p>Freedom of Information Team<br>Lincolnshire Police</p></body></html>")

# a 1x1 PNG, the attached logo
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def text_part(body, subtype, enc):
    """A text part encoded as a mail program does: quoted-printable (lines of
    76 with soft breaks, '=' escaped, UTF-8 bytes as =XX) or base64 (lines of 76)."""
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    raw = body.encode("utf-8")
    if enc == "qp":
        data = quopri.encodestring(raw).decode("ascii")
    else:
        b = base64.b64encode(raw).decode("ascii")
        data = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    part["Content-Transfer-Encoding"] = "quoted-printable" if enc == "qp" else "base64"
    part.set_payload(data)
    return part


def lincolnshire():
    alt = MIMEMultipart("alternative", boundary="----=_alt_LP_26_0815")
    alt.attach(text_part(PLAIN, "plain", "qp"))
    alt.attach(text_part(HTML, "html", "b64"))
    msg = MIMEMultipart("mixed", boundary="----=_mix_LP_26_0815")
    msg["From"] = "Lincolnshire Police FOI <foi@lincs.police.uk>"
    msg["To"] = "T Adeyemi <t.adeyemi@example.net>"
    msg["Subject"] = "RE: FOI 26-0815 sexual misconduct allegations"
    msg["Date"] = "Mon, 09 Mar 2026 11:42:05 +0000"
    msg.attach(alt)
    logo = MIMEImage(PNG, "png")
    logo.add_header("Content-Disposition", "attachment", filename="lincs-logo.png")
    msg.attach(logo)
    out = os.path.join(ROOT, "lincolnshire", "RE FOI 26-0815 sexual misconduct allegations.eml")
    with open(out, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


if __name__ == "__main__":
    lincolnshire()
