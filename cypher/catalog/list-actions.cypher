// Actions of the 2013 strategy, optionally those naming one actor as requester or assignee (or either; with no
// role, also the actions the actor commits itself to, COMMITS_TO).
// Parameters: $actor (actor id, null for all), $role ('REQUESTED_BY', 'ASSIGNED_TO' or null for any).
// Columns: id, props (map), priority ({id, code, name} or null), requestedBy, assignedTo ([{id, props}] by name).
MATCH (x:Action)
WHERE ($actor IS NULL AND ($role IS NULL OR EXISTS { (x)-[r:REQUESTED_BY|ASSIGNED_TO]->(:Actor) WHERE type(r) = $role }))
   OR EXISTS { (x)-[r:REQUESTED_BY|ASSIGNED_TO]->(:Actor {id: $actor}) WHERE $role IS NULL OR type(r) = $role }
   OR ($role IS NULL AND EXISTS { (:Actor {id: $actor})-[:COMMITS_TO]->(x) })
OPTIONAL MATCH (x)-[:UNDER_PRIORITY]->(p:StrategicPriority)
WITH x, head(collect(p)) AS p
RETURN x.id AS id, properties(x) AS props,
       CASE WHEN p IS NULL THEN null ELSE {id: p.id, code: p.code, name: p.name} END AS priority,
       COLLECT { MATCH (x)-[:REQUESTED_BY]->(a:Actor) RETURN {id: a.id, props: properties(a)} AS actor ORDER BY a.name, a.id } AS requestedBy,
       COLLECT { MATCH (x)-[:ASSIGNED_TO]->(a:Actor) RETURN {id: a.id, props: properties(a)} AS actor ORDER BY a.name, a.id } AS assignedTo
ORDER BY x.id;
