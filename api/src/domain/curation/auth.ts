/**
 * Curator authentication: `Authorization: Bearer <token>` against the configured tokens. Every token is
 * compared (no early exit) with crypto.timingSafeEqual over SHA-256 digests, so neither the length nor
 * the content of a token leaks through timing. Pure: no I/O, and tokens are never logged or returned.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** The token of a `Bearer` header, or null when the header is absent or has another shape. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1]! : null;
}

/** Builds the resolver once per app: token → curator name, or null for a missing or unknown token. */
export function curatorResolver(tokens: Readonly<Record<string, string>>) {
  const known = Object.entries(tokens).map(([token, curator]) => ({ digest: digest(token), curator }));
  return (header: string | string[] | undefined): string | null => {
    const token = bearerToken(header);
    if (token === null) return null;
    const candidate = digest(token);
    let found: string | null = null;
    for (const entry of known) {
      if (timingSafeEqual(candidate, entry.digest) && found === null) found = entry.curator;
    }
    return found;
  };
}
