/** Turns any failure into the words the UI shows, and tells stale answers from the latest one. */
import { ApiError } from '../api/client';

export type LoadState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

export const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.code === 'NOT_FOUND';

/** Each start() returns a token; only the latest token's answer is kept. */
export class Latest {
  #n = 0;
  start(): number {
    this.#n += 1;
    return this.#n;
  }
  isLatest(token: number): boolean {
    return token === this.#n;
  }
}
