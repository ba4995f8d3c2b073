# Whole labelled calls. Each turn: (speaker, text, tags); tags: E=exaggerated_claim, R=rudeness,
# P=ignored_refusal (agent keeps pushing after a refusal), F=refusal (customer).
A, C = "agent", "customer"

CALLS = []


def call(cid, started, agent, phone, turns, lang="zh"):
    CALLS.append(dict(callId=cid, language=lang, startedAt=started, agentId=agent, customerPhone=phone, turns=turns))


# ---------------------------------------------------------------- zh-Hans
call("eval-zh-001", "2026-11-20T10:15:00+08:00", "A017", "13800138000", [
    (A, "您好，请问是刘女士吗？我是招联理财的客户经理小周，工号三七二。", ""),
    (C, "嗯，是我，什么事啊", ""),
    (A, "打扰您两分钟，您之前在我们App上看过一款现金管理产品，想跟您简单介绍下，您现在方便吗？", ""),
    (C, "你说吧我在等车", ""),
    (A, "好的。这款是R1级的，主要投货币市场，随存随取，最近七日年化大概在一点八左右。", ""),
    (C, "那它保本吗？会不会亏啊", ""),
    (A, "它不是存款，严格讲是不承诺保本的，不过从历史数据看波动非常小，产品说明书我可以发您看一下。", ""),
    (C, "那比存定期高吗", ""),
    (A, "跟三个月定期差不多，它的优势主要是灵活，哪天要用钱第二个工作日就到账。", ""),
    (C, "嗯……那你把说明书发我吧，我回去看看", ""),
    (A, "好嘞，我今天下班前一定发到您手机上，您最好抽空看一眼里面风险揭示那一页。", ""),
    (C, "行", ""),
    (A, "那就不耽误您等车了，感谢您接听，祝您生活愉快，再见。", ""),
])

call("eval-zh-002", "2026-11-20T14:32:10+08:00", "A023", "13912345678", [
    (A, "喂您好，是王先生吧，我这边是鑫盛财富的小李", ""),
    (C, "嗯？哪里", ""),
    (A, "鑫盛财富，就是做理财的，我们现在有个新品那个宝本保息的，年化九个点，给您介绍一下", "E"),
    (C, "九个点？这么高，有风险吧", ""),
    (A, "没有没有，我们是跟央企合作的项目，您投进来一分钱都少不了，闭着眼睛都是赚的", "E"),
    (C, "哦……我还是不弄了，我这边不需要，谢谢啊", "F"),
    (A, "王先生您先别急嘛，您听我讲完，就是说您放银行一年才一点几，放我们这收益高不少呢", "P"),
    (C, "我说了不用", "F"),
    (A, "那这样，我先加您微信，把合同发过去，您有空翻翻再说好不好", "P"),
    (C, "不用加了，你们别再打来了", "F"),
    (A, "这期额度真就剩最后俩了，今天不签明天就没您的份了", "EP"),
    (C, "你们这什么公司啊，真是的", ""),
    (A, "哎，那好吧，打扰了", ""),
])

call("eval-zh-003", "2026-11-21T09:40:00+08:00", "A031", "13655554321", [
    (A, "您好，这里是联通宽带客服中心，请问是陈先生吗？", ""),
    (C, "对，你说", ""),
    (A, "陈先生您好，看到您家宽带下个月合约到期，我们现在有个续约活动，三百兆可以免费升到一千兆，月费不变，您看要不要了解一下？", ""),
    (C, "哦那个不用了，我们下个月搬家，新房子那边已经装好别家的了", "F"),
    (A, "明白了，那先恭喜您乔迁新居。原来这条宽带到期以后，您是打算直接停掉对吧？", ""),
    (C, "对，到期就停", ""),
    (A, "好的，停机需要您本人带身份证去营业厅，或者在App上提交申请也行，光猫记得一起还回来。", ""),
    (C, "行，我知道怎么弄了", ""),
    (A, "那我这边就给您备注一下，不再给您推续约的活动了。感谢您这几年的支持，祝您搬家顺利，再见。", ""),
    (C, "好拜拜", ""),
])

