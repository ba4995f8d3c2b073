using System.Text;
using System.Text.RegularExpressions;

namespace TelesalesQa.Core.Text;

/// <summary>What a redacted span was recognised as.</summary>
public enum PiiKind
{
    /// <summary>A telephone number: Chinese mobile (with or without +86), international, landline, US/UK style.</summary>
    Phone = 0,

    /// <summary>A PRC resident identity number (18 characters, ISO 7064 MOD 11-2 checksum valid).</summary>
    NationalId = 1,

    /// <summary>A bank card number (13–19 digits, Luhn valid).</summary>
    BankCard = 2,

    /// <summary>An e-mail address, written (<c>a@b.com</c>) or spoken (<c>a at b dot com</c>, <c>a艾特b点com</c>).</summary>
    Email = 3,

    /// <summary>A long run of digits that is none of the above but is no ordinary amount either.</summary>
    Number = 4,
}

/// <summary>One redacted stretch of the input.</summary>
/// <param name="Kind">What the stretch was recognised as.</param>
/// <param name="Start">Offset of the stretch in the input text (UTF-16 code units).</param>
/// <param name="Length">Length of the stretch in the input text.</param>
/// <param name="RedactedStart">Offset of <paramref name="Placeholder"/> in the redacted text.</param>
/// <param name="Placeholder">What replaced it: <c>[PHONE]</c>, <c>[ID]</c>, <c>[CARD]</c>, <c>[EMAIL]</c> or <c>[NUMBER]</c>.</param>
public sealed record RedactedSpan(PiiKind Kind, int Start, int Length, int RedactedStart, string Placeholder);

/// <summary>The redacted text and what was taken out of it. The original values are deliberately not kept.</summary>
/// <param name="Text">The input with every recognised span replaced by its placeholder.</param>
/// <param name="Spans">The redacted spans in input order.</param>
public sealed record RedactionResult(string Text, IReadOnlyList<RedactedSpan> Spans)
{
    /// <summary>True when anything was redacted.</summary>
    public bool HasRedactions => Spans.Count > 0;
}

/// <summary>
/// Takes personal data out of transcript text before it may leave the machine: phone numbers, PRC
/// resident ID numbers, bank card numbers, e-mail addresses, and long digit strings, whether written
/// (<c>138-0013-8000</c>) or read out digit by digit in Chinese (<c>幺三八零零一三八零零零</c>) or
/// English (<c>one three eight oh oh…</c>). Ordinary numbers (prices, percentages, years, dates,
/// ranges, short counts) are kept, because they carry the meaning a sentiment model needs.
/// Pure: no I/O, no state, safe to call from any thread.
/// </summary>
/// <remarks>
/// It errs towards redacting: an unclassifiable run of 7+ spoken digits, or 12+ written digits, becomes
/// <c>[NUMBER]</c> (nobody reads a price out digit by digit, and no amount in a call has 12 digits).
/// An 18-digit number with a failed ID checksum, or a 13–19 digit number that fails Luhn, is never
/// labelled ID or card; it still becomes <c>[NUMBER]</c> when long enough.
/// </remarks>
public static partial class PiiRedactor
{
    private const int MinSpokenDigits = 7;
    private const int MinWrittenUnclassifiedDigits = 12;
    private const int MaxSeparatorRun = 3;

    /// <summary>The text that replaces a span of <paramref name="kind"/>.</summary>
    public static string Placeholder(PiiKind kind) => kind switch
    {
        PiiKind.Phone => "[PHONE]",
        PiiKind.NationalId => "[ID]",
        PiiKind.BankCard => "[CARD]",
        PiiKind.Email => "[EMAIL]",
        _ => "[NUMBER]",
    };

