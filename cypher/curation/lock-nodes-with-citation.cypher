// One statement for the start of a node upsert (issue 20, W5: fewer statements per write): takes the write lock
// on the nodes that exist, in id order (as lock-nodes, so concurrent changes cannot deadlock), and reads them after
// the lock (under read-committed isolation, what is read here cannot change before commit); reads the current
// parties of an agreement (their PARTY_TO relationships change only under the agreement's lock, taken here); and
// reads what the citation points at.
// Parameters: $nodeIds (list of strings: the node, and an agreement's parties), $partiesOf (the agreement whose
// parties to read, or null), $citeDocument (id, or null: no document to read, e.g. an external page's reference
// Document merged before), $citeLocator (string or null).
// Columns: nodes (list of maps {id, label, props}, the nodes that exist, in id order); parties (ids of the actors
// PARTY_TO $partiesOf, sorted; empty when null); citation (map {label, kind, sourceFile, provision,
// provisionTexts}: the document, whether the locator is one of its provisions, and the texts a quote must be
// found in (domain/curation/checks.ts checkCitedDocument); null when no document has that id).
CALL () {
  UNWIND $nodeIds AS nodeId
  MATCH (n:Entity {id: nodeId})
  WITH n
  ORDER BY n.id
  SET n._lock = true
  REMOVE n._lock
  RETURN collect({id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}) AS nodes
}
WITH nodes, CASE
    WHEN $partiesOf IS NULL THEN []
    ELSE COLLECT { MATCH (party:Entity)-[:PARTY_TO]->(:Entity {id: $partiesOf}) RETURN party.id ORDER BY party.id }
  END AS parties
OPTIONAL MATCH (d:Entity {id: $citeDocument})
OPTIONAL MATCH (p:Provision {document: $citeDocument, locator: $citeLocator})
RETURN nodes, parties,
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
