using System.Collections.Frozen;
using System.Text;

namespace TelesalesQa.Core.Text;

/// <summary>
/// Folds Traditional Chinese characters to Simplified so one set of rules and one model serve both
/// scripts. Only the matching key is folded: the original text is always kept for display. The table
/// covers the characters common in sales calls; a character it lacks passes through unchanged, which
/// the classifiers tolerate because they are also trained on Traditional text.
/// </summary>
public static class ChineseScript
{
    private const string Traditional = "這個們說話請謝電聽麼來時間問題實際報價優開關後過沒對經點東見絕穩賺賠險證無風趕緊僅額數強頭腦煩聯繫絡單號碼務應該讓給選擇長與產擔歡樂議興別須為於買賣錢費還會機貸養網寬帶課學習醫藥療減終虧損態聲氣罵廢滾囉講懶錯麽幹嗎喔爲幾萬億隻條張種樣邊頁項嚴確認識記錄訂購處員戶區華國銀帳資訊驗簡贈禮專屬獨頂級軍領導權準達標滿搶計從擾掛斷騷舉訴刪總業績競爭滙匯陸續紹詢諮詳細統讀書試師輔補熱門劃週歲齡紀雙親愛夠裡裏髮發麵齊據舊歷曆鐘鍾臺檯颱灣範乾淨麗體內兩陽陰衛護鄉鎮縣營銷運動戰劑診顧慮誤傳廣虛誇獲穫賬託鬆遲讚謊騙詐負責賴豬聾啞媽傢閉瘋癡蟲殘聰厲驚訝諷";
    private const string Simplified = "这个们说话请谢电听么来时间问题实际报价优开关后过没对经点东见绝稳赚赔险证无风赶紧仅额数强头脑烦联系络单号码务应该让给选择长与产担欢乐议兴别须为于买卖钱费还会机贷养网宽带课学习医药疗减终亏损态声气骂废滚啰讲懒错么干吗哦为几万亿只条张种样边页项严确认识记录订购处员户区华国银账资讯验简赠礼专属独顶级军领导权准达标满抢计从扰挂断骚举诉删总业绩竞争汇汇陆续绍询咨详细统读书试师辅补热门划周岁龄纪双亲爱够里里发发面齐据旧历历钟钟台台台湾范干净丽体内两阳阴卫护乡镇县营销运动战剂诊顾虑误传广虚夸获获账托松迟赞谎骗诈负责赖猪聋哑妈家闭疯痴虫残聪厉惊讶讽";

    private static readonly FrozenDictionary<char, char> Map = Traditional
        .Zip(Simplified)
        .ToFrozenDictionary(p => p.First, p => p.Second);

    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Map.TryGetValue(text[i], out var s))
            {
                sb ??= new StringBuilder(text);
                sb[i] = s;
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>True if the text holds at least one CJK ideograph.</summary>
    public static bool HasHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
