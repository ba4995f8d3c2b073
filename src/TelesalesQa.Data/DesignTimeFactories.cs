using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TelesalesQa.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each context without a running application.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQaDbContext>
{
    public SqliteQaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQaDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQaDbContext>
{
    public PostgresQaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQaDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
