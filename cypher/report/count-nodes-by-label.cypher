// Node counts per model label (the :Entity label itself aside), for the seed report and tests.
// Parameters: none. Columns: label, count.
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label;