call("eval-zh-004", "2026-11-21T19:05:30+08:00", "A008", "18612340987", [
    (A, "您好，我是学而优教育的林老师，请问是乐乐妈妈吗", ""),
    (C, "是的，老师你好", ""),
    (A, "乐乐妈妈，上周乐乐在我们这做了个数学测评，我跟您说下结果哈，他应用题这块比较薄弱", ""),
    (C, "哦，那个测评考了多少分啊", ""),
    (A, "七十二，满分一百。我们建议他报一个寒假的思维拓展班，一共十二次课", ""),
    (C, "嗯那个思维班跟他学校学的是一个东西吗，我有点没搞懂", ""),
    (A, "哎呀我刚不是讲过了吗，这么点事都弄不明白，就是拓展，拓展懂不懂", "R"),
    (C, "……哦。那报了能提高多少", ""),
    (A, "我跟您讲，只要来上，期末起码涨二十分，我们班就没有不涨分的孩子", "E"),
    (C, "真的啊，那学费呢", ""),
    (A, "十二次课三千六，现在报名送一套教辅资料", ""),
    (C, "我跟他爸商量一下吧，晚上给你回话", ""),
    (A, "行，那您商量好了微信上跟我说一声，我先把课表发给您", ""),
    (C, "好的", ""),
    (A, "好嘞，那先这样，再见乐乐妈妈", ""),
])

call("eval-zh-005", "2026-11-22T15:20:00+08:00", "A044", "13511112222", [
    (A, "喂阿姨您好，我是康宁健康的小赵，之前给您寄过血压计的那个", ""),
    (C, "哦哦，记得记得", ""),
    (A, "阿姨您最近血压怎么样，还按时吃药吗", ""),
    (C, "吃着呢，就是偶尔有点头晕", ""),
    (A, "那您可得注意了。我们新到了一款深海鱼油加纳豆激酶的，那个就是说连着吃三个月血压就稳了，降压药都能慢慢停掉", "E"),
    (C, "能停药？有那么好啊", ""),
    (A, "对呀，好多跟您差不多岁数的老人家都停了，而且是纯天然的东西，一丁点副作用没有", "E"),
    (C, "多少钱一盒啊", ""),
    (A, "一盒三百九十八，一个周期三盒，今天下单再多送一盒", ""),
    (C, "有点贵，我得问问我闺女", ""),
    (A, "阿姨这是活动价，仓库就剩最后二十套了，等您闺女下班再问估计早抢光了", "E"),
    (C, "那……那我还是先问问她再说吧", ""),
])

call("eval-zh-006", "2026-11-22T11:02:45+08:00", "A012", "15988887777", [
    (A, "您好，这里是浦发信用卡中心，我姓孙，请问是这个手机号的机主张伟先生吗？", ""),
    (C, "不是，我不是张伟，我是他爱人，这个号现在我在用", ""),
    (A, "不好意思，那请问您怎么称呼？", ""),
    (C, "我姓何", ""),
    (A, "何女士您好。是这样，这个号码之前登记过一张附属卡的申请，还没办完，想跟您确认下是不是还需要继续。", ""),
    (C, "那个是我老公申请的吧，我不太清楚，你晚上七点以后再打，他那会儿在家", ""),
    (A, "好的没问题。那我晚上七点半左右再联系张先生，您看可以吗？", ""),
    (C, "可以", ""),
    (A, "好的。另外跟您说明一下，这张卡首年免年费，第二年起一年刷满六次可以免年费，具体以合同条款为准，您也可以先跟张先生提一句。", ""),
    (C, "嗯好", ""),
    (A, "好的，那先这样，谢谢何女士，再见。", ""),
])

call("eval-zh-007", "2026-11-23T16:45:00+08:00", "A019", "13700001111", [
    (A, "哎您好，李先生是吧，我是安居房产的顾问小马，咱们滨江那个盘开盘了", ""),
    (C, "我不买房，你们别老打了，上个月就跟你们说过", "F"),
    (A, "李先生您先别挂，好多客户开始也说不买，来现场看了全都订了，就占您一分钟", "P"),
    (C, "我说了不需要", "F"),
    (A, "这个盘是学区房，对口重点小学，以后孩子上学用得着，您家有小孩吧", "P"),
    (C, "跟你有什么关系？再打我就投诉了", "F"),
    (A, "投诉就投诉呗，爱买不买，没钱就直说", "R"),
    (C, "你什么态度啊", ""),
    (A, "切，一听就是掏不出钱的主儿，挂了", "R"),
])

