// Schema, applied idempotently at every start (IF NOT EXISTS), one statement per semicolon.
// Parameters: none. Columns: none.
// Every node of the model carries :Entity and a graph-wide unique kebab-case id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX provision_locator IF NOT EXISTS FOR (n:Provision) ON (n.document, n.locator);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.text, n.quoteText];
