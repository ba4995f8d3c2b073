using System.Text.RegularExpressions;

namespace TelesalesQa.Analysis.Rules;

/// <summary>
/// A set of patterns over normalised turn text (see <see cref="Core.Text.MatchText"/>): a turn matches if
/// any positive pattern matches and no exception pattern does. English patterns see words padded by
/// single spaces, so <c>" risk free "</c> only matches whole words.
/// </summary>
public sealed class PhraseRule
{
    private readonly Regex _positive;
    private readonly Regex? _exception;

    public PhraseRule(IEnumerable<string> positives, IEnumerable<string>? exceptions = null)
    {
        _positive = Build(positives) ?? throw new ArgumentException("A rule needs at least one pattern.", nameof(positives));
        _exception = exceptions is null ? null : Build(exceptions);
    }

    /// <summary>The matched text, or null when the key does not match (or an exception applies).</summary>
    public string? Match(string key)
    {
        var m = _positive.Match(key);
        if (!m.Success)
        {
            return null;
        }

        return _exception is not null && _exception.IsMatch(key) ? null : m.Value.Trim();
    }

    private static Regex? Build(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        return list.Count == 0
            ? null
            : new Regex(string.Join('|', list.Select(p => $"(?:{p})")), RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
