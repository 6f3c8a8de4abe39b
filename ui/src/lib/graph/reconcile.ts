/**
 * Patches a live Cytoscape instance to match the wanted elements, by id, inside one batch: removes what
 * is gone, adds what is new, updates changed data. Returns whether the topology changed (then re-layout).
 */
import type { Core, ElementDefinition } from 'cytoscape';

export function reconcile(cy: Core, wanted: ElementDefinition[]): boolean {
  const wantedIds = new Set(wanted.map((el) => String(el.data.id)));
  let changed = false;
  cy.batch(() => {
    const stale = cy.elements().filter((el) => !wantedIds.has(el.id()));
    if (stale.nonempty()) {
      stale.remove();
      changed = true;
    }
    const fresh: ElementDefinition[] = [];
    for (const definition of wanted) {
      const existing = cy.getElementById(String(definition.data.id));
      if (existing.empty()) fresh.push(definition);
      else if (JSON.stringify(existing.data()) !== JSON.stringify(definition.data)) existing.data(definition.data);
    }
    if (fresh.length > 0) {
      cy.add(fresh);
      changed = true;
    }
  });
  return changed;
}
