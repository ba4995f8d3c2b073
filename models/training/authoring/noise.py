"""Speech-like surface variation: fillers, missing punctuation, recogniser typos, stutters."""
import re

ZH_PUNCT = "，。？！、；：,.?!;:…“”\"'（）()"

TYPO_HANS = {
    "保本保息": ["宝本保息", "保本保吸"], "稳赚不赔": ["稳赚不陪", "稳站不赔"], "只赚不赔": ["只赚不陪"],
    "零风险": ["零风显", "灵风险"], "收益": ["受益", "收义"], "理财": ["理才"], "保证": ["保正", "包证"],
    "年化": ["年华"], "利息": ["利西"], "利率": ["利律"], "百分之百": ["百分知百", "白分之百"],
    "第一": ["地一"], "最低": ["最底"], "最后": ["最厚"], "名额": ["明额"], "绝对": ["决对"],
    "一定": ["一顶"], "肯定": ["肯顶"], "全网": ["全往"], "翻倍": ["翻背"], "保险": ["宝险"],
    "理赔": ["理陪"], "宽带": ["宽待"], "套餐": ["套参"], "信用卡": ["信用咔"], "贷款": ["代款"],
    "额度": ["额肚"], "孩子": ["还子"], "成绩": ["成级"], "提高": ["提搞"], "效果": ["笑果"],
    "减肥": ["剪肥"], "保健品": ["保健平"], "副作用": ["副做用"], "房价": ["房假"], "楼盘": ["楼判"],
    "首付": ["手付"], "课程": ["课成"], "优惠": ["有会", "优会"], "活动": ["或动"], "划算": ["滑算"],
    "便宜": ["便意"], "价格": ["价个"], "需要": ["须要"], "兴趣": ["性趣"], "考虑": ["考率"],
    "电话": ["点话"], "打扰": ["打绕"], "麻烦": ["马烦"], "再说": ["在说"], "再打": ["在打"],
    "再想": ["在想"], "再考虑": ["在考虑"], "骚扰": ["扫扰"], "投诉": ["头诉"], "听不懂": ["听不动"],
    "有病": ["有并"], "脑子": ["闹子"], "白痴": ["白吃"], "神经病": ["神经并"], "浪费": ["浪废"],
    "资料": ["资了"], "微信": ["威信"], "名单": ["明单"], "推销": ["推消"], "客户": ["客护"],
    "满意": ["蛮意"], "试用": ["是用"], "产品": ["产平"], "合同": ["和同"], "风险": ["风线"],
    "机会": ["鸡会"], "真的": ["真得"], "就是": ["就事"], "已经": ["以经"], "挂了": ["挂啦"],
    "别打了": ["别大了"], "耽误": ["单误"], "一分钟": ["一分中"], "经理": ["经历"], "定金": ["订金"],
    "保值": ["保质"], "疗程": ["疗成"], "效率": ["笑率"], "系统": ["系桶"], "软件": ["软建"],
}
TYPO_HANT = {
    "保本保息": ["寶本保息", "保本保吸"], "穩賺不賠": ["穩賺不陪", "穩站不賠"], "只賺不賠": ["只賺不陪"],
    "零風險": ["零風顯", "靈風險"], "收益": ["受益"], "報酬": ["抱酬", "報仇"], "理財": ["理才"],
    "保證": ["保正", "包證"], "年化": ["年華"], "利息": ["利西"], "利率": ["利律"], "百分之百": ["百分知百"],
    "第一": ["地一"], "最低": ["最底"], "最後": ["最厚"], "名額": ["明額"], "絕對": ["決對"],
    "一定": ["一頂"], "全網": ["全往"], "翻倍": ["翻背"], "保險": ["寶險"], "理賠": ["理陪"],
    "方案": ["方按"], "信用卡": ["信用咖"], "貸款": ["代款"], "額度": ["額肚"], "成績": ["成級"],
    "效果": ["笑果"], "副作用": ["副做用"], "房價": ["房假"], "建案": ["建按"], "優惠": ["有會"],
    "活動": ["或動"], "划算": ["滑算"], "便宜": ["便意"], "價格": ["價個"], "需要": ["須要"],
    "興趣": ["性趣"], "考慮": ["考率"], "電話": ["點話"], "打擾": ["打繞"], "麻煩": ["馬煩"],
    "再說": ["在說"], "再打": ["在打"], "再想": ["在想"], "騷擾": ["掃擾"], "檢舉": ["簡舉"],
    "聽不懂": ["聽不動"], "有病": ["有並"], "腦袋": ["惱袋"], "白癡": ["白吃"], "神經病": ["神經並"],
    "浪費": ["浪廢"], "資料": ["資了"], "名單": ["明單"], "推銷": ["推消"], "客戶": ["客護"],
    "滿意": ["蠻意"], "試用": ["是用"], "商品": ["傷品"], "合約": ["何約"], "風險": ["風顯"],
    "機會": ["雞會"], "真的": ["真得"], "就是": ["就事"], "已經": ["以經"], "掛了": ["掛啦"],
    "耽誤": ["單誤"], "一分鐘": ["一分中"], "系統": ["系桶"], "軟體": ["軟題"], "療程": ["療成"],
}
ZH_CHAR_SWAP = [("的", "得"), ("在", "再"), ("再", "在"), ("吗", "嘛"), ("嗎", "嘛"), ("那", "哪"), ("做", "作"), ("吧", "把")]

