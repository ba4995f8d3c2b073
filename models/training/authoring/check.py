"""Validate the training TSVs and the labelled evaluation calls; print per-file counts."""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(TRAIN))
CALLS = os.path.join(REPO, "tests", "TelesalesQa.Analysis.Tests", "LabelledCalls")
TASKS = ["exaggerated_claim", "rudeness", "refusal", "pushing"]
LANGS = ["zh-Hans", "zh-Hant", "en"]
MIN = {"zh-Hans": 600, "zh-Hant": 400, "en": 600}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


counts = []
for task in TASKS:
    for lang in LANGS:
        fn = os.path.join(TRAIN, f"{task}.{lang}.tsv")
        if not os.path.exists(fn):
            err(f"missing {fn}")
            continue
        raw = open(fn, encoding="utf-8").read()
        if "\r" in raw:
            err(f"{fn}: CR characters")
        lines = raw.split("\n")
        if lines[-1] == "":
            lines = lines[:-1]
        if lines[0] != "label\tgroup\ttext":
            err(f"{fn}: bad header {lines[0]!r}")
        seen = set()
        pos = neg = 0
        for i, l in enumerate(lines[1:], start=2):
            cols = l.split("\t")
            if len(cols) != 3:
                err(f"{fn}:{i}: {len(cols)} columns")
                continue
            lab, gid, text = cols
            if lab not in ("0", "1"):
                err(f"{fn}:{i}: label {lab!r}")
            if not gid or not text.strip():
                err(f"{fn}:{i}: empty group or text")
            if text in seen:
                err(f"{fn}:{i}: duplicate text {text!r}")
            seen.add(text)
            pos += lab == "1"
            neg += lab == "0"
        if neg < pos:
            err(f"{fn}: fewer negatives ({neg}) than positives ({pos})")
        if pos + neg < MIN[lang]:
            err(f"{fn}: only {pos + neg} rows")
        counts.append((os.path.basename(fn), pos, neg))

AGENT_KEYS = ("exaggerated_claim", "rudeness", "ignored_refusal")
ncalls = 0
for fn in sorted(glob.glob(os.path.join(CALLS, "*.json"))):
    ncalls += 1
    r = subprocess.run([sys.executable, "-m", "json.tool", fn], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{fn}: json.tool failed: {r.stderr.strip()}")
        continue
    c = json.load(open(fn, encoding="utf-8"))
    for k in ("callId", "language", "startedAt", "agentId", "customerPhone", "turns", "labels"):
        if k not in c:
            err(f"{fn}: missing {k}")
    if os.path.basename(fn) != c["callId"] + ".json":
        err(f"{fn}: file name does not match callId")
    if c["language"] not in ("zh", "en"):
        err(f"{fn}: language {c['language']}")
    turns = c["turns"]
    if not 8 <= len(turns) <= 20:
        err(f"{fn}: {len(turns)} turns")
    last = -1.0
    for i, t in enumerate(turns):
        if t["speaker"] not in ("agent", "customer"):
            err(f"{fn}#{i}: speaker {t['speaker']}")
        if not (t["start"] >= last and t["end"] > t["start"]):
            err(f"{fn}#{i}: times {t['start']}–{t['end']} after {last}")
        last = t["end"]
    if set(c["labels"]) != {"exaggerated_claim", "rudeness", "ignored_refusal", "refusal"}:
        err(f"{fn}: label keys {sorted(c['labels'])}")
    for k, idxs in c["labels"].items():
        want = "agent" if k in AGENT_KEYS else "customer"
        for i in idxs:
            if not (isinstance(i, int) and 0 <= i < len(turns)):
                err(f"{fn}: {k} index {i} out of range")
            elif turns[i]["speaker"] != want:
                err(f"{fn}: {k} index {i} is a {turns[i]['speaker']} turn")
    # ignored_refusal only after a refusal
    refs = c["labels"].get("refusal", [])
    for i in c["labels"].get("ignored_refusal", []):
        if not refs or i < min(refs):
            err(f"{fn}: ignored_refusal {i} before any refusal")

print()
print(f"{'file':40} {'pos':>5} {'neg':>5} {'total':>6}")
for name, p, n in counts:
    print(f"{name:40} {p:5d} {n:5d} {p + n:6d}")
print(f"labelled calls: {ncalls}")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
