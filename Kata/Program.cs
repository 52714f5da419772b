using Kata;
using Kata.Text;

Language.Apply();
return Runner.Run(args, Programs.ById, Console.Out, Console.Error);
