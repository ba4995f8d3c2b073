using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TelesalesQa.Core.Calls;
using TelesalesQa.Data;
using TelesalesQa.Worker.Hosting;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Worker.Tests;

/// <summary>The real product host (SQLite app database, SQLite Hangfire store, real jobs) on a test's data folder.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private PipelineHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<PipelineHost> StartAsync(string dataDir, PipelineRole role = PipelineRole.Server, IDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        var config = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Pipeline:QueuePollSeconds"] = "0.1",
            ["Pipeline:InboxSettleSeconds"] = "0",
            ["Pipeline:WorkerCount"] = "2",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.AddTelesalesQa(role, Serilog.Events.LogEventLevel.Fatal);
        var host = builder.Build();
        await host.StartAsync();
        return new PipelineHost(host);
    }

    public Task<IReadOnlyList<IngestResult>> IngestAsync(params string[] paths) => Services.GetRequiredService<IngestService>().IngestAsync(paths);

    public async Task<bool> WaitAsync(IEnumerable<Guid> ids, int seconds = 120) =>
        await Services.GetRequiredService<CallReports>().WaitForAsync(ids.ToArray(), TimeSpan.FromSeconds(seconds), null, CancellationToken.None);

    public async Task<List<Call>> CallsAsync()
    {
        await using var db = Services.GetRequiredService<QaDbFactory>().Create();
        return await db.Calls.AsNoTracking().ToListAsync();
    }

    public async Task<Call> CallAsync(string externalId) => (await CallsAsync()).Single(c => c.ExternalId == externalId);

    public async Task<T> DbAsync<T>(Func<QaDbContext, Task<T>> query)
    {
        await using var db = Services.GetRequiredService<QaDbFactory>().Create();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(15));
        Host.Dispose();
    }
}

[CollectionDefinition("pipeline", DisableParallelization = true)]
public sealed class PipelineCollection;
