// Benchmark only (bench/lib/scale.ts): creates one batch of synthetic nodes in a fresh database (CREATE, not
// MERGE: the unique id constraint still guards), each with :Entity and its label from the seed vocabulary.
// Parameters: $rows: [{id, label, props}]. Columns: created.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label) {id: row.id})
SET n += row.props
RETURN count(n) AS created;
