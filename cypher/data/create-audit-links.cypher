// Restores the links from audit records to the nodes they concern inside the import transaction.
// Parameters: $rows: [{from (audit record id), type, to (node id), properties: map}].
// Columns: created.
UNWIND $rows AS row
MATCH (a:AuditRecord {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created;
