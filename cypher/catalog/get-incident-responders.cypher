// Who responds to one kind of incident, in the order the strategy gives (RESPONDS_TO {order, role}).
// Parameters: $id (IncidentType id). Columns: order, role, actor ({id, props}), props (the relationship's properties).
MATCH (a:Actor)-[r:RESPONDS_TO]->(:IncidentType {id: $id})
RETURN r.order AS order, r.role AS role, {id: a.id, props: properties(a)} AS actor, properties(r) AS props
ORDER BY r.order, a.name, a.id;
