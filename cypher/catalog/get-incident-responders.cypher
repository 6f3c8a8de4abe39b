// Who responds to one kind of incident (RESPONDS_TO {order, step, mode, role}): order is the text's naming order,
// step the stage of the response, mode how a responder stands to the others of its step.
// Parameters: $id (IncidentType id).
// Columns: order, step, mode, role, actor ({id, props}), props (the relationship's properties); sorted by step,
// order, name.
MATCH (a:Actor)-[r:RESPONDS_TO]->(:IncidentType {id: $id})
RETURN r.order AS order, r.step AS step, r.mode AS mode, r.role AS role, {id: a.id, props: properties(a)} AS actor,
       properties(r) AS props
ORDER BY r.step, r.order, a.name, a.id;
