/**
 * The first view's query, sent by index.html's first, tiny script (src/prefetch.ts) while the app's bundle is
 * still downloading and parsing, so the answer is usually there by the time the app asks for it. The network
 * store takes it once (fetchNetwork); a later load, or a failed prefetch, asks again through client.ts.
 */

/** The fields the graph needs of nodes and edges (shared by the network, neighbourhood and path queries). */
export const GRAPH_FIELDS = 'total truncated nodes { id label name kind } edges { id source target type }';

/**
 * With the server's layouts of the actor network (the first view) and of the whole model (positions by node id;
 * null while the server has none ready).
 */
export const NETWORK_QUERY = `query Network($limit: Int!) {
  network(limit: $limit) {
    ${GRAPH_FIELDS} layout { id x y } actorLayout: layout(scope: ACTORS) { id x y }
  }
  dataVersion { version }
}`;

/** The whole network, as the first view shows it. */
export const NETWORK_LIMIT = 2000;

let early: Promise<unknown> | null = null;

/** Sends the network query now. Never rejects: a failure or an error answer resolves to null. */
export function prefetchNetwork(): void {
  if (early) return;
  performance.mark('explorer:fetch-start');
  early = fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NETWORK_QUERY, variables: { limit: NETWORK_LIMIT } }),
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: { data?: unknown; errors?: unknown[] } | null) => (body?.data && !body.errors ? body.data : null))
    .catch(() => null);
}

/** The prefetched answer's `data`, once (null when there was none or it failed). */
export function takePrefetchedNetwork(): Promise<unknown> {
  const pending = early ?? Promise.resolve(null);
  early = null;
  return pending;
}
