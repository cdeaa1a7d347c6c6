namespace StatementGen.Tests.Cli;

/// <summary>Runs the command line in process, as <c>statementgen</c> would run, and keeps what it printed.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = StatementGen.Cli.Cli.Run(args, stdout, stderr, () => throw new InvalidOperationException("the command read standard input"));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the command line with <paramref name="input"/> as its standard input.</summary>
    public static (int Exit, string Out, string Err) RunWithInput(byte[] input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = StatementGen.Cli.Cli.Run(args, stdout, stderr, () => new MemoryStream(input));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
