"""Build models/training/*.tsv from the hand-written groups, fragment combos and spoken-style variation."""
import os
import random
import re
import sys

import combos
import dsl
import noise

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("OUT", os.path.dirname(HERE))
TASKS = {"exaggerated_claim": ("exag.txt", "exag"), "rudeness": ("rude.txt", "rude"),
         "refusal": ("refusal.txt", "refu"), "pushing": ("push.txt", "push")}
TARGET = {"zh-Hans": 620, "zh-Hant": 420, "en": 620}

# Neutral address forms / discourse openers and closers, shared by both labels of a task
# (so they carry no label signal), plus a few label-specific tails where the wording is
# itself part of the behaviour (a farewell after a refusal, a nudge while pushing).
AGENT_PRE = {
    "zh-Hans": ["王先生，", "李女士，", "张姐，", "刘总，", "陈老师，", "嗯，", "呃，", "那个，", "就是说，", "是这样的，",
                "我跟您说，", "对，", "然后呢，", "其实，", "这个，", "哎，", "赵阿姨，", "周先生，"],
    "zh-Hant": ["王先生，", "林小姐，", "陳大哥，", "張姐，", "黃老師，", "嗯，", "呃，", "那個，", "就是說，", "是這樣的，",
                "跟您說喔，", "對，", "然後，", "其實，", "欸，", "那個齁，", "李媽媽，", "吳先生，"],
    "en": ["So, ", "Okay, so ", "Um, ", "Uh, ", "Right, ", "Well, ", "Mr. Thompson, ", "Mrs. Lee, ", "Sir, ",
           "Ma'am, ", "Yeah, ", "Alright, ", "Okay, ", "Mr. Okafor, ", "Ms. Garcia, ", "Now, ", "David, ",
           "Mrs. Nguyen, ", "Mr. Singh, ", "Karen, ", "Mr. Brown, ", "Miss Chen, "],
}
AGENT_SUF = {
    "exaggerated_claim": {
        "zh-Hans": ["您看呢？", "对吧？", "您觉得怎么样？", "您可以了解一下。", "嗯。"],
        "zh-Hant": ["喔。", "齁。", "您覺得呢？", "您參考看看。", "對不對？"],
        "en": [", you know?", ", right?", ", okay?", ", if that makes sense.", ", so yeah."],
    },
    "rudeness": {
        "zh-Hans": ["啊。", "好吧。", "对吧？", "嗯。"],
        "zh-Hant": ["啦。", "喔。", "好嗎？", "齁。"],
        "en": [", okay?", ", alright?", ", yeah?", ", mate."],
    },
}
PUSH_PRE = {
    "zh-Hans": ["好的，", "嗯，", "明白，", "理解理解，", "哦这样啊，", "是是是，", "好的好的，", "那个，", "王先生，",
                "李阿姨，", "张总，", "嗯嗯，", "哦，", "呃，", "对对，"],
    "zh-Hant": ["好，", "嗯，", "了解，", "了解了解，", "喔這樣喔，", "是是是，", "好喔，", "那個，", "王先生，",
                "林小姐，", "陳大哥，", "欸，", "喔，", "好好，"],
    "en": ["Okay, ", "Sure, ", "I understand, ", "Right, ", "Oh, okay, ", "Mm, ", "Yes, yes, ", "Of course, ",
           "Sir, ", "Ma'am, ", "Um, ", "I hear you, ", "Alright, "],
}
PUSH_SUF = {
    1: {"zh-Hans": ["您看呢？", "您看怎么样？", "好不好？", "行吗？"],
        "zh-Hant": ["您覺得呢？", "好不好？", "好嘛。", "齁。"],
        "en": [", okay?", ", how does that sound?", ", yeah?", ", what do you say?"]},
    0: {"zh-Hans": ["再见。", "祝您生活愉快。", "打扰了。", "拜拜。"],
        "zh-Hant": ["再見喔。", "掰掰。", "祝您順心。", "打擾了。"],
        "en": [" Bye now.", " Take care.", " Have a good one.", " Thanks again."]},
}
CUST_PRE = {
    "zh-Hans": ["喂，", "嗯，", "哎呀，", "呃，", "那个，", "我跟你说，", "小姑娘，", "小伙子，", "哦，", "啊，", "就是说，",
                "这个，", "喂喂，", "唉，", "哪位啊？", "谁啊？", "喂，哪里？"],
    "zh-Hant": ["喂，", "嗯，", "唉唷，", "呃，", "那個，", "我跟你說，", "小姐，", "先生，", "喔，", "欸，", "厚，", "蛤，", "哪位？", "喂，哪裡找？"],
    "en": ["Uh, ", "Um, ", "Look, ", "Yeah, um, ", "Hello? ", "Oh, ", "Listen, ", "Okay, ", "Mate, ", "Well, ", "Hi, yeah, ",
           "Who's this? ", "Sorry, who is this? ", "Hello, yes? "],
}
CUST_SUF = {
    "zh-Hans": ["啊。", "哈。", "哦。", "谢谢。"],
    "zh-Hant": ["喔。", "啦。", "欸。", "謝謝。"],
    "en": [", mate.", ", sorry.", ", thanks.", ", love."],
}


