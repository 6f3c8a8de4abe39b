// Full-text search over names, aliases, texts and quotes (index entity_search): one page of hits, best Lucene
// score first, plus the candidates the API may move up. The API re-ranks exact and leading name or alias
// matches first among Lucene's best $window; it needs the full rows of Lucene's first $limit only, and of those
// candidates in the window whose name or an alias holds every searched word (a necessary condition of an
// exact or leading match, so the re-ranked page is the same as re-ranking the whole window).
// Parameters: $query (Lucene query text, built and escaped by the API from the user's words), $words (the
// user's words, lower case, NFKC, split on anything not a letter or digit), $window (integer, candidates the
// API re-ranks), $limit (integer, at least the end of the page asked for and one more).
// Columns: id, label, name, kind, number, aliases, text, quoteText, score, cites (the node's citation lists:
// citeDocuments, citeLocators, citeQuotes, citeNotes, citeModalities, citeVerbPhrases), document, locator (a
// provision's), rank (0-based position in Lucene's order), candidates (how many hits Lucene gave, at most
// the larger of $window and $limit).
// The candidate limit goes to Lucene, which keeps only the top hits instead of handing every match to Cypher.
// The index is eventually consistent (cypher/schema/V0001): first wait until the updates of every committed
// write are in it, so a search after an acknowledged write finds what it wrote (cheap when none are pending).
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger(CASE WHEN $limit > $window THEN $limit ELSE $window END)})
YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS hits
UNWIND range(0, size(hits) - 1) AS rank
WITH hits[rank].node AS node, hits[rank].score AS score, rank, size(hits) AS candidates
WHERE rank < $limit
   OR (rank < $window
       AND any(name IN [node.name] + coalesce(node.aliases, [])
               WHERE name IS NOT NULL AND all(word IN $words WHERE toLower(normalize(name, NFKC)) CONTAINS word)))
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, node.kind AS kind,
       node.number AS number, node.aliases AS aliases, node.text AS text, node.quoteText AS quoteText, score,
       {citeDocuments: node.citeDocuments, citeLocators: node.citeLocators, citeQuotes: node.citeQuotes,
        citeNotes: node.citeNotes, citeModalities: node.citeModalities, citeVerbPhrases: node.citeVerbPhrases} AS cites,
       node.document AS document, node.locator AS locator, rank, candidates;
