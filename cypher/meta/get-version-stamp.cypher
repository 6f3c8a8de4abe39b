// The data version and the seed time: the stamp under which the API's read cache (api/src/db/read-cache.ts)
// keeps answers. Every write path changes it in its own transaction: the seed sets the seed version and time,
// a change adds an audit record. Read without a lock: the Meta node (one unique-index seek), the count of audit
// records (from the count store) and the newest by seq (one index seek); the version as meta/get-data-version.
// Parameters: none. Columns: version (string or null), seededAt (string or null).
OPTIONAL MATCH (m:Meta {id: 'dataset'})
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
WITH m, audits, last, (coalesce(last.versionMark, 0) + audits) % 281474976710656 AS state
RETURN CASE
         WHEN audits = 0 THEN m.version
         WHEN last.versionMark IS NULL THEN coalesce(m.version, 'unseeded') + '+' + left(coalesce(m.curationHash, ''), 12)
         ELSE coalesce(m.version, 'unseeded') + '+' + reduce(hex = '', unit IN [17592186044416, 1099511627776,
           68719476736, 4294967296, 268435456, 16777216, 1048576, 65536, 4096, 256, 16, 1] |
           hex + substring('0123456789abcdef', (state / unit) % 16, 1))
       END AS version,
       m.seededAt AS seededAt;
