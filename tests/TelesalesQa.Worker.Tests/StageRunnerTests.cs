using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Core.Calls;
using TelesalesQa.Data;
using TelesalesQa.TestSupport;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Worker.Tests;

[Collection("pipeline")]
public sealed class StageRunnerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<Guid> AddCallAsync(PipelineHost host)
    {
        var call = new Call { ExternalId = "c1", Recording = new Recording { StoredPath = "x", OriginalFileName = "x.wav", Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N") } };
        await using var db = host.Services.GetRequiredService<QaDbFactory>().Create();
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }

    [Fact]
    public async Task RunAsync_RethrowsForRetry_ThenQuarantinesWithTheReason_AfterMaxAttempts()
    {
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), Hosting.PipelineRole.ClientOnly, new Dictionary<string, string?> { ["Pipeline:MaxAttempts"] = "3" });
        var id = await AddCallAsync(host);
        var runner = host.Services.GetRequiredService<StageRunner>();
        var nextCalls = 0;
        StageRunner.StageWork failing = (_, _, _) => throw new InvalidDataException("decoder crashed");

        await Assert.ThrowsAsync<InvalidDataException>(() => runner.RunAsync(id, CallStatus.Prepared, failing, _ => nextCalls++, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidDataException>(() => runner.RunAsync(id, CallStatus.Prepared, failing, _ => nextCalls++, CancellationToken.None));
        Assert.Equal(CallStatus.Received, (await host.CallAsync("c1")).Status);

        await runner.RunAsync(id, CallStatus.Prepared, failing, _ => nextCalls++, CancellationToken.None);
        var call = await host.CallAsync("c1");
        Assert.Equal(CallStatus.Quarantined, call.Status);
        Assert.Equal("failed 3 times at the prepared stage: InvalidDataException: decoder crashed", call.StatusReason);
        Assert.Equal(0, nextCalls);
    }

    [Fact]
    public async Task RunAsync_SkipsTheWork_WhenTheStageIsAlreadyDone_ButStillChainsOn()
    {
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), Hosting.PipelineRole.ClientOnly);
        var id = await AddCallAsync(host);
        var runner = host.Services.GetRequiredService<StageRunner>();
        var work = 0;
        var next = 0;
        StageRunner.StageWork counting = (_, _, _) => { work++; return Task.FromResult(StageOutcome.Done); };

        await runner.RunAsync(id, CallStatus.Prepared, counting, _ => next++, CancellationToken.None);
        await runner.RunAsync(id, CallStatus.Prepared, counting, _ => next++, CancellationToken.None);
        Assert.Equal(1, work);
        Assert.Equal(2, next);
        Assert.Equal(CallStatus.Prepared, (await host.CallAsync("c1")).Status);
    }

    [Fact]
    public async Task RunAsync_HoldsTheCall_WithoutChainingOn_WhenTheStageCannotRunYet()
    {
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), Hosting.PipelineRole.ClientOnly);
        var id = await AddCallAsync(host);
        var runner = host.Services.GetRequiredService<StageRunner>();
        var next = 0;
        await runner.RunAsync(id, CallStatus.Prepared, (_, _, _) => Task.FromResult(StageOutcome.Done), null, CancellationToken.None);
        await runner.RunAsync(id, CallStatus.Transcribed, (_, _, _) => Task.FromResult(StageOutcome.Hold("no speech engine for language en")), _ => next++, CancellationToken.None);
        var call = await host.CallAsync("c1");
        Assert.Equal(CallStatus.Held, call.Status);
        Assert.Equal(CallStatus.Prepared, call.HeldAt);
        Assert.Equal("no speech engine for language en", call.StatusReason);
        Assert.Equal(0, next);
    }
}
