namespace StatementGen.Cli;

/// <summary>
/// The exit codes of every <c>statementgen</c> command: 0 success, 1 problems in the corpus (or a
/// refused operation), 2 usage errors, 3 an internal failure (a bug or an unexpected failure of the
/// machine, reported in one line).
/// </summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int Usage = 2;
    public const int InternalFailure = 3;
}
