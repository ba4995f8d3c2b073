using System.Text.RegularExpressions;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.CloudLanguage.Tests;

/// <summary>What the (fake) service receives: never a phone, ID, card number or e-mail, in any form.</summary>
public sealed partial class RedactionBeforeSendingTests : IDisposable
{
    private static readonly TurnText[] ChineseTurns =
    [
        new("您好，我的手机号是13800138000，身份证号110105199003071239", Language.Zh),
        new("卡号6222 0212 3456 7890 128，邮箱zhangsan@163.com，谢谢", Language.Zh),
        new("号码是幺三八，零零一三，八零零零，记一下", Language.Zh),
        new("座机010-62345678，或者+86 139 1234 5678", Language.Zh),
    ];

    private static readonly TurnText[] EnglishTurns =
    [
        new("Sure, my cell is (555) 123-4567 and my email is john.smith@example.com", Language.En),
        new("The card is 4111 1111 1111 1111, thank you", Language.En),
        new("It's one three eight oh oh one three eight oh oh oh", Language.En),
        new("Call me on +44 20 7946 0958 after six", Language.En),
    ];

    private static readonly string[] Secrets =
    [
        "13800138000", "110105199003071239", "6222", "3456 7890", "zhangsan@163.com", "62345678", "1234 5678",
        "123-4567", "john.smith@example.com", "4111", "7946 0958",
    ];

    private readonly FakeLanguageServer _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<string> Operations => ["sentiment", "pii"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Client_SendsOnlyRedactedText_WhenChineseTurnsHoldPersonalData(string operation)
    {
        var sent = await SendAsync(operation, ChineseTurns);

        AssertNothingPersonal();
        Assert.Equal(
            [
                "您好，我的手机号是[PHONE]，身份证号[ID]",
                "卡号[CARD]，邮箱[EMAIL]，谢谢",
                "号码是[PHONE]，记一下",
                "座机[PHONE]，或者[PHONE]",
            ],
            _server.Requests.SelectMany(r => r.Texts));
        Assert.Equal(_server.Requests.SelectMany(r => r.Texts), sent.Select(s => s.Text));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Client_SendsOnlyRedactedText_WhenEnglishTurnsHoldPersonalData(string operation)
    {
        var sent = await SendAsync(operation, EnglishTurns);

        AssertNothingPersonal();
        Assert.Equal(
            [
                "Sure, my cell is [PHONE] and my email is [EMAIL]",
                "The card is [CARD], thank you",
                "It's [PHONE]",
                "Call me on [PHONE] after six",
            ],
            _server.Requests.SelectMany(r => r.Texts));
        Assert.All(sent, s => Assert.NotEmpty(s.LocalRedactions));
    }

    [Fact]
    public async Task Client_RedactsBeforeTruncating_WhenAPhoneNumberStraddlesTheLengthLimit()
    {
        var text = new string('好', AzureLanguageClient.MaxCharactersPerDocument - 5) + "13800138000" + new string('好', 100);
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new TurnText(text, Language.Zh)]));

        var received = Assert.Single(Assert.Single(_server.Requests).Texts);
        Assert.Equal(AzureLanguageClient.MaxCharactersPerDocument, received.Length);
        Assert.EndsWith("[PHON", received, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", received);
        Assert.True(result.Sent!.Truncated);
        Assert.Equal("[PHONE]", Assert.Single(result.Sent.LocalRedactions).Placeholder);
    }

    [Fact]
    public async Task Client_NeverSplitsASurrogatePair_WhenTruncating()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("😀", 3000));
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new TurnText(text, Language.En)]));

        var received = Assert.Single(Assert.Single(_server.Requests).Texts);
        Assert.Equal(AzureLanguageClient.MaxCharactersPerDocument - 1, received.Length);
        Assert.False(char.IsHighSurrogate(received[^1]));
        Assert.True(result.Sent!.Truncated);
    }

    [Fact]
    public async Task Client_LeavesShortTextWhole_WhenUnderTheLimit()
    {
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new TurnText("价格是二十九块九，年化百分之三点五", Language.Zh)]));

        Assert.Equal("价格是二十九块九，年化百分之三点五", Assert.Single(Assert.Single(_server.Requests).Texts));
        Assert.False(result.Sent!.Truncated);
        Assert.Empty(result.Sent.LocalRedactions);
    }

    private async Task<IReadOnlyList<SentText>> SendAsync(string operation, IReadOnlyList<TurnText> turns)
    {
        var client = TestClients.Client(_server, maxDocuments: 2);
        return operation == "sentiment"
            ? (await client.AnalyzeSentimentAsync(turns)).Select(r => r.Sent!).ToList()
            : (await client.RecognizePiiAsync(turns)).Select(r => r.Sent!).ToList();
    }

    private void AssertNothingPersonal()
    {
        Assert.Equal(2, _server.Requests.Count);
        foreach (var request in _server.Requests)
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, request.Body, StringComparison.Ordinal);
            }

            foreach (var text in request.Texts)
            {
                foreach (var secret in Secrets)
                {
                    Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                }

                Assert.DoesNotMatch(SpokenDigitRun(), text);
                Assert.DoesNotContain(DigitRuns().Matches(text), m => m.Value.Count(char.IsAsciiDigit) >= 7);
            }
        }
    }

    [GeneratedRegex("[零〇一幺二两三四五六七八九]{7,}|((one|two|three|four|five|six|seven|eight|nine|zero|oh)\\W+){6}")]
    private static partial Regex SpokenDigitRun();

    [GeneratedRegex("[0-9][0-9 ()+.\\-]*")]
    private static partial Regex DigitRuns();
}
