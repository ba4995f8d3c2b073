using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Core.Tests;

public sealed class TranscriptJsonTests
{
    private const string Example = """
        {"callId": "zh-001", "language": "zh", "startedAt": "2026-11-20T10:15:00+08:00",
         "agentId": "A017", "customerPhone": "13800138000",
         "turns": [{"speaker": "agent", "start": 0.0, "end": 3.4, "text": "您好，我是华信理财的小李"},
                   {"speaker": "customer", "start": 3.9, "end": 5.1, "text": "嗯，什么事？", "confidence": 0.82}]}
        """;

    [Fact]
    public void Parse_ReadsEveryField_OfTheInterchangeExample()
    {
        var doc = TranscriptJson.Parse(Example);
        Assert.Equal("zh-001", doc.CallId);
        Assert.Equal(Language.Zh, doc.Language);
        Assert.Equal(TimeSpan.FromHours(8), doc.StartedAt!.Value.Offset);
        Assert.Equal("A017", doc.AgentId);
        Assert.Equal("13800138000", doc.CustomerPhone);
        Assert.Equal(2, doc.Transcript.Turns.Count);
        Assert.Equal(new Turn(Speaker.Agent, 0.0, 3.4, "您好，我是华信理财的小李"), doc.Transcript.Turns[0]);
        Assert.Equal(0.82, doc.Transcript.Turns[1].Confidence);
    }

    [Fact]
    public void SerializeThenParse_RoundTripsTheDocument()
    {
        var doc = TranscriptJson.Parse(Example);
        var again = TranscriptJson.Parse(TranscriptJson.Serialize(doc));
        Assert.Equal(doc.CallId, again.CallId);
        Assert.Equal(doc.StartedAt, again.StartedAt);
        Assert.Equal(doc.StartedAt!.Value.Offset, again.StartedAt!.Value.Offset);
        Assert.Equal(doc.CustomerPhone, again.CustomerPhone);
        Assert.Equal(doc.Transcript.Turns, again.Transcript.Turns);
    }

    [Fact]
    public void Serialize_KeepsChineseReadable_AndUsesWireNames()
    {
        var json = TranscriptJson.Serialize(TranscriptJson.Parse(Example));
        Assert.Contains("您好", json, StringComparison.Ordinal);
        Assert.Contains("\"speaker\":\"agent\"", json, StringComparison.Ordinal);
        Assert.Contains("\"startedAt\":\"2026-11-20T10:15:00+08:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IgnoresUnknownFields_AtEveryLevel()
    {
        const string json = """
            {"callId": "v-9", "vendor": {"name": "x", "v": 2}, "language": "en", "extra": [1,2],
             "turns": [{"speaker": "customer", "start": 1, "end": 2, "text": "hi", "words": [{"w": "hi"}], "channel": 1}]}
            """;
        var doc = TranscriptJson.Parse(json);
        Assert.Equal("v-9", doc.CallId);
        Assert.Equal(Language.En, doc.Language);
        Assert.Equal(Speaker.Customer, Assert.Single(doc.Transcript.Turns).Speaker);
    }

    [Fact]
    public void Parse_OrdersTurnsByStartTime()
    {
        const string json = """{"callId": "x", "turns": [{"speaker": "agent", "start": 5, "end": 6, "text": "b"}, {"speaker": "customer", "start": 1, "end": 2, "text": "a"}]}""";
        var turns = TranscriptJson.Parse(json).Transcript.Turns;
        Assert.Equal(["a", "b"], turns.Select(t => t.Text));
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1,2]", "not an object")]
    [InlineData("""{"turns": []}""", "missing \"callId\"")]
    [InlineData("""{"callId": "x"}""", "missing \"turns\"")]
    [InlineData("""{"callId": "x", "language": "fr", "turns": []}""", "\"language\" must be")]
    [InlineData("""{"callId": "x", "turns": [{"speaker": "robot", "start": 0, "end": 1, "text": "a"}]}""", "turn 0: speaker must be")]
    [InlineData("""{"callId": "x", "turns": [{"speaker": "agent", "start": 3, "end": 1, "text": "a"}]}""", "turn 0: times must satisfy")]
    [InlineData("""{"callId": "x", "turns": [{"speaker": "agent", "start": "soon", "end": 1, "text": "a"}]}""", "\"start\" must be a number")]
    [InlineData("""{"callId": "x", "turns": [{"speaker": "agent", "start": 0, "end": 1}]}""", "turn 0: missing \"text\"")]
    [InlineData("""{"callId": "x", "startedAt": "yesterday", "turns": []}""", "\"startedAt\" is not an ISO 8601")]
    public void Parse_ThrowsAReadableError_WhenTheFileIsBroken(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => TranscriptJson.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
