using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Vendors;
using static TelesalesQa.Transcription.Tests.Vendors.VendorFixtures;

namespace TelesalesQa.Transcription.Tests.Vendors;

public sealed class SrtTranscriptTests
{
    [Fact]
    public void Read_TakesSpeakersFromColonAndBracketPrefixes_WhenCuesAreLabelled()
    {
        var turns = VendorTranscripts.Read(Path("upgrade-en.srt")).Turns;

        Assert.Equal(5, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 1.0, 3.5, "Good morning, this is Dana from Northwind Broadband.");
        AssertTurn(turns[1], Speaker.Customer, 3.9, 5.2, "Hi, who is this?");
        AssertTurn(turns[2], Speaker.Agent, 5.4, 9.75, "I'm calling about your upgrade. It's guaranteed to double your speed.");
        AssertTurn(turns[3], Speaker.Customer, 10.1, 12.0, "No thanks, I'm not interested.");
        // "Note:" is not a speaker the map knows, so it stays part of the text.
        AssertTurn(turns[4], Speaker.Unknown, 12.3, 13.0, "Note: line dropped");
    }

    [Fact]
    public void Read_UsesTheConfiguredMap_WhenThePlatformLabelsDiarizedVoices()
    {
        var map = new VendorSpeakerMap { AgentLabels = ["SPEAKER_01"], CustomerLabels = ["SPEAKER_00"] };

        var turns = VendorTranscripts.Read(Path("diarized.srt"), map).Turns;

        Assert.Equal([Speaker.Customer, Speaker.Agent, Speaker.Customer], turns.Select(t => t.Speaker));
        AssertTurn(turns[1], Speaker.Agent, 2.4, 5.9, "Hi, I'm calling from Contoso Energy about your tariff.");
    }

    [Fact]
    public void Read_StripsDiarizationLabelsButLeavesSpeakersUnknown_WhenTheDefaultMapDoesNotNameThem()
    {
        var turns = VendorTranscripts.Read(Path("diarized.srt")).Turns;

        Assert.All(turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
        Assert.Equal(["Hello?", "Hi, I'm calling from Contoso Energy about your tariff.", "Not interested."], turns.Select(t => t.Text));
    }

    [Fact]
    public void Read_ThrowsNamingTheCueAndTheTime_WhenACueTimeIsBroken()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => VendorTranscripts.Read(Path("broken-time.srt")));

        Assert.Equal("SRT cue 4: bad time \"00:01:xx,000\"", ex.Message);
    }

    [Fact]
    public void Parse_ThrowsNamingTheCue_WhenACueEndsBeforeItStarts()
    {
        const string srt = "7\n00:00:05,000 --> 00:00:04,000\nAgent: Hello\n";

        var ex = Assert.Throws<TranscriptFormatException>(() => SrtTranscript.Parse(srt));

        Assert.Equal("SRT cue 7: ends before it starts (00:00:05,000 --> 00:00:04,000)", ex.Message);
    }
}
