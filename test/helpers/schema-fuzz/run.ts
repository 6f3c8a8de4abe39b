/**
 * The schema-driven fuzzer (outside-checks.md): introspects the running API, covers every field, sends every
 * argument's and input field's boundary values alone and nested, with and without a curator token for
 * mutations, and after every request checks that an HTTP answer came back, that it is not a 5xx nor INTERNAL,
 * that no stack trace or database detail leaks, that /health answers, and that a query wrote nothing (no write
 * transaction opened by the app; with `exactDataVersion`, the data version too). `bounded` sends a seeded
 * sample of each argument's boundary values (npm test); otherwise all of them (npm run test:reliability).
 */
import fc from 'fast-check';
import { isInputObjectType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { CaseBuilder, FUZZ_PREFIX, type FuzzRequest } from './cases.js';
import { coordinates, introspect } from './schema.js';

export interface FuzzOptions {
  /** The API's base URL, e.g. http://127.0.0.1:4000 */
  base: string;
  token: string;
  /** Write transactions the app has opened so far (a spy on its driver). */
  writes: () => number;
  /** Boundary values per argument in the bounded run (all of them otherwise). */
  perArgument?: number;
  seed: number;
  /** Compare the data version before and after every query (only when nothing else writes meanwhile). */
  exactDataVersion: boolean;
  /**
   * Removes nodes the fuzzer created (and their audit records), called after each curator mutation with the
   * fresh ids it named, so other tests running meanwhile see at most a few of them.
   */
  cleanUp?: (ids: string[]) => Promise<void>;
  log?: (line: string) => void;
}

export interface FuzzReport {
  requests: number;
  fields: { covered: number; total: number; missing: string[] };
  args: { covered: number; total: number; missing: string[] };
  inputFields: { covered: number; total: number; missing: string[] };
  statuses: Record<number, number>;
  codes: Record<string, number>;
  failures: string[];
  created: string[];
}

const ANSWER_WITHIN_MS = 20_000;

/** A stack frame, a driver or Cypher error, a Bolt URL or an address: none may reach a client. */
const LEAK =
  /\bat .+:\d+:\d+\)?|Neo4jError|Neo\.(Client|Transient|Database)Error|bolt:\/\/|neo4j:\/\/|ECONNREFUSED|\b\d{1,3}(\.\d{1,3}){3}:\d+|\.[tj]s:\d+|node_modules|Cypher|org\.neo4j/;

