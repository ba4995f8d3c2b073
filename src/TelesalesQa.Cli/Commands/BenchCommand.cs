using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TelesalesQa.Analysis;
using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Engines.PocketSphinx;

namespace TelesalesQa.Cli.Commands;

/// <summary>
/// <c>bench</c>: the speed figures the issues ask for, measured on this machine (docs/benchmarks.md).
/// Speed is measured here, never asserted in tests.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var samples = new Option<string>("--samples") { Description = "Folder with the sample recordings", DefaultValueFactory = _ => "sample-recordings" };
        var labelled = new Option<string>("--labelled") { Description = "Folder of labelled transcripts for the analysis benchmark", DefaultValueFactory = _ => "tests/TelesalesQa.Analysis.Tests/LabelledCalls" };
        var command = new Command("bench", "Measure audio, speech recognition and analysis speed on this machine") { samples, labelled };
        command.SetAction((parse, ct) =>
        {
            Console.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            Audio();
            Analysis(parse.GetValue(labelled)!);
            Asr(parse.GetValue(samples)!);
            return Task.FromResult(0);
        });
        return command;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Decode + split + resample + VAD of a 10-minute stereo μ-law call, on one thread.</summary>
    private static void Audio()
    {
        const int rate = 8000;
        const double seconds = 600;
        var random = new Random(1);
        float[] Channel(double offset)
        {
            var s = new float[(int)(rate * seconds)];
            for (var t = offset; t < seconds; t += 7)
            {
                for (var i = (int)(t * rate); i < Math.Min(s.Length, (int)((t + 3) * rate)); i++)
                {
                    s[i] = (float)((random.NextDouble() - 0.5) * 0.4 * Math.Sin(2 * Math.PI * 180 * i / rate));
                }
            }

            return s;
        }

        var path = Path.Combine(Path.GetTempPath(), $"tqa-bench-{Environment.ProcessId}.wav");
        try
        {
            WriteMuLaw(path, rate, Channel(0.5), Channel(4));
            var analyzer = new CallAudioAnalyzer();
            analyzer.Prepare(AudioDecoder.Decode(path), ChannelLayout.AgentLeft); // warm-up (JIT)
            var times = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                analyzer.Prepare(AudioDecoder.Decode(path), ChannelLayout.AgentLeft);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            var best = times.Min();
            Console.Out.WriteLine(F($"audio: 10-min stereo 8 kHz mu-law call, decode+split+resample to 16 kHz+VAD on one thread: {best:0.000} s (median {times.Order().ElementAt(1):0.000} s) = {seconds / best:0}x real time"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteMuLaw(string path, int rate, float[] left, float[] right)
    {
        using var w = new BinaryWriter(File.Create(path));
        var n = left.Length;
        w.Write("RIFF"u8);
        w.Write(36 + (n * 2));
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)7);
        w.Write((short)2);
        w.Write(rate);
        w.Write(rate * 2);
        w.Write((short)2);
        w.Write((short)8);
        w.Write("data"u8);
        w.Write(n * 2);
        for (var i = 0; i < n; i++)
        {
            w.Write(NAudio.Codecs.MuLawEncoder.LinearToMuLawSample((short)(left[i] * 32767)));
            w.Write(NAudio.Codecs.MuLawEncoder.LinearToMuLawSample((short)(right[i] * 32767)));
        }
    }

    /// <summary>Turns analysed per second through the whole analyser (models, rules, dialogue rule), on all cores.</summary>
    private static void Analysis(string labelledFolder)
    {
        var docs = Directory.EnumerateFiles(labelledFolder, "*.json").Select(f => TranscriptJson.Parse(File.ReadAllText(f))).ToArray();
        if (docs.Length == 0)
        {
            Console.Out.WriteLine("analysis: skipped (no labelled calls found)");
            return;
        }

        var analyzer = CallAnalyzer.CreateDefault();
        var calls = docs.Select(d => new CallContext(d.Transcript, d.Language, d.StartedAt, ConductPolicy.Default)).ToArray();
        foreach (var c in calls)
        {
            analyzer.Analyze(c); // warm-up
        }

        var repeat = 400;
        var turns = calls.Sum(c => c.Turns.Count) * repeat;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, calls.Length * repeat, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => analyzer.Analyze(calls[i % calls.Length]));
        var elapsed = watch.Elapsed.TotalSeconds;
        Console.Out.WriteLine(F($"analysis: {turns} turns ({calls.Length * repeat} calls) on {Environment.ProcessorCount} threads in {elapsed:0.00} s = {turns / elapsed:0} turns/s"));
    }

    /// <summary>PocketSphinx real-time factor on one call, then two calls at once on two threads.</summary>
    private static void Asr(string samples)
    {
        using var engine = new PocketSphinxEngine(new PocketSphinxOptions(), AppContext.BaseDirectory);
        if (engine.Unavailable is { } why)
        {
            Console.Out.WriteLine($"asr: skipped ({why})");
            return;
        }

        var files = new[] { "en-001.wav", "en-002.wav" }.Select(f => Path.Combine(samples, f)).Where(File.Exists).ToArray();
        if (files.Length < 2)
        {
            Console.Out.WriteLine("asr: skipped (sample recordings not found)");
            return;
        }

        var prepared = files.Select(f => new CallAudioAnalyzer().Prepare(AudioDecoder.Decode(f), ChannelLayout.AgentLeft)).ToArray();
        var audioSeconds = prepared.Sum(p => p.Facts.Format.DurationSeconds);
        engine.Transcribe(prepared[0], Language.En, CancellationToken.None); // warm-up: loads a decoder

        // Three rounds each; the machine is a shared VM, so the spread is reported with the best.
        var serial = new List<(double Cpu, double Wall)>();
        for (var round = 0; round < 3; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var p in prepared)
            {
                engine.Transcribe(p, Language.En, CancellationToken.None);
            }

            serial.Add(((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, watch.Elapsed.TotalSeconds));
        }

        var rtfs = serial.Select(x => x.Cpu / audioSeconds).Order().ToArray();
        Console.Out.WriteLine(F($"asr: PocketSphinx + domain LM ({(engine.DomainLanguageModel is null ? "absent" : "mixed in")}, {engine.CustomWordCount} custom words), {audioSeconds:0.0} s of audio one call at a time: RTF best {rtfs[0]:0.000}, median {rtfs[1]:0.000}, worst {rtfs[2]:0.000} CPU s per audio s"));

        engine.Transcribe(prepared[1], Language.En, CancellationToken.None); // second decoder exists before timing the parallel run
        var parallel = new List<(double Cpu, double Wall)>();
        for (var round = 0; round < 3; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Parallel.ForEach(prepared, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => engine.Transcribe(p, Language.En, CancellationToken.None));
            parallel.Add(((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, watch.Elapsed.TotalSeconds));
        }

        var best = parallel.MinBy(x => x.Wall);
        var serialBest = serial.Min(x => x.Wall);
        Console.Out.WriteLine(F($"asr: the same two calls at once on two threads: best {best.Wall:0.00} s wall, {best.Cpu:0.00} CPU s, {best.Cpu / best.Wall:0.00} cores busy on average, {serialBest / best.Wall:0.00}x faster than one after the other (best vs best)"));
    }
}
