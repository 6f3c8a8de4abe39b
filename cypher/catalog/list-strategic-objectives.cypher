// The strategic objectives of ENISA's strategy (SO4.1 … SO4.7) with the eligibility rules under each.
// Parameters: none. Columns: id, props (map), rules (rule ids).
MATCH (o:StrategicObjective)
RETURN o.id AS id, properties(o) AS props,
       COLLECT { MATCH (r:EligibilityRule)-[:UNDER_OBJECTIVE]->(o) RETURN r.id AS rule ORDER BY rule } AS rules
ORDER BY o.code;
