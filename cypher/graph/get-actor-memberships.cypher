// What actors are members of, and who their members are (MEMBER_OF between actors), for the batching
// loaders of Actor.memberOf and Actor.members.
// Parameters: $ids (actor ids). Columns: id, memberOf, members ([{id, props}] by name).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
       COLLECT { MATCH (a)-[:MEMBER_OF]->(b:Actor) RETURN {id: b.id, props: properties(b)} AS b ORDER BY b.name, b.id } AS memberOf,
       COLLECT { MATCH (b:Actor)-[:MEMBER_OF]->(a) RETURN {id: b.id, props: properties(b)} AS b ORDER BY b.name, b.id } AS members;
