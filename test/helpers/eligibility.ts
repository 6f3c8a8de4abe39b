/** The eligibility query with everything a briefing needs, and helpers to read its answer. */
import type { FastifyInstance } from 'fastify';
import { enumName } from '../../core/vocabulary.js';
import { gql } from './app.js';

export const ELIGIBILITY = `query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    question objective approach dataVersion
    assumptions { kind actor { id } description }
    partners(first: 100) { totalCount edges { node {
      actor { id name kind } assumed
      reasons { rule { id principle objective } activity basis viaGroup { id } viaClass { id } assumption { kind actor { id } } explanation
                citation { document { id } locator quote } }
      conditions { kind text rule { id } citation { document { id } quote } }
    } } }
    classes { class { id name filledBy } members(first: 100) { edges { node { actor { id } basis } } } conditions { kind text }
              reasons { rule { id } citation { document { id } quote } } }
    activities { rule { id } activity conditions { kind } citation { document { id } locator quote } }
    excluded(first: 100) { edges { node { actor { id } reasons { rule { id principle } assumption { kind } } } } }
    generalConditions { kind text rule { id principle } }
  }
}`;

type Page<T> = { totalCount?: number; edges: Array<{ node: T }> };
const nodes = <T>(page: Page<T>): T[] => page.edges.map((edge) => edge.node);

export interface Answer {
  question: string;
  objective: string;
  approach: string;
  dataVersion: string;
  assumptions: Array<{ kind: string; actor: { id: string } }>;
  partners: Array<{
    actor: { id: string; kind: string };
    assumed: boolean;
    reasons: Array<{
      rule: { id: string; principle: number | null; objective: string };
      basis: string;
      viaGroup: { id: string } | null;
      viaClass: { id: string } | null;
      assumption: { kind: string; actor: { id: string } } | null;
      citation: { document: { id: string }; locator: string; quote: string };
    }>;
    conditions: Array<{
      kind: string;
      text: string;
      rule: { id: string };
      citation: { document: { id: string }; quote: string } | null;
    }>;
  }>;
  classes: Array<{
    class: { id: string; filledBy: string | null };
    members: Array<{ actor: { id: string }; basis: string }>;
    conditions: Array<{ kind: string }>;
    reasons: Array<{ citation: { document: { id: string }; quote: string } }>;
  }>;
  activities: Array<{ rule: { id: string }; activity: string; citation: { document: { id: string }; quote: string } }>;
  excluded: Array<{ actor: { id: string } }>;
  generalConditions: Array<{ kind: string; rule: { principle: number | null } }>;
}

/** `objective` as the strategy writes it ("SO4.4") or as the enum does ("SO4_4"). */
export async function ask(
  app: FastifyInstance,
  objective: string,
  approach: string,
  assume?: Array<{ kind: string; actor: string }>,
): Promise<Answer> {
  type Raw = Omit<Answer, 'partners' | 'classes' | 'excluded'> & {
    partners: Page<Answer['partners'][number]>;
    classes: Array<
      Omit<Answer['classes'][number], 'members'> & { members: Page<Answer['classes'][number]['members'][number]> }
    >;
    excluded: Page<Answer['excluded'][number]>;
  };
  const { data, errors } = await gql<{ eligibility: Raw }>(app, ELIGIBILITY, {
    objective: enumName(objective),
    approach,
    assume,
  });
  if (errors) throw new Error(JSON.stringify(errors));
  const raw = data!.eligibility;
  if ((raw.partners.totalCount ?? 0) > raw.partners.edges.length) throw new Error('more than 100 partners: page on');
  return {
    ...raw,
    partners: nodes(raw.partners),
    classes: raw.classes.map((c) => ({ ...c, members: nodes(c.members) })),
    excluded: nodes(raw.excluded),
  };
}

export const partnerIds = (answer: Answer) => answer.partners.map((p) => p.actor.id);
export const partner = (answer: Answer, id: string) => answer.partners.find((p) => p.actor.id === id);
export const classIds = (answer: Answer) => answer.classes.map((c) => c.class.id);

/** An answer with every connection (`{ edges: [{ node }] }`) read as the plain list of its nodes. */
export function withoutConnections<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutConnections) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.edges))
    return (record.edges as Array<{ node: unknown }>).map((e) => withoutConnections(e.node)) as T;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutConnections(v)])) as T;
}

/**
 * Runs `during` (a briefing request, say) between two identical questions, until both answers share a data
 * version: then `during` saw that same data, and the answer says exactly what it was made from. Tests in other
 * files curate the shared database meanwhile (a third country with an agreement, say), so an answer asked only
 * before may describe other data than what `during` read.
 */
export async function askAround<T>(
  app: FastifyInstance,
  objective: string,
  approach: string,
  during: () => Promise<T>,
): Promise<{ answer: Answer; result: T }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const before = await ask(app, objective, approach);
    const result = await during();
    const after = await ask(app, objective, approach);
    if (before.dataVersion === after.dataVersion) return { answer: before, result };
  }
  throw new Error('the data changed during every one of 10 attempts');
}
