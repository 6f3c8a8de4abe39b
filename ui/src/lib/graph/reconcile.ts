/**
 * Patches a live Cytoscape instance to match the wanted elements, by id, inside one batch: removes what
 * is gone, adds what is new, updates changed data and classes. Returns whether the topology changed
 * (then re-layout); a change of data or classes alone keeps every position.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/** Classes owned by the label placement (graph/label-placement.ts), which reconcile keeps as they are. */
const isPlacementClass = (c: string) => c.startsWith('label-');

const classList = (value: ElementDefinition['classes']): string =>
  (Array.isArray(value) ? value : (value ?? '').split(/\s+/))
    .filter((c) => c && !isPlacementClass(c))
    .sort()
    .join(' ');

export function reconcile(cy: Core, wanted: ElementDefinition[]): boolean {
  const wantedIds = new Set(wanted.map((el) => String(el.data.id)));
  let changed = false;
  let restyled = cy.collection();
  cy.batch(() => {
    const stale = cy.elements().filter((el) => !wantedIds.has(el.id()));
    if (stale.nonempty()) {
      stale.remove();
      changed = true;
    }
    const fresh: ElementDefinition[] = [];
    for (const definition of wanted) {
      const existing = cy.getElementById(String(definition.data.id));
      if (existing.empty()) {
        fresh.push(definition);
        continue;
      }
      let touched = false;
      if (JSON.stringify(existing.data()) !== JSON.stringify(definition.data)) {
        existing.data(definition.data);
        touched = true;
      }
      const classes = classList(definition.classes);
      if (classList(existing.classes()) !== classes) {
        const placement = existing.classes().filter(isPlacementClass);
        existing.classes([...classes.split(' ').filter(Boolean), ...placement]);
        touched = true;
      }
      if (touched) restyled = restyled.union(existing);
    }
    if (fresh.length > 0) {
      cy.add(fresh);
      changed = true;
    }
  });
  // Cytoscape 3.34 keeps the cached bounds of an element whose label grew through a class or data change,
  // which clips the label when drawn: drop those caches (a collection method missing from the typings).
  const dirty = restyled as unknown as { dirtyBoundingBoxCache?: () => void };
  dirty.dirtyBoundingBoxCache?.();
  return changed;
}
