/**
 * The actor's paths to ENISA as the profile words them: each hop with its relationship read in the direction the
 * path walks it ("Japan → member of → OECD ← cooperates with ← ENISA"). Pure.
 */
import { relationshipWords } from '../graph/edge-words';

export const ENISA_ID = 'enisa';

export interface PathFacts {
  nodes: readonly string[];
  steps: ReadonlyArray<{ from: string; to: string; direction: string; edge: { type: string } }>;
}

export interface PathHop {
  from: string;
  to: string;
  /** The relationship in words. */
  words: string;
  /** True when the path walks the relationship against its direction (the next node is its start). */
  backward: boolean;
}

export function pathHops(path: PathFacts, names: ReadonlyMap<string, string>): PathHop[] {
  const name = (id: string) => names.get(id) ?? id;
  return path.steps.map((step) => ({
    from: name(step.from),
    to: name(step.to),
    words: relationshipWords(step.edge.type),
    backward: step.direction === 'BACKWARD',
  }));
}

/** The path in one line: "Japan —member of→ OECD ←cooperates with— ENISA". */
export function pathSentence(path: PathFacts, names: ReadonlyMap<string, string>): string {
  const hops = pathHops(path, names);
  if (hops.length === 0) return names.get(path.nodes[0] ?? '') ?? path.nodes[0] ?? '';
  return hops.reduce(
    (text, hop) => `${text} ${hop.backward ? `←${hop.words}—` : `—${hop.words}→`} ${hop.to}`,
    hops[0]!.from,
  );
}
