using Kata.Text;
using Kata.Watch;

Language.Apply();
return Loop.Run(args, Console.Out);