call("eval-zh-008", "2026-11-24T10:30:20+08:00", "A027", "18800009999", [
    (A, "张先生是吧，我这边是易贷金融的，看您之前在我们平台注册过，现在有一笔三十万的额度可以帮您激活", ""),
    (C, "我什么时候注册的？", ""),
    (A, "系统显示是去年十一月，在我们的小程序上，可能是您之前查额度的时候留的手机号", ""),
    (C, "哦可能吧。我现在用不着贷款，谢谢了，也不想再接这种电话", "F"),
    (A, "好的，理解。那我这边帮您把手机号从营销名单里移除，以后就不会再有人打这类电话给您了，您看可以吗？", ""),
    (C, "可以，麻烦了", ""),
    (A, "不客气。另外您要是想注销账号，可以在小程序的设置里操作。打扰您了，祝您工作顺利，再见。", ""),
    (C, "嗯再见", ""),
])

# ---------------------------------------------------------------- zh-Hant
call("eval-zht-001", "2026-11-20T13:40:00+08:00", "A051", "0912345678", [
    (A, "您好，這裡是富邦人壽，敝姓黃，請問是吳小姐嗎？", ""),
    (C, "對，我是", ""),
    (A, "吳小姐您好，上次您在官網留了資料，想了解醫療險的部分，請問現在方便講電話嗎？", ""),
    (C, "可以啊，你說", ""),
    (A, "好的。這張是實支實付的住院醫療，契約上有寫保證續保到七十五歲。", ""),
    (C, "那如果我之前有胃食道逆流，這樣也可以保嗎", ""),
    (A, "投保前就有的狀況要照實告知，核保那邊會看情形，有可能除外或加費，這個我沒辦法先跟您打包票。", ""),
    (C, "喔好，那保費大概多少", ""),
    (A, "以您三十二歲來算，一年大概八千多，實際還是要看核保結果喔", ""),
    (C, "嗯……那你可以把建議書寄給我嗎", ""),
    (A, "沒問題，我今天就把建議書跟條款寄到您信箱，您再慢慢看，有問題隨時打給我", ""),
    (C, "好，謝謝", ""),
    (A, "不會，謝謝吳小姐，祝您有美好的一天，掰掰", ""),
])

call("eval-zht-002", "2026-11-21T15:10:00+08:00", "A052", "0933222111", [
    (A, "您好，這邊是電信門市的合作經銷，我姓蔡，請問是林先生嗎？", ""),
    (C, "嗯，哪位", ""),
    (A, "林先生，我們現在有光纖升級，五百M一個月只要六九九，全台灣找不到比這個更低的，別家根本沒這個價", "E"),
    (C, "不用啦，我家光纖才剛裝好，謝謝", "F"),
    (A, "欸林先生您先別掛，這個價錢只到今天喔，過了今天就再也不會有這麼低的了，您要不要先把名額留下來", "EP"),
    (C, "我就說不用了，你們不要再打來了", "F"),
    (A, "好的了解，跟您說聲抱歉，我這邊幫您備註不再來電，祝您順心，再見", ""),
    (C, "嗯", ""),
])

call("eval-zht-003", "2026-11-22T14:25:00+08:00", "A053", "0987654321", [
    (A, "哈囉您好，我是美妍診所的諮詢師小安，請問是陳小姐嗎", ""),
    (C, "對", ""),
    (A, "陳小姐，我們這個月皮秒有體驗價，之前您有來問過齁", ""),
    (C, "有，我是想問那個會不會痛，還有要做幾次", ""),
    (A, "一點都不會痛啦，而且打一次斑就全部掉光光，保證不會再冒出來", "E"),
    (C, "一次就好喔？可是我朋友說要做好幾次欸", ""),
    (A, "每個人膚況不一樣啦，你朋友可能是在別家做的", ""),
    (C, "那價格呢，可以分期嗎，然後術後要怎麼照顧，會不會反黑", ""),
    (A, "欸你問題也太多了吧，到底要不要做啊，我後面還有一堆客人要打", "R"),
    (C, "我只是想問清楚而已……", ""),
    (A, "好啦好啦，單次六千八，可以分三期，術後要做好防曬。要的話我幫你約禮拜六", ""),
    (C, "我再想想好了", ""),
    (A, "好，那你想好再打來，掰掰", ""),
])

