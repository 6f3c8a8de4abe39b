// The reference Document standing for an external official page, created on first citation.
// Parameters: $refDocument ({id, name, url, date}). Columns: label, url (of the node holding the id).
MERGE (d:Entity {id: $refDocument.id})
  ON CREATE SET d:Document, d.name = $refDocument.name, d.kind = 'reference', d.url = $refDocument.url,
    d.date = $refDocument.date
RETURN [l IN labels(d) WHERE l <> 'Entity'][0] AS label, d.url AS url;
