// Records a change, last in its transaction and in one statement, so the dataset-wide lock is held only for
// this statement and the commit: locks the Meta node (every change serialises here), bumps the curation
// counter, stamps the curation hash, and creates the audit record with its sequence number (the counter after
// the bump, read under the lock) and data version (`<seed version>+<12 characters of the hash>`, as
// changes.ts curatedDataVersion), linked to the nodes it concerns.
// Parameters: $audit (map, without seq and dataVersion), $auditTargets (node ids), $curationHash (this change's
// hash, computed before the lock). Columns: audit (map).
MERGE (m:Meta {id: 'dataset'})
SET m._lock = true
REMOVE m._lock
WITH m
SET m.curations = coalesce(m.curations, 0) + 1, m.curationHash = $curationHash
WITH m
CREATE (a:AuditRecord)
SET a = $audit, a.seq = m.curations, a.dataVersion = coalesce(m.version, 'unseeded') + '+' + left($curationHash, 12)
WITH a
CALL (a) {
  UNWIND $auditTargets AS targetId
  MATCH (t:Entity {id: targetId})
  CREATE (a)-[:AUDITS]->(t)
  RETURN count(t) AS linked
}
RETURN a {.*} AS audit;
