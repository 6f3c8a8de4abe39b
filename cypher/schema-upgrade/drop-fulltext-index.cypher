// Drops the full-text index entity_search, when one of an earlier version lacks the option the schema file
// gives it; cypher/schema/V0001 then creates it again (api/src/db/schema.ts).
// Parameters: none. Columns: none.
DROP INDEX entity_search IF EXISTS;
