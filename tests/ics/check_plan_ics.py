"""Reads a sammanträdesplan .ics with python3-icalendar (not namnd) and
checks it against what the test put into the database.

Usage: check_plan_ics.py FILE EXPECT
EXPECT is a file of lines "UID-HOST|SUMMARY|LOCATION|START|END" (local
times in Europe/Stockholm, "YYYY-MM-DD HH:MM"), one per expected event,
in any order; HOST is the part after the @ of every UID."""
import datetime
import sys

import icalendar

path, expect_path = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
problems = []
if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0:
    problems.append("lines do not end in CRLF")
cal = icalendar.Calendar.from_ical(raw)
if str(cal.get("VERSION")) != "2.0":
    problems.append("VERSION is not 2.0")
if not cal.get("PRODID"):
    problems.append("no PRODID")

tzs = [c for c in cal.walk("VTIMEZONE")]
if len(tzs) != 1 or str(tzs[0].get("TZID")) != "Europe/Stockholm":
    problems.append("expected one VTIMEZONE Europe/Stockholm")

events = cal.walk("VEVENT")
expected = [l.rstrip("\n").split("|") for l in open(expect_path, encoding="utf-8") if l.strip()]
host = expected[0][0]
seen = {}
for ev in events:
    uid = str(ev.get("UID"))
    if uid in seen:
        problems.append("UID twice: " + uid)
    if not uid.endswith("@" + host):
        problems.append("UID %s not @%s" % (uid, host))
    for prop in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        if ev.get(prop) is None:
            problems.append("%s lacks %s" % (uid, prop))
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND")
    if start.tzinfo is None or "Stockholm" not in str(ev.get("DTSTART").params.get("TZID")):
        problems.append("%s: DTSTART not in Europe/Stockholm" % uid)
    key = (str(ev.get("SUMMARY")), str(ev.get("LOCATION") or ""),
           start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"))
    seen[uid] = key

want = sorted(tuple(e[1:]) for e in expected)
got = sorted(seen.values())
if want != got:
    problems.append("events differ:\n  want %s\n  got  %s" % (want, got))

def last_sunday(year, month):
    d = datetime.date(year, month, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


# Summer and winter: 13.00 in Stockholm is 11.00 UTC in June, 12.00 in
# January (the file's TZID resolved by the reader's own tz database,
# checked against the EU rule written out here).
for ev in events:
    start = ev.decoded("DTSTART")
    utc = start.astimezone(datetime.timezone.utc)
    off = (start.replace(tzinfo=None) - utc.replace(tzinfo=None)).total_seconds() / 3600
    day = start.date()
    summer = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    if off != (2 if summer else 1):
        problems.append("%s: UTC offset %s in month %d" % (ev.get("UID"), off, start.month))

# UIDs to standard output for the caller to compare between exports.
for uid in sorted(seen):
    print(uid, seen[uid][2])
if problems:
    sys.stderr.write("\n".join(problems) + "\n")
    sys.exit(1)
