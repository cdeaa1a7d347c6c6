using System.Runtime.InteropServices;
using System.Text;

namespace StatementGen.Benchmarks;

/// <summary>
/// Compiles the first-query apps ahead of time, as <c>PublishReadyToRun</c> would: each assembly of an
/// app's folder goes through the SDK's ReadyToRun compiler (crossgen2, the pack the SDK itself restores
/// for <c>PublishReadyToRun</c>) against the running shared framework, so the apps start with native
/// code for their own methods and JIT only what the compiler could not pre-compile.
/// </summary>
public static class ReadyToRun
{
    /// <summary>
    /// Writes the ReadyToRun form of every assembly in <paramref name="appFolder"/> into
    /// <paramref name="outputFolder"/> (emptied first), with the runtime settings beside them.
    /// </summary>
    public static void CompileFolder(string appFolder, string outputFolder)
    {
        if (Directory.Exists(outputFolder)) Directory.Delete(outputFolder, recursive: true);
        Directory.CreateDirectory(outputFolder);
        var compiler = Compiler();
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var assemblies = Directory.GetFiles(appFolder, "*.dll").Order(StringComparer.Ordinal).ToArray();
        foreach (var assembly in assemblies)
        {
            var rsp = new StringBuilder();
            rsp.AppendLine("\"" + assembly + "\"");
            rsp.AppendLine("--out:\"" + Path.Combine(outputFolder, Path.GetFileName(assembly)) + "\"");
            rsp.AppendLine("--targetos:" + TargetOs());
            rsp.AppendLine("--targetarch:" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant());
            rsp.AppendLine("--optimize");
            foreach (var reference in Directory.GetFiles(framework, "*.dll").Concat(assemblies.Where(a => a != assembly)).Order(StringComparer.Ordinal))
            {
                rsp.AppendLine("--reference:\"" + reference + "\"");
            }

            var rspFile = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(assembly) + ".crossgen.rsp");
            File.WriteAllText(rspFile, rsp.ToString());
            var run = ChildProcess.Run(compiler, ["@" + rspFile], TimeSpan.FromMinutes(20));
            if (run.ExitCode != 0) throw new InvalidOperationException($"crossgen2 failed on {assembly} ({run.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "timed out"}):\n{run.Output}\n{run.Errors}");
        }

        foreach (var config in Directory.GetFiles(appFolder, "*.runtimeconfig.json")) File.Copy(config, Path.Combine(outputFolder, Path.GetFileName(config)));
    }

    /// <summary>
    /// The crossgen2 executable of the running runtime's major version, from the NuGet cache; when it is
    /// not there yet, a throwaway project with <c>PublishReadyToRun</c> is restored so the SDK fetches
    /// the pack it would use itself.
    /// </summary>
    private static string Compiler()
    {
        var pack = "microsoft.netcore.app.crossgen2." + TargetOs() + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string? Find()
        {
            var folder = Path.Combine(packages, pack);
            if (!Directory.Exists(folder)) return null;
            // Release packs only (a prerelease one has a name Version cannot read), the newest of the major version.
            return Directory.GetDirectories(folder, Environment.Version.Major + ".*")
                .Select(version => (Version: Version.TryParse(Path.GetFileName(version), out var number) ? number : null, Tool: Path.Combine(version, "tools", OperatingSystem.IsWindows() ? "crossgen2.exe" : "crossgen2")))
                .Where(pack => pack.Version is not null && File.Exists(pack.Tool))
                .OrderBy(pack => pack.Version)
                .Select(pack => pack.Tool)
                .LastOrDefault();
        }

        if (Find() is { } found) return found;
        var project = Path.Combine(Path.GetTempPath(), "statementgen-crossgen-restore-" + Environment.ProcessId);
        Directory.CreateDirectory(project);
        try
        {
            File.WriteAllText(Path.Combine(project, "Restore.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                    <RuntimeIdentifier>{TargetOs()}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}</RuntimeIdentifier>
                    <SelfContained>false</SelfContained>
                    <PublishReadyToRun>true</PublishReadyToRun>
                  </PropertyGroup>
                </Project>
                """);
            var restore = ChildProcess.Run("dotnet", ["restore", Path.Combine(project, "Restore.csproj")], TimeSpan.FromMinutes(10));
            if (restore.ExitCode != 0) throw new InvalidOperationException("restoring the ReadyToRun compiler failed:\n" + restore.Output + restore.Errors);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }

        return Find() ?? throw new InvalidOperationException($"no {pack} under {packages} after the restore");
    }

    private static string TargetOs() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "osx"
        : throw new PlatformNotSupportedException("ReadyToRun apps are measured on Linux, Windows and macOS only");
}
