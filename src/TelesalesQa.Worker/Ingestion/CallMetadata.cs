using System.Globalization;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.Worker.Ingestion;

/// <summary>The metadata sidecar (<c>NAME.json</c> beside <c>NAME.wav</c>), see docs/formats.md.</summary>
public sealed record CallMetadata
{
    public string? CallId { get; init; }

    public string? AgentId { get; init; }

    public string? Team { get; init; }

    public string? CustomerPhone { get; init; }

    public string? Campaign { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public Language? Language { get; init; }

    public ChannelLayout? ChannelLayout { get; init; }

    /// <summary>Parses a sidecar; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static CallMetadata Parse(string json)
    {
        JsonObject obj;
        try
        {
            obj = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("metadata is not a JSON object");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new FormatException($"metadata is not valid JSON: {ex.Message}", ex);
        }

        string? S(string name) => obj[name] is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : null;

        DateTimeOffset? started = null;
        if (S("startedAt") is { } st)
        {
            started = DateTimeOffset.TryParse(st, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new FormatException($"metadata \"startedAt\" is not an ISO 8601 time with offset: \"{st}\"");
        }

        Language? language = null;
        if (S("language") is { } l)
        {
            language = LanguageCodes.TryParse(l, out var parsed) ? parsed : throw new FormatException($"metadata \"language\" must be zh or en, not \"{l}\"");
        }

        ChannelLayout? layout = null;
        if (S("channelLayout") is { } cl)
        {
            layout = ChannelLayoutNames.TryParse(cl, out var parsed) ? parsed : throw new FormatException($"metadata \"channelLayout\" must be agent-left, agent-right or mono, not \"{cl}\"");
        }

        return new CallMetadata
        {
            CallId = S("callId"),
            AgentId = S("agentId"),
            Team = S("team"),
            CustomerPhone = S("customerPhone"),
            Campaign = S("campaign"),
            StartedAt = started,
            Language = language,
            ChannelLayout = layout,
        };
    }
}
