using Kata.Classroom;

return Commands.Run(args, Console.Out, Console.Error);
