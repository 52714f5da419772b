using System.ComponentModel;
using System.Diagnostics;

namespace Kata;

/// <summary>
/// The processor time a child process has used, for a <see cref="ProcessorWatch"/>: once the child has ended (or is ending,
/// its /proc entry gone before the runtime saw it exit), what was last seen, which it cannot add to any more.
/// </summary>
public sealed class ChildProcessorTime(Process child)
{
    private TimeSpan last;

    public TimeSpan Read()
    {
        try
        {
            return last = child.TotalProcessorTime;
        }
        catch (Exception gone) when (gone is InvalidOperationException or Win32Exception)
        {
            return last;
        }
    }
}
