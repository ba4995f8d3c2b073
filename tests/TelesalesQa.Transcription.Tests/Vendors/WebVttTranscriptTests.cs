using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Vendors;
using static TelesalesQa.Transcription.Tests.Vendors.VendorFixtures;

namespace TelesalesQa.Transcription.Tests.Vendors;

public sealed class WebVttTranscriptTests
{
    [Fact]
    public void Read_MapsVoicesAndChinesePrefixesToOrderedTurns_WhenTheFileHasNotesStylesIdsAndSettings()
    {
        var turns = VendorTranscripts.Read(Path("renewal-zh.vtt")).Turns;

        Assert.Equal(5, turns.Count);
        // Two short cues of 坐席 make one turn; Chinese pieces join without a space.
        AssertTurn(turns[0], Speaker.Agent, 0.5, 5.1, "您好，这里是平安车险续保中心，请问是王先生吗？");
        AssertTurn(turns[1], Speaker.Customer, 5.6, 7.0, "是我，什么事？");
        AssertTurn(turns[2], Speaker.Agent, 7.3, 11.8, "这款产品稳赚不赔，年化收益百分之八。");
        AssertTurn(turns[3], Speaker.Customer, 11.5, 13.25, "我不需要，謝謝。");
        AssertTurn(turns[4], Speaker.Agent, 13.4, 14.0, "Okay & thanks.");
    }

    [Fact]
    public void Parse_JoinsOnlyCuesOfTheSameUnknownVoice_WhenTheMapDoesNotKnowTheVoices()
    {
        const string vtt = """
            WEBVTT

            00:01.000 --> 00:02.000
            <v Bob>Hello there.</v>

            00:02.100 --> 00:03.000
            <v Bob>Anyone?</v>

            00:03.200 --> 00:04.000
            <v Carol>Yes?</v>

            00:04.200 --> 00:05.000
            Who is calling?

            00:05.100 --> 00:06.000
            It's Bob.
            """;

        var turns = WebVttTranscript.Parse(vtt).Turns;

        // Bob's two cues are one stretch of one voice; cues with no voice at all may be two people, so they stay apart.
        Assert.Equal(4, turns.Count);
        AssertTurn(turns[0], Speaker.Unknown, 1.0, 3.0, "Hello there. Anyone?");
        AssertTurn(turns[1], Speaker.Unknown, 3.2, 4.0, "Yes?");
        AssertTurn(turns[2], Speaker.Unknown, 4.2, 5.0, "Who is calling?");
        AssertTurn(turns[3], Speaker.Unknown, 5.1, 6.0, "It's Bob.");
    }

    [Fact]
    public void Parse_SplitsTheCueIntoOneTurnPerVoice_WhenTwoVoicesShareACue()
    {
        const string vtt = "WEBVTT\r\n\r\n00:00:04.000 --> 00:00:06.500\r\n<v Agent>Is now a good time?</v> <v Customer>Not really.</v>\r\n";

        var turns = WebVttTranscript.Parse(vtt).Turns;

        Assert.Equal(2, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 4.0, 6.5, "Is now a good time?");
        AssertTurn(turns[1], Speaker.Customer, 4.0, 6.5, "Not really.");
    }

    [Fact]
    public void Parse_ThrowsNamingTheLine_WhenACueTimeIsBroken()
    {
        const string vtt = "WEBVTT\n\nNOTE exported\n\n00:00:0x.000 --> 00:00:02.000\n坐席：您好\n";

        var ex = Assert.Throws<TranscriptFormatException>(() => WebVttTranscript.Parse(vtt));

        Assert.Equal("WebVTT line 5: bad time \"00:00:0x.000\"", ex.Message);
    }

    [Fact]
    public void Parse_ThrowsNamingTheHeader_WhenTheFileDoesNotStartWithWebVtt()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => WebVttTranscript.Parse("1\n00:00:01,000 --> 00:00:02,000\nHi\n"));

        Assert.Equal("not a WebVTT file: the first line must be \"WEBVTT\"", ex.Message);
    }
}
