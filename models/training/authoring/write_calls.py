import json, os, random, re, sys
from calls import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.environ.get("OUTC", os.path.join(REPO, "tests", "TelesalesQa.Analysis.Tests", "LabelledCalls"))
os.makedirs(OUT, exist_ok=True)
rng = random.Random(7)
for c in CALLS:
    t = round(rng.uniform(0.3, 1.2), 1)
    turns = []
    labels = {"exaggerated_claim": [], "rudeness": [], "ignored_refusal": [], "refusal": []}
    for i, (spk, text, tags) in enumerate(c["turns"]):
        if c["language"] == "en":
            dur = len(text.split()) / rng.uniform(2.4, 3.1)
        else:
            dur = len(re.sub(r"[\s，。？！、…]", "", text)) / rng.uniform(4.0, 5.2)
        dur = max(0.8, dur + rng.uniform(0.1, 0.5))
        start = t
        end = round(start + dur, 1)
        turns.append({"speaker": spk, "start": round(start, 1), "end": end, "text": text})
        t = round(end + rng.uniform(0.3, 1.1), 1)
        for tag in tags:
            key = {"E": "exaggerated_claim", "R": "rudeness", "P": "ignored_refusal", "F": "refusal"}[tag]
            labels[key].append(i)
    obj = {k: c[k] for k in ("callId", "language", "startedAt", "agentId", "customerPhone")}
    obj["turns"] = turns
    obj["labels"] = labels
    with open(os.path.join(OUT, c["callId"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(CALLS), "calls")
