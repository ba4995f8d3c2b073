"""Parse the hand-written group files.

Format: '== 1' / '== 0' sets the label. Blocks are separated by blank lines.
A normal block is one group; its lines are 's TEXT' (zh-Hans), 't TEXT' (zh-Hant), 'e TEXT' (en).
A block starting with '~' makes every line its own group.
A block starting with '%' pairs lines by position per language (i-th s with i-th t with i-th e).
"""
LANG = {"s": "zh-Hans", "t": "zh-Hant", "e": "en"}


def parse(path, prefix):
    groups = []  # (label, gid, {lang: [texts]})
    label = None
    n = 0
    block = []

    def flush():
        nonlocal n, block
        lines = [l for l in block if l.strip() and not l.startswith("#")]
        block = []
        if not lines:
            return
        mode = "group"
        if lines[0].strip() in ("~", "%"):
            mode = {"~": "single", "%": "zip"}[lines[0].strip()]
            lines = lines[1:]
        items = []
        for l in lines:
            code, _, text = l.partition(" ")
            if code not in LANG:
                raise ValueError(f"{path}: bad line {l!r}")
            text = text.strip()
            assert "\t" not in text
            items.append((LANG[code], text))
        if mode == "group":
            d = {}
            for lg, tx in items:
                d.setdefault(lg, []).append(tx)
            n += 1
            groups.append((label, f"{prefix}-{n:03d}", d))
        elif mode == "single":
            for lg, tx in items:
                n += 1
                groups.append((label, f"{prefix}-{n:03d}", {lg: [tx]}))
        else:
            per = {}
            for lg, tx in items:
                per.setdefault(lg, []).append(tx)
            k = max(len(v) for v in per.values())
            for i in range(k):
                d = {lg: [v[i]] for lg, v in per.items() if i < len(v)}
                n += 1
                groups.append((label, f"{prefix}-{n:03d}", d))

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("=="):
            flush()
            label = int(line[2:].strip())
            continue
        if not line.strip():
            flush()
            continue
        block.append(line)
    flush()
    return groups


if __name__ == "__main__":
    import sys
    from collections import Counter
    for path, pfx in [("exag.txt", "exag"), ("rude.txt", "rude"), ("refusal.txt", "refu"), ("push.txt", "push")]:
        g = parse(path, pfx)
        c = Counter()
        for lab, gid, d in g:
            for lg, v in d.items():
                c[(lg, lab)] += len(v)
        print(path, len(g), "groups", dict(sorted(c.items())))
