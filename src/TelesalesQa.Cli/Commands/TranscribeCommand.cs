using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>transcribe FILE [--engine NAME] [--language zh|en] --json</c>: prints the interchange JSON.</summary>
internal static class TranscribeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A recording (NAME.json beside it supplies metadata)" };
        var engineOption = new Option<string?>("--engine") { Description = "Engine name (default: the first installed engine for the language)" };
        var languageOption = new Option<string?>("--language") { Description = "zh or en (default: from metadata, else en)" };
        var json = CliApp.JsonOption();
        var command = new Command("transcribe", "Transcribe one recording with a local speech engine") { file, engineOption, languageOption, json };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            using var services = StatelessServices.Build();
            var item = IngestPlan.ForFile(path, explicitlyNamed: false);
            try
            {
                var meta = item.MetadataSidecar is null ? new CallMetadata() : CallMetadata.Parse(File.ReadAllText(item.MetadataSidecar));
                var language = meta.Language ?? Language.En;
                if (parse.GetValue(languageOption) is { } l && !LanguageCodes.TryParse(l, out language))
                {
                    Console.Error.WriteLine($"error: --language must be zh or en, not {l}");
                    return Task.FromResult(1);
                }

                var engine = services.GetRequiredService<TranscriptionEngines>().Pick(language, parse.GetValue(engineOption), out var reason);
                if (engine is null)
                {
                    Console.Error.WriteLine($"error: {path}: {reason}");
                    return Task.FromResult(2);
                }

                var prepared = services.GetRequiredService<AudioPreparer>().Prepare(path, meta.ChannelLayout ?? ChannelLayout.AgentLeft);
                var transcript = engine.Transcribe(prepared, language, ct);
                var doc = new TranscriptDocument
                {
                    CallId = meta.CallId ?? Path.GetFileNameWithoutExtension(path),
                    Language = language,
                    StartedAt = meta.StartedAt,
                    AgentId = meta.AgentId,
                    CustomerPhone = meta.CustomerPhone,
                    Transcript = transcript,
                };
                Console.Out.WriteLine(parse.GetValue(json)
                    ? TranscriptJson.Serialize(doc)
                    : string.Join('\n', transcript.Turns.Select(t => $"[{t.Start,7:0.00}–{t.End,7:0.00}] {t.Speaker.ToWire(),-8} {t.Text}")));
                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is AudioReadException or FormatException or IOException)
            {
                Console.Error.WriteLine($"error: {path}: {ex.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }
}
