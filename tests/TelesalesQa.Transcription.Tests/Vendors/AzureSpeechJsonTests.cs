using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Vendors;
using static TelesalesQa.Transcription.Tests.Vendors.VendorFixtures;

namespace TelesalesQa.Transcription.Tests.Vendors;

public sealed class AzureSpeechJsonTests
{
    [Fact]
    public void Read_TimesPhrasesFromTicksOrIsoDurations_WhenTheFileMixesBoth()
    {
        var turns = VendorTranscripts.Read(Path("azure-zh.json")).Turns;

        Assert.Equal(4, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 0.5, 2.8, "您好，我是招商银行信用卡中心的客服。", 0.91);
        AssertTurn(turns[1], Speaker.Customer, 3.1, 4.35, "嗯，你说。", 0.88);
        // Two agent phrases 0.2 s apart make one turn; its confidence is the mean of theirs.
        AssertTurn(turns[2], Speaker.Agent, 4.6, 10.5, "现在办理分期，手续费全免，保证稳赚不赔。您考虑一下？", 0.83);
        AssertTurn(turns[3], Speaker.Customer, 10.9, 11.8, "不需要，谢谢。", 0.93);
    }

    [Fact]
    public void Parse_MapsDiarizedSpeakers_WhenPhrasesCarryASpeakerNumber()
    {
        const string json = """
            {"recognizedPhrases": [
              {"recognitionStatus": "Success", "channel": 0, "speaker": 1, "offsetInTicks": 2000000, "durationInTicks": 8000000,
               "nBest": [{"confidence": 0.77, "display": "Hello?"}]},
              {"recognitionStatus": "Success", "channel": 0, "speaker": 2, "offsetInTicks": 12000000, "durationInTicks": 30000000,
               "nBest": [{"confidence": 0.9, "display": "Hi, this is Sam from Contoso."}]}
            ]}
            """;

        var byDefault = AzureSpeechJson.Parse(json).Turns;
        var swapped = AzureSpeechJson.Parse(json, new VendorSpeakerMap { AgentLabels = ["speaker 2"], CustomerLabels = ["speaker 1"] }).Turns;

        Assert.Equal([Speaker.Agent, Speaker.Customer], byDefault.Select(t => t.Speaker));
        AssertTurn(swapped[0], Speaker.Customer, 0.2, 1.0, "Hello?", 0.77);
        AssertTurn(swapped[1], Speaker.Agent, 1.2, 4.2, "Hi, this is Sam from Contoso.", 0.9);
    }

    [Fact]
    public void Parse_ThrowsNamingThePhrase_WhenAnOffsetIsNotAnIsoDuration()
    {
        const string json = """
            {"recognizedPhrases": [
              {"channel": 0, "offset": "PT0.5S", "duration": "PT1S", "nBest": [{"confidence": 0.9, "display": "您好"}]},
              {"channel": 1, "offset": "1.5 seconds", "duration": "PT1S", "nBest": [{"confidence": 0.9, "display": "喂"}]}
            ]}
            """;

        var ex = Assert.Throws<TranscriptFormatException>(() => AzureSpeechJson.Parse(json));

        Assert.Equal("Azure Speech recognizedPhrases[1]: \"offset\" is not a duration like \"PT1.23S\" (\"1.5 seconds\")", ex.Message);
    }

    [Theory]
    [InlineData("PT1.23S", 1.23)]
    [InlineData("PT0S", 0)]
    [InlineData("PT1M2.5S", 62.5)]
    [InlineData("P0DT1H0.25S", 3600.25)]
    public void TryParseIsoDuration_ReadsSeconds_WhenTheDurationIsValid(string text, double seconds)
    {
        Assert.True(AzureSpeechJson.TryParseIsoDuration(text, out var parsed));
        Assert.Equal(seconds, parsed, 0.001);
    }

    [Theory]
    [InlineData("1.23")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT1.5")]
    public void TryParseIsoDuration_ReturnsFalse_WhenTheTextIsNotADuration(string text)
    {
        Assert.False(AzureSpeechJson.TryParseIsoDuration(text, out _));
    }
}
