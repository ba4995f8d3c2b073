namespace TelesalesQa.Analysis.Detectors;

/// <summary>Finds one or more kinds of finding in a call. Implementations are stateless and thread-safe.</summary>
public interface IDetector
{
    /// <summary>Short stable name stored with each finding, e.g. <c>rules/exaggerated-claim@1</c>.</summary>
    string Name { get; }

    IEnumerable<Detection> Detect(CallContext call);
}
