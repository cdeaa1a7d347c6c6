return StatementGen.Cli.Cli.Run(args, Console.Out, Console.Error);
