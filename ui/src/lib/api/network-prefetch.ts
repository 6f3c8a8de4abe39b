/**
 * The first view's query, sent by index.html's first, tiny script (src/prefetch.ts) while the app's bundle is
 * still downloading and parsing, so the answer is usually there by the time the app asks for it. It posts the
 * generated Network document through client.ts, like every other call. The network store takes the answer once
 * (fetchNetwork); a later load, or a failed prefetch, asks again.
 */
import { post } from './client';
import { NetworkDocument, type NetworkQuery } from './generated/graphql';

/** The whole network, as the first view shows it. */
export const NETWORK_LIMIT = 2000;

let early: Promise<NetworkQuery | null> | null = null;

/** Sends the network query now. Never rejects: a failure or an error answer resolves to null. */
export function prefetchNetwork(): void {
  if (early) return;
  performance.mark('explorer:fetch-start');
  early = post(NetworkDocument, { limit: NETWORK_LIMIT })
    .then(({ response, body }) => (response.ok && body.data && !body.errors ? body.data : null))
    .catch(() => null);
}

/** The prefetched answer's `data`, once (null when there was none or it failed). */
export function takePrefetchedNetwork(): Promise<NetworkQuery | null> {
  const pending = early ?? Promise.resolve(null);
  early = null;
  return pending;
}
