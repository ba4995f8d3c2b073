"""Hand-written fragments that are combined into whole utterances.

Each spec: task, label, group-prefix, and per language a list of slots. One slot is
the 'core' (index given); its fragments are aligned across languages so that the
i-th core fragment is the same idea in every language, and the group id is derived
from that index (plus the subject index where the subject changes the meaning little).
Combos sharing a core fragment are near-duplicates, so they share a group.
"""
import random

SPECS = []


def spec(task, label, tag, core, per_lang, n_per_core):
    SPECS.append(dict(task=task, label=label, tag=tag, core=core, langs=per_lang, n=n_per_core))


# ---------------- exaggerated_claim: product subject x claim / fact ----------------
FIN_SUBJ = {
    "zh-Hans": ["这款理财", "这个基金", "我们这个年金险", "这款储蓄型保险", "这个信托计划", "这款增额寿", "这个定投组合"],
    "zh-Hant": ["這支理財商品", "這檔基金", "我們這張年金險", "這張儲蓄險", "這個信託", "這張增額壽險", "這個定期定額組合"],
    "en": ["This fund", "Our annuity", "This savings plan", "The bond portfolio", "This endowment policy", "Our managed portfolio"],
}
FIN_CLAIM = {
    "zh-Hans": ["稳赚不赔的", "是保本保息的，收益百分之百有保障", "零风险，比存银行划算多了", "只赚不赔，谁买谁赚", "每年至少百分之十，稳稳的", "绝对不会亏一分钱"],
    "zh-Hant": ["穩賺不賠的啦", "保本保息，報酬百分之百有保障", "零風險，比定存划算太多了", "只賺不賠，誰買誰賺", "每年至少一成，穩穩的", "絕對不會虧一毛錢"],
    "en": ["can't lose, it's a guaranteed win", "guarantees your capital and your interest, a hundred percent", "is zero risk and beats any bank", "only ever makes money, everyone who buys it profits", "pays at least ten percent a year, rock solid", "will never lose you a single penny"],
}
FIN_FACT = {
    "zh-Hans": ["收益是浮动的，不保证", "有一定风险，过往业绩不代表未来表现", "起购金额是一万元", "可以随时赎回，一般两天到账", "风险等级是R3，中等风险", "管理费一年是百分之一点二", "需要先做风险测评才能购买"],
    "zh-Hant": ["報酬是浮動的，沒有保證", "有一定風險，過去績效不代表未來表現", "最低申購金額是一萬元", "可以隨時贖回，一般兩天入帳", "風險等級是RR3，中等風險", "管理費一年是百分之一點二", "要先做風險評估才能申購"],
    "en": ["has a variable return, it isn't guaranteed", "carries some risk, past performance is no guide to the future", "has a minimum investment of five thousand", "lets you withdraw any time, usually within two days", "is rated medium risk, three out of five", "charges an annual management fee of one point two percent", "needs a short risk questionnaire before you can buy it"],
}
spec("exaggerated_claim", 1, "exag-fin", 1,
     {lg: [FIN_SUBJ[lg], FIN_CLAIM[lg]] for lg in FIN_SUBJ}, 4)
spec("exaggerated_claim", 0, "exag-finfact", 1,
     {lg: [FIN_SUBJ[lg], FIN_FACT[lg]] for lg in FIN_SUBJ}, 4)

