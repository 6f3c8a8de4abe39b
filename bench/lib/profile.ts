/**
 * Profiles for targets that are missed: Cypher PROFILE of a workload's main statement (db hits, rows, the
 * costliest operators) and a summary of a V8 CPU profile (.cpuprofile from node --cpu-prof): self time per
 * function and per package.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { cypher, type CypherCatalog } from '../../api/src/db/cypher.js';

export interface CypherProfile {
  statement: string;
  dbHits: number;
  rows: number;
  ms: number;
  /** The operators with the most db hits, "Operator (details): hits". */
  top: string[];
}

function flatten(plan: ProfiledPlan, into: ProfiledPlan[] = []): ProfiledPlan[] {
  into.push(plan);
  for (const child of plan.children) flatten(child, into);
  return into;
}

export async function profileCypher(
  driver: Driver,
  catalog: CypherCatalog,
  name: string,
  params: Record<string, unknown>,
  /** The statement as the API runs it, when it is a variant of the file (graph-queries.ts pathsStatement). */
  text = cypher(catalog, name),
): Promise<CypherProfile> {
  const t0 = performance.now();
  const result = await driver.executeQuery(`PROFILE ${text}`, params, {
    routing: neo4j.routing.READ,
  });
  const ms = performance.now() - t0;
  const plan = result.summary.profile;
  if (!plan) return { statement: name, dbHits: Number.NaN, rows: result.records.length, ms, top: [] };
  const operators = flatten(plan);
  const details = (op: ProfiledPlan) =>
    String(op.arguments?.Details ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 90);
  return {
    statement: name,
    dbHits: operators.reduce((sum, op) => sum + Number(op.dbHits), 0),
    rows: result.records.length,
    ms,
    top: [...operators]
      .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
      .slice(0, 4)
      .map(
        (op) =>
          `${op.operatorType.replace(/@.*/, '')} (${details(op)}): ${Number(op.dbHits)} hits, ${Number(op.rows)} rows`,
      ),
  };
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function and per package (node_modules/<pkg>, our code by folder, node internals). */
export function summariseCpuProfile(path: string, top = 12): { functions: string[]; packages: string[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as {
    nodes: CpuNode[];
    startTime: number;
    endTime: number;
    samples: number[];
  };
  const total = profile.samples.length || 1;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '');
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      (/\/work\/[^/]+\/(api|bench)\/src\/([^/]+)/.exec(file)
        ? `(ours) ${/\/(api|bench)\/src\/([^/]+)/.exec(file)![2]}`
        : file.startsWith('node:')
          ? 'node internals'
          : file === ''
            ? `(${functionName || 'program'})`
            : file.split('/').slice(-2).join('/'));
    const fn = `${functionName || '(anonymous)'} ${file.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const format = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => `${((hits / total) * 100).toFixed(1)}% ${name}`);
  return { functions: format(byFunction), packages: format(byPackage) };
}
