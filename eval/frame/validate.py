#!/usr/bin/env python3
"""Validate dev.jsonl / test.jsonl of the frame eval set and print counts.

Checks: every line parses as JSON; required fields and types; ids unique across both files;
answered items have a topic present in /tmp/library-topics.txt and 1-3 must groups;
abstentions have topic null and must []; every regex compiles (Python, re.I);
minimum coverage counts are met; every kind occurs in both splits.
Usage: python3 validate.py [--topics /tmp/library-topics.txt]
"""
import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASKS = {"treatment", "next_step", "drug_choice", "dose", "duration", "how_to_take", "side_effects", "interactions",
        "safety", "diagnosis", "cause", "prognosis", "contagious", "prevention", "definition", "comparison",
        "which_clinician", "overview"}
FIELDS = ["id", "question", "previous", "audience", "expect", "topic", "ask", "patient", "must", "must_not", "note"]
MINIMUMS = {  # kind (id prefix) -> minimum count over both splits
    "neigh": 25, "parent": 10, "preg": 15, "allergy": 10, "older": 10, "negated": 10,
    "dose": 10, "which": 8, "duration": 8, "adverse": 8,
}


def kind_of(item_id):
    return item_id.rsplit("-", 1)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--topics", default="/tmp/library-topics.txt")
    args = ap.parse_args()

    topics = set()
    for line in Path(args.topics).read_text(encoding="utf-8").splitlines():
        if line.strip():
            topics.add(line.split("|", 1)[0].strip())

    errors = []
    seen = set()
    per_split = {}
    for split in ("dev", "test"):
        rows = []
        for n, line in enumerate((HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            where = f"{split}:{n}"
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            missing = [f for f in FIELDS if f not in it]
            if missing:
                errors.append(f"{where}: missing {missing}")
                continue
            if it["id"] in seen:
                errors.append(f"{where}: duplicate id {it['id']}")
            seen.add(it["id"])
            if it["audience"] not in ("clinician", "patient"):
                errors.append(f"{where}: audience {it['audience']}")
            if it["ask"] not in ASKS:
                errors.append(f"{where}: ask {it['ask']}")
            if not isinstance(it["previous"], list) or not isinstance(it["patient"], dict):
                errors.append(f"{where}: previous/patient type")
            if it["expect"] == "answered":
                if it["topic"] not in topics:
                    errors.append(f"{where}: unknown topic {it['topic']}")
                if not 1 <= len(it["must"]) <= 3:
                    errors.append(f"{where}: {len(it['must'])} must groups")
            elif it["expect"] == "insufficient_evidence":
                if it["topic"] is not None or it["must"]:
                    errors.append(f"{where}: abstention with topic/must")
            else:
                errors.append(f"{where}: expect {it['expect']}")
            for g in it["must"]:
                if not isinstance(g, list) or not g:
                    errors.append(f"{where}: empty/non-list must group")
                    continue
                for rx in g:
                    try:
                        re.compile(rx, re.I)
                    except re.error as e:
                        errors.append(f"{where}: must regex {rx!r}: {e}")
            for rx in it["must_not"]:
                try:
                    re.compile(rx, re.I)
                except re.error as e:
                    errors.append(f"{where}: must_not regex {rx!r}: {e}")
            rows.append(it)
        per_split[split] = rows

    kinds = collections.Counter()
    table = collections.defaultdict(lambda: collections.Counter())
    for split, rows in per_split.items():
        for it in rows:
            k = kind_of(it["id"])
            kinds[k] += 1
            table[k][split] += 1
    for k, need in MINIMUMS.items():
        if kinds[k] < need:
            errors.append(f"kind {k}: {kinds[k]} < {need}")
    for k in kinds:
        if not table[k]["dev"] or not table[k]["test"]:
            errors.append(f"kind {k} missing from a split: {dict(table[k])}")

    all_rows = per_split["dev"] + per_split["test"]
    print(f"total {len(all_rows)}  dev {len(per_split['dev'])}  test {len(per_split['test'])}")
    print(f"\n{'kind (id prefix)':18}{'dev':>5}{'test':>6}{'all':>6}")
    for k in sorted(table):
        print(f"{k:18}{table[k]['dev']:>5}{table[k]['test']:>6}{kinds[k]:>6}")

    def cross(label, fn):
        c = collections.defaultdict(collections.Counter)
        for split, rows in per_split.items():
            for it in rows:
                c[fn(it)][split] += 1
        print(f"\n{label:18}{'dev':>5}{'test':>6}{'all':>6}")
        for key in sorted(c, key=str):
            print(f"{str(key):18}{c[key]['dev']:>5}{c[key]['test']:>6}{c[key]['dev'] + c[key]['test']:>6}")

    cross("ask", lambda it: it["ask"])
    cross("expect", lambda it: it["expect"])
    cross("audience", lambda it: it["audience"])
    cross("follow-up", lambda it: "with previous" if it["previous"] else "single turn")

    # cross-cutting patient facets (an item may count in several)
    def facets(it):
        p = it["patient"]
        out = []
        if p.get("pregnant") or p.get("breastfeeding") or p.get("planning_pregnancy"):
            out.append("pregnancy/breastfeeding")
        if p.get("allergies"):
            out.append("drug allergy")
        if p.get("negated"):
            out.append("negated facts")
        if (p.get("age") or 0) >= 65 and (p.get("comorbidities") or p.get("renal") or p.get("drugs")):
            out.append("older+comorbidity")
        if (p.get("age") is not None and p["age"] < 18) or any(x in p for x in ("age_months", "age_weeks", "age_days")):
            out.append("child")
        if p.get("drugs"):
            out.append("current drugs")
        return out
    fc = collections.defaultdict(collections.Counter)
    for split, rows in per_split.items():
        for it in rows:
            for f in facets(it):
                fc[f][split] += 1
    print(f"\n{'patient facet':24}{'dev':>5}{'test':>6}")
    for f in sorted(fc):
        print(f"{f:24}{fc[f]['dev']:>5}{fc[f]['test']:>6}")
    topics_used = collections.Counter(it["topic"] for it in all_rows if it["topic"])
    print(f"\nlibrary topics covered: {len(topics_used)} of {len(topics)}")
    unused = sorted(topics - set(topics_used))
    if unused:
        print("not covered:", ", ".join(unused))

    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