EDU_SUBJ = {
    "zh-Hans": ["我们这个数学班", "这个英语课程", "这个考研辅导", "我们的雅思班", "这个编程训练营", "这个一对一辅导"],
    "zh-Hant": ["我們這個數學班", "這個英文課程", "這個研究所補習班", "我們的雅思班", "這個程式設計營", "這個一對一家教"],
    "en": ["Our maths programme", "This English course", "The exam prep class", "Our IELTS course", "The coding bootcamp", "Our one-to-one tutoring"],
}
EDU_CLAIM = {
    "zh-Hans": ["包过，考不过是不可能的", "保证孩子提高三十分", "学完百分之百考上重点", "一个月保证见效，成绩立刻上去", "是全国第一的，没有之一"],
    "zh-Hant": ["保證考過，不可能不過", "保證小孩進步三十分", "上完百分之百考上第一志願", "一個月保證有效，成績馬上進步", "是全台第一的，沒有之一"],
    "en": ["guarantees a pass, nobody fails", "will push your child up thirty points, guaranteed", "gets a hundred percent of students into a top school", "shows results in one month, guaranteed", "is the number one in the country, hands down"],
}
EDU_FACT = {
    "zh-Hans": ["一周两次课，每次九十分钟", "可以先免费试听一节", "七天内不满意可以退费", "提分多少要看孩子自己的情况", "是小班教学，一个班最多十二个人", "有线上回放，错过了可以补"],
    "zh-Hant": ["一週兩堂課，一堂九十分鐘", "可以先免費試聽一堂", "七天內不滿意可以退費", "進步多少要看小孩自己的狀況", "是小班制，一班最多十二個人", "有線上重播，錯過可以補看"],
    "en": ["runs twice a week, ninety minutes a session", "has a free trial lesson first", "can be refunded within seven days", "results depend on each child, honestly", "keeps classes small, twelve students at most", "is recorded, so missed lessons can be caught up"],
}
spec("exaggerated_claim", 1, "exag-edu", 1, {lg: [EDU_SUBJ[lg], EDU_CLAIM[lg]] for lg in EDU_SUBJ}, 3)
spec("exaggerated_claim", 0, "exag-edufact", 1, {lg: [EDU_SUBJ[lg], EDU_FACT[lg]] for lg in EDU_SUBJ}, 3)

HEALTH_SUBJ = {
    "zh-Hans": ["这款益生菌", "我们这个鱼油", "这个降压茶", "这款胶原蛋白", "这个减肥代餐", "这款钙片"],
    "zh-Hant": ["這款益生菌", "我們這個魚油", "這個降血壓茶", "這款膠原蛋白", "這個減肥代餐", "這款鈣片"],
    "en": ["This probiotic", "Our fish oil", "The blood pressure tea", "This collagen drink", "The meal replacement shake", "Our calcium tablet"],
}
HEALTH_CLAIM = {
    "zh-Hans": ["百分之百有效，吃了就见效", "没有任何副作用，谁吃都行", "吃三个月保证病好了", "是全世界效果最好的", "保证一个月瘦十斤"],
    "zh-Hant": ["百分之百有效，吃了馬上見效", "完全沒有副作用，誰吃都可以", "吃三個月保證病就好了", "是全世界效果最好的", "保證一個月瘦五公斤"],
    "en": ["works a hundred percent, you'll feel it straight away", "has absolutely no side effects for anyone", "will cure the problem in three months, guaranteed", "is the most effective in the world", "will take ten kilos off you in a month, guaranteed"],
}
HEALTH_FACT = {
    "zh-Hans": ["一天一包，饭后吃", "不能代替药物，有病还是要看医生", "效果因人而异", "孕妇和小孩不建议吃", "一盒是三十天的量", "有蓝帽子的保健食品批文"],
    "zh-Hant": ["一天一包，飯後吃", "不能取代藥物，生病還是要看醫生", "效果因人而異", "孕婦跟小孩不建議吃", "一盒是三十天份", "有健康食品認證字號"],
    "en": ["is one sachet a day after food", "isn't a medicine, so keep seeing your doctor", "works differently for different people", "isn't recommended during pregnancy", "comes in a thirty-day box", "is a registered food supplement, not a drug"],
}
spec("exaggerated_claim", 1, "exag-hlth", 1, {lg: [HEALTH_SUBJ[lg], HEALTH_CLAIM[lg]] for lg in HEALTH_SUBJ}, 3)
spec("exaggerated_claim", 0, "exag-hlthfact", 1, {lg: [HEALTH_SUBJ[lg], HEALTH_FACT[lg]] for lg in HEALTH_SUBJ}, 3)

