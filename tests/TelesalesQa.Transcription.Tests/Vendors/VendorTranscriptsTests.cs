using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;
using TelesalesQa.Transcription.Vendors;
using static TelesalesQa.Transcription.Tests.Vendors.VendorFixtures;

namespace TelesalesQa.Transcription.Tests.Vendors;

public sealed class VendorTranscriptsTests
{
    [Fact]
    public void Read_ReadsTheInterchangeFormat_WhenJsonHasTurns()
    {
        var turns = VendorTranscripts.Read(Path("interchange.transcript.json")).Turns;

        Assert.Equal(2, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 0.4, 2.2, "Hello, this is Dana from Northwind.");
        AssertTurn(turns[1], Speaker.Customer, 2.5, 3.1, "Who is it?", 0.9);
    }

    [Fact]
    public void Read_ThrowsSayingWhatIsMissing_WhenJsonIsNoKnownTranscript()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => VendorTranscripts.Read(Path("call-metadata.json")));

        Assert.Equal("not a transcript this product can read (JSON without \"turns\", \"results.items\" or \"recognizedPhrases\")", ex.Message);
    }

    [Fact]
    public void Read_ThrowsNamingTheLine_WhenJsonIsBroken()
    {
        using var dir = new TempDir();
        var path = dir.File("call.transcript.json");
        File.WriteAllText(path, "{\"recognizedPhrases\": [\n  {\"channel\": 0,,}\n]}");

        var ex = Assert.Throws<TranscriptFormatException>(() => VendorTranscripts.Read(path));

        Assert.StartsWith("not valid JSON (line 2,", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("renewal-zh.vtt", VendorTranscriptFormat.WebVtt)]
    [InlineData("upgrade-en.srt", VendorTranscriptFormat.Srt)]
    [InlineData("amazon-speakers.json", VendorTranscriptFormat.AmazonTranscribe)]
    [InlineData("amazon-channels.json", VendorTranscriptFormat.AmazonTranscribe)]
    [InlineData("azure-zh.json", VendorTranscriptFormat.AzureSpeech)]
    [InlineData("interchange.transcript.json", VendorTranscriptFormat.Interchange)]
    public void DetectFormat_NamesTheFormat_WhenTheFileIsATranscript(string fixture, VendorTranscriptFormat expected)
    {
        Assert.Equal(expected, VendorTranscripts.DetectFormat(Path(fixture)));
        Assert.True(VendorTranscripts.IsVendorTranscript(Path(fixture)));
    }

    [Fact]
    public void IsVendorTranscript_IsFalse_WhenTheFileIsMetadataARecordingOrMissing()
    {
        using var dir = new TempDir();
        var wav = dir.File("call.wav");
        File.WriteAllBytes(wav, [(byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E']);

        Assert.False(VendorTranscripts.IsVendorTranscript(Path("call-metadata.json")));
        Assert.False(VendorTranscripts.IsVendorTranscript(wav));
        Assert.False(VendorTranscripts.IsVendorTranscript(dir.File("absent.vtt")));
    }

    [Fact]
    public void Read_RecognisesTheContent_WhenTheExtensionSaysNothing()
    {
        using var dir = new TempDir();
        var path = dir.File("call-export.txt");
        File.Copy(Path("upgrade-en.srt"), path);

        Assert.Equal(VendorTranscriptFormat.Srt, VendorTranscripts.DetectFormat(path));
        Assert.Equal(Speaker.Agent, VendorTranscripts.Read(path).Turns[0].Speaker);
    }

    [Theory]
    [InlineData("Agent", Speaker.Agent)]
    [InlineData(" agent ", Speaker.Agent)]
    [InlineData("坐席", Speaker.Agent)]
    [InlineData("ch_0", Speaker.Agent)]
    [InlineData("spk_0", Speaker.Agent)]
    [InlineData("Customer", Speaker.Customer)]
    [InlineData("客户", Speaker.Customer)]
    [InlineData("客戶", Speaker.Customer)]
    [InlineData("ch_1", Speaker.Customer)]
    [InlineData("spk_1", Speaker.Customer)]
    [InlineData("spk_2", Speaker.Unknown)]
    [InlineData("SPEAKER_00", Speaker.Unknown)]
    [InlineData(null, Speaker.Unknown)]
    public void Resolve_MapsVendorLabels_WhenTheDefaultMapIsUsed(string? label, Speaker expected)
    {
        Assert.Equal(expected, VendorSpeakerMap.Default.Resolve(label));
    }
}
