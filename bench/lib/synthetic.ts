/**
 * A plausible synthetic ecosystem of any size, with the seed's labels, relationship types and properties, so
 * the API's Cypher runs on it unchanged: countries, organisations, groups and networks (Actor), agreements and
 * other legal instruments, documents and their provisions, strategic objectives, approaches, principles,
 * actor classes and eligibility rules, events and actions. About five relationships per node; degrees are
 * skewed (a few hubs), as in the seed. Deterministic: the same size always gives the same graph.
 * Streamed in batches, so a million nodes never sit in memory at once.
 */
import { seededRandom } from '../../core/seeded-random.js';

export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

export interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

/** How many nodes of each label a graph of `total` nodes holds. */
export interface Plan {
  total: number;
  counts: Record<string, number>;
  /** Id of actor 0, the Union (party to agreements); another id where the real one exists already. */
  unionId: string;
}

const ACTOR_KINDS: Array<[string, number]> = [
  ['private-sector', 0.3],
  ['other', 0.12],
  ['network', 0.1],
  ['international-organisation', 0.08],
  ['third-country', 0.07],
  ['member-state-role', 0.06],
  ['eu-body', 0.05],
  ['governance-body', 0.05],
  ['standardisation-body', 0.04],
  ['partnership', 0.04],
  ['eu-agency', 0.03],
  ['country-group', 0.02],
  ['eu-institution', 0.04],
];

const PLACES = (
  'nordic baltic atlantic pacific alpine danube iberian andean sahel arctic adriatic aegean balkan caspian ' +
  'carpathian celtic levant maghreb mekong andes amazon rhine tagus volga oder elbe po loire thames shannon ' +
  'sierra pampas steppe delta harbour island coastal highland lowland central eastern western northern southern ' +
  'orion vega lyra draco aquila cygnus perseus polaris sirius altair rigel deneb capella auriga boreal austral'
).split(' ');
const TOPICS = (
  'cyber digital security resilience network response trust data cloud identity privacy incident threat ' +
  'infrastructure crypto quantum software hardware telecom energy finance health transport maritime space'
).split(' ');
const ORG_TYPES = (
  'agency alliance forum council centre institute partnership consortium group authority office board ' +
  'observatory network foundation'
).split(' ');
const INSTRUMENT_TYPES: Array<[string, number]> = [
  ['agreement', 0.45],
  ['regulation', 0.1],
  ['directive', 0.1],
  ['convention', 0.05],
  ['framework', 0.1],
  ['programme', 0.1],
  ['decision', 0.1],
];
const CONDITION_KINDS = ['MB_ENDORSEMENT', 'EB_ENDORSEMENT', 'CONSULT_EEAS_AND_COMMISSION', 'WHEN_RELEVANT'];
const APPROACHES = ['LIMITED', 'ASSISTING', 'OUTREACH'];
const AGREEMENT_KINDS = ['SPECIFIC_EU_AGREEMENT', 'EXPLICIT_CYBER_AGREEMENT', 'CYBER_AGREEMENT_OR_FRAMEWORK'];

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const weighted = (rnd: () => number, items: ReadonlyArray<[string, number]>): string => {
  let u = rnd() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((u -= w) <= 0) return item;
  return items[items.length - 1]![0];
};
/** Skewed towards low indices (a few hubs get many relationships). */
const skewed = (rnd: () => number, n: number): number => Math.min(n - 1, Math.floor(n * rnd() ** 2.2));

export function plan(total: number, unionId = UNION): Plan {
  const share = (f: number, min: number) => Math.max(min, Math.round(total * f));
  const counts: Record<string, number> = {
    Approach: 3,
    Principle: 10,
    // The strategy's seven objectives at every size: the API's Objective enum names exactly those (with more,
    // the actor profile, which answers every objective in the graph, failed with INTERNAL from 20k nodes up).
    StrategicObjective: 7,
    ActorClass: Math.max(6, Math.round(11 + total / 20000)),
    Document: share(0.005, 2),
    EligibilityRule: share(0.012, 12),
    Event: share(0.02, 2),
    LegalInstrument: share(0.14, 5),
    Action: share(0.08, 2),
    Provision: share(0.3, 10),
  };
  const fixed = Object.values(counts).reduce((sum, n) => sum + n, 0);
  counts.Actor = Math.max(20, total - fixed);
  return { total: Object.values(counts).reduce((sum, n) => sum + n, 0), counts, unionId };
}

const PREFIX: Record<string, string> = {
  Actor: 'actor',
  ActorClass: 'class',
  Approach: 'approach',
  Principle: 'principle',
  StrategicObjective: 'objective',
  Document: 'document',
  Provision: 'provision',
  EligibilityRule: 'rule',
  Event: 'event',
  LegalInstrument: 'instrument',
  Action: 'action',
};

