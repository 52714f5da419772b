using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Kata.Classroom;

/// <summary>
/// What the learner's code can reach beyond its exercise, read by the compiler's output as <see cref="Bindings"/> is:
/// every type, method and field that the code of <c>Kata.Exercises</c> (its nested and compiler-made types included)
/// names in its instructions, base types and attributes. Code cannot call what it does not name, so code in
/// <c>Kata/Exercises/</c> that names none of <see cref="Outside"/> cannot find NUnit's result exceptions or listeners,
/// the harness's state, the environment, files or processes: it is judged only by what it does through the kata's
/// seam. Learner code that names one of them is not graded, each use named (docs/en/instructors.md, section 5).
/// </summary>
public static class Reach
{
    /// <summary>
    /// Namespaces (ending in '.'), types, and types' members ("Type::Member") that the exercises never need and that
    /// reach the judge: reflection and code made at run time, native code, the process and its environment, files,
    /// the network, the test framework, Coyote and the harness. A rule with '!' in front allows a member of a type
    /// the rules deny (a rule that names the member wins over one that names its type).
    /// </summary>
    public static readonly IReadOnlyList<string> Outside =
    [
        "System.Reflection.", "System.Runtime.InteropServices.", "System.Runtime.Loader.", "System.Runtime.Intrinsics.", "System.Linq.Expressions.",
        "System.IO.", "!System.IO.TextWriter", "!System.IO.StringWriter", "!System.IO.TextReader", "!System.IO.StringReader",
        "System.Net.", "System.Security.", "Microsoft.CSharp.", "Microsoft.Win32.", "NUnit.", "Microsoft.Coyote.", "Kata.Tests.",
        "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Activator", "!System.Activator::CreateInstance<>",
        "System.AppDomain", "System.AppContext", "System.Threading.ExecutionContext",
        "System.Environment", "!System.Environment::get_NewLine", "!System.Environment::get_ProcessorCount",
        "!System.Environment::get_CurrentManagedThreadId", "!System.Environment::get_TickCount", "!System.Environment::get_TickCount64",
        "System.Type", "!System.Type::GetTypeFromHandle", "!System.Reflection.MemberInfo::get_Name", "!System.Type::get_FullName",
        "!System.Type::op_Equality", "!System.Type::op_Inequality",
        "System.Delegate::get_Method", "System.Delegate::get_Target", "System.Delegate::CreateDelegate", "System.Delegate::DynamicInvoke",
        "System.MulticastDelegate::get_Method", "System.MulticastDelegate::get_Target",
        "System.Runtime.CompilerServices.ModuleInitializerAttribute", "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.CompilerServices.CallSite", "System.Runtime.CompilerServices.CallSite`1", "System.Runtime.CompilerServices.CallSiteBinder",
        "System.Runtime.CompilerServices.RuntimeHelpers", "!System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray",
        "!System.Runtime.CompilerServices.RuntimeHelpers::CreateSpan", "!System.Runtime.CompilerServices.RuntimeHelpers::GetSubArray",
        "!System.Runtime.CompilerServices.RuntimeHelpers::EnsureSufficientExecutionStack",
        "System.Console::SetOut", "System.Console::SetError", "System.Console::SetIn",
        "System.Console::OpenStandardOutput", "System.Console::OpenStandardError", "System.Console::OpenStandardInput",
    ];

    /// <summary>Each use of <see cref="Outside"/> by the exercises' code in <paramref name="assembly"/>, as "Type.Method uses Name", in order.</summary>
    public static IReadOnlyList<string> Of(string assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly);
        var uses = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.Types.Where(Learners).SelectMany(Nested))
        {
            var name = Name(type);
            Note(uses, name, type.BaseType);
            foreach (var contract in type.Interfaces)
            {
                Note(uses, name, contract.InterfaceType);
            }

            foreach (var attribute in Attributes(type))
            {
                Note(uses, name, attribute.Constructor);
            }

            foreach (var method in type.Methods)
            {
                foreach (var attribute in method.CustomAttributes)
                {
                    Note(uses, $"{name}.{method.Name}", attribute.Constructor);
                }

                foreach (var instruction in method.HasBody ? method.Body.Instructions : [])
                {
                    Note(uses, $"{name}.{method.Name}", instruction.Operand as MemberReference);
                }
            }
        }

        return [.. uses];
    }

    /// <summary>Whether <paramref name="name"/> ("Namespace.Type" or "Namespace.Type::Member") lies outside.</summary>
    public static bool IsOutside(string name)
    {
        var type = name.Split("::", 2)[0];
        var rule = Outside.Where(rule => Covers(rule.TrimStart('!'), name, type)).MaxBy(rule => rule.TrimStart('!').Length);
        return rule is not null && !rule.StartsWith('!');
    }

    private static bool Covers(string rule, string name, string type) =>
        rule.EndsWith('.') ? type.StartsWith(rule, StringComparison.Ordinal) : rule == name || rule == type;

    /// <summary>
    /// The learner's types: those in <see cref="Bindings.ExerciseNamespace"/> or below (a file-local type's too), with the
    /// closures and state machines the compiler nests in them. The learner can declare no other (<see cref="Bindings"/>).
    /// </summary>
    private static bool Learners(TypeDefinition type) =>
        type.Namespace == Bindings.ExerciseNamespace || type.Namespace.StartsWith(Bindings.ExerciseNamespace + ".", StringComparison.Ordinal);

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(Nested)];

    private static IEnumerable<CustomAttribute> Attributes(TypeDefinition type) =>
        [.. type.CustomAttributes, .. type.Fields.SelectMany(field => field.CustomAttributes), .. type.Properties.SelectMany(property => property.CustomAttributes)];

    private static void Note(SortedSet<string> uses, string where, MemberReference? used)
    {
        foreach (var name in Names(used))
        {
            if (IsOutside(name))
            {
                uses.Add($"{where} uses {name}");
            }
        }
    }

    /// <summary>The names a reference brings in: its type's (and a generic instance's arguments'), and "Type::Member" for a method or field.</summary>
    private static IEnumerable<string> Names(MemberReference? used) => used switch
    {
        null => [],
        GenericInstanceType generic => [.. Names(generic.ElementType), .. generic.GenericArguments.SelectMany(Names)],
        TypeSpecification specification => Names(specification.ElementType),
        TypeReference type => [Name(type)],
        // A generic method's own name ends in "<>": new T() calls Activator.CreateInstance<T>(), which makes only a T.
        GenericInstanceMethod method => [$"{Name(method.DeclaringType)}::{method.Name}<>", .. Arguments(method.DeclaringType), .. method.GenericArguments.SelectMany(Names)],
        MethodReference or FieldReference => [$"{Name(used.DeclaringType)}::{used.Name}", .. Arguments(used.DeclaringType)],
        _ => [],
    };

    private static IEnumerable<string> Arguments(TypeReference type) => type is GenericInstanceType generic ? generic.GenericArguments.SelectMany(Names) : [];

    private static string Name(TypeReference type) =>
        type is TypeSpecification specification ? Name(specification.ElementType)
        : type.DeclaringType is { } outer ? $"{Name(outer)}+{type.Name}"
        : type.Namespace.Length > 0 ? $"{type.Namespace}.{type.Name}" : type.Name;
}
