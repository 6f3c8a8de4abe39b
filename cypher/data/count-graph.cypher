// Counts what the database holds, for the export (what it covers, what it would skip) and the import
// (refuse a database that is not empty).
// Parameters: none.
// Columns: nodes, relationships (everything), entities, auditRecords, meta, entityRelationships
// (between :Entity nodes), auditLinks (from an :AuditRecord to an :Entity).
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS entities
}
CALL () {
  MATCH (n:AuditRecord)
  WHERE NOT n:Entity
  RETURN count(n) AS auditRecords
}
CALL () {
  MATCH (n:Meta)
  WHERE NOT n:Entity AND NOT n:AuditRecord
  RETURN count(n) AS meta
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS entityRelationships
}
CALL () {
  MATCH (a:AuditRecord)-[r]->(:Entity)
  WHERE NOT a:Entity
  RETURN count(r) AS auditLinks
}
RETURN nodes, relationships, entities, auditRecords, meta, entityRelationships, auditLinks;
