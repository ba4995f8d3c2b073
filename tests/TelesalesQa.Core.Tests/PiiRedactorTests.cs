using TelesalesQa.Core.Text;

namespace TelesalesQa.Core.Tests;

public sealed class PiiRedactorTests
{
    // Test values: 110105199003071239 and 11010519491231002X pass GB 11643's MOD 11-2 check;
    // 6222021234567890128, 6212261202001234567 and 4111111111111111 pass Luhn.

    [Theory]
    [InlineData("我的手机号是13800138000，谢谢", "我的手机号是[PHONE]，谢谢")]
    [InlineData("号码 138 0013 8000 您记一下", "号码 [PHONE] 您记一下")]
    [InlineData("打138-0013-8000找我", "打[PHONE]找我")]
    [InlineData("国际格式+86 138 0013 8000也行", "国际格式[PHONE]也行")]
    [InlineData("(+86)13800138000", "[PHONE]")]
    [InlineData("+8613800138000", "[PHONE]")]
    [InlineData("0086-138-0013-8000", "[PHONE]")]
    [InlineData("86 13800138000", "[PHONE]")]
    [InlineData("全角１３８００１３８０００", "全角[PHONE]")]
    [InlineData("call me on 13800138000 tomorrow", "call me on [PHONE] tomorrow")]
    [InlineData("my cell is +86-139-1234-5678.", "my cell is [PHONE].")]
    public void Redact_ReplacesChineseMobileWithPhone_WhenWrittenInAnyCommonShape(string input, string expected)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.All(result.Spans, s => Assert.Equal(PiiKind.Phone, s.Kind));
    }

    [Theory]
    [InlineData("Reach me at +44 20 7946 0958 after six", "Reach me at [PHONE] after six")]
    [InlineData("Call (555) 123-4567 today", "Call [PHONE] today")]
    [InlineData("It's 555-123-4567.", "It's [PHONE].")]
    [InlineData("It's 555.123.4567.", "It's [PHONE].")]
    [InlineData("+1 (555) 123-4567", "[PHONE]")]
    [InlineData("my office is 020 7946 0958", "my office is [PHONE]")]
    [InlineData("mobile 07700 900123", "mobile [PHONE]")]
    [InlineData("Call 2125551234", "Call [PHONE]")]
    [InlineData("ext 555-1234", "ext [PHONE]")]
    [InlineData("座机010-62345678", "座机[PHONE]")]
    [InlineData("公司电话是0755 8888 6666", "公司电话是[PHONE]")]
    [InlineData("拨打00442079460958", "拨打[PHONE]")]
    public void Redact_ReplacesOtherPhoneNumbersWithPhone_WhenInternationalLandlineUsOrUkStyle(string input, string expected)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(PiiKind.Phone, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("身份证号110105199003071239对吗", "身份证号[ID]对吗")]
    [InlineData("身份证11010519491231002X", "身份证[ID]")]
    [InlineData("尾号是x的11010519491231002x", "尾号是x的[ID]")]
    [InlineData("my ID number is 110105 19900307 1239 ok", "my ID number is [ID] ok")]
    [InlineData("ID:110105199003071239", "ID:[ID]")]
    public void Redact_ReplacesResidentIdWithId_WhenChecksumIsValid(string input, string expected)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(PiiKind.NationalId, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("身份证号110105199003071230")]
    [InlineData("id 11010519491231002 1")]
    [InlineData("身份证号32010219880000005 9")]
    public void Redact_NeverLabelsIdOrCard_WhenIdChecksumFails(string input)
    {
        var result = PiiRedactor.Redact(input);

        Assert.DoesNotContain("[ID]", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[CARD]", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Spans, s => s.Kind is PiiKind.NationalId or PiiKind.BankCard);
    }

    [Fact]
    public void Redact_StillHidesTheDigits_WhenALongNumberFailsEveryChecksum()
    {
        var result = PiiRedactor.Redact("号码110105199003071230");

        Assert.Equal("号码[NUMBER]", result.Text);
        Assert.Equal(PiiKind.Number, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("卡号6222 0212 3456 7890 128", "卡号[CARD]")]
    [InlineData("银行卡是6212261202001234567，工行的", "银行卡是[CARD]，工行的")]
    [InlineData("card number 4111 1111 1111 1111 expires soon", "card number [CARD] expires soon")]
    [InlineData("use 4111-1111-1111-1111", "use [CARD]")]
    public void Redact_ReplacesBankCardWithCard_WhenLuhnIsValid(string input, string expected)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(PiiKind.BankCard, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1112")]
    [InlineData("卡号6222021234567890123")]
    public void Redact_NeverLabelsCard_WhenLuhnFails(string input)
    {
        var result = PiiRedactor.Redact(input);

        Assert.DoesNotContain(result.Spans, s => s.Kind == PiiKind.BankCard);
        Assert.DoesNotContain("1111 1112", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("6222021234567890123", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("邮箱是zhangsan@163.com，发我", "邮箱是[EMAIL]，发我")]
    [InlineData("write to john.smith+qa@example.co.uk today", "write to [EMAIL] today")]
    [InlineData("it's john dot smith at gmail dot com", "it's [EMAIL]")]
    [InlineData("邮箱zhangsan艾特163点com", "邮箱[EMAIL]")]
    [InlineData("邮箱 wang_li at qq dot com 谢谢", "邮箱 [EMAIL] 谢谢")]
    [InlineData("全角ｌｉ：li13800138000＠qq.com", "全角ｌｉ：[EMAIL]")]
    public void Redact_ReplacesEmailWithEmail_WhenWrittenOrSpoken(string input, string expected)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(PiiKind.Email, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("我的电话是一三八零零一三八零零零", "我的电话是[PHONE]", PiiKind.Phone)]
    [InlineData("幺三八，零零幺三，八零零零", "[PHONE]", PiiKind.Phone)]
    [InlineData("手机幺八六两三四五六七八九好的", "手机[PHONE]好的", PiiKind.Phone)]
    [InlineData("電話壹參捌零零壹參捌零零零", "電話[PHONE]", PiiKind.Phone)]
    [InlineData("号码是幺三八 0013 8000", "号码是[PHONE]", PiiKind.Phone)]
    [InlineData("身份证一一零一零五一九九零零三零七一二三九", "身份证[ID]", PiiKind.NationalId)]
    [InlineData("身份证一一零一零五一九四九一二三一零零二叉", "身份证[ID]", PiiKind.NationalId)]
    [InlineData("卡号六二一二二六一二零二零零一二三四五六七", "卡号[CARD]", PiiKind.BankCard)]
    [InlineData("分机号五五五一二三四转一下", "分机号[NUMBER]转一下", PiiKind.Number)]
    [InlineData("座机零七五五八八八八六六六六", "座机[PHONE]", PiiKind.Phone)]
    public void Redact_ReplacesDigitsReadOutInChinese_WhenTheRunIsLong(string input, string expected, PiiKind kind)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(kind, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("my number is one three eight oh oh one three eight oh oh oh thanks", "my number is [PHONE] thanks", PiiKind.Phone)]
    [InlineData("One three eight, double oh one three, eight triple oh.", "[PHONE].", PiiKind.Phone)]
    [InlineData("plus four four two oh seven nine four six oh nine five eight", "[PHONE]", PiiKind.Phone)]
    [InlineData("it's five five five one two three four, ok", "it's [NUMBER], ok", PiiKind.Number)]
    [InlineData("card four one one one one one one one one one one one one one one one", "card [CARD]", PiiKind.BankCard)]
    [InlineData("ID one one zero one zero five one nine four nine one two three one zero zero two x", "ID [ID]", PiiKind.NationalId)]
    [InlineData("zero seven seven zero zero nine zero zero one two three", "[PHONE]", PiiKind.Phone)]
    [InlineData("it's oh seven seven double oh nine hundred one two three", "it's [PHONE]", PiiKind.Phone)]
    [InlineData("call me at two one two, five five five, one two three four", "call me at [PHONE]", PiiKind.Phone)]
    [InlineData("Your reference number is 4 5 6 7 8 9 1 2", "Your reference number is [NUMBER]", PiiKind.Number)]
    public void Redact_ReplacesDigitsReadOutInEnglish_WhenTheRunIsLong(string input, string expected, PiiKind kind)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(kind, Assert.Single(result.Spans).Kind);
    }

    [Theory]
    [InlineData("这个套餐二十九块九一个月")]
    [InlineData("一共是两万三千五百元，一年一千零八十")]
    [InlineData("年化收益百分之三点五，比银行高")]
    [InlineData("优惠价1299元，原价1599元")]
    [InlineData("价格在1000-2000之间")]
    [InlineData("1288-1688元的都有")]
    [InlineData("活动从2019-2023年一直有")]
    [InlineData("2024-05-01开始，到01-06-2024结束")]
    [InlineData("我一九九八年出生的，二零二三年买的")]
    [InlineData("二零二三 二零二四，这两年都有")]
    [InlineData("我们有三个方案，统一一下，万一不行呢")]
    [InlineData("收益率是3.5%，存12999.00元")]
    [InlineData("一共1,000,000元，或者说1 000 000")]
    [InlineData("三三两两，一五一十地说")]
    [InlineData("It's twenty nine ninety nine a month")]
    [InlineData("That's $1,299.99 or 1299.99 dollars")]
    [InlineData("save 15% today, offer ends in 2024")]
    [InlineData("Oh, one more thing: one or two of them, one on one")]
    [InlineData("the years 2019 2020 2021 were good")]
    [InlineData("a 3.14159 rate and 1234.5678 units")]
    [InlineData("call back in 10 minutes, 2 or 3 times, room 1203")]
    [InlineData("I'm forty-five, seven days a week, twenty four seven")]
    [InlineData("meet me at the office")]
    [InlineData("five hundred dollars and one hundred twenty, I'll pay 2 3 4 hundred")]
    [InlineData("一三五我都有空，二四六不行，他说两三个月以后再说")]
    [InlineData("您的尾号是8000的那张卡，验证码是123456，工号9527")]
    public void Redact_KeepsTextUnchanged_WhenItHoldsOnlyOrdinaryNumbers(string input)
    {
        var result = PiiRedactor.Redact(input);

        Assert.Equal(input, result.Text);
        Assert.Empty(result.Spans);
        Assert.False(result.HasRedactions);
    }

    [Fact]
    public void Redact_ReportsOffsetsInBothTexts_WhenSeveralKindsAppear()
    {
        const string input = "tel 13800138000, mail a@b.com, id 110105199003071239.";

        var result = PiiRedactor.Redact(input);

        Assert.Equal("tel [PHONE], mail [EMAIL], id [ID].", result.Text);
        Assert.Collection(
            result.Spans,
            s => Assert.Equal((PiiKind.Phone, 4, 11, 4), (s.Kind, s.Start, s.Length, s.RedactedStart)),
            s => Assert.Equal((PiiKind.Email, 22, 7, 18), (s.Kind, s.Start, s.Length, s.RedactedStart)),
            s => Assert.Equal((PiiKind.NationalId, 34, 18, 30), (s.Kind, s.Start, s.Length, s.RedactedStart)));
        Assert.All(result.Spans, s => Assert.Equal(s.Placeholder, result.Text.Substring(s.RedactedStart, s.Placeholder.Length)));
        Assert.Equal("13800138000", input.Substring(result.Spans[0].Start, result.Spans[0].Length));
    }

    [Fact]
    public void Redact_LeavesTheWordAlone_WhenAChineseNumeralWordTouchesAWrittenPhone()
    {
        var result = PiiRedactor.Redact("统一 13800138000");

        Assert.Equal("统一 [PHONE]", result.Text);
    }

    [Fact]
    public void Redact_ReturnsTheSameEmptyText_WhenTextIsEmpty()
    {
        var result = PiiRedactor.Redact("");

        Assert.Equal("", result.Text);
        Assert.Empty(result.Spans);
    }

    [Fact]
    public void Redact_Throws_WhenTextIsNull()
    {
        Assert.Throws<ArgumentNullException>(() => PiiRedactor.Redact(null!));
    }

    [Theory]
    [InlineData(PiiKind.Phone, "[PHONE]")]
    [InlineData(PiiKind.NationalId, "[ID]")]
    [InlineData(PiiKind.BankCard, "[CARD]")]
    [InlineData(PiiKind.Email, "[EMAIL]")]
    [InlineData(PiiKind.Number, "[NUMBER]")]
    public void Placeholder_NamesTheKind_ForEveryKind(PiiKind kind, string expected)
    {
        Assert.Equal(expected, PiiRedactor.Placeholder(kind));
    }
}
