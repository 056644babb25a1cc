#!/usr/bin/env python3
"""Validate the triage2 evaluation set: parse, schema, unique ids, counts per split."""
import json, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CONDS = ["cauda-equina", "stroke", "acute-coronary-syndrome", "pulmonary-embolism",
         "subarachnoid-haemorrhage", "meningitis", "sepsis", "anaphylaxis", "suicidal-intent",
         "diabetic-ketoacidosis", "ectopic-pregnancy", "testicular-torsion", "upper-gi-bleeding",
         "aortic-dissection", "infant-fever", "life-threatening-asthma", "angle-closure-glaucoma",
         "overdose-poisoning", "child-dehydration"]
EXPECT = {"emergency": "emergency", "lookalike": "in_scope", "health": "in_scope", "nonhealth": "out_of_scope"}
REQ = ["id", "question", "previous", "audience", "kind", "expect", "condition", "no_emergency", "note"]

errors = []
def err(msg): errors.append(msg)

splits = {}
for name in ("dev", "test"):
    rows = []
    with open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{ln} blank line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{ln} bad JSON: {e}")
    splits[name] = rows

ids, questions = Counter(), Counter()
for name, rows in splits.items():
    for r in rows:
        rid = r.get("id", "?")
        for k in REQ:
            if k not in r: err(f"{name} {rid}: missing {k}")
        ids[rid] += 1
        questions[(tuple(r.get("previous", [])), r.get("question", "").strip().lower())] += 1
        kind = r.get("kind")
        if kind not in EXPECT: err(f"{rid}: bad kind {kind}"); continue
        if r.get("expect") != EXPECT[kind]: err(f"{rid}: expect {r.get('expect')} != {EXPECT[kind]}")
        if r.get("audience") not in ("patient", "clinician"): err(f"{rid}: bad audience")
        if not isinstance(r.get("previous"), list) or not all(isinstance(p, str) for p in r["previous"]):
            err(f"{rid}: previous must be list of str")
        if not isinstance(r.get("question"), str) or not r["question"].strip(): err(f"{rid}: empty question")
        if r.get("no_emergency") != (kind != "emergency"): err(f"{rid}: no_emergency wrong")
        if kind in ("emergency", "lookalike"):
            if r.get("condition") not in CONDS: err(f"{rid}: bad condition {r.get('condition')}")
        elif r.get("condition") is not None:
            err(f"{rid}: condition should be null")
        for a in r.get("also_ok", []):
            if a not in CONDS or a == r.get("condition"): err(f"{rid}: bad also_ok {a}")
        if "also_ok" in r and kind != "emergency": err(f"{rid}: also_ok on non-emergency")

for rid, n in ids.items():
    if n > 1: err(f"duplicate id {rid}")
for q, n in questions.items():
    if n > 1: err(f"duplicate question {q[1][:60]}")

def table(rows):
    return Counter((r["kind"], r["condition"] or "-") for r in rows)

tabs = {n: table(rows) for n, rows in splits.items()}
allrows = splits["dev"] + splits["test"]
tot = table(allrows)
print(f"{'kind':10} {'condition':26} {'dev':>4} {'test':>4} {'all':>4}")
for key in sorted(tot, key=lambda k: (["emergency", "lookalike", "health", "nonhealth"].index(k[0]), k[1])):
    print(f"{key[0]:10} {key[1]:26} {tabs['dev'][key]:4} {tabs['test'][key]:4} {tot[key]:4}")
    if tabs["dev"][key] != tabs["test"][key]: err(f"unbalanced group {key}")
kinds = {n: Counter(r["kind"] for r in rows) for n, rows in splits.items()}
for k in ["emergency", "lookalike", "health", "nonhealth"]:
    print(f"TOTAL {k:10} dev={kinds['dev'][k]} test={kinds['test'][k]} all={kinds['dev'][k]+kinds['test'][k]}")
fu = {n: sum(1 for r in rows if r["kind"] == "emergency" and r["previous"]) for n, rows in splits.items()}
cl = {n: sum(1 for r in rows if r["audience"] == "clinician") for n, rows in splits.items()}
print(f"emergency follow-ups: dev={fu['dev']} test={fu['test']} all={sum(fu.values())}")
print(f"clinician-audience items: dev={cl['dev']} test={cl['test']}")
print(f"TOTAL dev={len(splits['dev'])} test={len(splits['test'])} all={len(allrows)}")

# minimums from the brief
ka = Counter(r["kind"] for r in allrows)
if len(splits["dev"]) != len(splits["test"]): err("splits differ in size")
if len(allrows) < 480: err("fewer than 480 items")
if ka["emergency"] < 228: err("emergencies < 228")
if ka["lookalike"] < 133: err("lookalikes < 133")
if ka["nonhealth"] < 60: err("nonhealth < 60")
if ka["health"] < 60: err("health < 60")
if sum(fu.values()) < 20: err("follow-ups < 20")
for c in CONDS:
    if tot[("emergency", c)] < 12: err(f"emergency {c} < 12")
    if tot[("lookalike", c)] < 7: err(f"lookalike {c} < 7")

if errors:
    print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("\nOK")