call("eval-zht-004", "2026-11-23T10:05:00+08:00", "A054", "0955123456", [
    (A, "您好，這裡是旅行社客服，我是小鄭，請問是張先生嗎？", ""),
    (C, "對，什麼事", ""),
    (A, "張先生，您之前有參加過我們的北海道團，年底有一個九州溫泉五天的行程，想跟您介紹一下", ""),
    (C, "喔，謝謝你啦，不過今年年底我們不出國，不用了", "F"),
    (A, "好的了解。那請問是之後也不要再打電話跟您介紹行程，還是只是這次不需要呢？", ""),
    (C, "以後有需要我自己會上網看，電話就不用再打了", "F"),
    (A, "沒問題，我幫您設定成不接收電話推廣，謝謝您，祝您生活愉快", ""),
    (C, "好喔，謝啦，掰", ""),
])

call("eval-zht-005", "2026-11-24T15:45:00+08:00", "A055", "0922888777", [
    (A, "您好，我是永明金融的理財顧問Kelvin，請問是何太太嗎？", ""),
    (C, "是，什麼事", ""),
    (A, "何太太，您之前問過小朋友教育基金的儲蓄計劃，我想跟您說明一下", ""),
    (C, "好，不過我只有十分鐘喔", ""),
    (A, "明白，我盡量長話短說。這個計劃是十年繳費，第十八年開始可以領，保證的部分是已繳保費的百分之一百零五，另外還有非保證的紅利", ""),
    (C, "那紅利大概多少", ""),
    (A, "過去幾年的實際派發率大概在八成到九成之間，不過以前的表現不代表以後，這塊要看市場", ""),
    (C, "喔，那我要跟我先生討論一下", ""),
    (A, "沒問題，我把計劃書跟以往的派發紀錄用email寄給您，您們慢慢看", ""),
    (C, "好，那就麻煩你寄一下", ""),
    (A, "不會，謝謝何太太，祝您下午愉快，再見", ""),
])

call("eval-zht-006", "2026-11-25T11:30:00+08:00", "A056", "0966111222", [
    (A, "您好，這邊是汽車展示中心的業務小劉，請問是周先生嗎", ""),
    (C, "我是", ""),
    (A, "周先生，您上次來看的那台休旅車，現在全台就剩這一台現車，今天沒訂的話明天一定被別人搶走", "E"),
    (C, "喔那台喔，我後來已經買別的了，不用了，謝謝", "F"),
    (A, "了解了解，恭喜您交車！那之後我就不再打電話跟您推薦新車，這樣可以嗎？", ""),
    (C, "可以，謝謝", ""),
    (A, "好的，那祝您行車平安，打擾了，掰掰", ""),
    (C, "掰掰", ""),
])

# ---------------------------------------------------------------- en
call("eval-en-001", "2026-11-20T11:10:00+00:00", "A101", "447700900123", [
    (A, "Hi there, this is Marcus from Northwave Broadband, am I speaking with Mrs. Patel?", ""),
    (C, "Yes, this is she.", ""),
    (A, "Great, thanks. I'm calling because your contract is up for renewal next month. Have you got a couple of minutes?", ""),
    (C, "Um, yeah, I've got a few minutes.", ""),
    (A, "Lovely. So at the moment you're on the hundred meg plan at thirty-two pounds. We've got a five hundred meg fibre plan at thirty-four, that's up to five hundred, the actual speed depends on your line.", ""),
    (C, "What's the catch? Is it a longer contract?", ""),
    (A, "It's eighteen months, and there's an exit fee if you leave early, I'll put all of that in writing for you.", ""),
    (C, "Hmm, okay. Can you send me the details? I'd like to compare.", ""),
    (A, "Absolutely. I'll email it today, I promise it'll be in your inbox before five. When would suit you best for a follow-up call once you've had a look?", ""),
    (C, "Thursday evening is probably best.", ""),
    (A, "Perfect, I'll ring Thursday around six. Thanks so much for your time, Mrs. Patel, have a lovely day.", ""),
    (C, "Cheers, you too. Bye now.", ""),
], lang="en")

