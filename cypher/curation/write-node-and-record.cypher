// One statement for the end of a node upsert (issue 20, W5: fewer statements per write): creates the node
// (version 1; the unique id constraint refuses a concurrent twin) or updates it (locked by
// lock-nodes-with-citation) only at the expected version, bumping it; links the cited provision unless linked
// (CREATE, not MERGE: a MERGE would lock the provision until the commit, serialising every change that cites
// it; the node's lock keeps a twin link out); sets an agreement's parties when $partyIds is a list (exactly
// those, kept ones keep their relationship, new ones get it at version 1); then records the
// change as record-change does, last, with no lock that another change needs. No row back means the node was
// changed meanwhile, and nothing is recorded.
// The record's `after` snapshot is computed by the caller from what was read under the lock, and checked against
// the returned props and parties before commit (api/src/db/curation.ts).
// - seq and dataVersion: as cypher/curation/record-change (the same formula; keep the two in step).
// Parameters: $nodeId, $nodeLabel (Actor or LegalInstrument, used on create), $nodeProps (map; null values remove
// properties), $evidence ({document, locator} or null), $expectedVersion (integer, or null to create), $partyIds
// (list of actor ids, locked by lock-nodes-with-citation, or null: parties unchanged), $partyProps (map: a new
// PARTY_TO's properties; any map when $partyIds is null), $audit (map, without seq, dataVersion and versionMark),
// $auditTargets (node ids), $versionMark (integer in [0, 2^48)), $seqSlot (integer in [0, $seqStride)),
// $seqStride (integer).
// Columns: props (map: the node's properties after the write), parties (ids of the node's parties after the
// write, sorted, or null when $partyIds is null), audit (map).
FOREACH (_ IN CASE WHEN $expectedVersion IS NULL THEN [1] ELSE [] END |
  CREATE (created:Entity {id: $nodeId})
  SET created:$($nodeLabel)
)
WITH 1 AS one
MATCH (n:Entity {id: $nodeId})
WHERE coalesce(n.version, 0) = coalesce($expectedVersion, 0)
SET n += $nodeProps, n.version = coalesce(n.version, 0) + 1
WITH n
OPTIONAL MATCH (p:Provision {document: $evidence.document, locator: $evidence.locator})
WITH n, CASE WHEN p IS NULL OR EXISTS { (n)-[:EVIDENCED_BY]->(p) } THEN [] ELSE [p] END AS missing
FOREACH (provision IN missing | CREATE (n)-[:EVIDENCED_BY]->(provision))
WITH n
CALL (n) {
  WITH n
  WHERE $partyIds IS NOT NULL
  OPTIONAL MATCH (old:Entity)-[dropped:PARTY_TO]->(n)
  WHERE NOT old.id IN $partyIds
  DELETE dropped
}
CALL (n) {
  WITH n
  WHERE $partyIds IS NOT NULL
  UNWIND $partyIds AS partyId
  MATCH (party:Entity {id: partyId})
  MERGE (party)-[kept:PARTY_TO]->(n)
  ON CREATE SET kept += $partyProps, kept.version = 1
}
WITH properties(n) AS props, CASE
    WHEN $partyIds IS NULL THEN null
    ELSE COLLECT { MATCH (party:Entity)-[:PARTY_TO]->(n) RETURN party.id ORDER BY party.id }
  END AS parties
OPTIONAL MATCH (m:Meta {id: 'dataset'})
WITH props, parties, m, COLLECT {
  MATCH (last:AuditRecord)
  WHERE last.seq IS NOT NULL
  RETURN last.seq ORDER BY last.seq DESC LIMIT 1
} AS newest
CREATE (a:AuditRecord)
SET a = $audit, a.versionMark = $versionMark,
  a.seq = (coalesce(newest[0], 0) / $seqStride + 1) * $seqStride + $seqSlot
WITH props, parties, m, a
CALL () {
  MATCH (r:AuditRecord)
  RETURN count(r) AS audits
}
WITH props, parties, a, coalesce(m.version, 'unseeded') AS seedVersion, (a.versionMark + audits) % 281474976710656 AS state
SET a.dataVersion = seedVersion + '+' + reduce(hex = '', unit IN [17592186044416, 1099511627776, 68719476736,
  4294967296, 268435456, 16777216, 1048576, 65536, 4096, 256, 16, 1] |
  hex + substring('0123456789abcdef', (state / unit) % 16, 1))
WITH props, parties, a
CALL (a) {
  UNWIND $auditTargets AS targetId
  MATCH (t:Entity {id: targetId})
  CREATE (a)-[:AUDITS]->(t)
  RETURN count(t) AS linked
}
RETURN props, parties, a {.*} AS audit;
