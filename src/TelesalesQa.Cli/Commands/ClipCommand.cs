using System.CommandLine;
using System.Globalization;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Export;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>clip FILE --from S --to S [--bleep S-E]... --out OUT.wav</c>: export part of a call, optionally with spans bleeped.</summary>
internal static class ClipCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A recording" };
        var from = new Option<double>("--from") { Description = "Start, seconds", Required = true };
        var to = new Option<double>("--to") { Description = "End, seconds", Required = true };
        var bleep = new Option<string[]>("--bleep") { Description = "Span to replace with a tone, START-END in seconds (repeatable)", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "WAV file to write", Required = true };
        var command = new Command("clip", "Export part of a recording as WAV, optionally bleeping spans") { file, from, to, bleep, output };
        command.SetAction((parse, ct) =>
        {
            var spans = new List<(double, double)>();
            foreach (var b in parse.GetValue(bleep) ?? [])
            {
                var parts = b.Split('-');
                if (parts.Length != 2
                    || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
                    || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
                    || e <= s)
                {
                    Console.Error.WriteLine($"error: --bleep {b}: expected START-END in seconds, e.g. 3.5-6");
                    return Task.FromResult(1);
                }

                spans.Add((s, e));
            }

            try
            {
                var audio = AudioDecoder.Decode(parse.GetValue(file)!);
                using var stream = File.Create(parse.GetValue(output)!);
                ClipExporter.Export(audio, parse.GetValue(from), parse.GetValue(to), spans, stream);
                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is AudioReadException or ArgumentException or IOException)
            {
                Console.Error.WriteLine($"error: {parse.GetValue(file)}: {ex.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }
}
