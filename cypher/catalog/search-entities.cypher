// Full-text search over names, aliases, texts and quotes (index entity_search), best Lucene score first. The API
// re-ranks these candidates, putting exact name or alias matches first.
// Parameters: $query (Lucene query text, built and escaped by the API from the user's words), $limit (integer,
// max candidates).
// Columns: id, label, name, kind, number, aliases, text, quoteText, score, cites (the node's citation lists:
// citeDocuments, citeLocators, citeQuotes, citeNotes, citeModalities, citeVerbPhrases), document, locator (a
// provision's).
// The candidate limit goes to Lucene, which keeps only the top hits instead of handing every match to Cypher.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($limit)}) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, node.kind AS kind,
       node.number AS number, node.aliases AS aliases, node.text AS text, node.quoteText AS quoteText, score,
       {citeDocuments: node.citeDocuments, citeLocators: node.citeLocators, citeQuotes: node.citeQuotes,
        citeNotes: node.citeNotes, citeModalities: node.citeModalities, citeVerbPhrases: node.citeVerbPhrases} AS cites,
       node.document AS document, node.locator AS locator;