call("eval-en-002", "2026-11-20T15:25:00-05:00", "A102", "2025550143", [
    (A, "Good afternoon, is that Mr. Harris? It's Dean calling from Summit Capital Partners.", ""),
    (C, "Yeah, who?", ""),
    (A, "Summit Capital. We've got a bond product right now paying twelve percent, fully guaranteed, there's literally no way to lose, it beats every bank out there.", "E"),
    (C, "Twelve percent guaranteed? Sounds too good to be true. I'm not interested, thanks.", "F"),
    (A, "I get that, sir, but hang on a sec, this allocation closes at five today and there are only three places left.", "EP"),
    (C, "I said no. Please take me off your list.", "F"),
    (A, "Look, nearly all of our clients said the exact same thing and now they're thrilled, let me just email you the brochure.", "P"),
    (C, "No! Never ring this number again.", "F"),
    (A, "Alright, alright. I'll remove your number. Have a good afternoon.", ""),
], lang="en")

call("eval-en-003", "2026-11-21T10:50:00+00:00", "A103", "447700900456", [
    (A, "Hello, this is Tara at Crestline Home Insurance, calling for Mr. Wilson?", ""),
    (C, "Yep, Dave Wilson.", ""),
    (A, "Hi Mr. Wilson, I'm following up on your claim for the water damage in the kitchen.", ""),
    (C, "Right, yeah, I sent the photos last week but I still haven't heard anything, and I don't really get what the excess is.", ""),
    (A, "The excess is the bit you pay yourself. It's on page one of your policy. Did you even bother reading it?", "R"),
    (C, "I did, but there are two different numbers on there.", ""),
    (A, "Oh my god. Okay. One's for escape of water, one's for everything else. It's not exactly brain surgery.", "R"),
    (C, "There's no need to be like that.", ""),
    (A, "Sorry, sorry, you're right. Long day, that's on me. So for your claim the excess is two hundred and fifty.", ""),
    (C, "Okay, and when do I get the payout?", ""),
    (A, "The assessor signed it off yesterday, so you should see it within five working days.", ""),
    (C, "Fine. Thanks.", ""),
    (A, "Thanks for your patience, Mr. Wilson. Take care.", ""),
], lang="en")

call("eval-en-004", "2026-11-22T09:35:00+00:00", "A104", "447700900789", [
    (A, "Hi, good morning, this is Priya from BrightPath Tutoring. Is this Mr. Adeyemi?", ""),
    (C, "Yes, that's me.", ""),
    (A, "Thanks for picking up. You downloaded our free maths worksheet pack last month, and I wanted to tell you about our GCSE revision course.", ""),
    (C, "Oh right. Look, that's kind of you, but we'll pass, my son already has a tutor.", "F"),
    (A, "No problem at all. Would you like me to remove your number from our call list?", ""),
    (C, "Yeah, go ahead and remove it.", ""),
    (A, "Done. You won't get any more calls from us. Good luck to your son with his exams.", ""),
    (C, "Thank you, bye now.", ""),
], lang="en")

call("eval-en-005", "2026-11-22T13:15:00-08:00", "A105", "4155550188", [
    (A, "Hello, is this Linda? It's Josh from VitaPure, you ordered our sample pack a couple of weeks ago.", ""),
    (C, "Oh, yes, hi.", ""),
    (A, "How are you finding it so far?", ""),
    (C, "Um, I don't know, it's only been a week, I haven't really noticed anything.", ""),
    (A, "Right, so that's normal at the start. With the full programme you will drop ten kilos in the first month, like, every single customer does, it's a sure thing.", "E"),
    (C, "Ten kilos? Really?", ""),
    (A, "Absolutely, and it's all natural, not one side effect for anybody, you could give it to your kids.", "E"),
    (C, "Hmm. How much is the full programme?", ""),
    (A, "Eighty-nine a month. And honestly there are just four boxes left in this batch, once today's over they're gone for good.", "E"),
    (C, "I'll have to think about it, to be honest.", ""),
    (A, "Sure, of course. I'll drop you an email with the details. Thanks for your time, Linda, bye for now.", ""),
    (C, "Bye.", ""),
], lang="en")

