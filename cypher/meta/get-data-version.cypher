// The data version and graph size, for /ready, answers and exports. The version is the seed version alone
// while nothing was curated, else `<seed version>+<state hash>`: 12 hex digits of (the newest audit record's
// version mark + the number of audit records) mod 2^48, which every change moves (it adds a record) without a
// lock (api/src/domain/curation/changes.ts#curationStateHash, cypher/curation/record-change). Records written
// before version marks existed keep the old form, `<seed version>+<first 12 hex of Meta's curation hash>`.
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
CALL () {
  MATCH (r:AuditRecord)
  RETURN count(r) AS audits
}
CALL () {
  OPTIONAL MATCH (last:AuditRecord)
  WHERE last.seq IS NOT NULL
  WITH last
  ORDER BY last.seq DESC
  LIMIT 1
  RETURN last
}
WITH m, nodes, relationships, audits, last, (coalesce(last.versionMark, 0) + audits) % 281474976710656 AS state
RETURN CASE
         WHEN audits = 0 THEN m.version
         WHEN last.versionMark IS NULL THEN coalesce(m.version, 'unseeded') + '+' + left(coalesce(m.curationHash, ''), 12)
         ELSE coalesce(m.version, 'unseeded') + '+' + reduce(hex = '', unit IN [17592186044416, 1099511627776,
           68719476736, 4294967296, 268435456, 16777216, 1048576, 65536, 4096, 256, 16, 1] |
           hex + substring('0123456789abcdef', (state / unit) % 16, 1))
       END AS version,
       m.seededAt AS seededAt, nodes, relationships;
