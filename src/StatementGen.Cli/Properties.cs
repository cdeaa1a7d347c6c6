using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("StatementGen.Tests")]
