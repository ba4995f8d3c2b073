using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Cases;
using TelesalesQa.Data.Entities;

namespace TelesalesQa.Data;

/// <summary>
/// The application database. One model for SQLite and PostgreSQL; each provider has its own
/// derived context only so that each keeps its own migrations (docs/decisions/0002).
/// Instants are stored as UTC <see cref="DateTime"/>s: SQLite cannot order DateTimeOffset and Npgsql
/// accepts only UTC, so a call's original offset lives in its own column.
/// </summary>
public abstract class QaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Call> Calls => Set<Call>();

    public DbSet<StoredTranscript> Transcripts => Set<StoredTranscript>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<ReviewCase> Cases => Set<ReviewCase>();

    public DbSet<StoredAudioFacts> AudioFacts => Set<StoredAudioFacts>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Call>(call =>
        {
            call.HasKey(c => c.Id);
            call.Property(c => c.ExternalId).HasMaxLength(200);
            call.Property(c => c.AgentId).HasMaxLength(100);
            call.Property(c => c.Team).HasMaxLength(100);
            call.Property(c => c.CustomerPhone).HasMaxLength(50);
            call.Property(c => c.Campaign).HasMaxLength(200);
            call.Property(c => c.Language).HasConversion<string>().HasMaxLength(8);
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            call.Property(c => c.HeldAt).HasConversion<string>().HasMaxLength(20);
            call.Property(c => c.WorstSeverity).HasConversion<string>().HasMaxLength(10);
            call.Property(c => c.StatusReason).HasMaxLength(1000);
            call.Property(c => c.TranscriptSource).HasMaxLength(100);
            call.Ignore(c => c.StartedAt);
            call.Ignore(c => c.IsFinished);
            call.Ignore(c => c.Reached);
            call.HasIndex(c => c.Status);
            call.HasIndex(c => c.StartedAtUtc);
            call.HasIndex(c => c.AgentId);
            call.OwnsOne(c => c.Recording, r =>
            {
                r.Property(x => x.Sha256).HasMaxLength(64).HasColumnName("Sha256");
                r.HasIndex(x => x.Sha256).IsUnique();
                r.Property(x => x.StoredPath).HasMaxLength(500).HasColumnName("StoredPath");
                r.Property(x => x.OriginalFileName).HasMaxLength(300).HasColumnName("OriginalFileName");
                r.Property(x => x.Format).HasMaxLength(40).HasColumnName("Format");
                r.Property(x => x.SizeBytes).HasColumnName("SizeBytes");
                r.Property(x => x.DurationSeconds).HasColumnName("DurationSeconds");
                r.Property(x => x.SampleRate).HasColumnName("SampleRate");
                r.Property(x => x.Channels).HasColumnName("Channels");
                r.Property(x => x.ChannelLayout).HasConversion<string>().HasMaxLength(20).HasColumnName("ChannelLayout");
                r.Ignore(x => x.IsTranscriptOnly);
            });
            call.Navigation(c => c.Recording).IsRequired();
        });

        modelBuilder.Entity<StoredTranscript>(t =>
        {
            t.HasKey(x => x.CallId);
            t.Property(x => x.Source).HasMaxLength(100);
            t.HasOne<Call>().WithOne().HasForeignKey<StoredTranscript>(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StoredAudioFacts>(t =>
        {
            t.HasKey(x => x.CallId);
            t.HasOne<Call>().WithOne().HasForeignKey<StoredAudioFacts>(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StoredFinding>(f =>
        {
            f.HasKey(x => x.Id);
            f.Property(x => x.Type).HasMaxLength(40);
            f.Property(x => x.Clause).HasMaxLength(20);
            f.Property(x => x.Detector).HasMaxLength(100);
            f.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
            f.Property(x => x.Speaker).HasConversion<string>().HasMaxLength(10);
            f.HasIndex(x => new { x.CallId, x.Type });
            f.HasIndex(x => x.Type);
            f.HasOne<Call>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReviewCase>(c =>
        {
            c.HasKey(x => x.Id);
            c.HasIndex(x => x.CallId).IsUnique();
            c.HasIndex(x => x.Status);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
            c.Property(x => x.Assignee).HasMaxLength(100);
            c.Property(x => x.SuggestedAction).HasMaxLength(500);
            c.Property(x => x.Outcome).HasMaxLength(2000);
            c.HasOne<Call>().WithOne().HasForeignKey<ReviewCase>(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
            c.OwnsMany(x => x.History, h =>
            {
                h.ToTable("CaseEvents");
                h.WithOwner().HasForeignKey("CaseId");
                h.Property<long>("Id");
                h.HasKey("Id");
                h.Property(e => e.Actor).HasMaxLength(100);
                h.Property(e => e.Action).HasMaxLength(40);
                h.Property(e => e.Note).HasMaxLength(2000);
            });
            c.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
        });
    }
}

/// <summary>The embedded default: SQLite under the data folder.</summary>
public sealed class SqliteQaDbContext(DbContextOptions<SqliteQaDbContext> options) : QaDbContext(options);

/// <summary>The scale-out store: PostgreSQL shared by many workers.</summary>
public sealed class PostgresQaDbContext(DbContextOptions<PostgresQaDbContext> options) : QaDbContext(options);
