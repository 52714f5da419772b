using Kata.Classroom;
using static Kata.Tools.Tests.Classroom.SmallKata;

namespace Kata.Tools.Tests.Classroom;

/// <summary>How a build's bindings are read: the specs' references with their signatures, names as the metadata spells them, and the projects' bin folders.</summary>
[TestFixture]
[Category("machinery")]
public sealed class BindingsReadingSpecs
{
    private SmallKata smallKata = null!;

    [OneTimeSetUp]
    public void BuildTheTemplate() => smallKata = new SmallKata();

    [OneTimeTearDown]
    public void RemoveTheFolder() => smallKata.Remove();

    [Test]
    public void The_specs_references_into_the_learners_assembly_carry_their_signatures()
    {
        Assert.That(smallKata.Template.Referenced, Is.SupersetOf(new[]
        {
            "[Kata]Kata.Exercises.SequentialSum",
            "[Kata]Kata.Exercises.SequentialSum::Sum(String, Int64, Int64) : [System.Runtime.Numerics]System.Numerics.BigInteger",
            "[Kata]Kata.Machinery.KataThread::get_Name() : String",
        }));
        Assert.That(smallKata.Template.Referenced.Where(name => name.Contains("NUnit", StringComparison.Ordinal) || name.Contains("Linq", StringComparison.Ordinal)), Is.Empty);
        Assert.That(smallKata.Template.Declared, Is.SupersetOf(new[] { "Kata.Exercises.SequentialSum", "Kata.Machinery.World" }));
    }

    [Test]
    public void Names_are_spelled_as_the_metadata_has_them_nested_generic_array_and_pointer_types_included()
    {
        var learner = smallKata.Build(Stub + Unseen + """
            public class Plain { }

            public class Another { }

            namespace Kata.Exercises
            {
                public class Outer
                {
                    public string? Maybe;

                    public class Inner
                    {
                        public int[,] Grid = new int[1, 1];

                        public static T Echo<T>(T value) => value;

                        public static ref int First(int[] values) => ref values[0];

                        public static unsafe int* Nowhere() => null;

                        public static unsafe delegate*<int, long, string> Callback() => null;

                        public static System.Collections.Generic.Dictionary<string, Inner> Many() => [];
                    }
                }

                public sealed class Box<T>
                {
                    public T? Item;

                    public static Box<T> Of(T item) => new() { Item = item };
                }
            }
            """, """
            using Kata.Exercises;

            namespace Kata.Tests.Exercises
            {
                public sealed class Specs
                {
                    public unsafe void Spec()
                    {
                        NUnit.Framework.Assert.That(new Outer.Inner().Grid, 1);
                        NUnit.Framework.Assert.That(Outer.Inner.Echo("x"), "x");
                        NUnit.Framework.Assert.That(Outer.Inner.First([1]), 1);
                        NUnit.Framework.Assert.That((nint)Outer.Inner.Nowhere(), 0);
                        NUnit.Framework.Assert.That((nint)Outer.Inner.Callback(), 0);
                        NUnit.Framework.Assert.That(Outer.Inner.Many().Count, 0);
                        NUnit.Framework.Assert.That(Box<int>.Of(1).Item, 1);
                        NUnit.Framework.Assert.That(new Plain(), 0);
                    }
                }
            }
            """);

        Assert.That(learner.StandInsFor(smallKata.Template), Is.EqualTo(new[]
        {
            "the specs now bind to your [Kata]Kata.Exercises.Box`1",
            "the specs now bind to your [Kata]Kata.Exercises.Box`1<Int32>::Item : !0",
            "the specs now bind to your [Kata]Kata.Exercises.Box`1<Int32>::Of(!0) : [Kata]Kata.Exercises.Box`1<!0>",
            "the specs now bind to your [Kata]Kata.Exercises.Outer",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::.ctor() : Void",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Callback() : fnptr(Int32, Int64) : String",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Echo`1(!!0) : !!0",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::First(Int32[]) : Int32&",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Grid : Int32[,]",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Many() : [System.Private.CoreLib]System.Collections.Generic.Dictionary`2<String, [Kata]Kata.Exercises.Outer+Inner>",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Nowhere() : Int32*",
            "the specs now bind to your [Kata]Plain",
            "the specs now bind to your [Kata]Plain::.ctor() : Void",
            "the specs now bind to your [System.Private.CoreLib]System.Collections.Generic.Dictionary`2<String, [Kata]Kata.Exercises.Outer+Inner>::get_Count() : Int32",
            "your type Another lies outside namespace Kata.Exercises",
            "your type Plain lies outside namespace Kata.Exercises",
        }));
        Assert.That(learner.Declared.Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "Another", "Kata.Exercises.Box`1", "Kata.Exercises.Outer", "Kata.Exercises.Outer+Inner", "Kata.Exercises.SequentialSum",
            "Kata.Exercises.SumThread", "Kata.Machinery.KataThread", "Kata.Machinery.World", "Plain",
        }), "every type the source declares, and none the compiler adds for itself");
    }

    [Test]
    public void A_build_is_read_from_the_projects_bin_folders()
    {
        var build = Directory.CreateDirectory(Path.Combine(smallKata.Root, "laid-out")).FullName;
        var learnerBin = Directory.CreateDirectory(Path.Combine(build, "Kata", "bin", "Debug", "net10.0")).FullName;
        var specsBin = Directory.CreateDirectory(Path.Combine(build, "Kata.Tests", "bin", "Debug", "net10.0")).FullName;
        Assert.That(Bindings.LearnerBuilt(build), Is.Null, "no Kata.dll in Kata/bin yet");
        Assert.That(() => Bindings.OfBuild(build), Throws.InvalidOperationException.With.Message.EqualTo(
            $"No Kata.Tests.dll was built under {Path.Combine(build, "Kata.Tests", "bin")}."));

        var kata = Compile(learnerBin, "Kata", [SmallKata.Machinery, Stub], smallKata.Platform);
        Compile(specsBin, "Kata.Tests", [Specs], [.. smallKata.Platform, smallKata.NUnitFramework, kata]);
        // Other copies beside bin/ (a build's obj/ holds one, and its reference assembly lacks the method bodies whose calls bind the specs): only bin/ counts.
        Compile(Path.Combine(build, "Kata"), "Kata", [SmallKata.Machinery], smallKata.Platform);
        Compile(Path.Combine(build, "Kata.Tests"), "Kata.Tests", ["namespace Kata.Tests { }"], smallKata.Platform);

        Assert.That(Bindings.LearnerBuilt(build), Is.EqualTo(Path.Combine(learnerBin, "Kata.dll")));
        var read = Bindings.OfBuild(build);
        Assert.That(read.Referenced, Is.EquivalentTo(smallKata.Template.Referenced), "the untouched stub's build, read from its folders");
        Assert.That(read.Declared, Is.EquivalentTo(smallKata.Template.Declared));
        Assert.That(Bindings.LearnerBuilt(Path.Combine(smallKata.Root, "nowhere")), Is.Null, "no Kata/ at all");
        var unbuilt = Directory.CreateDirectory(Path.Combine(smallKata.Root, "unbuilt", "Kata")).Parent!.FullName;
        Assert.That(Bindings.LearnerBuilt(unbuilt), Is.Null, "a Kata/ that was never built");
    }
}
