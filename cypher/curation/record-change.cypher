// Records a change, last in its transaction, taking no lock that another change needs (issue 20: a lock every
// change takes is held through the commit's log flush, so commits could not share one). Creates the audit
// record with its sequence number and data version, linked to the nodes it concerns:
// - seq: the next multiple of $seqStride past the newest committed record's, plus $seqSlot, a slot no other
//   change of this process holds meanwhile (api/src/domain/curation/changes.ts SeqSlots). A change that starts
//   after another was acknowledged reads its seq here, so seqs grow in the order changes were acknowledged;
//   concurrent changes of two processes that meet on one seq are settled by the unique constraint.
// - dataVersion: `<seed version>+<state hash>`, the state hash being 12 hex digits of (this change's version mark
//   + the number of audit records, this one included) mod 2^48 (changes.ts curationStateHash; the same formula
//   as cypher/meta/get-data-version): every change adds a record, so the version changes with every change.
// Parameters: $audit (map, without seq, dataVersion and versionMark), $auditTargets (node ids), $versionMark
// (integer in [0, 2^48), from this change's hash), $seqSlot (integer in [0, $seqStride)), $seqStride (integer).
// Columns: audit (map).
OPTIONAL MATCH (m:Meta {id: 'dataset'})
WITH m, COLLECT {
  MATCH (last:AuditRecord)
  WHERE last.seq IS NOT NULL
  RETURN last.seq ORDER BY last.seq DESC LIMIT 1
} AS newest
CREATE (a:AuditRecord)
SET a = $audit, a.versionMark = $versionMark,
  a.seq = (coalesce(newest[0], 0) / $seqStride + 1) * $seqStride + $seqSlot
WITH m, a
CALL () {
  MATCH (r:AuditRecord)
  RETURN count(r) AS audits
}
WITH a, coalesce(m.version, 'unseeded') AS seedVersion, (a.versionMark + audits) % 281474976710656 AS state
SET a.dataVersion = seedVersion + '+' + reduce(hex = '', unit IN [17592186044416, 1099511627776, 68719476736,
  4294967296, 268435456, 16777216, 1048576, 65536, 4096, 256, 16, 1] |
  hex + substring('0123456789abcdef', (state / unit) % 16, 1))
WITH a
CALL (a) {
  UNWIND $auditTargets AS targetId
  MATCH (t:Entity {id: targetId})
  CREATE (a)-[:AUDITS]->(t)
  RETURN count(t) AS linked
}
RETURN a {.*} AS audit;
