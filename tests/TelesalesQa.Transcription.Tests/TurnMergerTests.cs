using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Tests;

public sealed class TurnMergerTests
{
    private static RecognisedSegment Seg(Speaker s, double start, double end, params string[] words)
    {
        var step = (end - start) / Math.Max(1, words.Length);
        return new RecognisedSegment(s, start, end, words.Select((w, i) => new RecognisedWord(w, start + i * step, start + (i + 1) * step, 0.8)).ToArray());
    }

    [Fact]
    public void Merge_JoinsConsecutiveSegmentsOfOneSpeaker_AndOrdersByTime()
    {
        var t = TurnMerger.Merge(
        [
            Seg(Speaker.Customer, 4.0, 5.0, "hello"),
            Seg(Speaker.Agent, 0.0, 1.5, "good", "morning"),
            Seg(Speaker.Agent, 2.0, 3.5, "this", "is", "anna"),
        ], Language.En);
        Assert.Equal(2, t.Turns.Count);
        Assert.Equal(new Turn(Speaker.Agent, 0.0, 3.5, "good morning this is anna", 0.8), t.Turns[0]);
        Assert.Equal(Speaker.Customer, t.Turns[1].Speaker);
    }

    [Fact]
    public void Merge_KeepsOverlappingSpeechAsSeparateTurns_SoAnInterruptionShows()
    {
        var t = TurnMerger.Merge(
        [
            Seg(Speaker.Customer, 2.0, 6.0, "well", "i", "was", "thinking"),
            Seg(Speaker.Agent, 0.0, 1.8, "any", "questions"),
            Seg(Speaker.Agent, 4.5, 7.0, "yes", "but", "listen"),
        ], Language.En);
        Assert.Equal([Speaker.Agent, Speaker.Customer, Speaker.Agent], t.Turns.Select(x => x.Speaker));
        Assert.True(t.Turns[2].Start < t.Turns[1].End);
    }

    [Fact]
    public void Merge_DoesNotJoin_AcrossALongPause()
    {
        var t = TurnMerger.Merge([Seg(Speaker.Agent, 0, 1, "hello"), Seg(Speaker.Agent, 5, 6, "anyone")], Language.En);
        Assert.Equal(2, t.Turns.Count);
    }

    [Fact]
    public void Merge_JoinsChineseWithoutSpaces_AndDropsEmptySegments()
    {
        var t = TurnMerger.Merge([Seg(Speaker.Agent, 0, 1, "您好"), Seg(Speaker.Agent, 1.2, 2, "我是", "小李"), Seg(Speaker.Customer, 3, 4)], Language.Zh);
        Assert.Equal("您好我是小李", Assert.Single(t.Turns).Text);
    }
}
