using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Core.Calls;
using TelesalesQa.Transcription.Evaluation;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>evaluate-asr DIR</c>: word error rate (English) or character error rate (Chinese) per file and overall, and the real-time factor.</summary>
internal static class EvaluateAsrCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "Folders of recordings with reference transcripts", Arity = ArgumentArity.OneOrMore };
        var languageOption = new Option<string>("--language") { Description = "Language of recordings without metadata", DefaultValueFactory = _ => "en" };
        var engineOption = new Option<string?>("--engine") { Description = "Engine name (default: per language)" };
        var command = new Command("evaluate-asr", "Compare transcripts with reference transcripts: WER for English, CER for Chinese") { dirs, languageOption, engineOption };
        command.SetAction((parse, ct) =>
        {
            if (!LanguageCodes.TryParse(parse.GetValue(languageOption), out var language))
            {
                Console.Error.WriteLine("error: --language must be zh or en");
                return Task.FromResult(1);
            }

            using var services = StatelessServices.Build();
            var evaluation = services.GetRequiredService<AsrEvaluation>();
            var all = new List<AsrFileResult>();
            foreach (var dir in parse.GetValue(dirs)!)
            {
                if (!Directory.Exists(dir))
                {
                    Console.Error.WriteLine($"error: {dir}: no such folder");
                    return Task.FromResult(2);
                }

                all.AddRange(evaluation.Evaluate(dir, language, parse.GetValue(engineOption), ct));
            }

            var inv = CultureInfo.InvariantCulture;
            foreach (var r in all)
            {
                var metric = r.Language == Language.En ? "WER" : "CER";
                Console.Out.WriteLine(r.Problem is not null
                    ? $"{Path.GetFileName(r.File)}: skipped ({r.Problem})"
                    : string.Create(inv, $"{Path.GetFileName(r.File)}: {metric} {r.Errors.Rate:P1} ({r.Errors.Errors}/{r.Errors.ReferenceLength}), RTF {r.CpuSeconds / Math.Max(0.001, r.AudioSeconds):0.000}"));
            }

            foreach (var group in all.Where(r => r.Problem is null).GroupBy(r => r.Language))
            {
                var total = group.Aggregate(ErrorCount.Zero, (acc, r) => acc + r.Errors);
                var metric = group.Key == Language.En ? "WER" : "CER";
                var rtf = group.Sum(r => r.CpuSeconds) / Math.Max(0.001, group.Sum(r => r.AudioSeconds));
                Console.Out.WriteLine(string.Create(inv, $"overall {group.Key.ToCode()}: {metric} {total.Rate:P1} ({total.Errors}/{total.ReferenceLength}) over {group.Count()} files, {group.Sum(r => r.AudioSeconds):0.0} s of audio, RTF {rtf:0.000} CPU s per audio s"));
            }

            if (all.Count == 0)
            {
                Console.Error.WriteLine("error: no recordings with reference transcripts found");
                return Task.FromResult(2);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
