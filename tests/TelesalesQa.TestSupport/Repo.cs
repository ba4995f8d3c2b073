namespace TelesalesQa.TestSupport;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleRecordings => Path.Combine(Root, "sample-recordings");

    public static string Sample(string name) => Path.Combine(SampleRecordings, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelesalesQa.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (TelesalesQa.sln) not found above " + AppContext.BaseDirectory);
    }
}
