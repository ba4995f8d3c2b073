using System.ComponentModel.DataAnnotations;

namespace TelesalesQa.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the application database and Hangfire's job store live. Section <c>Database</c>.</summary>
public sealed record DatabaseOptions
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string; ignored for SQLite, whose files live in the data folder.</summary>
    public string? ConnectionString { get; init; }

    public IEnumerable<ValidationResult> Validate()
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Database:ConnectionString is required when Database:Provider is Postgres.", [nameof(ConnectionString)]);
        }
    }
}
