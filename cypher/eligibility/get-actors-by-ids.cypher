// The actors with these ids, as the eligibility facts carry them (an assumed actor, a whyNot partner, a profile's
// actor that the rules do not reach: get-eligibility-facts.cypher reads only those they do). An id that names
// no actor is absent.
// Parameters: $ids [string]. Columns: id, name, kind.
MATCH (a:Entity)
WHERE a.id IN $ids AND a:Actor
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY id;
