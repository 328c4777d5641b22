namespace CriuCatalog.Generator.Naming;

/// <summary>
/// A naming rule as the builder applies it to categories, venues and collision suffixes. <see cref="Current"/> (rule
/// 2, <see cref="IdentifierNaming"/>) names everything; <see cref="Rule1"/> (<see cref="LegacyNaming"/>) only finds
/// the names that rule 2 changed, to keep them as obsolete aliases. A paper's natural name comes from
/// <see cref="IdentifierNaming.ForPaper(string)"/> or <see cref="LegacyNaming.ForPaper(string)"/> directly, with its key and short
/// name. Keys do not depend on the rule.
/// </summary>
internal abstract class NamingRule
{
    public static NamingRule Current { get; } = new Rule2Naming();

    public static NamingRule Rule1 { get; } = new Rule1Naming();

    public abstract string Category(string name);

    public abstract string Venue(string name);

    /// <summary>The identifier part of a collision suffix: <c>OSDI25</c> by rule 2, <c>Osdi25</c> by rule 1.</summary>
    public abstract string CollisionSuffix(string venue, int year);

    /// <summary>A collision suffix after an identifier: with an underscore where they would run together by rule 2, as it is by rule 1.</summary>
    public abstract string Append(string identifier, string suffix);

    private sealed class Rule2Naming : NamingRule
    {
        public override string Category(string name) => IdentifierNaming.ForCategory(name);

        public override string Venue(string name) => IdentifierNaming.ForVenue(name);

        public override string CollisionSuffix(string venue, int year) => IdentifierNaming.CollisionSuffix(venue, year).Identifier;

        public override string Append(string identifier, string suffix) => IdentifierNaming.Append(identifier, suffix);
    }

    private sealed class Rule1Naming : NamingRule
    {
        public override string Category(string name) => LegacyNaming.ForCategory(name);

        public override string Venue(string name) => LegacyNaming.ForVenue(name);

        public override string CollisionSuffix(string venue, int year) => LegacyNaming.CollisionSuffix(venue, year);

        public override string Append(string identifier, string suffix) => identifier + suffix;
    }
}