    /// <summary>Redacts personal data from <paramref name="text"/>.</summary>
    /// <param name="text">Any text; Simplified or Traditional Chinese, English, or both.</param>
    /// <returns>The redacted text and the spans taken out, with their kind.</returns>
    public static RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new RedactionResult(text, []);
        }

        var taken = new bool[text.Length];
        var found = new List<(int Start, int End, PiiKind Kind)>();

        // E-mails first: they contain digits that the number passes must not split.
        AddMatches(WrittenEmail(), text, taken, found);
        AddMatches(SpokenEmail(), text, taken, found);
        FindSpokenRuns(text, taken, found);
        FindWrittenNumbers(text, taken, found);

        if (found.Count == 0)
        {
            return new RedactionResult(text, []);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(text.Length);
        var spans = new List<RedactedSpan>(found.Count);
        var pos = 0;
        foreach (var (start, end, kind) in found)
        {
            sb.Append(text, pos, start - pos);
            var placeholder = Placeholder(kind);
            spans.Add(new RedactedSpan(kind, start, end - start, sb.Length, placeholder));
            sb.Append(placeholder);
            pos = end;
        }

        sb.Append(text, pos, text.Length - pos);
        return new RedactionResult(sb.ToString(), spans);
    }

    // ---------------------------------------------------------------- e-mail

    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}[@＠][A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenEmail();

    // "john dot smith at gmail dot com", "zhangsan艾特163点com": the spoken words need spaces around them
    // in English so that "cat" or "dotcom" inside a word is never taken for "at" or "dot".
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._\-])[A-Za-z0-9][A-Za-z0-9._\-]{0,63}(?:(?: dot | underscore | ?(?:点|下划线|_|\.) ?)[A-Za-z0-9][A-Za-z0-9\-]{0,63}){0,4}(?: at | ?(?:艾特|@|＠) ?)[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:(?: dot | ?(?:点|\.) ?)[A-Za-z0-9][A-Za-z0-9\-]{0,62}){0,4}(?: dot | ?(?:点|\.) ?)(?:com|net|org|cn|edu|gov|io|co|uk|hk|tw|info|biz)(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenEmail();

    private static void AddMatches(Regex regex, string text, bool[] taken, List<(int, int, PiiKind)> found)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (IsFree(taken, m.Index, m.Index + m.Length))
            {
                Take(taken, m.Index, m.Index + m.Length);
                found.Add((m.Index, m.Index + m.Length, PiiKind.Email));
            }
        }
    }

    // ---------------------------------------------------------------- spoken digits

    private enum TokenKind
    {
        Digit,
        Repeat,
        Hundred,
        Plus,
        X,
        Separator,
        Break,
    }

    private readonly record struct Token(TokenKind Kind, int Start, int End, char Digit = '\0', bool Spoken = false, int Times = 0);

    private sealed class Run
    {
        public int Start = -1;
        public int End;
        public bool Plus;
        public readonly StringBuilder Digits = new();
        public readonly List<int> Groups = [];
        public readonly List<(int Start, int End, int DigitCount, bool Spoken)> Segments = [];
        public bool HasSpoken;

        public bool IsEmpty => Digits.Length == 0;

        public void Add(Token t, int times, bool newGroup)
        {
            if (Start < 0)
            {
                Start = t.Start;
            }

            if (newGroup || Groups.Count == 0)
            {
                Groups.Add(0);
            }

            Digits.Append(t.Digit, times);
            Groups[^1] += times;
            if (Segments.Count > 0 && Segments[^1].Spoken == t.Spoken)
            {
                var s = Segments[^1];
                Segments[^1] = (s.Start, t.End, s.DigitCount + times, s.Spoken);
            }
            else
            {
                Segments.Add((t.Start, t.End, times, t.Spoken));
            }

            HasSpoken |= t.Spoken;
            End = t.End;
        }
    }

    private static void FindSpokenRuns(string text, bool[] taken, List<(int, int, PiiKind)> found)
    {
        var tokens = Tokenize(text, taken);
        var run = new Run();
        var separatorsSinceDigit = 0;
        var pendingTimes = 0;
        var pendingStart = -1;

        void Flush()
        {
            if (!run.IsEmpty && run.HasSpoken)
            {
                RedactSpokenRun(run, taken, found);
            }

            run = new Run();
            separatorsSinceDigit = 0;
            pendingTimes = 0;
            pendingStart = -1;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            switch (t.Kind)
            {
                case TokenKind.Separator:
                    if (++separatorsSinceDigit > MaxSeparatorRun)
                    {
                        Flush();
                    }

                    break;
                case TokenKind.Digit:
                    var times = pendingTimes > 0 ? pendingTimes : 1;
                    var start = pendingStart >= 0 ? pendingStart : t.Start;
                    var newGroup = separatorsSinceDigit > 0 || pendingTimes > 0 || (t.Spoken && t.End - t.Start > 1);
                    run.Add(t with { Start = start, Spoken = t.Spoken || pendingTimes > 0 }, times, newGroup);
                    pendingTimes = 0;
                    pendingStart = -1;
                    separatorsSinceDigit = 0;
                    break;
                case TokenKind.Repeat when NextDigitFollows(tokens, k):
                    pendingTimes = t.Times;
                    pendingStart = t.Start;
                    separatorsSinceDigit = 0;
                    break;
                case TokenKind.Hundred when !run.IsEmpty && separatorsSinceDigit <= 1 && pendingTimes == 0:
                    // "oh seven seven oh oh, nine hundred, one two three": UK readers say "nine hundred" for 900.
                    run.Add(new Token(TokenKind.Digit, t.Start, t.End, '0', Spoken: true), 2, newGroup: false);
                    separatorsSinceDigit = 0;
                    break;
                case TokenKind.Plus when run.IsEmpty && NextDigitFollows(tokens, k):
                    run.Start = t.Start;
                    run.Plus = true;
                    separatorsSinceDigit = 0;
                    break;
                case TokenKind.X when run.Digits.Length == 17 && separatorsSinceDigit <= 1:
                    run.Digits.Append('X');
                    run.Groups[^1]++;
                    run.End = t.End;
                    run.HasSpoken |= t.Spoken;
                    var last = run.Segments[^1];
                    run.Segments[^1] = (last.Start, t.End, last.DigitCount + 1, last.Spoken);
                    Flush();
                    break;
                default:
                    Flush();
                    break;
            }
        }

        Flush();
    }

    private static bool NextDigitFollows(List<Token> tokens, int k)
    {
        var seps = 0;
        for (var j = k + 1; j < tokens.Count; j++)
        {
            switch (tokens[j].Kind)
            {
                case TokenKind.Separator when ++seps <= MaxSeparatorRun:
                    continue;
                case TokenKind.Digit:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static void RedactSpokenRun(Run run, bool[] taken, List<(int, int, PiiKind)> found)
    {
        var digits = run.Digits.ToString();
        var kind = Classify(digits, run.Plus, run.Groups, spoken: true, default, afterLetter: false);
        if (kind is PiiKind.Phone or PiiKind.NationalId or PiiKind.BankCard || run.Segments.Count == 1)
        {
            if (kind is not null)
            {
                Take(taken, run.Start, run.End);
                found.Add((run.Start, run.End, kind.Value));
            }

            return;
        }

        // Mixed spoken and written digits that are nothing as a whole ("统一 13800138000"): redact each
        // long spoken stretch alone and leave the written ones to the written pass, which knows their shape.
        foreach (var s in run.Segments)
        {
            if (s.Spoken && s.DigitCount >= MinSpokenDigits)
            {
                var start = s.Start == run.Segments[0].Start ? run.Start : s.Start;
                Take(taken, start, s.End);
                found.Add((start, s.End, PiiKind.Number));
            }
        }
    }

    private static List<Token> Tokenize(string text, bool[] taken)
    {
        var tokens = new List<Token>(text.Length / 2);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (taken[i])
            {
                tokens.Add(new Token(TokenKind.Break, i, i + 1));
                i++;
            }
            else if (WrittenDigitValue(c) is { } w)
            {
                tokens.Add(new Token(TokenKind.Digit, i, i + 1, w));
                i++;
            }
            else if (ChineseDigitValue(c) is { } z && !TouchesPlaceValue(text, i))
            {
                tokens.Add(new Token(TokenKind.Digit, i, i + 1, z, Spoken: true));
                i++;
            }
            else if (c is '叉' or 'Ｘ' or 'ｘ')
            {
                tokens.Add(new Token(TokenKind.X, i, i + 1, Spoken: c == '叉'));
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiLetter(text[end]) && !taken[end])
                {
                    end++;
                }

                tokens.Add(WordToken(text.AsSpan(i, end - i), i, end));
                i = end;
            }
            else
            {
                tokens.Add(new Token(IsSpokenSeparator(c) ? TokenKind.Separator : TokenKind.Break, i, i + 1));
                i++;
            }
        }

        return tokens;
    }

    private static Token WordToken(ReadOnlySpan<char> word, int start, int end)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 8)];
        if (word.Length > 8)
        {
            return new Token(TokenKind.Break, start, end);
        }

        word.ToLowerInvariant(lower);
        return lower switch
        {
            "zero" or "oh" or "o" or "nought" => new Token(TokenKind.Digit, start, end, '0', Spoken: true),
            "one" => new Token(TokenKind.Digit, start, end, '1', Spoken: true),
            "two" => new Token(TokenKind.Digit, start, end, '2', Spoken: true),
            "three" => new Token(TokenKind.Digit, start, end, '3', Spoken: true),
            "four" => new Token(TokenKind.Digit, start, end, '4', Spoken: true),
            "five" => new Token(TokenKind.Digit, start, end, '5', Spoken: true),
            "six" => new Token(TokenKind.Digit, start, end, '6', Spoken: true),
            "seven" => new Token(TokenKind.Digit, start, end, '7', Spoken: true),
            "eight" => new Token(TokenKind.Digit, start, end, '8', Spoken: true),
            "nine" => new Token(TokenKind.Digit, start, end, '9', Spoken: true),
            "double" => new Token(TokenKind.Repeat, start, end, Times: 2),
            "triple" => new Token(TokenKind.Repeat, start, end, Times: 3),
            "hundred" => new Token(TokenKind.Hundred, start, end),
            "plus" => new Token(TokenKind.Plus, start, end),
            "x" => new Token(TokenKind.X, start, end),
            _ => new Token(TokenKind.Break, start, end),
        };
    }

    private static char? ChineseDigitValue(char c) => c switch
    {
        '零' or '〇' or '○' or '洞' => '0',
        '一' or '幺' or '壹' => '1',
        '二' or '两' or '兩' or '贰' or '貳' => '2',
        '三' or '叁' or '參' => '3',
        '四' or '肆' => '4',
        '五' or '伍' => '5',
        '六' or '陆' or '陸' => '6',
        '七' or '柒' => '7',
        '八' or '捌' => '8',
        '九' or '玖' => '9',
        _ => null,
    };

    /// <summary>
    /// A numeral next to 十/百/千/万/点 belongs to a quantity ("二十九", "一千零八十", "三点五",
    /// "一五一十"), never to a string of digits read out one by one.
    /// </summary>
    private static bool TouchesPlaceValue(string text, int i) =>
        (i > 0 && IsPlaceValue(text[i - 1])) || (i + 1 < text.Length && IsPlaceValue(text[i + 1]));

    private static bool IsPlaceValue(char c) =>
        c is '十' or '拾' or '百' or '佰' or '千' or '仟' or '万' or '萬' or '亿' or '億' or '点' or '點';

    private static bool IsSpokenSeparator(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u3000' or ',' or '，' or '、' or '-' or '－' or '–' or '—' or '杠' or '槓';

    // ---------------------------------------------------------------- written digits

    private static char? WrittenDigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => null,
    };

    private static bool IsWrittenDigit(char c) => WrittenDigitValue(c) is not null;

    private static bool IsWrittenSeparator(char c, bool allowDot) =>
        c is ' ' or '\u00A0' or '\u3000' or '-' or '－' or '–' or '—' or '(' or ')' or '（' or '）'
        || (allowDot && c == '.');

    /// <summary>How the groups of a written number were separated.</summary>
    private readonly record struct Separators(bool SpaceOrDotOnly, bool SingleDash);

    private sealed record Written(int End, string Digits, List<int> Groups, Separators Separators, int DotSeparators);

    private static void FindWrittenNumbers(string text, bool[] taken, List<(int, int, PiiKind)> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (taken[i])
            {
                i++;
                continue;
            }

            var first = i;
            var plus = false;
            var c = text[i];
            int digitsAt;
            if (c is '+' or '＋' && At(text, taken, i + 1, IsWrittenDigit))
            {
                plus = true;
                digitsAt = i + 1;
            }
            else if (c is '(' or '（' && At(text, taken, i + 1, IsWrittenDigit))
            {
                digitsAt = i + 1;
            }
            else if (c is '(' or '（' && At(text, taken, i + 1, ch => ch is '+' or '＋') && At(text, taken, i + 2, IsWrittenDigit))
            {
                plus = true;
                digitsAt = i + 2;
            }
            else if (IsWrittenDigit(c))
            {
                digitsAt = i;
            }
            else
            {
                i++;
                continue;
            }

            var afterLetter = first > 0 && (char.IsAsciiLetter(text[first - 1]) || text[first - 1] == '_');
            var w = ParseWritten(text, taken, digitsAt, allowDot: true);
            if (w.DotSeparators == 1)
            {
                // One dot is a decimal point ("1234.5678"); US style uses two ("555.123.4567").
                w = ParseWritten(text, taken, digitsAt, allowDot: false);
            }

            // "4 5 6 7 8 9 1 2": a recogniser writing out digits that were read one by one.
            var readOut = w.Groups.Count >= 4 && w.Groups.TrueForAll(g => g <= 2) && w.Digits.Length >= MinSpokenDigits;
            var kind = Classify(w.Digits, plus, w.Groups, spoken: readOut, w.Separators, afterLetter);
            if (kind is not null)
            {
                Take(taken, first, w.End);
                found.Add((first, w.End, kind.Value));
            }

            i = w.End;
        }
    }

    private static bool At(string text, bool[] taken, int index, Func<char, bool> test) =>
        index < text.Length && !taken[index] && test(text[index]);

    private static Written ParseWritten(string text, bool[] taken, int pos, bool allowDot)
    {
        var digits = new StringBuilder();
        var groups = new List<int>();
        var spaceOrDotOnly = true;
        var dashes = 0;
        var dots = 0;
        var p = pos;
        while (true)
        {
            var groupStart = p;
            while (p < text.Length && !taken[p] && WrittenDigitValue(text[p]) is { } d)
            {
                digits.Append(d);
                p++;
            }

            groups.Add(p - groupStart);
            var q = p;
            var hasDot = false;
            var other = false;
            while (q < text.Length && !taken[q] && q - p < MaxSeparatorRun && IsWrittenSeparator(text[q], allowDot))
            {
                hasDot |= text[q] == '.';
                other |= text[q] is not (' ' or '.' or '\u00A0' or '\u3000');
                dashes += text[q] is '-' or '－' or '–' or '—' ? 1 : 0;
                q++;
            }

            if (q == p || !At(text, taken, q, IsWrittenDigit))
            {
                break;
            }

            if (hasDot)
            {
                var next = q;
                while (At(text, taken, next, IsWrittenDigit))
                {
                    next++;
                }

                // "12999.00" is a price: a dot before fewer than three digits is a decimal point.
                if (next - q < 3)
                {
                    break;
                }

                dots++;
            }

            spaceOrDotOnly &= !other;
            p = q;
        }

        var end = p;
        if (digits.Length == 17 && At(text, taken, end, ch => ch is 'X' or 'x' or 'Ｘ' or 'ｘ')
            && !At(text, taken, end + 1, char.IsAsciiLetter))
        {
            digits.Append('X');
            groups[^1]++;
            end++;
        }

        var singleDash = groups.Count == 2 && dashes == 1 && end - pos == digits.Length + 1;
        return new Written(end, digits.ToString(), groups, new Separators(spaceOrDotOnly, singleDash), dots);
    }

    // ---------------------------------------------------------------- classification

    private static PiiKind? Classify(string d, bool plus, List<int> groups, bool spoken, Separators separators, bool afterLetter)
    {
        var n = d.Length;
        if (n == 18 && IsValidResidentId(d))
        {
            return PiiKind.NationalId;
        }

        var endsWithX = d[^1] == 'X';
        if (!endsWithX)
        {
            if (IsChineseMobile(d))
            {
                return PiiKind.Phone;
            }

            // No card number starts with 0 (ISO/IEC 7812 issuer numbers start 1–9).
            if (n is >= 13 and <= 19 && !plus && d[0] != '0' && IsLuhnValid(d))
            {
                return PiiKind.BankCard;
            }
        }

        if (afterLetter)
        {
            // Inside a code such as "SKU20240501": only the unmistakable kinds above.
            return null;
        }

        if (!endsWithX)
        {
            if (plus && n is >= 7 and <= 15)
            {
                return PiiKind.Phone;
            }

            // International dialling prefix (0044…) and trunk-prefixed landlines (010-…, 0755…, UK 020 / 07…).
            if ((d.StartsWith("00", StringComparison.Ordinal) && n is >= 9 and <= 15)
                || (d[0] == '0' && n is >= 10 and <= 12))
            {
                return PiiKind.Phone;
            }

            if (!spoken && groups.Count >= 2 && n is >= 7 and <= 15 && LooksLikeGroupedPhone(d, groups, separators))
            {
                return PiiKind.Phone;
            }

            if ((spoken || groups.Count == 1) && IsNorthAmerican(d))
            {
                return PiiKind.Phone;
            }
        }

        var minimum = spoken ? MinSpokenDigits : MinWrittenUnclassifiedDigits;
        if (n >= minimum && !LooksLikeOrdinaryNumbers(d, groups, separators.SpaceOrDotOnly))
        {
            return PiiKind.Number;
        }

        return null;
    }

    private static bool IsChineseMobile(string d)
    {
        var core = d.Length switch
        {
            15 when d.StartsWith("0086", StringComparison.Ordinal) => d[4..],
            13 when d.StartsWith("86", StringComparison.Ordinal) => d[2..],
            _ => d,
        };
        return core.Length == 11 && core[0] == '1' && core[1] is >= '3' and <= '9';
    }

    private static bool LooksLikeGroupedPhone(string d, List<int> groups, Separators separators)
    {
        if (groups.Exists(g => g > 8) || groups[^1] < 3 || LooksLikeOrdinaryNumbers(d, groups, separators.SpaceOrDotOnly))
        {
            return false;
        }

        if (groups.Count == 2)
        {
            // Local numbers: 555-1234, 8888 8888. But "1288-1688" is a price range: two equal-length
            // groups joined by one dash, rising, or both ending in 9.
            var values = GroupValues(d, groups);
            var range = separators.SingleDash && groups[0] == groups[1] && string.CompareOrdinal(values[0], values[1]) < 0;
            return groups[0] is 3 or 4 && groups[1] is 4 or 5 && !range && !values.TrueForAll(v => v[^1] == '9');
        }

        return true;
    }

    /// <summary>NANP written without separators: 2125551234 or 12125551234 (area code and exchange start 2–9).</summary>
    private static bool IsNorthAmerican(string d)
    {
        var core = d.Length == 11 && d[0] == '1' ? d[1..] : d;
        return core.Length == 10 && core[0] is >= '2' and <= '9' && core[3] is >= '2' and <= '9'
            && !core.EndsWith("000", StringComparison.Ordinal);
    }

    /// <summary>Years, year ranges, dates, round amounts and thousands grouping: never personal data.</summary>
    private static bool LooksLikeOrdinaryNumbers(string d, List<int> groups, bool spaceOrDotSeparatorsOnly)
    {
        if (groups.Count < 2)
        {
            return false;
        }

        var values = GroupValues(d, groups);
        if (values.TrueForAll(IsYear) || values.TrueForAll(v => v.Length >= 2 && v[^1] == '0'))
        {
            return true;
        }

        if (groups.Count == 3)
        {
            var (a, b, c) = (values[0], values[1], values[2]);
            if ((IsYear(a) && IsMonth(b) && IsDay(c)) || (IsYear(c) && ((IsDay(a) && IsMonth(b)) || (IsMonth(a) && IsDay(b)))))
            {
                return true;
            }
        }

        return spaceOrDotSeparatorsOnly && groups[0] <= 3 && groups.Skip(1).All(g => g == 3);
    }

    private static List<string> GroupValues(string d, List<int> groups)
    {
        var values = new List<string>(groups.Count);
        var p = 0;
        foreach (var g in groups)
        {
            values.Add(d.Substring(p, Math.Min(g, d.Length - p)));
            p += g;
        }

        return values;
    }

    private static bool IsYear(string v) => v.Length == 4 && v[0] is '1' or '2' && (v.StartsWith("19", StringComparison.Ordinal) || v.StartsWith("20", StringComparison.Ordinal));

    private static bool IsMonth(string v) => v.Length is 1 or 2 && int.TryParse(v, out var m) && m is >= 1 and <= 12;

    private static bool IsDay(string v) => v.Length is 1 or 2 && int.TryParse(v, out var m) && m is >= 1 and <= 31;

    /// <summary>GB 11643: 17 digits and a check character, ISO 7064 MOD 11-2.</summary>
    private static bool IsValidResidentId(string d)
    {
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        if (d.Length != 18 || d[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 17; k++)
        {
            if (d[k] is < '0' or > '9')
            {
                return false;
            }

            sum += (d[k] - '0') * weights[k];
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? d[17] == 'X' : d[17] == (char)('0' + check);
    }

    private static bool IsLuhnValid(string d)
    {
        var sum = 0;
        var doubleIt = false;
        for (var k = d.Length - 1; k >= 0; k--)
        {
            if (d[k] is < '0' or > '9')
            {
                return false;
            }

            var v = d[k] - '0';
            if (doubleIt)
            {
                v *= 2;
                if (v > 9)
                {
                    v -= 9;
                }
            }

            sum += v;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    // ---------------------------------------------------------------- bookkeeping

    private static bool IsFree(bool[] taken, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (taken[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Take(bool[] taken, int start, int end) => Array.Fill(taken, true, start, end - start);
}
