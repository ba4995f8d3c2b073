using TelesalesQa.Core.Calls;

namespace TelesalesQa.Core.Tests;

public sealed class CallTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private static Call NewCall() => new()
    {
        ExternalId = "zh-001",
        Recording = new Recording { StoredPath = "ab/abc/recording.wav", OriginalFileName = "zh-001.wav", Sha256 = new string('a', 64) },
    };

    [Fact]
    public void Advance_MovesToTheNextStage_WhenCalledInOrder()
    {
        var call = NewCall();
        Assert.True(call.Advance(CallStatus.Prepared, Now));
        Assert.True(call.Advance(CallStatus.Transcribed, Now));
        Assert.True(call.Advance(CallStatus.Analysed, Now));
        Assert.True(call.Advance(CallStatus.Scored, Now));
        Assert.Equal(CallStatus.Scored, call.Status);
        Assert.True(call.IsFinished);
    }

    [Fact]
    public void Advance_ReturnsFalseAndKeepsStatus_WhenStageAlreadyReached()
    {
        var call = NewCall();
        call.Advance(CallStatus.Prepared, Now);
        call.Advance(CallStatus.Transcribed, Now);
        Assert.False(call.Advance(CallStatus.Prepared, Now));
        Assert.False(call.Advance(CallStatus.Transcribed, Now));
        Assert.Equal(CallStatus.Transcribed, call.Status);
    }

    [Fact]
    public void Advance_Throws_WhenSkippingAStage()
    {
        var call = NewCall();
        Assert.Throws<InvalidOperationException>(() => call.Advance(CallStatus.Analysed, Now));
        Assert.Equal(CallStatus.Received, call.Status);
    }

    [Fact]
    public void Advance_Throws_WhenQuarantined()
    {
        var call = NewCall();
        call.Quarantine("empty file (0 bytes)", Now);
        Assert.Throws<InvalidOperationException>(() => call.Advance(CallStatus.Prepared, Now));
        Assert.Equal("empty file (0 bytes)", call.StatusReason);
    }

    [Fact]
    public void Hold_KeepsProgress_AndAdvanceResumesFromTheHeldStage()
    {
        var call = NewCall();
        call.Advance(CallStatus.Prepared, Now);
        call.Hold("no speech engine for language en", Now);
        Assert.Equal(CallStatus.Held, call.Status);
        Assert.Equal(CallStatus.Prepared, call.Reached);
        Assert.False(call.Advance(CallStatus.Prepared, Now));
        Assert.Equal(CallStatus.Held, call.Status);

        Assert.True(call.Advance(CallStatus.Transcribed, Now));
        Assert.Equal(CallStatus.Transcribed, call.Status);
        Assert.Null(call.StatusReason);
    }

    [Fact]
    public void Hold_Throws_WhenReasonIsBlank()
    {
        Assert.Throws<ArgumentException>(() => NewCall().Hold(" ", Now));
    }

    [Fact]
    public void StartedAt_KeepsTheOriginalOffset_WhileStoringUtc()
    {
        var call = NewCall();
        call.StartedAt = DateTimeOffset.Parse("2026-11-20T10:15:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTime(2026, 11, 20, 2, 15, 0), call.StartedAtUtc);
        Assert.Equal(480, call.StartedAtOffsetMinutes);
        Assert.Equal("2026-11-20T10:15:00+08:00", call.StartedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
