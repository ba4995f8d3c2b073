using System.Globalization;

namespace TelesalesQa.Analysis.Models;

/// <summary>One row of models/training/TASK.LANG.tsv: label, group (paraphrases and translations share one), text.</summary>
public sealed record LabelledUtterance(bool Label, string Group, string Text, string Language)
{
    public static IReadOnlyList<LabelledUtterance> ReadTask(string trainingFolder, TurnTask task)
    {
        var rows = new List<LabelledUtterance>();
        foreach (var file in Directory.EnumerateFiles(trainingFolder, $"{task.Name}.*.tsv").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileNameWithoutExtension(file)[(task.Name.Length + 1)..];
            var lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (lineNo == 1 || line.Length == 0)
                {
                    continue;
                }

                var parts = line.Split('\t');
                if (parts.Length != 3 || parts[0] is not ("0" or "1"))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNo}: expected label<TAB>group<TAB>text"));
                }

                rows.Add(new LabelledUtterance(parts[0] == "1", parts[1], parts[2], language));
            }
        }

        return rows;
    }

    /// <summary>
    /// Held-out split by group, so near-duplicates and translations of one utterance never sit on both
    /// sides. A stable hash (not string.GetHashCode, which is randomised per process) keeps it reproducible.
    /// </summary>
    public bool IsHeldOut(int folds = 5) => StableHash(Group) % (uint)folds == 0;

    private static uint StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}
