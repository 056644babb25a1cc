#!/usr/bin/env python3
"""Validates dev.jsonl and test.jsonl of the triage3 set and prints counts."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["dev.jsonl", "test.jsonl"]

CONDITIONS = {
    "cauda-equina", "stroke", "acute-coronary-syndrome", "pulmonary-embolism",
    "subarachnoid-haemorrhage", "meningitis", "sepsis", "anaphylaxis",
    "suicidal-intent", "diabetic-ketoacidosis", "ectopic-pregnancy",
    "testicular-torsion", "upper-gi-bleeding", "aortic-dissection",
    "infant-fever", "life-threatening-asthma", "angle-closure-glaucoma",
    "overdose-poisoning", "child-dehydration",
}
KINDS = {"emergency", "lookalike", "health", "nonhealth"}
EXPECT = {"emergency": "emergency", "lookalike": "in_scope",
          "health": "in_scope", "nonhealth": "out_of_scope"}
AUDIENCES = {"patient", "clinician"}
REQUIRED = ["id", "question", "previous", "audience", "kind", "expect",
            "condition", "no_emergency", "note"]
OPTIONAL = {"also_ok"}
MINIMUMS = {"emergency_per_condition": 10, "lookalike_per_condition": 6,
            "health": 70, "nonhealth": 50, "total": 420}


def norm(q):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", q.lower())).strip()


def main():
    errors = []
    ids = set()
    questions = {}
    counts = defaultdict(Counter)  # split -> (kind, condition) -> n
    followups = Counter()
    total = 0
    for fname in FILES:
        path = os.path.join(HERE, fname)
        split = fname.split(".")[0]
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{fname}:{ln}"
                if not line.strip():
                    errors.append(f"{where}: blank line")
                    continue
                try:
                    it = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: bad JSON ({e})")
                    continue
                total += 1
                keys = set(it)
                missing = [k for k in REQUIRED if k not in it]
                extra = keys - set(REQUIRED) - OPTIONAL
                if missing:
                    errors.append(f"{where}: missing {missing}")
                    continue
                if extra:
                    errors.append(f"{where}: unexpected fields {sorted(extra)}")
                iid, kind, cond = it["id"], it["kind"], it["condition"]
                if iid in ids:
                    errors.append(f"{where}: duplicate id {iid}")
                ids.add(iid)
                q = it["question"]
                if not isinstance(q, str) or not q.strip():
                    errors.append(f"{where}: empty question")
                else:
                    k = norm(q)
                    if k in questions:
                        errors.append(f"{where}: duplicate question (also {questions[k]})")
                    questions[k] = iid
                if not isinstance(it["previous"], list) or not all(
                        isinstance(p, str) and p.strip() for p in it["previous"]):
                    errors.append(f"{where}: previous must be a list of non-empty strings")
                if it["audience"] not in AUDIENCES:
                    errors.append(f"{where}: bad audience {it['audience']!r}")
                if kind not in KINDS:
                    errors.append(f"{where}: bad kind {kind!r}")
                    continue
                if it["expect"] != EXPECT[kind]:
                    errors.append(f"{where}: expect {it['expect']!r} wrong for kind {kind}")
                if not isinstance(it["note"], str) or not it["note"].strip():
                    errors.append(f"{where}: empty note")
                if it["no_emergency"] is not (kind != "emergency"):
                    errors.append(f"{where}: no_emergency inconsistent with kind")
                if kind in ("emergency", "lookalike"):
                    if cond not in CONDITIONS:
                        errors.append(f"{where}: bad condition {cond!r}")
                    prefix = "em" if kind == "emergency" else "la"
                    if not re.fullmatch(rf"{prefix}-{re.escape(str(cond))}-\d{{2}}", iid):
                        errors.append(f"{where}: id {iid} does not match {prefix}-<condition>-NN")
                else:
                    if cond is not None:
                        errors.append(f"{where}: condition must be null for {kind}")
                    pat = r"h-\d{3}" if kind == "health" else r"oos-\d{2}"
                    if not re.fullmatch(pat, iid):
                        errors.append(f"{where}: id {iid} does not match {pat}")
                if "also_ok" in it:
                    if kind != "emergency":
                        errors.append(f"{where}: also_ok only allowed on emergencies")
                    elif (not isinstance(it["also_ok"], list) or not it["also_ok"]
                          or any(a not in CONDITIONS or a == cond for a in it["also_ok"])):
                        errors.append(f"{where}: bad also_ok {it['also_ok']!r}")
                if kind == "emergency" and it["previous"]:
                    followups[cond] += 1
                counts[split][(kind, cond or "-")] += 1

    # composition minimums over both splits
    both = counts["dev"] + counts["test"]
    for c in sorted(CONDITIONS):
        if both[("emergency", c)] < MINIMUMS["emergency_per_condition"]:
            errors.append(f"too few emergencies for {c}: {both[('emergency', c)]}")
        if both[("lookalike", c)] < MINIMUMS["lookalike_per_condition"]:
            errors.append(f"too few look-alikes for {c}: {both[('lookalike', c)]}")
        if followups[c] < 2:
            errors.append(f"fewer than 2 follow-up emergencies for {c}")
    if both[("health", "-")] < MINIMUMS["health"]:
        errors.append("too few health items")
    if both[("nonhealth", "-")] < MINIMUMS["nonhealth"]:
        errors.append("too few nonhealth items")
    if total < MINIMUMS["total"]:
        errors.append(f"too few items in total: {total}")
    # each group split as evenly as possible
    for key in both:
        d, t = counts["dev"][key], counts["test"][key]
        if abs(d - t) > 1:
            errors.append(f"uneven split for {key}: dev {d} test {t}")

    # table
    print(f"{'kind':<10} {'condition':<26} {'dev':>4} {'test':>5} {'total':>6}")
    order = {"emergency": 0, "lookalike": 1, "health": 2, "nonhealth": 3}
    for key in sorted(both, key=lambda k: (order[k[0]], k[1])):
        print(f"{key[0]:<10} {key[1]:<26} {counts['dev'][key]:>4} {counts['test'][key]:>5} {both[key]:>6}")
    for kind in ("emergency", "lookalike", "health", "nonhealth"):
        d = sum(v for k, v in counts["dev"].items() if k[0] == kind)
        t = sum(v for k, v in counts["test"].items() if k[0] == kind)
        print(f"{'TOTAL':<10} {kind:<26} {d:>4} {t:>5} {d + t:>6}")
    d, t = sum(counts["dev"].values()), sum(counts["test"].values())
    print(f"{'TOTAL':<10} {'all':<26} {d:>4} {t:>5} {d + t:>6}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
