// Restores exported relationships between :Entity nodes inside the import transaction. A missing endpoint
// creates nothing, so the import compares the count with the file and rolls back on a difference.
// Parameters: $rows: [{from, type, to, properties: map}].
// Columns: created.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created;
