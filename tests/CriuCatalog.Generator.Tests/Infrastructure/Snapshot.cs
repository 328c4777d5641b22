using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// A stand-in for Verify.SourceGenerators (not in the package registry here) that keeps Verify's file
/// conventions, so moving to Verify later means deleting this class:
/// <list type="bullet">
/// <item>snapshots live in <c>_snapshots/</c> beside the test file, named <c>Class.Test#HintName.verified.cs</c>;</item>
/// <item>a mismatch writes <c>Class.Test#HintName.received.cs</c> and fails with a line diff;</item>
/// <item>setting <see cref="AcceptVariable"/> to <c>1</c> accepts the received text as the new snapshot.</item>
/// </list>
/// A new snapshot is never accepted silently: a missing one fails like a mismatch, so it gets read first.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CRIUCATALOG_ACCEPT_SNAPSHOTS";

    public static void Verify(
        string actual,
        string name,
        string extension = "cs",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
        => VerifyAll([(name, actual)], extension, testFile, testName);

    /// <summary>Compares several snapshots of one test and reports every mismatch at once.</summary>
    public static void VerifyAll(
        IEnumerable<(string Name, string Actual)> snapshots,
        string extension = "cs",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var failures = snapshots
            .Select(s => Compare(s.Actual, s.Name, extension, testFile, testName))
            .OfType<string>()
            .ToList();
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    /// <summary>
    /// The snapshot folder in the source tree. It comes from the build (see the csproj): a CI build maps
    /// <c>[CallerFilePath]</c> to <c>/_/…</c>, which would send snapshots to the root of the file system.
    /// </summary>
    private static readonly string SnapshotDirectory = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "_snapshots");

    private static string? Compare(string actual, string name, string extension, string testFile, string testName)
    {
        Assert.True(Directory.Exists(SnapshotDirectory), $"The snapshot folder {SnapshotDirectory} is missing.");

        // The class name is the test file's name, as in Verify; only the file name of the path is used.
        var className = Path.GetFileNameWithoutExtension(testFile.Replace('\\', '/').Split('/').Last());
        var stem = $"{className}.{testName}#{name}";
        var verifiedPath = Path.Combine(SnapshotDirectory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(SnapshotDirectory, $"{stem}.received.{extension}");

        // Like Verify, line endings do not count: a checkout with CRLF must not fail with an empty diff.
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        return expected is null
            ? $"No snapshot yet for {stem}. Read {receivedPath}; if it is right, rerun with {AcceptVariable}=1."
            : $"{stem} differs from its snapshot (- verified, + received). If the change is right, rerun with {AcceptVariable}=1.\n{Diff(expected, actual)}";
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var (expectedLine, actualLine, shown) = (0, 0, 0);
        foreach (var line in diff.Lines)
        {
            // Each side is numbered in its own file: '-' lines by the verified file, '+' lines by the received one.
            string marker;
            int number;
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    (marker, number) = ("-", ++expectedLine);
                    break;
                case ChangeType.Inserted:
                    (marker, number) = ("+", ++actualLine);
                    break;
                default:
                    expectedLine++;
                    actualLine++;
                    continue;
            }

            if (++shown > 60)
            {
                builder.AppendLine("… (more differences)");
                break;
            }

            builder.Append(marker).Append(' ').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(": ").AppendLine(line.Text);
        }

        return builder.ToString();
    }
}
