using Kata;

return Runner.Run(args, Programs.ById, Console.Out, Console.Error);
