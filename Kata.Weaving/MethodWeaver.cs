using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Kata.Weaving;

/// <summary>
/// Weaves one method. A field another thread can see (<see cref="Visible"/>) gets a scheduling point before each
/// load and store and a record of the value; <c>ref field</c> names the field for the atomic call that takes it;
/// <see cref="System.Threading.Interlocked"/> and <see cref="System.Threading.Volatile"/> calls get a point before
/// and a record after; <see cref="System.Threading.Monitor"/> and <see cref="System.Threading.Lock"/> calls go to the
/// kata's <c>Locks</c>; <see cref="System.Threading.Thread.Sleep(int)"/> goes to <c>Shared.Sleep</c>, which names it on an
/// event loop's thread. Code is inserted so that branches, handlers and sequence points that named an instruction name
/// the first instruction inserted before it (<see cref="Before"/>): a line's code stays on its line.
/// </summary>
internal sealed class MethodWeaver(MethodDefinition method, Machinery calls, IReadOnlyCollection<string> namespaces, MethodWeaver.Counts counts)
{
    private readonly ILProcessor il = method.Body.GetILProcessor();
    private readonly Dictionary<string, VariableDefinition> temporaries = [];

    public sealed class Counts
    {
        public int Reads { get; set; }

        public int Writes { get; set; }

        public int Calls { get; set; }
    }

    public void Weave()
    {
        method.Body.SimplifyMacros();
        foreach (var instruction in method.Body.Instructions.ToList())
        {
            if (instruction.Operand is FieldDefinition field && Visible(field))
            {
                WeaveField(instruction, field);
            }
            else if (instruction.Operand is MethodReference called && (instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt))
            {
                WeaveCall(instruction, called);
            }
        }

        method.Body.OptimizeMacros();
    }

    /// <summary>
    /// A field of the learner's types that another thread can see: not readonly (set once, before the object is shared), not
    /// a generic type's (left out), not an async or iterator state machine's (its hoisted locals, state, builder and awaiters
    /// belong to one flow of control), not compiler bookkeeping (a closure's <c>&lt;&gt;4__this</c>, a lambda cache), and not
    /// the object's own field in its constructor (the object is not shared yet).
    /// </summary>
    private bool Visible(FieldDefinition field)
    {
        var type = field.DeclaringType;
        if (!namespaces.Contains(Weaver.Outermost(type).Namespace) || field.IsInitOnly || field.IsLiteral || Generic(type) ||
            StateMachine(type) || (Generated(type) && field.Name.StartsWith('<')))
        {
            return false;
        }

        return !(method.IsConstructor && method.DeclaringType == type && method.IsStatic == field.IsStatic);
    }

    private void WeaveField(Instruction instruction, FieldDefinition field)
    {
        var id = Id(field);
        var owned = !field.IsStatic && !field.DeclaringType.IsValueType;
        var code = instruction.OpCode.Code;
        if (code is Code.Ldfld or Code.Ldsfld)
        {
            var at = Before(instruction, [il.Create(OpCodes.Ldstr, id), il.Create(OpCodes.Call, calls.Shared("Reading", 1)), .. owned ? [il.Create(OpCodes.Dup)] : Array.Empty<Instruction>()]);
            After(at, il.Create(OpCodes.Ldstr, id), il.Create(OpCodes.Call, calls.Shared("Read", owned ? 3 : 2, field.FieldType)));
            counts.Reads++;
        }
        else if (code is Code.Stfld or Code.Stsfld)
        {
            Instruction[] write = owned
                ? [il.Create(OpCodes.Stloc, Temporary(field.FieldType)), il.Create(OpCodes.Dup), il.Create(OpCodes.Ldloc, Temporary(field.FieldType)), il.Create(OpCodes.Ldstr, id), il.Create(OpCodes.Call, calls.Shared("Write", 3, field.FieldType))]
                : [il.Create(OpCodes.Ldstr, id), il.Create(OpCodes.Call, calls.Shared("Write", 2, field.FieldType))];
            Before(instruction, write);
            counts.Writes++;
        }
        else if (code is Code.Ldflda or Code.Ldsflda)
        {
            Before(instruction, [owned ? il.Create(OpCodes.Dup) : il.Create(OpCodes.Ldnull), il.Create(OpCodes.Ldstr, id), il.Create(OpCodes.Call, calls.Shared("Address", 2))]);
        }
    }

