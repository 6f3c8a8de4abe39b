// Empties the database before a `seed --reset`, inside the import transaction.
// Parameters: none. Columns: deleted (number of nodes removed).
MATCH (n)
DETACH DELETE n
RETURN count(n) AS deleted;
