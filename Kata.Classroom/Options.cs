namespace Kata.Classroom;

/// <summary><c>--name value</c> pairs of a command line.</summary>
public sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            values[list[i]] = list[i + 1];
        }

        return new Options(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);
}