    private void WeaveCall(Instruction instruction, MethodReference called)
    {
        var type = called.DeclaringType.FullName;
        var name = called.Name;
        var parameters = called.Parameters;
        switch (type)
        {
            case "System.Threading.Monitor" when name == "Enter" && parameters.Count is 1 or 2:
                var producer = parameters.Count == 2 ? instruction.Previous?.Previous : instruction.Previous;
                Redirect(instruction, calls.Locks("Enter", parameters.Count + 1, "System.Object"), LockName(producer));
                break;
            case "System.Threading.Monitor" when name == "Exit":
                Redirect(instruction, calls.Locks("Exit", 1, "System.Object"), null);
                break;
            case "System.Threading.Lock" when name is "Enter" or "EnterScope" && parameters.Count == 0:
                Redirect(instruction, calls.Locks(name, 2, "System.Threading.Lock"), LockName(instruction.Previous));
                break;
            case "System.Threading.Lock" when name == "Exit" && parameters.Count == 0:
                Redirect(instruction, calls.Locks("Exit", 1, "System.Threading.Lock"), null);
                break;
            case "System.Threading.Lock/Scope" when name == "Dispose":
                Redirect(instruction, calls.Locks("Dispose", 1, "System.Threading.Lock/Scope"), null);
                break;
            case "System.Threading.Thread" when name == "Sleep" && parameters.Count == 1:
                Redirect(instruction, calls.Shared(parameters[0].ParameterType.MetadataType == MetadataType.Int32 ? "Sleep" : "SleepFor", 1), null);
                break;
            case "System.Threading.Volatile" when name == "Write":
                var value = parameters[1].ParameterType is GenericParameter && called is GenericInstanceMethod generic ? generic.GenericArguments[0] : parameters[1].ParameterType;
                Before(instruction, [il.Create(OpCodes.Dup), il.Create(OpCodes.Ldstr, $"{type[(type.LastIndexOf('.') + 1)..]}.{name}"), il.Create(OpCodes.Call, calls.Shared("Stored", 2, method.Module.ImportReference(value)))]);
                counts.Calls++;
                break;
            case "System.Threading.Interlocked" or "System.Threading.Volatile":
                var operation = $"{type[(type.LastIndexOf('.') + 1)..]}.{name}";
                var at = Before(instruction, [il.Create(OpCodes.Ldstr, operation), il.Create(OpCodes.Call, calls.Shared("Atomic", 1))]);
                if (called.ReturnType.MetadataType != MetadataType.Void)
                {
                    var result = called.ReturnType is GenericParameter && called is GenericInstanceMethod instance ? instance.GenericArguments[0] : called.ReturnType;
                    After(at, il.Create(OpCodes.Ldstr, operation), il.Create(OpCodes.Call, calls.Shared("Atomic", 2, method.Module.ImportReference(result))));
                }

                counts.Calls++;
                break;
        }
    }

    /// <summary>Replaces a lock call by the kata's, which takes the name of the field the lock came from, when known, as its last argument.</summary>
    private void Redirect(Instruction instruction, MethodReference replacement, string? lockName)
    {
        var named = replacement.Parameters.Count > 0 && replacement.Parameters[^1].ParameterType.FullName == "System.String";
        var at = named ? Before(instruction, [lockName is null ? il.Create(OpCodes.Ldnull) : il.Create(OpCodes.Ldstr, lockName)]) : instruction;
        at.OpCode = OpCodes.Call;
        at.Operand = replacement;
        counts.Calls++;
    }

    /// <summary>The field a lock object was loaded from: directly, through the woven read, or through the local <c>lock (…)</c> keeps it in.</summary>
    private static string? LockName(Instruction? producer)
    {
        if (producer?.OpCode.Code is Code.Ldloc or Code.Ldloc_0 or Code.Ldloc_1 or Code.Ldloc_2 or Code.Ldloc_3 or Code.Ldloc_S)
        {
            var local = producer.Operand as VariableDefinition;
            var store = producer.Previous;
            while (store is not null && !(store.OpCode.Code is Code.Stloc && store.Operand == local))
            {
                store = store.Previous;
            }

            producer = store?.Previous;
        }

        return producer switch
        {
            { Operand: FieldReference field } => Display(field),
            { OpCode.Code: Code.Call, Operand: MethodReference { Name: "Read" }, Previous.Operand: string id } => id[(id.LastIndexOf('.') + 1)..],
            _ => null,
        };
    }

    /// <summary>Inserts <paramref name="added"/> before <paramref name="target"/> (and before its prefix, if any) and returns the instruction that now holds <paramref name="target"/>'s operation.</summary>
    private Instruction Before(Instruction target, IReadOnlyList<Instruction> added)
    {
        var first = target.Previous is { OpCode.OpCodeType: OpCodeType.Prefix } prefix ? prefix : target;
        var moved = il.Create(OpCodes.Nop);
        moved.OpCode = first.OpCode;
        moved.Operand = first.Operand;
        first.OpCode = added[0].OpCode;
        first.Operand = added[0].Operand;
        var at = first;
        foreach (var next in added.Skip(1).Append(moved))
        {
            il.InsertAfter(at, next);
            at = next;
        }

        return first == target ? moved : target;
    }

    private void After(Instruction target, params Instruction[] added)
    {
        var at = target;
        foreach (var next in added)
        {
            il.InsertAfter(at, next);
            at = next;
        }
    }

    private VariableDefinition Temporary(TypeReference type)
    {
        if (!temporaries.TryGetValue(type.FullName, out var local))
        {
            local = new VariableDefinition(type);
            method.Body.Variables.Add(local);
            temporaries[type.FullName] = local;
        }

        return local;
    }

    /// <summary><c>SharedTotal.total</c>; a captured local by its own name; an auto-property's field by the property's.</summary>
    private static string Id(FieldDefinition field) => Generated(field.DeclaringType) ? Display(field) : $"{field.DeclaringType.Name}.{Display(field)}";

    private static string Display(FieldReference field) =>
        field.Name.StartsWith('<') && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal) ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    private static bool Generated(TypeDefinition type) => type.Name.StartsWith('<') || (type.DeclaringType is { } outer && Generated(outer));

    private static bool Generic(TypeDefinition type) => type.HasGenericParameters || (type.DeclaringType is { } outer && Generic(outer));

    private static bool StateMachine(TypeDefinition type) =>
        type.Interfaces.Any(implemented => implemented.InterfaceType.FullName is "System.Runtime.CompilerServices.IAsyncStateMachine" or "System.Collections.IEnumerator");
}
