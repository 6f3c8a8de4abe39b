// Records a change, in its transaction: the audit record, linked to the nodes it concerns, and the new
// curation counter and hash on the Meta node (locked by lock-meta).
// Parameters: $audit (map), $auditTargets (node ids), $curationHash, $curationCount. Columns: audit (map).
MATCH (m:Meta {id: 'dataset'})
SET m.curationHash = $curationHash, m.curations = $curationCount
CREATE (a:AuditRecord)
SET a = $audit
WITH a
CALL (a) {
  UNWIND $auditTargets AS targetId
  MATCH (t:Entity {id: targetId})
  CREATE (a)-[:AUDITS]->(t)
  RETURN count(t) AS linked
}
RETURN a {.*} AS audit;
