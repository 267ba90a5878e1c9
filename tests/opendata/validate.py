"""Validates the open data of a published anslagstavla (DIR/data/*.json)
against the JSON Schemas beside this file with python3-jsonschema, and
checks that the references between the files resolve (an AgendaItem's
meeting, a Meeting's organizations, a Membership's organization, an
AgendaItem's paper, a File's page).

Usage: validate.py DIR   (prints problems, exits 1 when there are any)"""
import json
import os
import sys

import jsonschema

here = os.path.dirname(os.path.abspath(__file__))
site = sys.argv[1]
store = {}
for f in os.listdir(here):
    if f.endswith(".schema.json"):
        s = json.load(open(os.path.join(here, f), encoding="utf-8"))
        store[s["$id"]] = s
problems = []
docs = {}
for name in ("body", "organization", "person", "meeting", "paper"):
    path = os.path.join(site, "data", name + ".json")
    try:
        docs[name] = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as err:
        problems.append("%s.json: %s" % (name, err))
        continue
    schema = store[name + ".schema.json"]
    resolver = jsonschema.RefResolver(base_uri="", referrer=schema, store=store)
    v = jsonschema.Draft7Validator(schema, resolver=resolver)
    for err in v.iter_errors(docs[name]):
        problems.append("%s.json %s: %s" % (name, "/".join(map(str, err.path)), err.message))

if not problems:
    orgs = {o["id"] for o in docs["organization"]["data"]}
    papers = {p["id"] for p in docs["paper"]["data"]}
    meetings = {m["id"] for m in docs["meeting"]["data"]}
    for o in docs["organization"]["data"]:
        if "subOrganizationOf" in o and o["subOrganizationOf"] not in orgs:
            problems.append("organization %s: unknown parent" % o["id"])
    for p in docs["person"]["data"]:
        for ms in p["membership"]:
            if ms["organization"] not in orgs:
                problems.append("membership %s: unknown organization" % ms["id"])
    for m in docs["meeting"]["data"]:
        for o in m["organization"]:
            if o not in orgs:
                problems.append("meeting %s: unknown organization %s" % (m["id"], o))
        files = [(k, m[k]) for k in ("invitation", "resultsProtocol") if k in m]
        files += [("auxiliaryFile", f) for f in m.get("auxiliaryFile", [])]
        for key, f in files:
            if not os.path.isfile(os.path.join(site, f["accessUrl"])):
                problems.append("meeting %s: %s missing: %s" % (m["id"], key, f["accessUrl"]))
        for it in m.get("agendaItem", []):
            if it["meeting"] != m["id"] or it["meeting"] not in meetings:
                problems.append("agenda item %s: wrong meeting" % it["id"])
            if "namnd:paper" in it and it["namnd:paper"] not in papers:
                problems.append("agenda item %s: unknown paper" % it["id"])
print("meetings", len(docs.get("meeting", {}).get("data", [])))
if problems:
    print("\n".join(problems))
    sys.exit(1)