def lower_first(s):
    if not s:
        return s
    w = s.split(" ")[0]
    if w in ("I", "I'm", "I'll", "I've", "I'd") or w[:2].isupper() or re.match(r"(Mr|Mrs|Ms|Dr)\.?$", w):
        return s
    return s[0].lower() + s[1:]


def compose(task, label, lang, text, rng):
    """Attach a random opener and/or closer appropriate to the speaker and task."""
    if task == "refusal":
        pre_pool, suf_pool = CUST_PRE[lang], CUST_SUF[lang]
    elif task == "pushing":
        pre_pool, suf_pool = PUSH_PRE[lang], PUSH_SUF[label][lang]
    else:
        pre_pool, suf_pool = AGENT_PRE[lang], AGENT_SUF[task][lang]
    out = text
    r = rng.random()
    use_pre = r < 0.75
    use_suf = r > 0.45
    if use_pre:
        p = rng.choice(pre_pool)
        head = p.strip(" ，,").lower()
        if not out.lower().startswith(head[:2]):
            out = p + (lower_first(out) if lang == "en" else out)
    is_q = out.rstrip().endswith(("?", "？"))
    if use_suf and not is_q:
        s = rng.choice(suf_pool)
        low = out.lower()
        key = re.sub(r"[^\w\u4e00-\u9fff ]", "", s).strip().lower()
        clash = ["再见", "再見", "拜拜", "掰掰", "bye", "goodbye", "take care", "thank", "谢谢", "謝謝", "打扰", "打擾",
                 "愉快", "順心", "good one", "good day"]
        if key and (key in low or any(c in low and c in key for c in clash)):
            return out
        if lang == "en":
            body = out.rstrip(".!")
            out = body + s if s.startswith(",") else body + "." + s
        else:
            body = out.rstrip("。！")
            if s[0] in "啊哈哦喔啦欸齁嗯":
                if not body.endswith(("？", "?", s[0])) and body[-1:] not in "啊哈哦喔啦欸齁嗯吧呢嘛嗎吗":
                    out = body + s
            else:
                out = body + "，" + s
    return out


CLAIM_WORDS = re.compile(
    "今天|明天|最后|最後|只剩|名额|名額|错过|錯過|绝对|絕對|保证|保證|一定|第一|涨|漲|抢|搶|唯一|风险|風險|后悔|後悔"
    "|划算|超值|难得|難得|好处|好處|不会坑|不會騙|大品牌|最|便宜|好用|满意|滿意|适合|適合"
    "|today|tomorrow|last|only|guarantee|never|regret|best|cheap|risk|ends|pays for itself|one-time|won't find"
    "|real deal|rip you off|great deal|good value|benefit|love|thrilled|saving|worth|different|suits|exactly what",
    re.I)
