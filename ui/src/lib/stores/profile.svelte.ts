/**
 * The actor profile shown in the Profile tab (issue 19): the profile of one actor with the what-if assumptions
 * in force, its actions and its paths to ENISA, each with its own state so the matrix shows without waiting for
 * the paths; and the cell the analyst opened. A newer load drops an older answer.
 */
import {
  fetchProfile,
  fetchProfileActions,
  fetchProfilePaths,
  type Profile,
  type ProfileAction,
  type ProfilePaths,
} from '../api/profile';
import { ENISA_ID } from '../profile/paths';
import type { AssumptionState } from '../state/url-state';
import { errorMessage, Latest, type LoadState } from './async';

export class ProfileStore {
  actorId = $state<string | null>(null);
  profile = $state.raw<Profile | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  actions = $state.raw<ProfileAction[]>([]);
  actionsState = $state<LoadState>('idle');
  paths = $state.raw<ProfilePaths | null>(null);
  pathsState = $state<LoadState>('idle');
  /** The open cell (matrix.ts cellKey), or null. */
  openCell = $state<string | null>(null);
  #key = '';
  #assume: readonly AssumptionState[] = [];
  #latest = new Latest();

  /** Asks again for the profile shown (after an error). */
  retry(): Promise<void> {
    this.#key = '';
    return this.load(this.actorId, this.#assume);
  }

  /** Loads the profile of `actorId` under `assume`; nothing when it is already shown. */
  async load(actorId: string | null, assume: readonly AssumptionState[]): Promise<void> {
    const key = `${actorId ?? ''}|${assume.map((a) => `${a.kind}:${a.actor}`).join(',')}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#assume = assume;
    const token = this.#latest.start();
    if (actorId !== this.actorId) this.openCell = null;
    this.actorId = actorId;
    if (!actorId) {
      this.profile = null;
      this.state = 'idle';
      return;
    }
    this.state = 'loading';
    this.error = null;
    void this.#loadActions(actorId, token);
    void this.#loadPaths(actorId, token);
    try {
      const profile = await fetchProfile(actorId, assume);
      if (!this.#latest.isLatest(token)) return;
      this.profile = profile;
      this.state = profile ? 'ready' : 'empty';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.profile = null;
      this.state = 'error';
      this.error = errorMessage(error, 'The profile could not be loaded.');
    }
  }

  toggleCell(key: string): void {
    this.openCell = this.openCell === key ? null : key;
  }

  async #loadActions(actorId: string, token: number): Promise<void> {
    this.actionsState = 'loading';
    try {
      const actions = await fetchProfileActions(actorId);
      if (!this.#latest.isLatest(token)) return;
      this.actions = actions;
      this.actionsState = actions.length > 0 ? 'ready' : 'empty';
    } catch {
      if (!this.#latest.isLatest(token)) return;
      this.actions = [];
      this.actionsState = 'error';
    }
  }

  async #loadPaths(actorId: string, token: number): Promise<void> {
    if (actorId === ENISA_ID) {
      this.paths = null;
      this.pathsState = 'idle';
      return;
    }
    this.pathsState = 'loading';
    try {
      const paths = await fetchProfilePaths(actorId, ENISA_ID);
      if (!this.#latest.isLatest(token)) return;
      this.paths = paths;
      this.pathsState = paths && paths.paths.length > 0 ? 'ready' : 'empty';
    } catch {
      if (!this.#latest.isLatest(token)) return;
      this.paths = null;
      this.pathsState = 'error';
    }
  }
}

/** The one profile the page shows (the Profile tab). */
export const profileStore = new ProfileStore();
