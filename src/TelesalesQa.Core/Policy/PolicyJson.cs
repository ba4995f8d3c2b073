using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Policy;

/// <summary>
/// The policy file compliance edits (<c>policy.json</c>). Every key is optional: what the file leaves
/// out keeps the default of shared/policy/README.md. A wrong value names itself in the error.
/// </summary>
public static class PolicyJson
{
    public static ConductPolicy Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new FormatException("policy: the file must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"policy: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        var policy = ConductPolicy.Default;
        var rules = ConductPolicy.DefaultRules();
        if (root["rules"] is JsonObject ruleNodes)
        {
            foreach (var (type, node) in ruleNodes)
            {
                if (node is not JsonObject r)
                {
                    throw new FormatException($"policy: rules.{type} must be an object");
                }

                var rule = rules.TryGetValue(type, out var existing) ? existing : new PolicyRule(type, "?", Severity.Minor);
                if (r["clause"] is { } clause)
                {
                    rule = rule with { Clause = clause.GetValue<string>() };
                }

                if (r["severity"] is { } sev)
                {
                    rule = SeverityNames.TryParse(sev.GetValue<string>(), out var s)
                        ? rule with { Severity = s }
                        : throw new FormatException($"policy: rules.{type}.severity must be info, minor or severe");
                }

                if (r["threshold"] is { } th)
                {
                    var t = Number(th, $"rules.{type}.threshold");
                    rule = t is >= 0 and <= 1 ? rule with { Threshold = t } : throw new FormatException($"policy: rules.{type}.threshold must be between 0 and 1");
                }

                if (r["enabled"] is { } en)
                {
                    rule = rule with { Enabled = en.GetValue<bool>() };
                }

                rules[type] = rule;
            }
        }

        policy = policy with { Rules = rules };
        if (root["callingWindows"] is JsonArray windows)
        {
            policy = policy with
            {
                CallingWindows = windows.Select((w, i) => new TimeWindow(Time(w?["from"], $"callingWindows[{i}].from"), Time(w?["to"], $"callingWindows[{i}].to"))).ToArray(),
            };
        }

        double Get(string name, double fallback) => root[name] is { } n ? Number(n, name) : fallback;
        return policy with
        {
            SevereWeight = Get("severeWeight", policy.SevereWeight),
            MinorWeight = Get("minorWeight", policy.MinorWeight),
            CaseScoreThreshold = Get("caseScoreThreshold", policy.CaseScoreThreshold),
            LongSilenceSeconds = Get("longSilenceSeconds", policy.LongSilenceSeconds),
            MinInterruptionSeconds = Get("minInterruptionSeconds", policy.MinInterruptionSeconds),
            MaxCharsPerMinuteZh = Get("maxCharsPerMinuteZh", policy.MaxCharsPerMinuteZh),
            MaxWordsPerMinuteEn = Get("maxWordsPerMinuteEn", policy.MaxWordsPerMinuteEn),
            MaxAgentRmsDbfs = Get("maxAgentRmsDbfs", policy.MaxAgentRmsDbfs),
            GreetingWindowTurns = (int)Get("greetingWindowTurns", policy.GreetingWindowTurns),
        };
    }

    /// <summary>The whole effective policy as a file compliance can start editing from.</summary>
    public static string Serialize(ConductPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = new JsonObject();
        foreach (var (type, r) in policy.Rules.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            rules[type] = new JsonObject { ["clause"] = r.Clause, ["severity"] = r.Severity.ToWire(), ["threshold"] = r.Threshold, ["enabled"] = r.Enabled };
        }

        var root = new JsonObject
        {
            ["rules"] = rules,
            ["callingWindows"] = new JsonArray(policy.CallingWindows.Select(w => (JsonNode)new JsonObject { ["from"] = w.From.ToString("HH:mm", CultureInfo.InvariantCulture), ["to"] = w.To.ToString("HH:mm", CultureInfo.InvariantCulture) }).ToArray()),
            ["severeWeight"] = policy.SevereWeight,
            ["minorWeight"] = policy.MinorWeight,
            ["caseScoreThreshold"] = policy.CaseScoreThreshold,
            ["longSilenceSeconds"] = policy.LongSilenceSeconds,
            ["minInterruptionSeconds"] = policy.MinInterruptionSeconds,
            ["maxCharsPerMinuteZh"] = policy.MaxCharsPerMinuteZh,
            ["maxWordsPerMinuteEn"] = policy.MaxWordsPerMinuteEn,
            ["maxAgentRmsDbfs"] = policy.MaxAgentRmsDbfs,
            ["greetingWindowTurns"] = policy.GreetingWindowTurns,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static double Number(JsonNode node, string name) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) ? d : throw new FormatException($"policy: {name} must be a number");

    private static TimeOnly Time(JsonNode? node, string name) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new FormatException($"policy: {name} must be a time like \"09:30\"");
}
