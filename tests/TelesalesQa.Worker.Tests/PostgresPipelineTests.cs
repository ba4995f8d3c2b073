using Microsoft.EntityFrameworkCore;
using Npgsql;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Worker.Tests;

/// <summary>PostgreSQL selected by configuration for both the app database and Hangfire's job store, on a real server.</summary>
[Collection("pipeline")]
public sealed class PostgresPipelineTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Pipeline_RunsOnPostgres_ForTheAppDatabaseAndTheJobStore()
    {
        var connection = postgres.Server.CreateDatabase();
        var folder = _dir.Sub("in");
        foreach (var f in new[] { "zh-002.wav", "zh-002.json", "zh-002.transcript.json", "zh-004.wav", "zh-004.json", "zh-004.transcript.json" })
        {
            File.Copy(Repo.Sample(f), Path.Combine(folder, f));
        }

        File.WriteAllBytes(Path.Combine(folder, "empty.wav"), []);
        var data = _dir.Sub("data");
        await using var host = await PipelineHost.StartAsync(data, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = connection,
        });
        var results = await host.IngestAsync(folder);
        Assert.True(await host.WaitAsync(results.Select(r => r.CallId!.Value)));

        var calls = await host.CallsAsync();
        Assert.Equal(CallStatus.Scored, calls.Single(c => c.ExternalId == "zh-002").Status);
        Assert.Equal(CallStatus.Scored, calls.Single(c => c.ExternalId == "zh-004").Status);
        Assert.Equal("empty file (0 bytes)", calls.Single(c => c.Recording.OriginalFileName == "empty.wav").StatusReason);
        var refused = calls.Single(c => c.ExternalId == "zh-004").Id;
        Assert.True(await host.DbAsync(db => db.Findings.AnyAsync(f => f.CallId == refused && f.Type == FindingTypes.IgnoredRefusal)));

        // The jobs really went through PostgreSQL: Hangfire's schema holds them, and no SQLite job store was made.
        await using var pg = new NpgsqlConnection(connection);
        await pg.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM hangfire.job", pg);
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 8);
        Assert.False(File.Exists(Path.Combine(data, "hangfire.db")));
        Assert.False(File.Exists(Path.Combine(data, "telesalesqa.db")));
    }

    [Fact]
    public async Task Postgres_WithoutAConnectionString_FailsAtStart_NamingTheSetting()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => PipelineHost.StartAsync(_dir.Sub("data"), settings: new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" }));
        Assert.Contains("Database:ConnectionString is required", ex.ToString(), StringComparison.Ordinal);
    }
}
