#!/usr/bin/env python3
"""Scores Galen on the question-frame set (dev.jsonl / test.jsonl here).

Usage, from the project's root:
    python3 eval/frame/score.py eval/frame/dev.jsonl [--cmd bin/galen] [--verbose]

One `CMD ask --json --batch` run for the whole set. An item passes when:
  expect "answered":  the status is answered; the bottom line cites the expected topic (the
                      first citation of the bottom line, or the first reference when there is no
                      bottom line); every "must" group matches the bottom line or a section shown
                      above the fold (not "folded"); no "must_not" regex matches the bottom line
  expect "insufficient_evidence": the status is insufficient_evidence (an emergency alert or
                      out_of_scope fails it)
The last line is the summary; exit status 0 when every item passed.
"""
import json, re, subprocess, sys, tempfile

def text_of(st):
    return (st or {}).get("text", "") if isinstance(st, dict) else ""

def main():
    args = sys.argv[1:]
    path = args[0]
    cmd = args[args.index("--cmd") + 1] if "--cmd" in args else "bin/galen"
    verbose = "--verbose" in args
    items = [json.loads(l) for l in open(path) if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "question": it["question"], "audience": it.get("audience", "clinician"), "previous": it.get("previous", [])}) + "\n")
        batch = f.name
    out = subprocess.run([cmd, "ask", "--json", "--batch", batch], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr[-2000:]); sys.exit(2)
    answers = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    passed = 0
    by_kind = {}
    for it, a in zip(items, answers):
        fails = []
        kind = it["id"].rsplit("-", 1)[0]
        if it["expect"] == "insufficient_evidence":
            if a["status"] != "insufficient_evidence":
                refs = [r["id"] for r in a.get("references", [])]
                fails.append(f"status {a['status']} (refs {refs[:2]})")
        else:
            if a["status"] != "answered":
                fails.append(f"status {a['status']}")
            else:
                refs = {r["n"]: r["id"] for r in a.get("references", [])}
                bl = a.get("bottomLine")
                first = refs.get(bl["citations"][0]) if bl else (a["references"][0]["id"] if a.get("references") else None)
                if it.get("topic") and first != it["topic"]:
                    fails.append(f"topic {first} != {it['topic']}")
                shown = text_of(bl) + " " + " ".join(text_of(s) for sec in a.get("sections", []) if not sec.get("folded") for s in sec.get("statements", []))
                folded = " ".join(text_of(s) for sec in a.get("sections", []) if sec.get("folded") for s in sec.get("statements", []))
                for group in it.get("must", []):
                    if not any(re.search(rx, shown, re.I) for rx in group):
                        below = any(re.search(rx, folded, re.I) for rx in group)
                        fails.append(("folded away: " if below else "missing ") + "|".join(group)[:80])
                for rx in it.get("must_not", []):
                    if re.search(rx, text_of(bl), re.I):
                        fails.append("bottom line has " + rx)
        ok = not fails
        passed += ok
        k = by_kind.setdefault(kind, [0, 0]); k[0] += ok; k[1] += 1
        if not ok and verbose:
            print(f"FAIL {it['id']}: {it['question'][:100]}\n     " + "; ".join(fails) + "\n     bottom line: " + text_of(a.get("bottomLine"))[:200])
    print("by kind: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_kind.items())))
    print(f"items {passed}/{len(items)}")
    sys.exit(0 if passed == len(items) else 1)

main()
