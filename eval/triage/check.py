"""Validate the triage eval set: parse, unique ids, field consistency, minimum counts, cross-split similarity."""
import json, collections, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
CONDS = ["cauda-equina","stroke","acute-coronary-syndrome","pulmonary-embolism","subarachnoid-haemorrhage","meningitis","sepsis","anaphylaxis","suicidal-intent","diabetic-ketoacidosis","ectopic-pregnancy","testicular-torsion","upper-gi-bleeding","aortic-dissection","infant-fever","life-threatening-asthma","angle-closure-glaucoma","overdose-poisoning","child-dehydration"]
EXPECT = {"emergency":"emergency","lookalike":"in_scope","health":"in_scope","nonhealth":"out_of_scope"}
data = {}
ids = set()
for split in ("dev","test"):
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, f"{split}.jsonl")), 1):
        r = json.loads(line)
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        assert r["kind"] in EXPECT and r["expect"] == EXPECT[r["kind"]], r
        assert r["audience"] in ("patient","clinician") and isinstance(r["previous"], list) and r["question"].strip()
        if r["kind"] in ("emergency","lookalike"): assert r["condition"] in CONDS, r
        for a in r.get("also_ok", []): assert a in CONDS and a != r["condition"], r
        assert r["no_emergency"] == (r["kind"] != "emergency")
        rows.append(r)
    data[split] = rows
allrows = data["dev"] + data["test"]
kinds = collections.Counter(r["kind"] for r in allrows)
print("total", len(allrows), dict(kinds))
print("follow-up emergencies:", sum(1 for r in allrows if r["kind"]=="emergency" and r["previous"]))
print("clinician items:", collections.Counter(r["kind"] for r in allrows if r["audience"]=="clinician"))
print(f"\n{'condition':28s} {'em dev':>6} {'em test':>7} {'em all':>6} {'la dev':>6} {'la test':>7} {'la all':>6}")
ok = True
for c in CONDS:
    e = [sum(1 for r in data[s] if r["kind"]=="emergency" and r["condition"]==c) for s in ("dev","test")]
    l = [sum(1 for r in data[s] if r["kind"]=="lookalike" and r["condition"]==c) for s in ("dev","test")]
    flag = "" if sum(e)>=10 and sum(l)>=5 and min(e+l)>0 else "  <-- FAIL"
    ok &= not flag
    print(f"{c:28s} {e[0]:6d} {e[1]:7d} {sum(e):6d} {l[0]:6d} {l[1]:7d} {sum(l):6d}{flag}")
print()
for s in ("dev","test"):
    print(s, len(data[s]), dict(collections.Counter(r["kind"] for r in data[s])))
# minimums
ok &= kinds["emergency"]>=210 and kinds["lookalike"]>=120 and kinds["nonhealth"]>=50 and kinds["health"]>=60 and len(allrows)>=440
ok &= sum(1 for r in allrows if r["kind"]=="emergency" and r["previous"]) >= 15
# near-duplicate check across split (token Jaccard)
tok = lambda q: set(re.findall(r"[a-z0-9]+", q.lower()))
worst = []
for a in data["dev"]:
    for b in data["test"]:
        ta, tb = tok(a["question"]), tok(b["question"])
        j = len(ta & tb) / max(1, len(ta | tb))
        worst.append((j, a["id"], b["id"]))
worst.sort(reverse=True)
print("\nmost similar dev/test pairs (Jaccard):")
for w in worst[:6]: print(f"  {w[0]:.2f} {w[1]} {w[2]}")
ok &= worst[0][0] < 0.6
print("\nALL CHECKS PASS" if ok else "\nCHECKS FAILED")