export const idOf = (label: string, i: number) => `syn-${PREFIX[label]}-${i}`;
/** The Union, party to agreements (api/src/db/eligibility.ts UNION_ID). Actor 0. */
export const UNION = 'european-union';
const actorId = (p: Plan, i: number) => (i === 0 ? p.unionId : idOf('Actor', i));
const objectiveCode = (i: number) => `SO${4 + Math.floor(i / 9)}.${(i % 9) + 1}`;
const APPROACH_IDS = APPROACHES.map((code) => `syn-approach-${code.toLowerCase()}`);

const LABEL_SEED: Record<string, number> = Object.fromEntries(Object.keys(PREFIX).map((label, i) => [label, i + 1]));
/** Seeded per node, so any node can be generated on its own. */
const rng = (label: string, i: number, salt = 0) =>
  seededRandom((LABEL_SEED[label]! * 2654435761) ^ (i * 40503) ^ salt);

function citation(p: Plan, rnd: () => number, quote: string) {
  const provision = Math.floor(rnd() * p.counts.Provision!);
  return {
    citeDocuments: [idOf('Document', provision % p.counts.Document!)],
    citeLocators: [locatorOf(provision)],
    citeQuotes: [quote],
    citeNotes: [''],
    quoteText: quote,
    reference: false,
  };
}

const locatorOf = (provision: number) => `${Math.floor(provision / 40) + 1}.${provision % 40}`;
const sentence = (rnd: () => number, words: number) =>
  Array.from({ length: words }, () => (rnd() < 0.3 ? pick(rnd, PLACES) : pick(rnd, TOPICS))).join(' ');
const title = (words: string[]) => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Actor kind of actor i (0 is the Union). */
function actorKind(i: number): string {
  if (i === 0) return 'eu-institution';
  return weighted(rng('Actor', i, 7), ACTOR_KINDS);
}

function node(p: Plan, label: string, i: number): NodeRow {
  const rnd = rng(label, i);
  const id = label === 'Actor' ? actorId(p, i) : idOf(label, i);
  switch (label) {
    case 'Actor': {
      const kind = actorKind(i);
      const name =
        i === 0 ? 'European Union' : `${title([pick(rnd, PLACES), pick(rnd, TOPICS), pick(rnd, ORG_TYPES)])} ${i}`;
      const aliases =
        rnd() < 0.3
          ? [
              name
                .split(' ')
                .map((w) => w[0])
                .join('')
                .toUpperCase() + i,
            ]
          : [];
      return {
        id,
        label,
        props: {
          name,
          kind,
          aliases,
          aliasText: aliases.join(' | '),
          ...citation(p, rnd, `${name} ${sentence(rnd, 6)}`),
        },
      };
    }
    case 'LegalInstrument': {
      const type = weighted(rnd, INSTRUMENT_TYPES);
      const name = `${title([pick(rnd, PLACES), pick(rnd, TOPICS)])} ${title([type])} ${i}`;
      return {
        id,
        label,
        props: {
          name,
          type,
          ...(type === 'agreement' && rnd() < 0.4 ? { agreementKinds: [pick(rnd, AGREEMENT_KINDS)] } : {}),
          ...citation(p, rnd, `${name} ${sentence(rnd, 8)}`),
        },
      };
    }
    case 'Document':
      return {
        id,
        label,
        props: {
          name: `${title([pick(rnd, PLACES), pick(rnd, TOPICS)])} Strategy ${i}`,
          kind: 'strategy',
          date: '2024-01-01',
        },
      };
    case 'Provision': {
      const text = sentence(rnd, 24);
      const document = idOf('Document', i % p.counts.Document!);
      return {
        id,
        label,
        props: {
          document,
          locator: locatorOf(i),
          text,
          citeDocuments: [document],
          citeLocators: [locatorOf(i)],
          citeQuotes: [text],
          citeNotes: [''],
          quoteText: '',
          reference: false,
        },
      };
    }
    case 'StrategicObjective':
      return {
        id,
        label,
        props: {
          code: objectiveCode(i),
          name: `Objective ${objectiveCode(i)}: ${sentence(rnd, 4)}`,
          ...citation(p, rnd, sentence(rnd, 8)),
        },
      };
    case 'Approach':
      return {
        id: APPROACH_IDS[i]!,
        label,
        props: {
          code: APPROACHES[i],
          name: title([APPROACHES[i]!.toLowerCase()]),
          commitment: sentence(rnd, 10),
          ...citation(p, rnd, sentence(rnd, 8)),
        },
      };
    case 'Principle':
      return { id, label, props: { number: i + 1, text: sentence(rnd, 16), ...citation(p, rnd, sentence(rnd, 8)) } };
    case 'ActorClass': {
      const special: Array<Record<string, unknown>> = [
        { memberKinds: ['third-country', 'international-organisation', 'country-group'] },
        {
          filledBy: ['CYBER_AGREEMENT_OR_FRAMEWORK', 'EXPLICIT_CYBER_AGREEMENT'],
          admitsKinds: ['third-country', 'international-organisation'],
        },
        { filledBy: ['SPECIFIC_EU_AGREEMENT'], admitsKinds: ['third-country'] },
        { filledBy: ['INCOMPATIBLE'], admitsKinds: ['third-country', 'international-organisation'] },
      ];
      return {
        id,
        label,
        props: {
          name: `Class ${i}: ${sentence(rnd, 4)}`,
          description: sentence(rnd, 12),
          ...(special[i] ?? {}),
          ...citation(p, rnd, sentence(rnd, 8)),
        },
      };
    }
    case 'EligibilityRule': {
      // Rules 0–3 hold for every objective (as in the seed: limited approach, principle 4, conditions).
      const general = i < 4;
      const effect = i === 1 ? 'EXCLUDE' : i === 2 || i === 3 ? 'CONDITION' : rnd() < 0.9 ? 'GRANT' : 'CONDITION';
      const approaches = i === 0 ? ['LIMITED'] : general ? APPROACHES : APPROACHES.filter(() => rnd() < 0.5);
      const conditionKinds = effect === 'CONDITION' || rnd() < 0.3 ? [pick(rnd, CONDITION_KINDS)] : [];
      return {
        id,
        label,
        props: {
          name: `Rule ${i}`,
          objective: general ? 'ALL' : objectiveCode(i % p.counts.StrategicObjective!),
          approaches: approaches.length ? approaches : ['OUTREACH'],
          effect,
          activity: sentence(rnd, 12),
          conditionKinds,
          conditionTexts: conditionKinds.map(() => sentence(rnd, 10)),
          ...(effect === 'CONDITION' ? { scope: 'agreements' } : {}),
          ...citation(p, rnd, sentence(rnd, 8)),
        },
      };
    }
    case 'Event':
      return {
        id,
        label,
        props: {
          name: `${title([pick(rnd, PLACES), pick(rnd, TOPICS)])} Exercise ${i}`,
          type: 'exercise',
          ...citation(p, rnd, sentence(rnd, 8)),
        },
      };
    default:
      return {
        id,
        label,
        props: { name: `Action ${i}`, text: sentence(rnd, 14), ...citation(p, rnd, sentence(rnd, 8)) },
      };
  }
}