TEL_SUBJ = {
    "zh-Hans": ["我们这个宽带套餐", "这个5G套餐", "这张流量卡", "我们的千兆光纤", "这个融合套餐"],
    "zh-Hant": ["我們這個光纖方案", "這個5G資費", "這張網卡", "我們的千兆光纖", "這個家庭方案"],
    "en": ["Our broadband package", "This 5G plan", "The data SIM", "Our gigabit fibre", "The family bundle"],
}
TEL_CLAIM = {
    "zh-Hans": ["全网最低价，没有比这更便宜的", "网速全国第一，永远不掉线", "今天是最后一天，过了就再也没有了", "只剩最后三个名额了，明天就没了"],
    "zh-Hant": ["全網最低價，沒有比這個更便宜的", "網速全台第一，永遠不會斷線", "今天是最後一天，過了就再也沒有了", "只剩最後三個名額，明天就沒了"],
    "en": ["is the cheapest anywhere, nobody beats it", "is the fastest in the country and never drops", "ends today, after that it's gone forever", "has only three spots left, tomorrow they're gone"],
}
TEL_FACT = {
    "zh-Hans": ["月租一百二十九，包含一百G流量", "合约期是两年，提前解约有违约金", "安装一般三个工作日内上门", "活动到本月底截止", "最高速率三百兆，实际以测速为准"],
    "zh-Hant": ["月租五九九，有一百G流量", "合約是兩年，提前解約要付違約金", "安裝一般三個工作天內到府", "活動到這個月底截止", "最高三百M，實際以測速為準"],
    "en": ["is thirty-five a month with a hundred gigs of data", "has a two-year contract with an early exit fee", "usually gets installed within three working days", "is available until the end of the month", "goes up to three hundred megs, actual speed depends on the line"],
}
spec("exaggerated_claim", 1, "exag-tel", 1, {lg: [TEL_SUBJ[lg], TEL_CLAIM[lg]] for lg in TEL_SUBJ}, 3)
spec("exaggerated_claim", 0, "exag-telfact", 1, {lg: [TEL_SUBJ[lg], TEL_FACT[lg]] for lg in TEL_SUBJ}, 3)

# ---------------- refusal: opener x core x reason x closer ----------------
REF_OPEN = {
    "zh-Hans": ["", "哎呀，", "不好意思，", "我跟你说，", "喂，", "啊，", "嗯，", "那个，"],
    "zh-Hant": ["", "唉唷，", "不好意思喔，", "我跟你說，", "喂，", "喔，", "嗯，", "那個，"],
    "en": ["", "Oh, ", "Look, ", "Sorry, ", "Yeah, ", "Um, ", "Listen, "],
}
REF_CORE = {
    "zh-Hans": ["不需要", "不用了", "我不要", "没兴趣", "我不考虑", "算了吧不办了"],
    "zh-Hant": ["不需要", "不用了啦", "我不要", "沒興趣", "我不考慮", "算了不辦了"],
    "en": ["I'm not interested", "no thanks", "I don't need it", "I'll pass", "it's not for me", "we don't want it"],
}
REF_REASON = {
    "zh-Hans": ["", "我已经有了", "家里已经装了", "我没那个闲钱", "我年纪大了用不上", "我们公司有固定合作的", "我刚换的", "我不信这些"],
    "zh-Hant": ["", "我已經有了", "家裡已經裝了", "我沒那個閒錢", "我年紀大了用不到", "我們公司有固定合作的", "我剛換的", "我不相信這些"],
    "en": ["", "we already have one", "I just renewed with someone else", "I'm on a fixed income", "I'm too old for this stuff", "our company already has a supplier", "I don't trust phone offers"],
}
REF_CLOSE1 = {
    "zh-Hans": ["", "谢谢", "别再打了", "挂了啊", "就这样吧", "再见"],
    "zh-Hant": ["", "謝謝", "不要再打了", "掛了喔", "就這樣", "掰掰"],
    "en": ["", "thanks", "bye", "please don't call again", "have a good day"],
}
spec("refusal", 1, "refu-c", 1,
     {lg: [REF_OPEN[lg], REF_CORE[lg], REF_REASON[lg], REF_CLOSE1[lg]] for lg in REF_OPEN}, 9)

