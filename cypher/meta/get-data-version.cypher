// The data version and graph size, for /ready, answers and exports. The version is the seed version alone
// while nothing was curated, else `<seed version>+<first 12 hex of the curation hash>` (changed by every
// curation, in the change's transaction; api/src/domain/curation/changes.ts#curatedDataVersion).
// Parameters: none. Columns: version (string or null), seededAt, nodes, relationships.
OPTIONAL MATCH (m:Meta {id: 'dataset'})
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  // A label on one end only, so Neo4j answers from its count store instead of expanding every relationship:
  // the same count, since audit records (not :Entity) only start relationships and Meta has none.
  MATCH (:Entity)-[r]->()
  RETURN count(r) AS relationships
}
RETURN CASE
         WHEN m.curationHash IS NULL THEN m.version
         ELSE coalesce(m.version, 'unseeded') + '+' + left(m.curationHash, 12)
       END AS version,
       m.seededAt AS seededAt, nodes, relationships;
