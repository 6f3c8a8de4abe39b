/**
 * What the whole-network view draws: the actor network (every actor and the relationships between two actors,
 * the ecosystem at a glance, the first view) or the whole model (also the rules, objectives, approaches,
 * principles, actions, legal instruments and events that connect them). Pure; the API lays out both.
 */
import { enumName } from '../vocabulary.js';
export const SCOPES = ['actors', 'model'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = { actors: 'Actors', model: 'Whole model' };

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);

interface ScopedGraph<N extends { id: string; label: string }, E extends { source: string; target: string }> {
  nodes: N[];
  edges: E[];
}

/** Every actor, and every relationship between two actors, in the graph's own order. */
export function actorNetwork<N extends { id: string; label: string }, E extends { source: string; target: string }>(
  graph: ScopedGraph<N, E>,
): ScopedGraph<N, E> {
  // The label as the API sends it (ACTOR) or as the graph stores it (Actor).
  const nodes = graph.nodes.filter((n) => enumName(n.label) === 'ACTOR');
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
