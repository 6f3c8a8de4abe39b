// One statement for the end of a link (issue 20, W5: fewer statements per write): creates the relationship
// (version 1) or updates it (locked by lock-relationship-with-citation, as its endpoints) only at the expected
// version, bumping it; then records the change as record-change does, last, with no lock that another change
// needs. No row back means the relationship was changed meanwhile, and nothing is recorded.
// The record's `after` snapshot is computed by the caller from what was read under the lock, and checked against
// the returned props before commit (api/src/db/curation.ts).
// - seq and dataVersion: as cypher/curation/record-change (the same formula; keep the two in step).
// Parameters: $fromId, $relType (from the validated vocabulary), $toId, $relProps (map; null values remove
// properties), $expectedVersion (integer, or null to create), $audit (map, without seq, dataVersion and
// versionMark), $auditTargets (node ids), $versionMark (integer in [0, 2^48)), $seqSlot (integer in
// [0, $seqStride)), $seqStride (integer).
// Columns: props (map: the relationship's properties after the write), audit (map).
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
FOREACH (_ IN CASE WHEN $expectedVersion IS NULL THEN [1] ELSE [] END |
  CREATE (from)-[:$($relType)]->(to)
)
WITH from, to
MATCH (from)-[r]->(to)
WHERE type(r) = $relType AND coalesce(r.version, 0) = coalesce($expectedVersion, 0)
SET r += $relProps, r.version = coalesce(r.version, 0) + 1
WITH collect(properties(r))[0] AS props
WHERE props IS NOT NULL
OPTIONAL MATCH (m:Meta {id: 'dataset'})
WITH props, m, COLLECT {
  MATCH (last:AuditRecord)
  WHERE last.seq IS NOT NULL
  RETURN last.seq ORDER BY last.seq DESC LIMIT 1
} AS newest
CREATE (a:AuditRecord)
SET a = $audit, a.versionMark = $versionMark,
  a.seq = (coalesce(newest[0], 0) / $seqStride + 1) * $seqStride + $seqSlot
WITH props, m, a
CALL () {
  MATCH (r:AuditRecord)
  RETURN count(r) AS audits
}
WITH props, a, coalesce(m.version, 'unseeded') AS seedVersion, (a.versionMark + audits) % 281474976710656 AS state
SET a.dataVersion = seedVersion + '+' + reduce(hex = '', unit IN [17592186044416, 1099511627776, 68719476736,
  4294967296, 268435456, 16777216, 1048576, 65536, 4096, 256, 16, 1] |
  hex + substring('0123456789abcdef', (state / unit) % 16, 1))
WITH props, a
CALL (a) {
  UNWIND $auditTargets AS targetId
  MATCH (t:Entity {id: targetId})
  CREATE (a)-[:AUDITS]->(t)
  RETURN count(t) AS linked
}
RETURN props, a {.*} AS audit;
