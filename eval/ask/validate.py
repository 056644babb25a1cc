#!/usr/bin/env python3
"""Validate the ask-classifier data set: parses, labels/voices valid, ids unique,
no duplicate questions (exact or after case/punctuation normalisation), every label in both splits."""
import json, re, sys, collections, pathlib

LABELS = {"treatment","next_step","drug_choice","dose","duration","how_to_take","side_effects",
          "interactions","safety","diagnosis","cause","prognosis","contagious","prevention",
          "definition","comparison","which_clinician","overview"}
VOICES = {"clinician", "patient"}
here = pathlib.Path(__file__).resolve().parent
errors, ids, qs = [], {}, {}
counts = {}
for split in ("train", "test"):
    c = collections.Counter()
    for n, line in enumerate(open(here / f"{split}.jsonl", encoding="utf-8"), 1):
        where = f"{split}.jsonl:{n}"
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"{where}: bad JSON ({e})"); continue
        if set(r) != {"id", "question", "voice", "ask"}:
            errors.append(f"{where}: keys {sorted(r)}")
        if r.get("ask") not in LABELS: errors.append(f"{where}: bad label {r.get('ask')!r}")
        if r.get("voice") not in VOICES: errors.append(f"{where}: bad voice {r.get('voice')!r}")
        q = r.get("question", "")
        if not isinstance(q, str) or not q.strip(): errors.append(f"{where}: empty question")
        if r.get("id") in ids: errors.append(f"{where}: duplicate id {r.get('id')} (also {ids[r['id']]})")
        ids[r.get("id")] = where
        k = re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()
        if k in qs: errors.append(f"{where}: duplicate question {q!r} (also {qs[k]})")
        qs[k] = where
        c[r.get("ask")] += 1
    counts[split] = c
for split, c in counts.items():
    missing = LABELS - set(c)
    if missing: errors.append(f"{split}: labels missing {sorted(missing)}")
total = counts["train"] + counts["test"]
for lab in sorted(LABELS):
    if total[lab] < 45: errors.append(f"label {lab}: only {total[lab]} items (<45)")
print(f"{'label':16s} {'train':>5s} {'test':>5s} {'total':>5s}")
for lab in sorted(LABELS):
    print(f"{lab:16s} {counts['train'][lab]:5d} {counts['test'][lab]:5d} {total[lab]:5d}")
print(f"{'ALL':16s} {sum(counts['train'].values()):5d} {sum(counts['test'].values()):5d} {sum(total.values()):5d}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