const LABEL_ORDER = [
  'Document',
  'Provision',
  'Approach',
  'Principle',
  'StrategicObjective',
  'ActorClass',
  'Actor',
  'LegalInstrument',
  'EligibilityRule',
  'Event',
  'Action',
];

export function* nodeBatches(p: Plan, size: number): Generator<NodeRow[]> {
  let batch: NodeRow[] = [];
  for (const label of LABEL_ORDER) {
    for (let i = 0; i < p.counts[label]!; i++) {
      batch.push(node(p, label, i));
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}

/** The relationships that start at node i of `label`. */
function relationshipsOf(p: Plan, label: string, i: number): RelationshipRow[] {
  const rnd = rng(label, i, 99);
  const c = p.counts;
  const out: RelationshipRow[] = [];
  const id = label === 'Actor' ? actorId(p, i) : label === 'Approach' ? APPROACH_IDS[i]! : idOf(label, i);
  const rel = (type: string, to: string, extra: Record<string, unknown> = {}) => {
    if (to !== id || type === 'EVIDENCED_BY')
      out.push({ from: id, type, to, props: { ...citation(p, rnd, sentence(rnd, 6)), ...extra } });
  };
  const provision = () => idOf('Provision', Math.floor(rnd() * c.Provision!));
  const actors = c.Actor!;
  const instrument = () => idOf('LegalInstrument', skewed(rnd, c.LegalInstrument!));
  /** An actor of one of these kinds near a random one (kinds are spread evenly over ids). */
  const actorOfKind = (kinds: string[]) => {
    for (let tries = 0; tries < 40; tries++) {
      const j = 1 + skewed(rnd, actors - 1);
      if (kinds.includes(actorKind(j))) return actorId(p, j);
    }
    return null;
  };
  const evidence = (n: number) => {
    for (let k = 0; k < n; k++) out.push({ from: id, type: 'EVIDENCED_BY', to: provision(), props: {} });
  };
  switch (label) {
    case 'Provision':
      out.push({ from: id, type: 'IN_DOCUMENT', to: idOf('Document', i % c.Document!), props: {} });
      out.push({ from: id, type: 'EVIDENCED_BY', to: id, props: {} });
      if (rnd() < 0.6) rel('REFERS_TO', instrument());
      break;
    case 'Actor': {
      if (i === 0) break;
      const kind = actorKind(i);
      evidence(rnd() < 0.5 ? 2 : 3);
      const groups = kind === 'third-country' ? 1 + Math.floor(rnd() * 2) : rnd() < 0.5 ? 1 : 0;
      for (let k = 0; k < groups; k++) {
        const group = actorOfKind(kind === 'third-country' ? ['country-group'] : ['network', 'partnership']);
        if (group) rel('MEMBER_OF', group);
      }
      if (rnd() < 0.02) rel('MEMBER_OF', idOf('ActorClass', 4 + Math.floor(rnd() * Math.max(1, c.ActorClass! - 4))));
      const cooperation = Math.floor(rnd() * 5);
      for (let k = 0; k < cooperation; k++) rel('COOPERATES_WITH', actorId(p, 1 + skewed(rnd, actors - 1)));
      if (rnd() < 0.5) rel('ENGAGES_IN_DIALOGUE_WITH', actorId(p, 1 + skewed(rnd, actors - 1)));
      if (rnd() < 0.2) rel('MANDATED_BY', instrument());
      if (rnd() < 0.8) rel('PARTICIPATES_IN', idOf('Event', skewed(rnd, c.Event!)));
      if (rnd() < 0.3) rel('PARTICIPATES_IN', idOf('Event', Math.floor(rnd() * c.Event!)));
      if (rnd() < 0.05) rel('ORGANISES', idOf('Event', Math.floor(rnd() * c.Event!)));
      break;
    }
    case 'LegalInstrument': {
      evidence(3);
      if (rnd() < 0.5) rel('REFERS_TO', instrument());
      const agreement = node(p, label, i).props.type === 'agreement';
      if (agreement) {
        const parties = 2 + Math.floor(rnd() * 3);
        for (let k = 0; k < parties; k++) {
          const party = actorOfKind(['third-country', 'international-organisation', 'country-group']);
          if (party) out.push({ from: party, type: 'PARTY_TO', to: id, props: citation(p, rnd, sentence(rnd, 6)) });
        }
        if (rnd() < 0.3)
          out.push({ from: p.unionId, type: 'PARTY_TO', to: id, props: citation(p, rnd, sentence(rnd, 6)) });
      }
      break;
    }
    case 'EligibilityRule': {
      evidence(1);
      const props = node(p, label, i).props as { objective: string; approaches: string[]; effect: string };
      if (props.objective !== 'ALL') {
        const objective = Number(props.objective.slice(2).split('.')[0]) - 4;
        const index = objective * 9 + Number(props.objective.split('.')[1]) - 1;
        rel('UNDER_OBJECTIVE', idOf('StrategicObjective', index));
      }
      for (const code of props.approaches) rel('USES_APPROACH', APPROACH_IDS[APPROACHES.indexOf(code)]!);
      if (rnd() < 0.25) rel('STATED_IN', idOf('Principle', Math.floor(rnd() * 10)));
      if (i === 0) rel('APPLIES_TO', idOf('ActorClass', 0));
      else if (i === 1) rel('APPLIES_TO', idOf('ActorClass', 3));
      else if (props.effect === 'GRANT') {
        const targets = 1 + Math.floor(rnd() * 3);
        for (let k = 0; k < targets; k++) {
          const u = rnd();
          const target =
            u < 0.15
              ? idOf('ActorClass', 1 + Math.floor(rnd() * (c.ActorClass! - 1)))
              : u < 0.35
                ? actorOfKind(['country-group'])
                : actorId(p, 1 + Math.floor(rnd() * (actors - 1)));
          if (target) rel('APPLIES_TO', target);
        }
      }
      break;
    }
    case 'Action':
      evidence(1);
      rel('ASSIGNED_TO', actorId(p, skewed(rnd, actors)));
      if (rnd() < 0.5) rel('ASSIGNED_TO', actorId(p, Math.floor(rnd() * actors)));
      rel('REQUESTED_BY', actorId(p, skewed(rnd, actors)));
      if (rnd() < 0.5) rel('REFERS_TO', instrument());
      break;
    case 'Event':
    case 'StrategicObjective':
    case 'Principle':
    case 'ActorClass':
    case 'Approach':
      evidence(1);
      break;
  }
  return out;
}

export function* relationshipBatches(p: Plan, size: number): Generator<RelationshipRow[]> {
  let batch: RelationshipRow[] = [];
  for (const label of LABEL_ORDER) {
    if (label === 'Document') continue;
    for (let i = 0; i < p.counts[label]!; i++) {
      for (const row of relationshipsOf(p, label, i)) batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}
