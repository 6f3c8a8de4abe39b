// One statement for the start of a node upsert (issue 20, W5: fewer statements per write): takes the write lock
// on the node when it exists and reads it after the lock (as lock-nodes: under read-committed isolation, what is
// read here cannot change before commit), and reads what the citation points at (as get-citation-source).
// Parameters: $nodeId, $citeDocument (id, or null: no document to read, e.g. an external page's reference
// Document merged before), $citeLocator (string or null).
// Columns: node (map {id, label, props}, or null when absent); citation (map {label, kind, sourceFile, provision,
// provisionTexts} as get-citation-source's columns, or null when no document has that id).
OPTIONAL MATCH (n:Entity {id: $nodeId})
CALL (n) {
  WITH n
  WHERE n IS NOT NULL
  SET n._lock = true
  REMOVE n._lock
}
WITH n
OPTIONAL MATCH (d:Entity {id: $citeDocument})
OPTIONAL MATCH (p:Provision {document: $citeDocument, locator: $citeLocator})
RETURN CASE
         WHEN n IS NULL THEN null
         ELSE {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}
       END AS node,
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
