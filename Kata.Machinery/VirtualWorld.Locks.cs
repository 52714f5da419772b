using Kata.Text;

namespace Kata.Machinery;

/// <summary>The world's locks: a thread that waits for one is blocked in the schedule, and continues from the moment it was released.</summary>
internal sealed partial class VirtualWorld
{
    internal override WorldLock CreateLock(string name) => new VirtualLock(this, name);

    /// <param name="reentrant">C#'s locks (<c>lock</c>, <see cref="Monitor"/>, <see cref="Lock"/>): the holder may enter again and exits as often; <see cref="KataLock"/> is Python's, not reentrant.</param>
    private sealed class VirtualLock(VirtualWorld world, string name, bool reentrant = false) : WorldLock
    {
        private Timeline? holder;
        private int depth;
        private TimeSpan releasedAt;

        public string Name { get; } = name;

        public bool Reentrant => reentrant;

        public Timeline? Holder => holder;

        public override void Acquire()
        {
            var current = world.CurrentTimeline;

            // Another thread due at the same moment may take the lock first.
            world.Point(Name, write: true);
            world.Scheduled(() =>
            {
                if (holder == current)
                {
                    depth = reentrant ? depth + 1 : throw new InvalidOperationException(Language.Format(Messages.LockAcquiredTwice, current.Name, Name));
                    return;
                }

                while (holder is not null)
                {
                    world.Block(current, gate: this);
                    world.threading.Wait(world.schedule);
                }

                holder = current;
                depth = 1;
                current.Holding.Add(this);
                current.Elapsed = Max(current.Elapsed, releasedAt);
            });
        }

        public override void Release()
        {
            var current = world.CurrentTimeline;
            if (current.State == Phase.Blocked)
            {
                // Torn out of a wait (a tester ending a deadlocked run) and unwinding through a using: keep the waits for the report.
                return;
            }

            world.Scheduled(() =>
            {
                if (holder != current)
                {
                    throw new InvalidOperationException(holder is null
                        ? Language.Format(Messages.LockReleasedUnheld, current.Name, Name)
                        : Language.Format(Messages.LockReleasedByOther, current.Name, Name, holder.Name));
                }

                if (--depth > 0)
                {
                    return;
                }

                holder = null;
                current.Holding.Remove(this);
                releasedAt = current.Elapsed;
                world.Wake(waiter => waiter.AwaitedLock == this, _ => releasedAt);
            });
        }
    }
}
