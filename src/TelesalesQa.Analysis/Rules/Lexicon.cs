namespace TelesalesQa.Analysis.Rules;

/// <summary>
/// The rule layer's phrase patterns, over normalised text (Simplified script, lower case, punctuation
/// as single spaces). Precise phrases only: each pattern here should be wrong on a turn rarely, since
/// a rule firing costs a supervisor's attention. Exceptions carry the hard negatives of the policy
/// (hedged facts, the agent's promises about its own actions, innocent superlatives).
/// </summary>
internal static class Lexicon
{
    /// <summary>Hedges and promises about the agent's own actions: a claim phrase beside one of these is not a claim.</summary>
    private static readonly string[] ClaimHedges =
    [
        "不保证", "不能保证", "无法保证", "不承诺", "不敢保证", "没法保证", "以合同为准", "过往(业绩|收益)不代表", "历史(业绩|收益)不代表", "投资有风险",
        "保证(今天|明天|马上|尽快).{0,4}(发|寄|给您|回复|联系)", "我保证.{0,4}(发|寄|打|回)",
        " not guaranteed ", " no guarantee", " (don't|do not|can't|cannot|won't) guarantee ", " past (returns|performance|results) ",
        " i guarantee (the|that the|your) (email|letter|call|information|brochure|paperwork)", " i guarantee i('ll| will) ",
    ];

    public static readonly PhraseRule ExaggeratedClaim = new(
        [
            // Financial guarantees (Advertising Law art. 25; the policy's own examples).
            "稳赚不赔", "只赚不赔", "稳赚", "包赚", "保本保息", "保本又保息", "保证收益", "保证回报", "保证赚", "保证.{0,4}翻倍",
            "零风险", "没有任何风险", "一点风险都没有", "完全没有风险", "无风险", "绝对安全", "肯定赚", "一定赚", "稳稳赚",
            "百分之百.{0,3}(赚|收益|有效|安全|通过|能)", "100 ?%.{0,3}(赚|收益|有效|安全|通过)",
            // Absolute superlatives (Advertising Law art. 9).
            "全网最低", "全国最低", "全市最低", "最低价", "史上最低", "全国第一", "全球第一", "世界第一", "行业第一", "第一品牌",
            "最好的(产品|理财|课程|保险|套餐|方案|选择|平台)", "史上最", "绝无仅有", "独一无二", "顶级", "国家级",
            // Promised results.
            "包过", "保证.{0,6}(瘦|提分|提高|通过|考上|治好|见效|康复)", "药到病除", "根治", "无效退款", "一定能.{0,6}(瘦|提高|考上|赚)",
            // Fake scarcity stated as fact.
            "只剩(下)?(最后)?[一二两三四五六七八九十几0-9]+个?(名额|位置|套|份)", "仅剩", "最后[一二两三0-9]+个名额", "今天是最后一天", "过了今天就没有",
            "错过(今天)?就(再也)?没有", "名额马上就没",
            // English.
            // Spelt as recognisers and typists spell it, too (garantee, guarentee, garuntee).
            " g(u)?ar(a|e|u)n?tee[sd]? (you )?(a |an )?(\\w+ ){0,2}(return|returns|profit|profits|income|results|gains|interest) ",
            " guaranteed to ", " you('ll| will) definitely (lose|make|earn|double|get|pass) ", " risk free ", " risk-free ",
            " no risk at all ", " zero risk ", " completely safe ", " can('t|not) lose ", " never lose (money|a cent) ", " double your money ",
            " best (plan|deal|product|price|offer|investment|course|rate)s? (in|on) (the )?(world|country|market|planet) ",
            " number one in the ", " lowest price (anywhere|in the) ", " cheapest (anywhere|in the country|on the market) ",
            " (100|hundred) (%|percent|per cent) (guaranteed|safe|effective|success) ", " only (one|two|three|four|five|a few|\\d+) (places|spots|seats|slots|units) left ",
            " last chance ever ", " offer (ends|expires) (today|tonight) and (will )?never ", " never be this cheap again ",
        ],
        ClaimHedges);

    /// <summary>
    /// The policy's named hard negatives for exaggerated claims: superlative-looking words used
    /// innocently, hedges, and promises about the agent's own actions. Where one of these is the only
    /// thing in a turn that looks like a claim, the model's score is capped below the threshold.
    /// </summary>
    public static readonly PhraseRule NotAClaim = new(
        [
            "最好(下午|上午|晚上|明天|今天|改天|再|先|还是|别|不要|您|你|把)", "百分之百(确认|确定|核对|是您本人)", "最近", "最低起购", "最低(消费|额度|还款)", "最高(保额|额度|可贷)",
            " the best (time|way|number|day|email) to ", " best to (call|reach|email) ",
            " (100|hundred) (%|percent|per cent) (sure|certain) (i|we) (have|got) ", " minimum (order|deposit|spend) ",
            .. ClaimHedges,
        ]);

