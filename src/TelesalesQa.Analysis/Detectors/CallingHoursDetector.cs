using System.Globalization;
using TelesalesQa.Core.Findings;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>Clause 5.4.2: the call's local start time (its own UTC offset) must fall in one of the policy's calling windows.</summary>
public sealed class CallingHoursDetector : IDetector
{
    public string Name => "rules/calling-hours@1";

    public IEnumerable<Detection> Detect(CallContext call)
    {
        if (call.StartedAt is not { } started)
        {
            yield break;
        }

        var local = TimeOnly.FromTimeSpan(started.TimeOfDay);
        if (!call.Policy.CallingWindows.Any(w => w.Contains(local)))
        {
            var windows = string.Join(", ", call.Policy.CallingWindows.Select(w => $"{w.From:HH\\:mm}–{w.To:HH\\:mm}"));
            yield return new Detection(
                FindingTypes.CallingHours,
                null,
                1.0,
                string.Create(CultureInfo.InvariantCulture, $"call started at {local:HH\\:mm} local time, outside {windows}"));
        }
    }
}
