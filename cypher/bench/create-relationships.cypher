// Benchmark only (bench/lib/scale.ts): creates one batch of synthetic relationships between existing nodes; the
// type comes from the seed vocabulary. The properties are named one by one: a whole-map SET (r = row.props)
// makes the planner add an Eager barrier (it cannot rule out a write to the ids the seeks read).
// Parameters: $rows: [{from, type, to, props}]. Columns: created.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.citeDocuments = row.props.citeDocuments, r.citeLocators = row.props.citeLocators,
    r.citeQuotes = row.props.citeQuotes, r.citeNotes = row.props.citeNotes, r.quoteText = row.props.quoteText,
    r.reference = row.props.reference
RETURN count(r) AS created;