# (source file, group prefix, source label, drop lines with claim words?, max lines per language)
EXTRA = {
    "exaggerated_claim": [("common_agent.txt", "agt", 0, False, 999), ("pitch_agent.txt", "pitch", 0, False, 999),
                          ("rude.txt", "rude", 1, True, 70), ("push.txt", "push", 1, True, 45)],
    "rudeness": [("common_agent.txt", "agt", 0, False, 999), ("pitch_agent.txt", "pitch", 0, False, 999),
                 ("exag.txt", "exag", 1, False, 45), ("push.txt", "push", 1, False, 40)],
    "pushing": [("common_agent.txt", "agt", 0, False, 999)],
    "refusal": [("common_customer.txt", "cust", 0, False, 999)],
}


def extra_negatives(task, lang, rng):
    out = []
    for path, pfx, src_label, drop_claims, cap in EXTRA[task]:
        pool = []
        for label, gid, d in dsl.parse(os.path.join(HERE, path), pfx):
            if label != src_label:
                continue
            for t in d.get(lang, []):
                if drop_claims and CLAIM_WORDS.search(t):
                    continue
                pool.append((0, gid, t))
        rng.shuffle(pool)
        out.extend(pool[:cap])
    return out


def build(task, lang, seed):
    rng = random.Random(seed)
    path, pfx = TASKS[task]
    cores = []
    for label, gid, d in dsl.parse(os.path.join(HERE, path), pfx):
        for t in d.get(lang, []):
            cores.append((label, gid, t))
    combo = combos.generate(task, lang, rng)
    extra = extra_negatives(task, lang, rng)
    rows = {}      # text -> (label, group)
    conflicts = set()

    def add(label, gid, text):
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            return False
        if text in rows:
            if rows[text][0] != label:
                conflicts.add(text)
            return False
        rows[text] = (label, gid)
        return True

    # 1) every hand-written utterance once, in spoken style
    for label, gid, t in cores:
        add(label, gid, noise.vary(t, lang, rng))
    # 2) fragment combinations (already varied in wording), in spoken style
    for label, gid, t in combo:
        add(label, gid, noise.vary(t, lang, rng, p_filler=0.15, p_stutter=0.02))
    # 2b) ordinary turns of the same speaker, and other tasks' positives that are negatives here
    for label, gid, t in extra:
        add(label, gid, noise.vary(t, lang, rng, p_filler=0.15, p_stutter=0.02))
    # 3) top up each label with composed variants (opener/closer + spoken style) of hand-written lines,
    #    at most a few per line, keeping negatives >= positives.
    target = TARGET[lang]
    n_neg_target = int(target * 0.54)
    n_pos_target = target - n_neg_target
    for label, goal in ((0, n_neg_target), (1, n_pos_target)):
        pool = [c for c in cores if c[0] == label]
        per_core = {}
        for rnd in range(4):
            rng.shuffle(pool)
            for lab, gid, t in pool:
                have = sum(1 for v in rows.values() if v[0] == label)
                if have >= goal:
                    break
                if per_core.get(t, 0) >= 3:
                    continue
                if add(lab, gid, noise.vary(compose(task, lab, lang, t, rng), lang, rng, p_filler=0.1, p_stutter=0.02)):
                    per_core[t] = per_core.get(t, 0) + 1
    for t in conflicts:
        rows.pop(t, None)
    out = [(lab, gid, t) for t, (lab, gid) in rows.items()]
    rng.shuffle(out)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    seed = 20261120
    for ti, task in enumerate(TASKS):
        for li, lang in enumerate(TARGET):
            rows = build(task, lang, seed + ti * 10 + li)
            fn = os.path.join(OUT, f"{task}.{lang}.tsv")
            with open(fn, "w", encoding="utf-8", newline="\n") as f:
                f.write("label\tgroup\ttext\n")
                for lab, gid, t in rows:
                    assert "\t" not in t and "\n" not in t
                    f.write(f"{lab}\t{gid}\t{t}\n")
            pos = sum(1 for r in rows if r[0] == 1)
            print(f"{fn}: {len(rows)} rows, {pos} pos, {len(rows)-pos} neg")


if __name__ == "__main__":
    main()
