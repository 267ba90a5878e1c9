"""Reads messages with Python's email package (not namnd) and prints one
line per message: To, From, Subject, Message-ID, then each attachment as
content-type:filename; PDF attachments are saved into OUT for pdfinfo.

Usage: read_mail.py OUT FILE...      (files as sendmail got them)
       read_mail.py OUT --maildir DIR"""
import email
import email.policy
import mailbox
import os
import sys

out = sys.argv[1]
if sys.argv[2] == "--maildir":
    msgs = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
            for m in mailbox.Maildir(sys.argv[3], factory=None)]
else:
    msgs = [email.message_from_binary_file(open(f, "rb"), policy=email.policy.default)
            for f in sys.argv[2:]]
lines = []
for m in msgs:
    parts = []
    body = m.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    charset = body.get_content_charset() if body is not None else None
    for a in m.iter_attachments():
        name = a.get_filename()
        parts.append("%s:%s" % (a.get_content_type(), name))
        if a.get_content_type() == "application/pdf":
            with open(os.path.join(out, "%s-%s" % (m["To"].addresses[0].addr_spec, name)), "wb") as f:
                f.write(a.get_content())
    lines.append("%s|%s|%s|%s|%s|%s" % (m["To"].addresses[0].addr_spec,
                                        m["From"].addresses[0].addr_spec, m["Subject"],
                                        m["Message-ID"], " ".join(parts),
                                        "text-ok" if "Hej" in text and "hälsningar" in text and charset == "utf-8"
                                        and " ," not in text
                                        else "text: %r %r" % (charset, text[:80])))
for l in sorted(lines):
    print(l)
