using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Worker.Reporting;

/// <summary>
/// One line of <c>analyze --json</c> / <c>ingest --json</c> output (docs/formats.md):
/// <c>{"callId","score","severity","findings":[…],"errors":[],"caseId"?}</c>.
/// </summary>
public sealed record CallReport(
    string CallId,
    double? Score,
    string Severity,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Errors)
{
    /// <summary>For ingest: the call's internal id, status and review case (null when none was filed).</summary>
    public Guid? InternalId { get; init; }

    public string? Status { get; init; }

    public string? StatusReason { get; init; }

    public string? TranscriptSource { get; init; }

    public Guid? CaseId { get; init; }

    public bool IncludeCaseId { get; init; }

    /// <summary>Problems the audio stage flagged without quarantining the call (e.g. "customer channel is silent").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CallReport Failed(string callId, string error) => new(callId, null, "none", [], [error]);

    public string ToJsonLine()
    {
        var findings = new JsonArray();
        foreach (var f in Findings)
        {
            findings.Add(new JsonObject
            {
                ["type"] = f.Type,
                ["clause"] = f.Clause,
                ["severity"] = f.Severity.ToWire(),
                ["turnIndex"] = f.TurnIndex,
                ["speaker"] = f.Speaker.ToWire(),
                ["start"] = Math.Round(f.Start, 3),
                ["end"] = Math.Round(f.End, 3),
                ["confidence"] = f.Confidence,
                ["evidence"] = f.Evidence,
            });
        }

        var obj = new JsonObject
        {
            ["callId"] = CallId,
            ["score"] = Score is { } s ? Math.Round(s, 1) : null,
            ["severity"] = Severity,
            ["findings"] = findings,
            ["errors"] = new JsonArray(Errors.Select(e => (JsonNode?)e).ToArray()),
        };
        if (IncludeCaseId)
        {
            obj["caseId"] = CaseId?.ToString();
            obj["status"] = Status;
            if (StatusReason is not null)
            {
                obj["statusReason"] = StatusReason;
            }

            if (TranscriptSource is not null)
            {
                obj["transcriptSource"] = TranscriptSource;
            }

            if (Warnings.Count > 0)
            {
                obj["warnings"] = new JsonArray(Warnings.Select(w => (JsonNode?)w).ToArray());
            }
        }

        return obj.ToJsonString(Options);
    }
}
