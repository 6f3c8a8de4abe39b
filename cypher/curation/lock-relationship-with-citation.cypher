// One statement for the start of a link (issue 20, W5: fewer statements per write): takes the write lock on the
// relationship's endpoints that exist, in id order (as lock-nodes), then on the relationship (as
// lock-relationship), and reads it after the lock; and reads what the citation points at.
// Parameters: $fromId, $relType (from the validated vocabulary), $toId, $citeDocument (id, or null: no document to
// read, e.g. an external page's reference Document merged before), $citeLocator (string or null).
// Columns: ends (ids of the endpoints that exist); relationship (its props, or null when absent); citation (map
// {label, kind, sourceFile, provision, provisionTexts}: the document, whether the locator is one of its provisions,
// and the texts a quote must be found in (domain/curation/checks.ts checkCitedDocument); null when no document
// has that id).
CALL () {
  UNWIND [$fromId, $toId] AS nodeId
  MATCH (n:Entity {id: nodeId})
  WITH n
  ORDER BY n.id
  SET n._lock = true
  REMOVE n._lock
  RETURN collect(n.id) AS ends
}
OPTIONAL MATCH (:Entity {id: $fromId})-[r]->(:Entity {id: $toId})
WHERE type(r) = $relType
CALL (r) {
  WITH r
  WHERE r IS NOT NULL
  SET r._lock = true
  REMOVE r._lock
}
WITH ends, collect(properties(r))[0] AS relationship
OPTIONAL MATCH (d:Entity {id: $citeDocument})
OPTIONAL MATCH (p:Provision {document: $citeDocument, locator: $citeLocator})
RETURN ends, relationship,
       CASE
         WHEN d IS NULL THEN null
         ELSE {
           label: [l IN labels(d) WHERE l <> 'Entity'][0], kind: d.kind, sourceFile: d.sourceFile,
           provision: p IS NOT NULL,
           provisionTexts: CASE
             WHEN p IS NULL THEN []
             ELSE [text IN [p.title, p.text] WHERE text IS NOT NULL] + COLLECT {
               MATCH (s:Provision {document: $citeDocument})
               WHERE s.locator STARTS WITH $citeLocator + ' / '
               RETURN s.text
             }
           END
         }
       END AS citation;
