// The data version's parts, by the Meta node's unique id (one index seek): the stamp under which the API's
// read cache (api/src/db/read-cache.ts) keeps answers. Every write path changes it in its own transaction.
// Parameters: none. Columns: version (string or null), curationHash (string or null).
OPTIONAL MATCH (m:Meta {id: 'dataset'})
RETURN m.version AS version, m.curationHash AS curationHash;
