using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TelesalesQa.Data;

/// <summary>
/// Creates a context for the configured provider. Contexts are short-lived (one per job or request);
/// the factory is a singleton.
/// </summary>
public sealed class QaDbFactory
{
    private readonly DbContextOptions<SqliteQaDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresQaDbContext>? _postgres;

    public QaDbFactory(DatabaseOptions options, string sqlitePath)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            _postgres = new DbContextOptionsBuilder<PostgresQaDbContext>().UseNpgsql(options.ConnectionString).Options;
        }
        else
        {
            // Default Timeout: how long a writer waits for another's lock (two Hangfire workers write at once).
            var cs = new SqliteConnectionStringBuilder { DataSource = sqlitePath, DefaultTimeout = 30, Pooling = true }.ToString();
            _sqlite = new DbContextOptionsBuilder<SqliteQaDbContext>().UseSqlite(cs).Options;
        }
    }

    public DatabaseProvider Provider { get; }

    public QaDbContext Create() => _postgres is not null ? new PostgresQaDbContext(_postgres) : new SqliteQaDbContext(_sqlite!);

    /// <summary>Applies pending migrations; for SQLite also switches to WAL so readers do not block the writer.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
