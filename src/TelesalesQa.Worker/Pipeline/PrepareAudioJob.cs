using System.Globalization;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Data.Entities;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Storage;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>Stage 1: read the recording, check it, split the speakers and find speech. Bad audio is quarantined with a readable reason.</summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 20, 60, 300])]
public sealed class PrepareAudioJob(StageRunner runner, RecordingStore store, IPipelineScheduler next, AudioPreparer preparer, IOptions<PipelineOptions> options)
{
    public Task RunAsync(Guid callId, CancellationToken cancellationToken) =>
        runner.RunAsync(callId, CallStatus.Prepared, WorkAsync, next.Transcribe, cancellationToken);

    private async Task<StageOutcome> WorkAsync(Data.QaDbContext db, Call call, CancellationToken ct)
    {
        var path = store.Resolve(call.Recording.StoredPath);
        if (!File.Exists(path))
        {
            return StageOutcome.Quarantine("the stored recording is missing from the recording store");
        }

        var size = new FileInfo(path).Length;
        if (size > options.Value.MaxFileBytes)
        {
            return StageOutcome.Quarantine(string.Create(CultureInfo.InvariantCulture, $"file too large ({size / 1048576.0:0} MB; the limit is {options.Value.MaxFileBytes / 1048576.0:0} MB)"));
        }

        if (call.Recording.IsTranscriptOnly)
        {
            try
            {
                call.Recording.DurationSeconds = Ingestion.TranscriptFiles.Read(path).Transcript.Duration;
                return StageOutcome.Done;
            }
            catch (TranscriptFormatException ex)
            {
                return StageOutcome.Quarantine($"unreadable transcript: {ex.Message}");
            }
        }

        PreparedAudio prepared;
        try
        {
            prepared = preparer.Prepare(path, call.Recording.ChannelLayout);
        }
        catch (AudioReadException ex)
        {
            return StageOutcome.Quarantine(ex.Message);
        }

        var info = prepared.Facts.Format;
        call.Recording.Format = info.Format;
        call.Recording.SampleRate = info.SampleRate;
        call.Recording.Channels = info.Channels;
        call.Recording.DurationSeconds = Math.Round(info.DurationSeconds, 3);
        if (info.Channels == 1)
        {
            call.Recording.ChannelLayout = ChannelLayout.Mono;
        }

        var json = JsonSerializer.Serialize(prepared.Facts, AudioPreparer.FactsJson);
        var existing = await db.AudioFacts.FirstOrDefaultAsync(f => f.CallId == call.Id, ct);
        if (existing is null)
        {
            db.AudioFacts.Add(new StoredAudioFacts { CallId = call.Id, Json = json });
        }
        else
        {
            existing.Json = json;
        }

        return StageOutcome.Done;
    }
}

/// <summary>Decodes a stored recording and runs the audio analysis with the policy's thresholds.</summary>
public sealed class AudioPreparer(PolicyProvider policy)
{
    public static JsonSerializerOptions FactsJson { get; } = new(JsonSerializerDefaults.Web);

    public PreparedAudio Prepare(string path, ChannelLayout layout)
    {
        var decoded = AudioDecoder.Decode(path);
        var analyzer = new CallAudioAnalyzer
        {
            MinInterruptionSeconds = policy.Current.MinInterruptionSeconds,
            LongSilenceSeconds = policy.Current.LongSilenceSeconds,
        };
        return analyzer.Prepare(decoded, layout);
    }
}
