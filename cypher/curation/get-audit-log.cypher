// Curation history, newest first: all records, or those of one target (its id, or a node it links); one page
// after a cursor.
// Parameters: $auditTarget (string or null), $auditAfterSeq (integer: the seq of the last record seen, or null
// for the first page), $auditLimit (integer, page size + 1).
// Columns: total (records matching), audits (maps: the page and one more, telling that a next page exists).
MATCH (a:AuditRecord)
WHERE $auditTarget IS NULL OR a.targetId = $auditTarget OR EXISTS { (a)-[:AUDITS]->(:Entity {id: $auditTarget}) }
WITH a
ORDER BY a.seq DESC, a.at DESC, a.id
WITH collect(a {.*}) AS matches
RETURN size(matches) AS total,
       [x IN matches WHERE $auditAfterSeq IS NULL OR x.seq < $auditAfterSeq][0..toInteger($auditLimit)] AS audits;
