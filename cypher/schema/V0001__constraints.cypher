// Schema, applied idempotently at every start (IF NOT EXISTS), one statement per semicolon.
// Parameters: none. Columns: none.
// Every node of the model carries :Entity and a graph-wide unique kebab-case id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX provision_locator IF NOT EXISTS FOR (n:Provision) ON (n.document, n.locator);
// Eventually consistent (issue 20, W5): a commit queues its full-text updates instead of applying them to Lucene
// inside the commit (about 48 of a write's 60 ms of Neo4j CPU). Searches stay read-your-writes: the search
// statements await the pending updates first (cypher/catalog/search-entities, count-search-hits), and
// api/src/db/schema.ts recreates an index of an earlier version that lacks this option.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.text, n.quoteText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
