// How many actors the graph holds, from the count store: whether eligibility questions are read and evaluated in
// the API's thread (a small graph, the seed) or by the eligibility worker (api/src/eligibility-worker/).
// Parameters: none. Columns: actors (integer).
MATCH (a:Actor)
RETURN count(a) AS actors;
