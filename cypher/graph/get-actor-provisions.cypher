// The provisions that nodes' own citations, or their relationships' citations, point at, without duplicates
// (batching loader of Actor.provisions).
// Parameters: $ids (node ids). Columns: id, provisions [{id, props}] by document and locator.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[:EVIDENCED_BY]->(p:Provision)
  RETURN p
  UNION
  MATCH (a)-[r]-()
  UNWIND range(0, size(coalesce(r.citeLocators, [])) - 1) AS i
  MATCH (p:Provision {document: r.citeDocuments[i], locator: r.citeLocators[i]})
  RETURN p
}
WITH id, p
ORDER BY p.document, p.locator, p.id
RETURN id, collect({id: p.id, props: properties(p)}) AS provisions;