call("eval-en-006", "2026-11-23T14:00:00+00:00", "A106", "447700900321", [
    (A, "Good afternoon, this is Ellen from Harbour Bank Cards. Can I confirm I'm speaking with Mr. Novak?", ""),
    (C, "Yes.", ""),
    (A, "Thank you. I'm calling about the card application you started online, I just need to check a couple of details. Is your address still 14 Mill Lane?", ""),
    (C, "No, the other one, we moved, it's 3 Kingsway now.", ""),
    (A, "Thanks, I've updated that. And do you hold any other credit cards at the moment?", ""),
    (C, "No, just a debit card.", ""),
    (A, "Okay. Just so you know, the limit depends on our credit assessment, so I can't give you an exact figure yet, and the representative rate is 24.9 percent variable.", ""),
    (C, "Right. Can you send me the terms in writing?", ""),
    (A, "Of course, I'll post them and email a copy today. Is there anything else I can help with?", ""),
    (C, "No, that's it, thanks.", ""),
    (A, "Thanks, Mr. Novak. Have a good rest of your day. Goodbye.", ""),
], lang="en")

call("eval-en-007", "2026-11-23T17:20:00-06:00", "A107", "3125550172", [
    (A, "Hi, is that Gary? This is Jason from SunPeak Solar, how you doing today?", ""),
    (C, "Who's this? Look, stop calling me, this is the third time this week.", "F"),
    (A, "I know, I know, but two minutes, you're paying way too much for electricity and we can fix that.", "P"),
    (C, "Mate, I'm really not interested in solar.", "F"),
    (A, "Lots of folks on your street said that too and now they're saving hundreds every month. Can I just book you a free roof survey?", "P"),
    (C, "No. I'm busy.", "F"),
    (A, "Okay, what about Saturday morning then, I'll pencil you in for ten.", "P"),
    (C, "Unbelievable.", ""),
], lang="en")

call("eval-en-008", "2026-11-24T09:05:00+10:00", "A108", "61491570156", [
    (A, "Hi, good morning, it's Sophie from Clearwater Loans. Am I speaking with Ahmed?", ""),
    (C, "Yeah, hi, uh, I'm just about to go into a meeting actually.", ""),
    (A, "No worries, I'll be really quick, or I can call back later, whatever suits you.", ""),
    (C, "Can you call me back around four?", ""),
    (A, "Of course. Just so you have it before then, the loan you asked about starts at 6.9 percent APR, and both approval and the final rate depend on a credit check, so I can't promise anything yet.", ""),
    (C, "Okay that's fine, call me at four.", ""),
    (A, "Will do. I'll call at four and I'll text you my direct number as well. Good luck with the meeting!", ""),
    (C, "Great, thanks, talk later.", ""),
], lang="en")

call("eval-en-009", "2026-11-24T11:40:00-05:00", "A109", "6465550134", [
    (A, "Hello, is this the office manager at Greenleaf Dental? My name's Ryan, I'm with CloudDesk software.", ""),
    (C, "Yes, this is Maria, the practice manager.", ""),
    (A, "Hi Maria. We make appointment software for dental practices. We're the top-rated system on the planet, zero crashes ever, and we'll double your bookings in a month, guaranteed.", "E"),
    (C, "We already have a booking system and we're happy with it, so we're not interested, thank you.", "F"),
    (A, "Happy with it? Wow. Okay. Well, enjoy your dinosaur software, I guess some people just love wasting money.", "R"),
    (C, "Excuse me?", ""),
    (A, "Sorry, that came out wrong. Thanks for your time, bye.", ""),
    (C, "Bye.", ""),
], lang="en")

call("eval-en-010", "2026-11-25T18:10:00+00:00", "A110", "447700900654", [
    (A, "so im calling about the cruise deal we texted you about mediterranean seven nights", ""),
    (C, "oh um right the text yeah", ""),
    (A, "yeah so its the cheapest youll find anywhere no website beats it and theres only two cabins left at this price", "E"),
    (C, "uh no thanks im good were not going away this year", "F"),
    (A, "ah okay no worries then", ""),
    (C, "ok cool cheers", ""),
    (A, "have a good evening bye", ""),
    (C, "bye", ""),
], lang="en")
