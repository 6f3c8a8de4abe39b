/**
 * Issue 16, phase B: what the reasoning computes, as the API answers it. The readings (approachStated and its
 * reading), the separate agreement kinds and open-class what-ifs, the conditions and the Article 12 caveat, the
 * whyNot structure (its count equals the checks it lists) and one actor across all 21 objective × approach
 * cells. Before: none of these fields existed, so a client saw "Outreach" where the text names no approach,
 * and could not ask about a partner first.
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listenOnFreePort, gql } from '../../helpers/app.js';
import { ask, partnerIds, withoutConnections } from '../../helpers/eligibility.js';
import { SOURCES } from '../../helpers/sources.js';

const ARTICLE_12 =
  'The directions and provisions in this strategy will not in any way limit or hamper the provisions laid out by Article 12 of the CSA.';

const ANSWER = `query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    partners(first: 100) { edges { node {
      actor { id }
      reasons { rule { id approachStated approachReading ambiguities } approachStated basis viaClass { id }
                assumption { kind class { id } description } membership { targetId since suspended left }
                citation { quote } }
      conditions { kind citation { locator quote } }
    } } }
    suspended { actor { id name } rule { id } membership { targetId suspended citations { quote } } explanation }
    caveats { rule { id effect } text citations { document { id } locator quote } }
  }
}`;

interface Reason {
  rule: { id: string; approachStated: boolean; approachReading: string | null; ambiguities: string[] };
  approachStated: boolean;
  basis: string;
  viaClass: { id: string } | null;
  assumption: { kind: string; class: { id: string } | null; description: string } | null;
  membership: { targetId: string; since: string | null; suspended: string | null; left: string | null } | null;
  citation: { quote: string };
}
interface Answer {
  partners: Array<{
    actor: { id: string };
    reasons: Reason[];
    conditions: Array<{ kind: string; citation: { locator: string; quote: string } | null }>;
  }>;
  suspended: Array<{
    actor: { id: string; name: string };
    rule: { id: string };
    membership: { targetId: string; suspended: string | null; citations: Array<{ quote: string }> };
    explanation: string;
  }>;
  caveats: Array<{ rule: { id: string; effect: string }; text: string; citations: Array<{ quote: string }> }>;
}

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await buildTestApp();
  url = `${await listenOnFreePort(app)}/graphql`;
});
afterAll(() => app.close());

async function answer(objective: string, approach: string, assume?: unknown[]): Promise<Answer> {
  const { data, errors } = await gql<{ eligibility: Answer }>(app, ANSWER, { objective, approach, assume });
  expect(errors).toBeUndefined();
  return withoutConnections(data!.eligibility);
}

describe('issue 16 in the API: readings, kinds, conditions, caveats', () => {
  it('should say on the answer where the sentence names no approach, with the reading (4.3 "building a trusted network")', async () => {
    const result = await answer('SO4_3', 'LIMITED');
    const reasons = result.partners.flatMap((p) => p.reasons);
    const network = reasons.find((r) => r.rule.id === 'rule-so4-3-limited-trusted-network-like-minded-partners')!;
    expect(network, 'a partner through the 4.3 trusted network').toBeDefined();
    expect(network.approachStated).toBe(false);
    expect(network.rule.approachStated).toBe(false);
    expect(network.rule.approachReading).toMatch(/No approach is named in the sentence/);
    const stated = (await answer('SO4_3', 'OUTREACH')).partners.flatMap((p) => p.reasons);
    expect(stated.some((r) => r.approachStated)).toBe(true);
  });

  it('should fill an open class with an IN_CLASS what-if that names the class, and say so in words', async () => {
    expect(partnerIdsOf(await answer('SO4_2', 'OUTREACH'))).not.toContain('ukraine');
    const assume = [{ kind: 'IN_CLASS', actor: 'ukraine', class: 'like-minded-countries' }];
    const result = await answer('SO4_2', 'OUTREACH', assume);
    const ukraine = result.partners.find((p) => p.actor.id === 'ukraine')!;
    expect(ukraine.reasons[0]!.viaClass!.id).toBe('like-minded-countries');
    expect(ukraine.reasons[0]!.assumption).toMatchObject({ kind: 'IN_CLASS', class: { id: 'like-minded-countries' } });
    expect(ukraine.reasons[0]!.assumption!.description).toMatch(/^What-if: Ukraine is one of "/);
    const { errors } = await gql(app, ANSWER, {
      objective: 'SO4_2',
      approach: 'OUTREACH',
      assume: [{ kind: 'IN_CLASS', actor: 'ukraine' }],
    });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assume[0].class' });
  });

  it('should give principle-2 and section-4 agreements their own conditions as separate what-if kinds', async () => {
    const conditionsWith = async (kind: string) =>
      (await answer('SO4_4', 'OUTREACH', [{ kind, actor: 'united-states' }])).partners
        .find((p) => p.actor.id === 'united-states')!
        .conditions.map((c) => c.kind);
    const section4 = await conditionsWith('SPECIFIC_EU_AGREEMENT');
    const principle2 = await conditionsWith('EXPLICIT_CYBER_AGREEMENT');
    expect(section4).toContain('MB_ENDORSEMENT');
    expect(principle2).not.toContain('MB_ENDORSEMENT');
    expect(principle2).toContain('WITHIN_AGREEMENT_LIMITS');
  });

  it('should show a suspended group member with its date and source, not grant it (Belarus, 28 June 2021)', async () => {
    const result = await answer('SO4_1', 'ASSISTING');
    expect(partnerIdsOf(result)).not.toContain('belarus');
    const belarus = result.suspended.find((s) => s.actor.id === 'belarus')!;
    expect(belarus.membership).toMatchObject({ targetId: 'eastern-partnership', suspended: '2021-06-28' });
    expect(belarus.membership.citations.length).toBeGreaterThan(0);
    expect(belarus.explanation).toMatch(/28 June 2021/);
  });

  it('should carry the Article 12 caveat on every answer, quoted from section 2', async () => {
    for (const [objective, approach] of [
      ['SO4_4', 'OUTREACH'],
      ['SO4_5', 'ASSISTING'],
      ['ALL', 'LIMITED'],
    ]) {
      const { caveats } = await answer(objective!, approach!);
      expect(new Set(caveats.map((c) => c.rule.effect))).toEqual(new Set(['SAFEGUARD']));
      expect(caveats.flatMap((c) => c.citations.map((q) => q.quote))).toContain(ARTICLE_12);
      for (const q of caveats.flatMap((c) => c.citations))
        expect(SOURCES['enisa-international-strategy-2021']!.contains(q.quote)).toBe(true);
    }
  });
});

const partnerIdsOf = (a: Answer) => a.partners.map((p) => p.actor.id);

const WHY_NOT = `query($partner: ID!, $objective: Objective!, $approach: Approach!) {
  whyNot(partner: $partner, objective: $objective, approach: $approach) {
    eligible summary
    counts { checks grants grantsApplying exclusions neutral }
    checks { rule { id effect } applies status wouldQualifyWith { kind targetId description } }
    reasons { rule { id } } conditions { kind }
    caveats { citations { quote } }
  }
}`;
interface WhyNot {
  eligible: boolean;
  summary: string;
  counts: { checks: number; grants: number; grantsApplying: number; exclusions: number; neutral: number };
  checks: Array<{
    rule: { id: string; effect: string };
    applies: boolean;
    status: string;
    wouldQualifyWith: { kind: string; targetId: string; description: string } | null;
  }>;
  reasons: Array<{ rule: { id: string } }>;
  conditions: Array<{ kind: string }>;
  caveats: Array<{ citations: Array<{ quote: string }> }>;
}

describe('issue 16 in the API: whyNot', () => {
  it.each([
    ['japan', 'SO4_4', 'OUTREACH'],
    ['japan', 'SO4_7', 'OUTREACH'],
    ['serbia', 'SO4_1', 'ASSISTING'],
    ['nato', 'SO4_3', 'OUTREACH'],
    ['major-cybersecurity-companies', 'SO4_7', 'OUTREACH'],
  ])('should count exactly the checks it lists (%s, %s, %s)', async (partner, objective, approach) => {
    const { data, errors } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, { partner, objective, approach });
    expect(errors).toBeUndefined();
    const w = data!.whyNot;
    const status = (s: string) => w.checks.filter((c) => c.status === s).length;
    expect(w.counts.checks).toBe(w.checks.length);
    expect(w.counts.neutral).toBe(status('NEUTRAL'));
    expect(status('APPLIES') + status('DOES_NOT_APPLY') + status('NEUTRAL')).toBe(w.checks.length);
    expect(w.counts.grants).toBe(w.checks.filter((c) => c.rule.effect === 'GRANT' && c.status !== 'NEUTRAL').length);
    expect(w.counts.exclusions).toBe(w.checks.filter((c) => c.rule.effect === 'EXCLUDE').length);
    expect(w.counts.grantsApplying).toBe(
      w.checks.filter((c) => c.status === 'APPLIES' && c.rule.effect === 'GRANT').length,
    );
    expect(w.summary).toContain(`${w.counts.checks} checks`);
    for (const c of w.checks) expect(c.applies).toBe(c.status === 'APPLIES');
    expect(w.eligible).toBe(w.reasons.length > 0);
  });

  it('should give the decisive route first, with the change that would make the United States qualify under SO4.4 outreach', async () => {
    const { data } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, {
      partner: 'united-states',
      objective: 'SO4_4',
      approach: 'OUTREACH',
    });
    const w = data!.whyNot;
    expect(w.eligible).toBe(false);
    expect(w.checks[0]!.wouldQualifyWith).toMatchObject({ kind: 'SPECIFIC_EU_AGREEMENT' });
    expect(w.checks[0]!.wouldQualifyWith!.description).not.toMatch(/united-states/);
    expect(w.checks.some((c) => c.status === 'NEUTRAL')).toBe(true);
    expect(w.caveats.flatMap((c) => c.citations.map((q) => q.quote))).toContain(ARTICLE_12);
  });
});

const PROFILE = `query($actor: ID!, $assume: [AssumptionInput!]) {
  actorProfile(actor: $actor, assume: $assume) {
    actor { id name } dataVersion
    assumptions { kind description }
    cells {
      objective approach eligible excluded assumed summary
      reasons { rule { id } citation { document { id } quote } }
      conditions { kind citation { quote } }
      decisive { rule { id } status wouldQualifyWith { kind } }
      caveats { citations { quote } }
    }
  }
}`;
interface Profile {
  actor: { id: string; name: string };
  dataVersion: string;
  assumptions: Array<{ kind: string; description: string }>;
  cells: Array<{
    objective: string;
    approach: string;
    eligible: boolean;
    excluded: boolean;
    assumed: boolean;
    summary: string;
    reasons: Array<{ rule: { id: string }; citation: { document: { id: string }; quote: string } }>;
    conditions: Array<{ kind: string; citation: { quote: string } | null }>;
    decisive: { rule: { id: string }; status: string; wouldQualifyWith: { kind: string } | null } | null;
    caveats: Array<{ citations: Array<{ quote: string }> }>;
  }>;
}

describe('issue 16 in the API: one actor across the whole strategy', () => {
  it('should answer all 21 objective × approach cells for Japan, each as the eligibility answer does', async () => {
    // A real client, as a profile page would use it.
    const client = new GraphQLClient(url);
    const { actorProfile: profile } = await client.request<{ actorProfile: Profile }>(PROFILE, { actor: 'japan' });
    expect(profile.actor.name).toBe('Japan');
    expect(profile.cells).toHaveLength(21);
    expect(new Set(profile.cells.map((c) => `${c.objective}|${c.approach}`)).size).toBe(21);
    for (const cell of profile.cells) {
      const eligible = partnerIds(await ask(app, cell.objective, cell.approach)).includes('japan');
      expect(cell.eligible, `${cell.objective} ${cell.approach}`).toBe(eligible);
      expect(cell.caveats.length > 0, `${cell.objective} ${cell.approach} caveat`).toBe(!eligible);
      for (const r of cell.reasons)
        expect(SOURCES[r.citation.document.id]!.contains(r.citation.quote), r.citation.quote).toBe(true);
    }
    const so47 = profile.cells.find((c) => c.objective === 'SO4_7' && c.approach === 'OUTREACH')!;
    expect(so47.eligible).toBe(true);
    expect(so47.reasons.map((r) => r.citation.quote)).toContain(
      'ENISA will focus its outreach to partners deemed like-minded (e.g. Japan).',
    );
    // issue 21: the EU-Japan Strategic Partnership Agreement is the decisive route under SO4.4 outreach
    const so44 = profile.cells.find((c) => c.objective === 'SO4_4' && c.approach === 'OUTREACH')!;
    expect(so44.eligible).toBe(true);
    expect(so44.decisive).toMatchObject({
      rule: { id: 'rule-so4-4-outreach-third-countries-with-agreements' },
      status: 'APPLIES',
      wouldQualifyWith: null,
    });
  });

  it('should answer with what-ifs, and refuse an unknown actor (null) or assumed actor (NOT_FOUND)', async () => {
    const assume = [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }];
    const { data } = await gql<{ actorProfile: Profile }>(app, PROFILE, { actor: 'united-states', assume });
    const so44 = data!.actorProfile.cells.find((c) => c.objective === 'SO4_4' && c.approach === 'OUTREACH')!;
    expect(so44).toMatchObject({ eligible: true, assumed: true });
    expect(data!.actorProfile.assumptions[0]!.description).toMatch(/specific EU agreement with United States/);
    const unknown = await gql<{ actorProfile: Profile | null }>(app, PROFILE, { actor: 'atlantis' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.actorProfile).toBeNull();
    const bad = await gql(app, PROFILE, { actor: 'japan', assume: [{ kind: 'INCOMPATIBLE', actor: 'atlantis' }] });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'atlantis' });
  });
});
