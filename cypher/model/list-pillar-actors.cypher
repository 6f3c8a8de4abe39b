// Actors of a pillar of the 2013 strategy at a level (issue 17: the section 3 figure has a NATIONAL and an EU
// column per pillar; industry and academia are drawn across all three, level EU_AND_NATIONAL).
// Parameters: $pillar (Pillar code: NIS, LAW_ENFORCEMENT, DEFENCE); $level (EU, NATIONAL, EU_AND_NATIONAL, or
// null for any); $basis ('figure', 'text', or null for any).
// Columns: id, name, level, basis, locators (the provisions the pillar link cites), sorted by id.
MATCH (a:Actor)-[r:BELONGS_TO_PILLAR]->(:Pillar {code: $pillar})
WHERE ($level IS NULL OR r.level = $level)
  AND ($basis IS NULL OR r.basis = $basis)
RETURN a.id AS id, a.name AS name, r.level AS level, r.basis AS basis, r.citeLocators AS locators
ORDER BY id;
