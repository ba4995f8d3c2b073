using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Transcription.Tests.Vendors;

/// <summary>The hand-written vendor files beside these tests, and an assertion for one turn.</summary>
internal static class VendorFixtures
{
    public static string Path(string name) =>
        System.IO.Path.Combine(Repo.Root, "tests", "TelesalesQa.Transcription.Tests", "Vendors", "Fixtures", name);

    public static void AssertTurn(Turn turn, Speaker speaker, double start, double end, string text, double? confidence = null)
    {
        Assert.Equal(speaker, turn.Speaker);
        Assert.Equal(start, turn.Start, 0.001);
        Assert.Equal(end, turn.End, 0.001);
        Assert.Equal(text, turn.Text);
        if (confidence is { } expected)
        {
            Assert.NotNull(turn.Confidence);
            Assert.Equal(expected, turn.Confidence.Value, 0.001);
        }
        else
        {
            Assert.Null(turn.Confidence);
        }
    }
}
