using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("StatementGen.Tests")]
[assembly: InternalsVisibleTo("StatementGen.Corpus.Tests")]
[assembly: InternalsVisibleTo("StatementGen.EndToEnd.Tests")]
[assembly: InternalsVisibleTo("StatementGen.Cli")]
[assembly: InternalsVisibleTo("StatementGen.Benchmarks")]
