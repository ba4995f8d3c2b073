using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>inspect-audio FILE --json</c>: what the audio stage sees in one recording. Exit code 2 with a one-line reason for a file it cannot read.</summary>
internal static class InspectAudioCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A recording" };
        var layout = new Option<string>("--layout") { Description = "agent-left (default), agent-right or mono", DefaultValueFactory = _ => "agent-left" };
        var json = CliApp.JsonOption();
        var command = new Command("inspect-audio", "Show format, speech segments, overlaps and silences of a recording") { file, layout, json };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!ChannelLayoutNames.TryParse(parse.GetValue(layout), out var channelLayout))
            {
                Console.Error.WriteLine($"error: unknown --layout {parse.GetValue(layout)}");
                return Task.FromResult(1);
            }

            PreparedAudio prepared;
            try
            {
                prepared = new CallAudioAnalyzer().Prepare(AudioDecoder.Decode(path), channelLayout);
            }
            catch (AudioReadException ex)
            {
                Console.Error.WriteLine($"error: {path}: {ex.Message}");
                return Task.FromResult(2);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"error: {path}: cannot read the file: {ex.Message}");
                return Task.FromResult(2);
            }

            Console.Out.WriteLine(ToJson(prepared.Facts).ToJsonString());
            return Task.FromResult(0);
        });
        return command;
    }

    private static JsonObject ToJson(CallAudioFacts f)
    {
        static JsonArray Ranges(IEnumerable<SpeechSegment> s) => new(s.Select(x => (JsonNode)new JsonArray(Math.Round(x.Start, 3), Math.Round(x.End, 3))).ToArray());
        var speakers = new JsonObject();
        foreach (var (name, s) in f.Speakers)
        {
            speakers[name] = new JsonObject
            {
                ["speechSegments"] = Ranges(s.SpeechSegments),
                ["talkSeconds"] = s.TalkSeconds,
                ["rmsDbfs"] = s.RmsDbfs,
                ["peakDbfs"] = s.PeakDbfs,
            };
        }

        return new JsonObject
        {
            ["format"] = f.Format.Format,
            ["sampleRate"] = f.Format.SampleRate,
            ["channels"] = f.Format.Channels,
            ["durationSeconds"] = Math.Round(f.Format.DurationSeconds, 3),
            ["speakers"] = speakers,
            ["agentTalkRatio"] = f.AgentTalkRatio is { } r ? Math.Round(r, 3) : null,
            ["overlaps"] = Ranges(f.Overlaps),
            ["silences"] = Ranges(f.Silences),
            ["problems"] = new JsonArray(f.Problems.Select(p => (JsonNode?)p).ToArray()),
        };
    }

    internal static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);
}
