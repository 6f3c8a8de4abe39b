// Benchmark only (bench/): picks the workloads' inputs from whatever graph is loaded (seed or synthetic),
// deterministically: the objectives, a third country for what-if assumptions, and $sample actors spread evenly
// (by id) over those with a relationship of the given types, with their names (search words come from them).
// Parameters: $types (relationship types), $sample (integer, number of actors).
// Columns: objectives [string], assumeActor (string), actors [string], names [string].
CALL () {
  MATCH (o:StrategicObjective)
  WITH o.code AS code
  ORDER BY code
  RETURN collect(code) AS objectives
}
CALL () {
  MATCH (a:Actor {kind: 'third-country'})
  WITH a.id AS id
  ORDER BY id
  RETURN head(collect(id)) AS assumeActor
}
CALL () {
  MATCH (a:Actor)
  WHERE EXISTS { (a)-[r]-() WHERE type(r) IN $types }
  WITH a
  ORDER BY a.id
  WITH collect(a) AS found
  WITH [i IN range(0, toInteger($sample) - 1) | found[toInteger(i * size(found) / toInteger($sample))]] AS picked
  RETURN [a IN picked WHERE a IS NOT NULL | a.id] AS actors, [a IN picked WHERE a IS NOT NULL | a.name] AS names
}
RETURN objectives, assumeActor, actors, names;
