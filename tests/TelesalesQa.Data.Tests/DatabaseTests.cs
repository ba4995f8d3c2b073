using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Cases;
using TelesalesQa.Core.Findings;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Data.Tests;

/// <summary>The same model and rules on both providers: real SQLite files and a real PostgreSQL server.</summary>
public sealed class DatabaseTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private QaDbFactory Factory(string provider) => provider == "sqlite"
        ? new QaDbFactory(new DatabaseOptions(), _dir.File("app.db"))
        : new QaDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = postgres.Server.CreateDatabase() }, "");

    private static Call NewCall(string sha) => new()
    {
        ExternalId = "zh-001",
        Recording = new Recording { StoredPath = "a/b", OriginalFileName = "zh-001.wav", Sha256 = sha, Format = "wav/mulaw", ChannelLayout = ChannelLayout.AgentLeft },
        CustomerPhone = "13800138000",
        StartedAt = DateTimeOffset.Parse("2026-11-20T10:15:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_Apply_AndACallRoundTripsWithItsOffset(string provider)
    {
        var factory = Factory(provider);
        await factory.MigrateAsync();
        await factory.MigrateAsync(); // idempotent
        var call = NewCall(new string('a', 64));
        call.Advance(CallStatus.Prepared, DateTime.UtcNow);
        await using (var db = factory.Create())
        {
            db.Calls.Add(call);
            db.Cases.Add(ReviewCase.File(call.Id, 40, Severity.Severe, "written warning", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        await using (var db = factory.Create())
        {
            var loaded = await db.Calls.SingleAsync(c => c.Id == call.Id);
            Assert.Equal(CallStatus.Prepared, loaded.Status);
            Assert.Equal("2026-11-20T10:15:00+08:00", loaded.StartedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ChannelLayout.AgentLeft, loaded.Recording.ChannelLayout);
            var c = await db.Cases.SingleAsync(x => x.CallId == call.Id);
            Assert.Equal("filed", Assert.Single(c.History).Action);

            // Ordering and comparing instants works on both providers (UTC DateTime, not DateTimeOffset).
            var since = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
            Assert.Equal(1, await db.Calls.Where(x => x.StartedAtUtc > since).OrderBy(x => x.StartedAtUtc).CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sha256_IsUnique_SoOneRecordingIsOneCall(string provider)
    {
        var factory = Factory(provider);
        await factory.MigrateAsync();
        var sha = new string('b', 64);
        await using (var db = factory.Create())
        {
            db.Calls.Add(NewCall(sha));
            await db.SaveChangesAsync();
        }

        await using (var db = factory.Create())
        {
            db.Calls.Add(NewCall(sha));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task CaseHistory_KeepsEveryStep_AfterReload()
    {
        var factory = Factory("sqlite");
        await factory.MigrateAsync();
        var call = NewCall(new string('c', 64));
        var reviewCase = ReviewCase.File(call.Id, 60, Severity.Severe, null, DateTime.UtcNow);
        await using (var db = factory.Create())
        {
            db.Calls.Add(call);
            db.Cases.Add(reviewCase);
            await db.SaveChangesAsync();
        }

        await using (var db = factory.Create())
        {
            var c = await db.Cases.SingleAsync();
            c.Assign("sup-7", "admin", DateTime.UtcNow);
            c.Close("coached the agent", "sup-7", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await using (var db = factory.Create())
        {
            var c = await db.Cases.SingleAsync();
            Assert.Equal(CaseStatus.Closed, c.Status);
            Assert.Equal(["filed", "assigned", "closed"], c.History.OrderBy(h => h.AtUtc).Select(h => h.Action));
        }
    }
}