    public static readonly PhraseRule Rudeness = new(
        [
            "听不懂人话", "听不懂吗", "你是不是傻", "你傻", "傻子", "笨蛋", "蠢货", "你蠢", "真蠢", "白痴", "脑子有病", "你有病", "有病吧", "神经病",
            "脑子进水", "这么简单都不懂", "这都不懂", "这都听不懂", "爱买不买", "穷鬼", "买不起就别", "没钱就别", "滚", "闭嘴", "废话真多", "你烦不烦",
            "啰嗦什么", "浪费我时间", "懒得跟你", "真是服了你", "跟你说不清", "你到底懂不懂", "什么素质", "没文化", "土包子", "他妈的", "妈的",
            "有完没完", "你聋了", "耳朵聋", "你是猪", "猪脑子", "死老头", "老糊涂",
            " stupid ", " idiot", " moron", " dumb ", " are you deaf ", " shut up ", " waste of my time ", " wasting my time ", " don't have all day ",
            " wow (\\w+ )?genius ", " (okay|ok|sure|well done|nice one) genius ", " can't you understand ", " do you even ", " pathetic ", " clueless ", " damn ", " crap ", " for god's sake ", " talking to a wall ",
            " cheapskate ", " get a clue ", " what's wrong with you ", " are you stupid ", " not my problem ",
        ],
        [" not (a )?stupid ", " no stupid questions "]);

    public static readonly PhraseRule Refusal = new(
        [
            "不需要", "不用了", "不感兴趣", "没兴趣", "没有兴趣", "不要再打", "别再打", "别打了", "不要打了", "以后别打", "不要给我打电话", "别给我打电话",
            "不想要", "我不买", "我不要", "拉黑", "投诉你们", "把我的号码删", "删掉我的", "别再联系", "不要再联系", "请不要再", "我拒绝", "不考虑了",
            " not interested ", " no thanks ", " no thank you ", " (don't|do not|never) call (me )?(again|anymore) ", " stop calling ", " take me off ",
            " remove me from ", " remove my number ", " i don't want (it|this|that|any) ", " i'm not buying ", " please don't call ", " leave me alone ",
            " not for me ", " i'll pass ", " i decline ", " don't need (it|this|that|any) ", " put me on (your|the) do not call ",
        ],
        [
            "不是.{0,4}本人", "不需要.{0,8}吗", "不用了解", "不需要(带|准备).{0,6}(吗|么)", "下(周|个星期|个月|次)再", "晚点再", "(发|寄)(给我|个)(资料|信息|短信)",
            " call me (back )?(next|later|tomorrow|another) ", " send me (the )?(details|information|info|an email) ", " not interested in the (basic|cheaper|other) ",
        ]);

    /// <summary>
    /// An agent accepting a refusal or closing politely (not pushing). Bare acknowledgements
    /// ("understood", "理解") are not here: they usually preface a "but…".
    /// </summary>
    public static readonly PhraseRule AcceptsRefusal = new(
        [
            "好的.{0,6}打扰", "打扰(您|你)了", "不打扰", "不再(联系|打扰|给您打)", "以后不(再)?(联系|打)", "(删除|移除|删掉)(您的)?(号码|电话|信息)", "祝您", "再见", "拜拜",
            "那就不打扰",
            " sorry (to bother|for bothering|for disturbing) ", " have a (good|nice|great|lovely) ", " goodbye ", " bye ", " i('ll| will) (remove|take you off|delete) ",
            " take care ", " won't call (you )?again ", " shall i (remove|take you off) ",
        ]);

    /// <summary>An agent pressing on: persuasion, urgency, re-pitching.</summary>
    public static readonly PhraseRule Pushing = new(
        [
            "再考虑", "考虑一下", "了解一下", "耽误您.{0,4}(一|两|几)?分钟", "就一分钟", "很划算", "特别划算", "优惠", "机会", "为什么不", "真的(很|非常|特别)",
            "您听我说", "听我说完", "很多客户", "试试", "试一下", "名额", "错过", "不需要也可以", "先别挂", "别挂", "其实", "只要", "活动", "免费",
            " just (hear|listen|give|one|a) ", " hear me out ", " one minute ", " offer ", " deal ", " discount ", " special ", " think about ",
            " reconsider ", " why not ", " don't hang up ", " before you go ", " free ", " only takes ", " many (of our )?customers ", " opportunity ",
            " but (sir|madam|ma'am|mr|mrs|ms) ", " you('ll| will) regret ", " trust me ",
        ]);

    public static readonly PhraseRule Greeting = new(
        [
            "您好", "你好", "早上好", "上午好", "下午好", "晚上好", "喂", "我是.{0,12}(的|公司|银行|客服)",
            " hello ", " hi ", " good (morning|afternoon|evening|day) ", " this is \\w+ (from|at|with) ", " my name is ", " thank you for taking ",
        ]);

    public static readonly PhraseRule Closing = new(
        [
            "谢谢", "感谢", "再见", "祝您", "打扰了", "拜拜", "慢走", "有问题随时",
            " thank you ", " thanks ", " bye ", " goodbye ", " have a (good|nice|great|lovely|wonderful) ", " take care ", " enjoy your ",
        ]);

    /// <summary>A customer inviting the pitch again after a refusal ("ok, tell me more"), which lifts it.</summary>
    public static readonly PhraseRule ReEngages = new(
        ["那你说(说|吧)", "你说吧", "说来听听", "好吧那", "那我听听", " tell me more ", " go ahead ", " ok what ", " what's the offer ", " how much is it "]);
}
