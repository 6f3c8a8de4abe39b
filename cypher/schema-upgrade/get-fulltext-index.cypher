// Whether the full-text index entity_search exists, and whether it is eventually consistent (issue 20, W5): an
// index created before that option keeps it off, and IF NOT EXISTS would keep it as it is (api/src/db/schema.ts).
// Parameters: none. Columns: eventual (boolean; one row when the index exists, none otherwise).
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = 'entity_search'
RETURN coalesce(options.indexConfig['fulltext.eventually_consistent'], false) AS eventual;
