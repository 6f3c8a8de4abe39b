/**
 * Where the nodes new to a scene go, leaving every node already placed where it is (pure, model coordinates):
 * each new node next to the placed neighbour most of the new nodes hang from (the node expanded), on rings
 * around it, each spot at least `spacing` from every other node; a new node with no placed neighbour goes next
 * to a new one that has one, and failing that beside the scene. Deterministic: the same scene gives the same
 * spots.
 */

export interface Point {
  x: number;
  y: number;
}

export interface IncrementalInput {
  /** Nodes already on screen, which stay where they are. */
  placed: ReadonlyMap<string, Point>;
  /** Nodes to place, in a stable order (id order is used for ties). */
  fresh: readonly string[];
  edges: ReadonlyArray<{ source: string; target: string }>;
  /** Least distance between two node centres (model units: rendered px over the zoom). */
  spacing: number;
}

/** A position for every fresh node. */
export function placeIncrementally({ placed, fresh, edges, spacing }: IncrementalInput): Map<string, Point> {
  const out = new Map<string, Point>();
  const freshSet = new Set(fresh);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  // How many fresh nodes hang from each placed node: the expanded node has the most.
  const pull = new Map<string, number>();
  for (const id of fresh)
    for (const n of neighbours.get(id) ?? []) if (placed.has(n)) pull.set(n, (pull.get(n) ?? 0) + 1);
  const taken: Point[] = [...placed.values()];
  const free = (p: Point) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= spacing);
  const rings = new Map<string, { ring: number; slot: number }>();
  const near = (anchor: string, centre: Point): Point => {
    const state = rings.get(anchor) ?? { ring: 1, slot: 0 };
    rings.set(anchor, state);
    for (;;) {
      const radius = spacing * (state.ring + 0.4);
      const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
      while (state.slot < slots) {
        // Each ring starts a half step on, so rings do not line up in spokes.
        const angle = -Math.PI / 2 + (2 * Math.PI * (state.slot + (state.ring % 2) * 0.5)) / slots;
        state.slot += 1;
        const p = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
        if (free(p)) return p;
      }
      state.ring += 1;
      state.slot = 0;
      if (state.ring > 60) return { x: centre.x + radius, y: centre.y };
    }
  };
  const positionOf = (id: string) => placed.get(id) ?? out.get(id);
  let pending = [...fresh];
  // Anchored on a placed node first, then on fresh nodes placed in an earlier round.
  while (pending.length > 0) {
    const next: string[] = [];
    for (const id of pending) {
      const anchors = [...(neighbours.get(id) ?? [])].filter((n) => positionOf(n) && n !== id);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      anchors.sort((a, b) => (pull.get(b) ?? 0) - (pull.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      const p = near(anchors[0]!, positionOf(anchors[0]!)!);
      out.set(id, p);
      taken.push(p);
    }
    if (next.length === pending.length) {
      // Linked to nothing on screen: in a row below the scene.
      const ys = taken.map((p) => p.y);
      const xs = taken.map((p) => p.x);
      const y = (ys.length > 0 ? Math.max(...ys) : 0) + 2 * spacing;
      const x0 = xs.length > 0 ? Math.min(...xs) : 0;
      next.forEach((id, i) => {
        const p = { x: x0 + i * spacing * 2, y };
        out.set(id, p);
        taken.push(p);
      });
      break;
    }
    pending = next.filter((id) => freshSet.has(id) && !out.has(id));
  }
  return out;
}

/**
 * The positions of a scene that changed but mostly stays (at least half of the nodes before are still drawn,
 * and they are at least half of the nodes now); null when it was replaced (then it is laid out again). Nodes
 * that stay keep their positions; nodes back in the scene (an undo, a filter cleared) return to where they
 * were last drawn (`memory`, which this keeps up to date); new ones are placed by placeIncrementally.
 */
export function growScene(
  before: ReadonlyMap<string, Point>,
  nodes: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  spacing: number,
  memory: Map<string, Point>,
): Map<string, Point> | null {
  const kept = nodes.filter((id) => before.has(id));
  if (kept.length === 0 || kept.length < before.size / 2 || kept.length < nodes.length / 2) return null;
  for (const [id, p] of before) memory.set(id, p);
  const placed = new Map<string, Point>();
  for (const id of nodes) {
    const p = before.get(id) ?? memory.get(id);
    if (p) placed.set(id, p);
  }
  const fresh = nodes.filter((id) => !placed.has(id)).sort();
  for (const [id, p] of placeIncrementally({ placed, fresh, edges, spacing })) placed.set(id, p);
  return placed;
}

/** The memory growScene keeps of where nodes were drawn (one per canvas, cleared when the scene is laid out). */
export const positionMemory = (): Map<string, Point> => new Map();