REF_NCORE = {
    "zh-Hans": ["让我再想想", "你先把资料发我", "多少钱啊", "你晚点再打", "我还没想好", "我得问问家里人"],
    "zh-Hant": ["讓我再想想", "你先把資料傳給我", "多少錢啊", "你晚一點再打", "我還沒想好", "我要問一下家人"],
    "en": ["let me think about it", "can you send me something in writing", "how much is it", "call me back later", "I'm not sure yet", "I need to ask my wife"],
}
REF_NREASON = {
    "zh-Hans": ["", "我现在在上班", "我得看看预算", "之前被坑过一次", "我现在那个合约六月到期", "我在开车"],
    "zh-Hant": ["", "我現在在上班", "我要看一下預算", "之前被騙過一次", "我現在的合約六月到期", "我在開車"],
    "en": ["", "I'm at work right now", "I need to look at my budget", "I got burned once before", "my current deal ends in June", "I'm driving"],
}
REF_CLOSE0 = {
    "zh-Hans": ["", "好吧", "行吗", "谢谢"],
    "zh-Hant": ["", "好嗎", "可以嗎", "謝謝"],
    "en": ["", "okay?", "thanks", "is that alright?"],
}
spec("refusal", 0, "refu-nc", 1,
     {lg: [REF_OPEN[lg], REF_NCORE[lg], REF_NREASON[lg], REF_CLOSE0[lg]] for lg in REF_OPEN}, 9)

# ---------------- pushing: ack x core x tail ----------------
PUSH_ACK = {
    "zh-Hans": ["", "我理解，", "好的，", "明白，", "没关系，", "是是是，", "嗯嗯，", "哦这样啊，"],
    "zh-Hant": ["", "我了解，", "好的，", "了解，", "沒關係，", "是是是，", "嗯嗯，", "喔這樣喔，"],
    "en": ["", "I understand, ", "Okay, ", "Sure, ", "No problem, ", "Right, right, ", "I hear you, "],
}
PUSH_CORE = {
    "zh-Hans": ["不过这个活动今天就截止了", "但是您可以先了解一下嘛", "那我先给您发个资料", "您要不再考虑考虑", "其实很多人一开始也这么说", "那我换个便宜的套餐给您讲讲", "那我过两天再打给您"],
    "zh-Hant": ["不過這個活動今天就截止了", "但是您可以先了解一下嘛", "那我先傳個資料給您", "您要不要再考慮看看", "其實很多人一開始也這樣說", "那我換個便宜的方案跟您說", "那我過兩天再打給您"],
    "en": ["but this offer does end today", "but it's worth just hearing about", "let me send you the details anyway", "but maybe have another think", "a lot of people say that at first, though", "so let me tell you about a cheaper option", "so I'll give you a call back in a couple of days"],
}
PUSH_TAIL1 = {
    "zh-Hans": ["", "您看呢", "就占用您两分钟", "真的很划算"],
    "zh-Hant": ["", "您覺得呢", "只佔用您兩分鐘", "真的很划算"],
    "en": ["", "okay?", "it'll only take two minutes", "it really is good value"],
}
spec("pushing", 1, "push-c", 1,
     {lg: [PUSH_ACK[lg], PUSH_CORE[lg], PUSH_TAIL1[lg]] for lg in PUSH_ACK}, 6)

PUSH_NCORE = {
    "zh-Hans": ["那就不打扰您了", "我这边帮您登记不再来电", "感谢您的时间", "那我把您的号码从名单里去掉", "是我们打扰了", "那今天就到这里"],
    "zh-Hant": ["那就不打擾您了", "我這邊幫您登記不再來電", "謝謝您的時間", "那我把您的號碼從名單拿掉", "是我們打擾了", "那今天就先這樣"],
    "en": ["I won't take up any more of your time", "I'll mark you as do not call", "thanks for your time", "I'll take your number off our list", "sorry for the interruption", "we'll leave it there"],
}
PUSH_TAIL0 = {
    "zh-Hans": ["", "祝您生活愉快", "再见", "祝您工作顺利", "拜拜"],
    "zh-Hant": ["", "祝您順心", "再見", "祝您工作順利", "掰掰"],
    "en": ["", "have a good day", "bye now", "take care", "goodbye"],
}
spec("pushing", 0, "push-nc", 1,
     {lg: [PUSH_ACK[lg], PUSH_NCORE[lg], PUSH_TAIL0[lg]] for lg in PUSH_ACK}, 6)


