// Links each node to the provisions its citations point at, and each provision to its document.
// Parameters: none. Columns: linked.
MATCH (p:Provision)
MATCH (d:Document {id: p.document})
MERGE (p)-[:IN_DOCUMENT]->(d)
WITH count(*) AS ignored
MATCH (n:Entity)
WHERE n.citeLocators IS NOT NULL
UNWIND range(0, size(n.citeLocators) - 1) AS i
MATCH (p:Provision {document: n.citeDocuments[i], locator: n.citeLocators[i]})
MERGE (n)-[:EVIDENCED_BY]->(p)
RETURN count(*) AS linked;
