// The data version and graph size, for /ready, answers and exports.
// Parameters: none. Columns: version (string or null), seededAt, nodes, relationships.
OPTIONAL MATCH (m:Meta {id: 'dataset'})
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS relationships
}
RETURN m.version AS version, m.seededAt AS seededAt, nodes, relationships;
