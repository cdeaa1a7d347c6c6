using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("StatementGen.Tests")]
[assembly: InternalsVisibleTo("StatementGen.Corpus.Tests")]
