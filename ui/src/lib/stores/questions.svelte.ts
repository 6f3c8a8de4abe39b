/** The path finder and the incident view: each one question, its answer and its state. */
import type { IncidentTypeCode } from '../api/generated/graphql';
import {
  fetchIncidentResponse,
  fetchIncidentTypes,
  type IncidentType,
  type Responder,
  type TriggeredPlan,
} from '../api/incidents';
import { fetchPaths } from '../api/network';
import { pathHighlight } from '../graph/highlight';
import type { GraphData } from '../../../../core/graph/types.js';
import { errorMessage, isNotFound, Latest, type LoadState } from './async';

export class PathStore {
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  result = $state.raw<GraphData | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  #latest = new Latest();

  /** Node ids on any path, and the ids of the edges joining consecutive path nodes. */
  get highlight(): { nodes: Set<string>; edges: Set<string> } {
    return pathHighlight(this.result);
  }

  clear(): void {
    this.#latest.start();
    this.result = null;
    this.state = 'idle';
  }

  async run(): Promise<void> {
    if (!this.from || !this.to) return;
    const token = this.#latest.start();
    this.state = 'loading';
    this.error = null;
    try {
      const result = await fetchPaths(this.from, this.to);
      if (!this.#latest.isLatest(token)) return;
      this.result = result;
      this.state = (result.paths ?? []).length === 0 ? 'empty' : 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.result = null;
      this.state = 'error';
      this.error = isNotFound(error)
        ? 'One of the two ends does not exist.'
        : errorMessage(error, 'No path could be computed.');
    }
  }
}

export class IncidentStore {
  types = $state<IncidentType[]>([]);
  kind = $state<IncidentTypeCode | null>(null);
  incidentType = $state.raw<(IncidentType & { description: string | null }) | null>(null);
  responders = $state.raw<Responder[]>([]);
  /** The cooperation plans the incident triggers, each with the scope that triggers it. */
  plans = $state.raw<TriggeredPlan[]>([]);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  #latest = new Latest();

  async loadTypes(): Promise<void> {
    try {
      this.types = await fetchIncidentTypes();
    } catch {
      this.types = [];
    }
  }

  clear(): void {
    this.#latest.start();
    this.kind = null;
    this.responders = [];
    this.plans = [];
    this.incidentType = null;
    this.state = 'idle';
  }

  async run(): Promise<void> {
    if (!this.kind) return;
    const token = this.#latest.start();
    this.state = 'loading';
    this.error = null;
    try {
      const answer = await fetchIncidentResponse(this.kind);
      if (!this.#latest.isLatest(token)) return;
      this.incidentType = answer?.incidentType ?? null;
      this.responders = [...(answer?.responders ?? [])].sort((a, b) => a.order - b.order);
      this.plans = answer?.plans ?? [];
      this.state = this.responders.length === 0 ? 'empty' : 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.responders = [];
      this.plans = [];
      this.state = 'error';
      this.error = errorMessage(error, 'The incident response could not be loaded.');
    }
  }
}
