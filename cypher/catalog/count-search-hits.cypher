// How many nodes a full-text query matches (index entity_search): the search's totalCount, read only when the
// page asked for does not show it.
// Parameters: $query (Lucene query text, built and escaped by the API from the user's words).
// Columns: total.
// The index is eventually consistent (cypher/schema/V0001): first wait until the updates of every committed
// write are in it, so a search after an acknowledged write finds what it wrote (cheap when none are pending).
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node
RETURN count(node) AS total;