TYPO_EN = {
    "guaranteed": ["garanteed", "guarantee", "guaranty"], "guarantee": ["garantee", "guaranty"],
    "risk-free": ["risk free", "wrist free"], "interested": ["interest it", "intrested"],
    "calling": ["colling", "call in"], "definitely": ["definately", "defiantly"], "percent": ["per cent", "persent"],
    "lowest": ["lowes"], "best": ["bess"], "kilos": ["keylos"], "weight": ["wait"], "lose": ["loose"],
    "insurance": ["in surance", "insurence"], "policy": ["polacy"], "broadband": ["broad band"],
    "because": ["cause"], "going to": ["gonna"], "want to": ["wanna"], "don't": ["dont", "do not"],
    "I'm": ["im", "i am"], "you're": ["your", "youre"], "it's": ["its"], "can't": ["cant"], "won't": ["wont"],
    "I'll": ["ill", "i will"], "thanks": ["thanx", "thank"], "please": ["pleas"], "stupid": ["stupit"],
    "seriously": ["seriusly"], "sir": ["sur", "sure"], "offer": ["offa"], "today": ["to day"],
    "tomorrow": ["tomorow"], "minute": ["minit"], "price": ["prize"], "bye": ["by", "buy"],
    "not": ["knot"], "hear": ["here"], "right": ["write"], "there": ["their"], "your": ["you're", "yer"],
    "whatever": ["what ever"], "anyway": ["any way"], "someone": ["some one"], "list": ["last"],
    "number": ["numbr"], "hundred": ["hundret"], "finance": ["fine ants"], "return": ["re turn"],
    "returns": ["re turns"], "guaranteed.": ["garanteed"], "idiot": ["idiut"], "deal": ["dill"],
    "loan": ["lone"], "rate": ["great"], "quote": ["coat"], "credit": ["cred it"], "supplement": ["supple meant"],
    "course": ["coarse"], "week": ["weak"], "would": ["wood"], "know": ["no"], "interest": ["intrest"],
}
EN_FILLERS = ["um", "uh", "you know", "like", "I mean", "so", "uh, like", "kind of"]
EN_START_FILLERS = ["um", "uh", "you know", "like", "I mean", "so", "well", "uh, so"]
HANS_FILLERS = ["嗯", "那个", "就是说", "呃", "然后", "就是", "这个", "怎么说呢", "对"]
HANT_FILLERS = ["嗯", "那個", "就是說", "呃", "然後", "就是", "這個", "齁", "欸", "對啊"]


def strip_punct_zh(text, rng):
    sep = " " if rng.random() < 0.25 else ""
    out = re.sub("[，、；：,;:]", sep, text)
    out = re.sub("[。？！.?!…“”\"'（）()]", "", out)
    return re.sub(" +", " ", out).strip()


def strip_punct_en(text, rng):
    out = re.sub(r"[.,?!;:\"()]", "", text)
    out = out.replace(" - ", " ")
    if rng.random() < 0.75:
        out = out.lower()
    if rng.random() < 0.5:
        out = out.replace("'", "")
    return re.sub(" +", " ", out).strip()


def typo_zh(text, table, rng):
    keys = [k for k in table if k in text]
    if keys and rng.random() < 0.85:
        k = rng.choice(keys)
        return text.replace(k, rng.choice(table[k]), 1)
    swaps = [(a, b) for a, b in ZH_CHAR_SWAP if a in text]
    if swaps:
        a, b = rng.choice(swaps)
        idx = [i for i, c in enumerate(text) if c == a]
        i = rng.choice(idx)
        return text[:i] + b + text[i + 1:]
    return None


