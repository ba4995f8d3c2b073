using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Vendors;
using static TelesalesQa.Transcription.Tests.Vendors.VendorFixtures;

namespace TelesalesQa.Transcription.Tests.Vendors;

public sealed class AmazonTranscribeJsonTests
{
    [Fact]
    public void Read_GroupsWordsIntoTurnsAndAttachesPunctuation_WhenSpeakersComeFromSpeakerLabels()
    {
        var turns = VendorTranscripts.Read(Path("amazon-speakers.json")).Turns;

        Assert.Equal(3, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 0.5, 1.8, "Hello, this is Dana.", 0.96);
        AssertTurn(turns[1], Speaker.Customer, 2.4, 2.9, "Who is it?", 0.85);
        AssertTurn(turns[2], Speaker.Agent, 3.2, 3.9, "Your upgrade.", 0.9);
    }

    [Fact]
    public void Read_InterleavesChannelsByTime_WhenChannelIdentificationIsOn()
    {
        var turns = VendorTranscripts.Read(Path("amazon-channels.json")).Turns;

        Assert.Equal(3, turns.Count);
        AssertTurn(turns[0], Speaker.Agent, 0.3, 2.0, "您好，这里是宽带客服。", 0.94);
        // The customer's 嗯 starts before the agent has finished: a separate turn, ordered by start.
        AssertTurn(turns[1], Speaker.Customer, 1.8, 3.0, "嗯，不用了。", (0.6 + 0.9 + 0.8) / 3);
        AssertTurn(turns[2], Speaker.Agent, 3.5, 3.9, "好的。", 0.97);
    }

    [Fact]
    public void Parse_UsesEachItemsOwnSpeakerLabelAndTheConfiguredMap_WhenItemsCarryTheLabel()
    {
        const string json = """
            {"results": {"items": [
              {"id": 0, "start_time": "0.2", "end_time": "0.6", "speaker_label": "spk_0", "alternatives": [{"confidence": "0.7", "content": "Hello"}], "type": "pronunciation"},
              {"id": 1, "speaker_label": "spk_0", "alternatives": [{"confidence": "0.0", "content": "?"}], "type": "punctuation"},
              {"id": 2, "start_time": "1.0", "end_time": "1.4", "speaker_label": "spk_1", "alternatives": [{"confidence": "0.9", "content": "Hi"}], "type": "pronunciation"}
            ]}}
            """;
        var map = new VendorSpeakerMap { AgentLabels = ["spk_1"], CustomerLabels = ["spk_0"] };

        var turns = AmazonTranscribeJson.Parse(json, map).Turns;

        Assert.Equal(2, turns.Count);
        AssertTurn(turns[0], Speaker.Customer, 0.2, 0.6, "Hello?", 0.7);
        AssertTurn(turns[1], Speaker.Agent, 1.0, 1.4, "Hi", 0.9);
    }

    [Fact]
    public void Parse_ThrowsNamingTheItem_WhenAStartTimeIsNotANumber()
    {
        const string json = """
            {"results": {"items": [
              {"start_time": "0.2", "end_time": "0.6", "alternatives": [{"confidence": "0.7", "content": "Hello"}], "type": "pronunciation"},
              {"start_time": "1.2s", "end_time": "1.6", "alternatives": [{"confidence": "0.9", "content": "there"}], "type": "pronunciation"}
            ]}}
            """;

        var ex = Assert.Throws<TranscriptFormatException>(() => AmazonTranscribeJson.Parse(json));

        Assert.Equal("Amazon Transcribe results.items[1]: \"start_time\" is not a number of seconds (\"1.2s\")", ex.Message);
    }
}
