// Upserts seed nodes by id; the second label comes from the seed vocabulary (validated before import). A node
// a curator has changed (version > 0) keeps its curated properties: re-seeding never undoes a curation, whose
// audit record would otherwise describe a change that is gone (`npm run seed -- --reset` starts over).
// Parameters: $rows: [{id, label, props}]. Columns: merged.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.version, 0) > 0 AS curated
SET n = CASE WHEN curated THEN properties(n) ELSE row.props END, n.id = row.id
SET n:$(row.label)
RETURN count(n) AS merged;