def typo_en(text, rng):
    words = text.split(" ")
    cand = []
    low = text.lower()
    for k in TYPO_EN:
        if re.search(r"(?<![A-Za-z'])" + re.escape(k) + r"(?![A-Za-z'])", text):
            cand.append(k)
    r = rng.random()
    if cand and r < 0.7:
        k = rng.choice(cand)
        return re.sub(r"(?<![A-Za-z'])" + re.escape(k) + r"(?![A-Za-z'])", rng.choice(TYPO_EN[k]), text, count=1)
    # run two short words together
    idx = [i for i in range(len(words) - 1) if words[i].isalpha() and words[i + 1].isalpha()
           and len(words[i]) <= 5 and len(words[i + 1]) <= 7]
    if idx:
        i = rng.choice(idx)
        return " ".join(words[:i] + [words[i] + words[i + 1].lower()] + words[i + 2:])
    return None


def add_filler_zh(text, fillers, rng):
    f = rng.choice(fillers)
    commas = [m.start() for m in re.finditer("，", text)]
    if commas and rng.random() < 0.6:
        i = rng.choice(commas)
        return text[:i + 1] + f + text[i + 1:]
    # otherwise at the start, or right after a leading pronoun / discourse word
    m = re.match("^(我们|我們|您|你|我|那|就|这|這|其实|其實|然后|然後)", text)
    if m and rng.random() < 0.4:
        i = m.end()
        return text[:i] + f + "，" + text[i:]
    return f + "，" + text


EN_SLOT_WORDS = {"i", "i'll", "i'm", "i've", "i'd", "you", "we", "it", "it's", "this", "that", "the", "a", "but",
                 "and", "so", "just", "to", "let", "if", "what", "how", "there", "maybe", "your", "my", "is", "do"}


def add_filler_en(text, rng):
    f = rng.choice(EN_FILLERS)
    words = text.split(" ")
    cand = [i for i in range(1, len(words))
            if words[i - 1].endswith(",") or words[i].lower().strip(",.?!") in EN_SLOT_WORDS]
    if len(words) < 3 or not cand or rng.random() < 0.35:
        first = words[0]
        if len(first) > 1 and first[1:2].islower() and first not in ("I'm", "I'll", "I've", "I'd") and not re.match(r"(Mr|Mrs|Ms|Dr)\.?$", first):
            words[0] = first[:1].lower() + first[1:]
        f = rng.choice(EN_START_FILLERS)
        return f[0].upper() + f[1:] + ", " + " ".join(words)
    i = rng.choice(cand)
    prev = words[i - 1]
    if prev.endswith(","):
        return " ".join(words[:i] + [f + ","] + words[i:])
    return " ".join(words[:i - 1] + [prev + ",", f + ","] + words[i:])


def stutter(text, lang, rng):
    if lang == "en":
        words = text.split(" ")
        i = rng.randint(0, min(3, len(words) - 1))
        w = re.sub(r"[^\w']", "", words[i])
        if not w:
            return None
        words.insert(i, w if i else w)
        return " ".join(words)
    if len(text) < 3:
        return None
    n = rng.choice([1, 1, 2])
    return text[:n] + text[:n] + text[n:]


STATS = {"typo": 0, "typo_try": 0, "lines": 0}


def vary(text, lang, rng, p_unpunct=0.5, p_typo=0.19, p_filler=0.25, p_stutter=0.04):
    """Return a spoken-style rendering of text (may be unchanged)."""
    out = text
    if rng.random() < p_filler:
        out = add_filler_en(out, rng) if lang == "en" else add_filler_zh(out, HANS_FILLERS if lang == "zh-Hans" else HANT_FILLERS, rng)
    if rng.random() < p_stutter:
        s = stutter(out, lang, rng)
        if s:
            out = s
    if rng.random() < p_typo:
        STATS["typo_try"] += 1
        t = typo_en(out, rng) if lang == "en" else typo_zh(out, TYPO_HANS if lang == "zh-Hans" else TYPO_HANT, rng)
        if t:
            out = t
            STATS["typo"] += 1
    STATS["lines"] += 1
    if rng.random() < p_unpunct:
        out = strip_punct_en(out, rng) if lang == "en" else strip_punct_zh(out, rng)
    return out