def join(lang, parts):
    parts = [p for p in parts if p]
    if lang == "en":
        out = ""
        for p in parts:
            if not out:
                out = p
            elif out.endswith(" "):
                out += p
            else:
                out += ", " + p
        out = out.strip()
        out = out[0].upper() + out[1:]
        if out[-1] not in ".?!":
            out += "."
        return out
    out = ""
    for p in parts:
        if not out or out.endswith("，"):
            out += p
        else:
            out += "，" + p
    return out


def generate(task, lang, rng):
    """Return list of (label, group, text)."""
    res = []
    for sp in SPECS:
        if sp["task"] != task or lang not in sp["langs"]:
            continue
        slots = sp["langs"][lang]
        ci = sp["core"]
        for k, core in enumerate(slots[ci]):
            seen = set()
            tries = 0
            while len(seen) < sp["n"] and tries < 200:
                tries += 1
                pick = [rng.choice(s) if i != ci else core for i, s in enumerate(slots)]
                low = [x.lower().strip("，, ") for x in pick if x]
                if any(a and a in b for i, a in enumerate(low) for j, b in enumerate(low) if i != j):
                    continue
                if sp["tag"].startswith("rude-mix"):
                    info, tail = pick
                    if lang == "en":
                        tail = tail[0].upper() + tail[1:]
                        end = "?" if tail.lower().startswith(("did", "does", "honestly, how")) else "."
                        txt = info + ". " + tail + end
                    else:
                        end = "？" if tail.endswith(("吗", "嗎", "啊")) else "。"
                        txt = info + "。" + tail + end
                elif task == "exaggerated_claim" and lang == "en":
                    txt = pick[0] + " " + pick[1] + "."
                elif task == "exaggerated_claim":
                    txt = pick[0] + pick[1]
                else:
                    txt = join(lang, pick)
                seen.add(txt)
            for txt in sorted(seen):
                res.append((sp["label"], f"{sp['tag']}-{k:02d}", txt))
    return res

# ---------------- rudeness: neutral information + rude / polite remark (long mixed turns) ----------------
RUDE_INFO = {
    "zh-Hans": ["免赔额是两百块", "您的合约明年三月到期", "费用是每个月自动扣的", "上门安装大概两个小时", "申请表在我们官网上能下载", "退款一般三到五个工作日到账"],
    "zh-Hant": ["自負額是兩千塊", "您的合約明年三月到期", "費用是每個月自動扣款", "到府安裝大概兩個小時", "申請表在我們官網就可以下載", "退款一般三到五個工作天入帳"],
    "en": ["The excess is two hundred pounds", "Your contract ends in March", "The fee comes out monthly by direct debit", "Installation takes about two hours", "The form is on our website", "Refunds take three to five working days"],
}
RUDE_TAIL1 = {
    "zh-Hans": ["你到底看没看合同啊", "这有什么难懂的", "我都说两遍了，你认真听行不行", "这都搞不懂，真服了", "拜托你跟上好吗"],
    "zh-Hant": ["你到底有沒有看合約啊", "這有什麼難懂的", "我都講兩次了，你可不可以認真聽", "這樣都搞不懂，真的服了你", "拜託你跟上好嗎"],
    "en": ["did you even read it", "it's not exactly complicated", "I've said it twice now, pay attention", "honestly, how hard is that to understand", "try to keep up"],
}
RUDE_TAIL0 = {
    "zh-Hans": ["需要的话我再给您讲一遍", "我们寄的信里也写了", "您看这样说清楚吗", "我可以把条款发您一份", "刚才是我没说清楚，抱歉"],
    "zh-Hant": ["需要的話我再跟您講一次", "我們寄的信裡面也有寫", "這樣說明清楚嗎", "我可以把條款寄一份給您", "剛剛是我沒講清楚，抱歉"],
    "en": ["I'm happy to go over it again", "it's in the letter we sent as well", "does that make sense", "I can email you a copy of the terms", "sorry if I wasn't clear earlier"],
}
spec("rudeness", 1, "rude-mix", 1, {lg: [RUDE_INFO[lg], RUDE_TAIL1[lg]] for lg in RUDE_INFO}, 3)
spec("rudeness", 0, "rude-mixok", 1, {lg: [RUDE_INFO[lg], RUDE_TAIL0[lg]] for lg in RUDE_INFO}, 3)