export async function runSchemaFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { base, token } = options;
  const schema = await introspect(`${base}/graphql`);
  const run = Math.random().toString(36).slice(2, 8);
  let serial = 0;
  const created: string[] = [];
  const fresh = () => {
    const id = `${FUZZ_PREFIX}${run}-${serial++}`;
    created.push(id);
    return id;
  };
  const fixture = { fresh, actorA: fresh(), actorB: fresh() };
  const builder = new CaseBuilder(schema, fixture);
  const report: FuzzReport = {
    requests: 0,
    fields: { covered: 0, total: 0, missing: [] },
    args: { covered: 0, total: 0, missing: [] },
    inputFields: { covered: 0, total: 0, missing: [] },
    statuses: {},
    codes: {},
    failures: [],
    created,
  };
  const coveredFields = new Set<string>();
  const exercised = new Set<string>();

  async function post(request: FuzzRequest) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (request.token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      // A request that never ends is a finding too (in this process a crashed loader leaves it hanging).
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    return { status: response.status, text: await response.text() };
  }

  const versionQuery = '{ dataVersion dataset { nodes relationships } }';
  const dataVersion = async () =>
    (await post({ name: 'version', root: 'query', token: false, query: versionQuery, variables: {} })).text;

  async function send(request: FuzzRequest): Promise<void> {
    report.requests += 1;
    const fail = (reason: string) => report.failures.push(`${request.name}: ${reason}`);
    const read = request.root === 'query';
    const [writesBefore, versionBefore] = [
      options.writes(),
      read && options.exactDataVersion ? await dataVersion() : '',
    ];
    let answer: { status: number; text: string };
    try {
      answer = await post(request);
    } catch (error) {
      fail(`no HTTP answer (${(error as Error).message})`);
      return;
    }
    report.statuses[answer.status] = (report.statuses[answer.status] ?? 0) + 1;
    if (answer.status >= 500) fail(`status ${answer.status}: ${answer.text.slice(0, 300)}`);
    if (LEAK.test(answer.text)) fail(`leaks ${LEAK.exec(answer.text)![0]}: ${answer.text.slice(0, 300)}`);
    let body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } = {};
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      fail(`not JSON: ${answer.text.slice(0, 200)}`);
    }
    for (const error of body.errors ?? []) {
      const code = error.extensions?.code ?? 'NONE';
      report.codes[code] = (report.codes[code] ?? 0) + 1;
      if (code === 'INTERNAL' || code === 'NONE') fail(`error coded ${code}: ${answer.text.slice(0, 300)}`);
    }
    const health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) }).catch(() => null);
    if (health?.status !== 200) fail(`/health answered ${health?.status ?? 'nothing'} afterwards`);
    if (read && options.writes() !== writesBefore) fail('a query opened a write transaction');
    if (read && options.exactDataVersion && (await dataVersion()) !== versionBefore)
      fail('a query changed the data version');
    if (request.exercises) exercised.add(request.exercises);
    if (request.cover) for (const field of resolvedFields(body.data, request.cover)) coveredFields.add(field);
    if (request.root === 'mutation' && request.token && options.cleanUp) {
      const named = JSON.stringify(request.variables).match(new RegExp(`${FUZZ_PREFIX}${run}-\\d+`, 'g')) ?? [];
      const ids = [...new Set(named)].filter((id) => id !== fixture.actorA && id !== fixture.actorB);
      if (ids.length > 0) await options.cleanUp(ids);
    }
  }

  // The fixture: two actors of the fuzzer's own (they also give the audit log something to list).
  for (const id of [fixture.actorA, fixture.actorB]) {
    await post({
      name: 'fixture',
      root: 'mutation',
      token: true,
      query: 'mutation($input: UpsertActorInput!) { upsertActor(input: $input) { actor { version } } }',
      variables: { input: { ...builder.validObject('UpsertActorInput'), id } },
    });
  }

  const types = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'),
  );
  const tokenFor = (type: string) => builder.paths.get(type)?.[0]?.root === 'mutation';
  const coverage = types.flatMap((t) => builder.coverage(t, tokenFor(t.name)));
  for (const request of coverage) await send(request);
  // Mutations change what the next one finds (link, then unlink): one more pass for what is still missing.
  const total = coordinates(schema);
  for (const request of coverage) {
    const missing = Object.keys((builder.schema.getType(request.cover!.type) as GraphQLObjectType).getFields()).some(
      (f) => !coveredFields.has(`${request.cover!.type}.${f}`),
    );
    if (missing) await send(request);
  }

  const boundary: FuzzRequest[] = [];
  for (const type of types) {
    if (!builder.paths.get(type.name)?.length) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const mutation = type === schema.getMutationType();
      for (const token of mutation ? [false, true] : [false])
        boundary.push(...builder.boundaryRequests(type, field, token));
    }
  }
  for (const request of select(boundary, options)) {
    await send(request);
    if (report.failures.length >= 25) break;
  }

  const inputs = inputCoordinates(schema);
  const summarise = (all: string[], seen: (c: string) => boolean) => {
    const missing = all.filter((c) => !seen(c));
    return { covered: all.length - missing.length, total: all.length, missing };
  };
  report.fields = summarise(total.fields, (c) => coveredFields.has(c));
  report.args = summarise(total.args, (c) => exercised.has(c));
  report.inputFields = summarise(inputs, (c) => exercised.has(c));
  options.log?.(
    `schema fuzz: ${report.requests} requests; fields ${report.fields.covered}/${report.fields.total}, arguments ${report.args.covered}/${report.args.total}, input fields ${report.inputFields.covered}/${report.inputFields.total}; statuses ${JSON.stringify(report.statuses)}; codes ${JSON.stringify(report.codes)}; ${report.failures.length} findings`,
  );
  return report;
}

/** Every boundary request (full run), or a seeded sample of `perArgument` per argument or input field. */
function select(requests: FuzzRequest[], options: FuzzOptions): FuzzRequest[] {
  if (!options.perArgument) return requests;
  const byTarget = new Map<string, FuzzRequest[]>();
  for (const request of requests) {
    const key = `${request.exercises} ${request.token}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), request]);
  }
  const chosen: FuzzRequest[] = [];
  let seed = options.seed;
  for (const group of byTarget.values()) {
    const size = Math.min(options.perArgument, group.length);
    const [sample] = fc.sample(fc.shuffledSubarray(group, { minLength: size, maxLength: size }), {
      seed: seed++,
      numRuns: 1,
    });
    chosen.push(...sample!);
  }
  return chosen;
}

function inputCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    isInputObjectType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
  );
}

/** "Type.field" for every field present in the answer at the end of the path (in any list element). */
function resolvedFields(data: unknown, cover: { keys: string[]; type: string }): string[] {
  let level: unknown[] = [data];
  for (const key of cover.keys) {
    level = level
      .flatMap((value) => (value && typeof value === 'object' ? [(value as Record<string, unknown>)[key]] : []))
      .flatMap((value) => (Array.isArray(value) ? value.flat(3) : [value]))
      .filter((value) => value !== null && value !== undefined);
  }
  const fields = new Set<string>();
  for (const object of level) {
    if (!object || typeof object !== 'object') continue;
    for (const key of Object.keys(object)) if (key !== '__typename') fields.add(`${cover.type}.${key}`);
  }
  return [...fields];
}
