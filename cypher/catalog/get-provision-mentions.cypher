// The actors that provisions mention: those whose own citations (EVIDENCED_BY) or whose relationships'
// citations point at the provision (batching loader of Provision.mentions).
// Parameters: $ids (provision ids). Columns: id, actors [{id, props}] sorted by name.
UNWIND $ids AS id
MATCH (p:Provision {id: id})
CALL (p) {
  MATCH (a:Actor)-[:EVIDENCED_BY]->(p)
  RETURN a
  UNION
  MATCH (a:Actor)-[r]-()
  WITH p, a, coalesce(r.citeDocuments, []) AS documents, coalesce(r.citeLocators, []) AS locators
  WHERE any(i IN range(0, size(locators) - 1) WHERE documents[i] = p.document AND locators[i] = p.locator)
  RETURN a
}
WITH id, a
ORDER BY a.name, a.id
RETURN id, collect({id: a.id, props: properties(a)}) AS actors;
