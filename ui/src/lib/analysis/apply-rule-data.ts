/**
 * Copies the styling rules' data onto the canvas' nodes, by id, in one batch: only what changed is touched,
 * and a node without rule data loses it (style.ts then draws it as usual). Returns whether anything changed.
 */
import type { Core } from 'cytoscape';
import type { NodeRuleData } from './rule-styles';

const KEYS = ['ruleColor', 'ruleLabel', 'ruleScale'] as const;

export function applyRuleData(core: Core, data: ReadonlyMap<string, NodeRuleData>): boolean {
  let changed = false;
  core.batch(() => {
    // No rule: only the nodes that still carry rule data need a change.
    const nodes = data.size === 0 ? core.nodes('[ruleColor], [ruleScale]') : core.nodes();
    nodes.forEach((node) => {
      const wanted = data.get(node.id()) ?? {};
      for (const key of KEYS) {
        const value = wanted[key];
        if (node.data(key) === value) continue;
        changed = true;
        if (value === undefined) node.removeData(key);
        else node.data(key, value);
      }
    });
  });
  return changed;
}
