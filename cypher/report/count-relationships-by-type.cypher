// Relationship counts per type between model nodes, for the seed report and tests.
// Parameters: none. Columns: type, count.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type;
