using System.Diagnostics;
using System.Reflection;
using Kata.Machinery;
using Kata.Tests.Mistakes;

namespace Kata.Tests.Machinery;

/// <summary>
/// The woven learner code (the zoo is woven as <c>Kata.Exercises</c> is) tells the world each shared access and takes
/// C#'s locks through it; outside a world the same calls are the real ones.
/// </summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class SharedAccessSpecs
{
    [Test]
    public void Woven_code_records_each_read_and_write_with_its_thread_moment_and_value()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () => new ZooSharedTotal().BareAddAfterTheSleep("main", 1, 3));

        Assert.That(world.Accesses.Select(access => $"{access.At.TotalSeconds} {access.Thread} {access.Kind} {access.Field} {access.Value}"), Is.EqualTo(new[]
        {
            "1 main Read ZooSharedTotal.total 0", "1 main Write ZooSharedTotal.total 1", "1 main Read ZooSharedTotal.total 1",
            "2 main Read ZooSharedTotal.total 1", "2 main Write ZooSharedTotal.total 3", "2 main Read ZooSharedTotal.total 3",
        }));
        Assert.That(world.Accesses.Select(access => access.Owner).Distinct(), Is.EqualTo(new[] { 1 }));
        Assert.That(world.Events.OfType<PrintedLine>(), Is.EqualTo(world.Lines));
    }

    [Test]
    public void A_static_field_belongs_to_no_object()
    {
        var world = new VirtualWorld();

        Learner.Run(world, ZooStaticTotal.Program(ZooStaticTotal.ReadThenWriteAfterTheSleep));

        Assert.That(world.Accesses.Where(access => access.Field == "ZooStaticTotal.total").Select(access => access.Owner), Is.Not.Empty.And.All.EqualTo(0));
    }

    [Test]
    public void Atomic_calls_record_the_field_they_took_by_ref_and_their_result()
    {
        var world = new VirtualWorld();

        Learner.Run(world, () =>
        {
            var total = new ZooSharedTotal();
            total.InterlockedAdd("main", 1, 3);
            total.VolatileWithoutALock("main", 3, 4);
        });

        Assert.That(world.Accesses.Select(access => $"{access.Operation} {access.Name} {access.Value} {access.Reads}"), Is.EqualTo(new[]
        {
            "Interlocked.Add total 1 False", "Interlocked.Add total 3 False", "Volatile.Read total 3 True", "Volatile.Write total 6 False",
        }));
        Assert.That(Support.Systematic.Interleaving.Describe(world.Accesses[0]), Is.EqualTo("Interlocked.Add total ➜ 1"));
    }

    [Test]
    public void CSharp_locks_are_reentrant_and_released_as_often_as_entered_in_a_virtual_world()
    {
        var world = new VirtualWorld();
        var sync = new object();

        var error = Learner.Run(world, () =>
        {
            Locks.Enter(sync, "sync");
            var taken = false;
            Locks.Enter(sync, ref taken, null);
            Locks.Exit(sync);
            Locks.Exit(sync);
            Clock.Sleep(TimeSpan.FromSeconds(1));
            return Assert.Throws<InvalidOperationException>(() => Locks.Exit(sync))!.Message;
        });

        Assert.That(world.SleptHoldingALock, Is.Null);
        Assert.That(error, Is.EqualTo("Thread 'main' released lock 'sync', which nobody holds. Release only a lock you acquired, once."));
    }

    [Test]
    public void A_lock_on_a_Lock_in_a_virtual_world_holds_the_worlds_lock_until_its_scope_ends()
    {
        var world = new VirtualWorld();
        var gate = new Lock();

        var slept = Learner.Run(world, () =>
        {
            var scope = Locks.EnterScope(gate, "gate");
            Locks.Enter(gate, null);
            Clock.Sleep(TimeSpan.FromSeconds(1));
            Locks.Exit(gate);
            Locks.Dispose(ref scope);
            return world.SleptHoldingALock;
        });

        Assert.That(slept, Is.EqualTo(new SleptHolding("main", "gate")));
    }

    [Test]
    public void Outside_a_world_the_woven_calls_are_the_real_ones()
    {
        var sync = new object();
        var gate = new Lock();
        var taken = false;

        Locks.Enter(sync, ref taken, "sync");
        Locks.Enter(sync, null);
        var entered = Monitor.IsEntered(sync);
        Locks.Exit(sync);
        Locks.Exit(sync);
        var scope = Locks.EnterScope(gate, "gate");
        var held = gate.IsHeldByCurrentThread;
        Locks.Dispose(ref scope);
        Locks.Enter(gate, null);
        var heldAgain = gate.IsHeldByCurrentThread;
        Locks.Exit(gate);

        Assert.That((taken, entered, Monitor.IsEntered(sync), held, heldAgain, gate.IsHeldByCurrentThread), Is.EqualTo((true, true, false, true, true, false)));
        Assert.That((Shared.Read(7, "x"), Shared.Read(sync, 8, "x"), Shared.Write(9, "x"), Shared.Write(sync, 10, "x"), Shared.Atomic(11, "Interlocked.Add")), Is.EqualTo((7, 8, 9, 10, 11)));
    }

    [Test]
    public void A_point_is_skipped_while_no_other_thread_could_run_at_the_same_moment()
    {
        var threading = new CountingThreading();
        var world = new VirtualWorld(threading);

        Learner.Run(world, () => new ZooSharedTotal().BareAddAfterTheSleep("main", 1, 3));

        Assert.That((world.Accesses.Count, threading.Accesses), Is.EqualTo((6, 0)));
    }

    // Category "woven": Stryker's mutants of Kata.dll are compiled in memory, never woven, so its runs leave this spec out.
    [TestCase(typeof(Kata.Exercises.SharedTotal))]
    [TestCase(typeof(ZooSharedTotal))]
    [Category("woven")]
    public void The_learners_assembly_and_the_zoos_are_woven_once_marked_with_their_own_MVID(Type woven)
    {
        var marker = woven.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == "Kata.Woven");

        Assert.That(marker?.Value, Is.EqualTo(woven.Module.ModuleVersionId.ToString()));
    }

    [Test]
    public void A_woven_method_still_names_its_own_source_line_when_it_throws()
    {
        var source = File.ReadAllLines(Repository.PathOf("Kata.Tests/Mistakes/ZooCSharpLocks.cs"));
        var line = Array.FindIndex(source, text => text.Contains("throw new InvalidOperationException(\"the slow call failed\")", StringComparison.Ordinal)) + 1;

        var thrown = Learner.Run(new VirtualWorld(), () => Assert.Throws<InvalidOperationException>(() => new ZooSharedTotal().MonitorNeverExitedAfterAnException("A", 1, 5))!);

        Assert.That(new StackTrace(thrown, fNeedFileInfo: true).GetFrame(0)?.GetFileLineNumber(), Is.EqualTo(line));
    }

    /// <summary>OS threads, counting the scheduling points a tester would be asked for.</summary>
    private sealed class CountingThreading : IThreading
    {
        public int Accesses { get; private set; }

        public Thread Create(ThreadStart body) => OsThreading.Instance.Create(body);

        public void Start(Thread thread) => OsThreading.Instance.Start(thread);

        public void Join(Thread thread) => OsThreading.Instance.Join(thread);

        public void Enter(object monitor) => OsThreading.Instance.Enter(monitor);

        public void Exit(object monitor) => OsThreading.Instance.Exit(monitor);

        public void Wait(object monitor) => OsThreading.Instance.Wait(monitor);

        public void PulseAll(object monitor) => OsThreading.Instance.PulseAll(monitor);

        public void Access(string state, bool write) => Accesses++;

        public int Choose(int count) => OsThreading.Instance.Choose(count);
    }
}
