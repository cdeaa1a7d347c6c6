using StatementGen.Generated;

Console.WriteLine(Statements.All.Count);
