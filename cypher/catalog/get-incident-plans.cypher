// The cooperation plans one kind of incident triggers, each with the incident scope that triggers it (REFERS_TO
// {trigger: 'national' | 'cross-border'}, 2013 3.2 / paragraph 2).
// Parameters: $id (IncidentType id).
// Columns: plan ({id, label, name, kind, number}), trigger, note, props (the relationship's properties); sorted
// by trigger (cross-border before national), then plan id.
MATCH (:IncidentType {id: $id})-[r:REFERS_TO]->(p:Entity)
WHERE r.trigger IS NOT NULL
RETURN {id: p.id, label: [l IN labels(p) WHERE l <> 'Entity'][0], name: p.name, kind: p.kind, number: p.number} AS plan,
       r.trigger AS trigger, r.note AS note, properties(r) AS props
ORDER BY trigger, p.id;
