using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using TelesalesQa.Analysis;
using TelesalesQa.Data;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Pipeline;
using TelesalesQa.Worker.Storage;

namespace TelesalesQa.Worker.Hosting;

/// <summary>How a host uses the pipeline: as a client that only enqueues, or also running the Hangfire server.</summary>
public enum PipelineRole
{
    ClientOnly,
    Server,
}

public static class WorkerHostingExtensions
{
    /// <summary>
    /// Wires the whole product into a host: options (validated on start), logging, the databases,
    /// the recording store, engines, detectors, pipeline jobs and Hangfire.
    /// </summary>
    public static IHostApplicationBuilder AddTelesalesQa(this IHostApplicationBuilder builder, PipelineRole role, LogEventLevel consoleLevel = LogEventLevel.Information)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration("Storage").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PipelineOptions>().BindConfiguration("Pipeline").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database")
            .Validate(o => !o.Validate().Any(), "Database:ConnectionString is required when Database:Provider is Postgres.")
            .ValidateOnStart();

        var storage = builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        storage.EnsureCreated();
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var pipeline = builder.Configuration.GetSection("Pipeline").Get<PipelineOptions>() ?? new PipelineOptions();

        services.AddSerilog(lc => lc
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(storage.Logs, "telesalesqa-.json"), rollingInterval: RollingInterval.Day, shared: true));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new QaDbFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<StorageOptions>>().Value.AppDatabase));
        services.AddSingleton<RecordingStore>();
        services.AddOptions<PolicyOptions>().BindConfiguration("Policy");
        services.AddSingleton(sp => new PolicyProvider(sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<IOptions<PolicyOptions>>()));
        services.AddHostedService<PolicyCheck>();
        services.AddSingleton<AudioPreparer>();
        services.AddSingleton(_ => CallAnalyzer.CreateDefault());
        services.AddTranscriptionEngines(builder.Configuration);
        services.AddSingleton<IPipelineScheduler, HangfirePipelineScheduler>();
        services.AddTransient<StageRunner>();
        services.AddTransient<IngestService>();
        services.AddTransient<Reporting.CallReports>();
        services.AddSingleton<Reporting.StatelessAnalyzer>();
        services.AddSingleton<Reporting.AsrEvaluation>();
        services.AddTransient<PrepareAudioJob>();
        services.AddTransient<TranscribeCallJob>();
        services.AddTransient<AnalyseCallJob>();
        services.AddTransient<ScoreCallJob>();
        services.AddTransient<InboxPollJob>();
        services.AddTransient<ResumeCallsJob>();

        // Runs before the Hangfire server (hosted services start in registration order).
        services.AddHostedService<DatabaseInitializer>();

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(pipeline.QueuePollSeconds),
                        InvisibilityTimeout = TimeSpan.FromSeconds(pipeline.InvisibilityTimeoutSeconds),
                        PrepareSchemaIfNecessary = true,
                    });
            }
            else
            {
                config.UseSQLiteStorage(storage.JobDatabase, new SQLiteStorageOptions
                {
                    QueuePollInterval = TimeSpan.FromSeconds(pipeline.QueuePollSeconds),
                    InvisibilityTimeout = TimeSpan.FromSeconds(pipeline.InvisibilityTimeoutSeconds),
                });
            }
        });

        if (role == PipelineRole.Server)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = pipeline.WorkerCount;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.ShutdownTimeout = TimeSpan.FromSeconds(10);

                // The recurring-job scheduler only looks every 15 s by default; a faster inbox poll needs it to look as often.
                o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(pipeline.InboxPollSeconds, 1, 15));
            });
            services.AddHostedService<RecurringJobsRegistrar>();
        }

        return builder;
    }
}
