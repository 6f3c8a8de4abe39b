/**
 * Issue 17, modality: every action and every relationship a strategy states says how firmly ("will seek" is an
 * intent, not present cooperation), with the words that carry it; self-commitments ("The Commission will") are
 * COMMITS_TO, and REQUESTED_BY is left to real requests and invitations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../../api/src/seed/schema.js';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

type Props = { modality?: string; modalities?: string[]; citeModalities?: string[]; citeVerbPhrases?: string[] };
const edges = async (id: string) =>
  (await db.read('model/get-cited-relationships', { id })).map((row) => ({
    type: row.type as string,
    direction: row.direction as string,
    other: row.other as string,
    props: row.props as Props,
  }));

describe('modality of statements', () => {
  it('should read "the EU will seek closer cooperation with" as an intent, for each of the eight organisations', async () => {
    const eu = await edges('european-union');
    const seek = eu.filter((e) => e.type === 'COOPERATES_WITH' && e.direction === 'OUT');
    const others = seek.map((e) => e.other);
    for (const id of ['council-of-europe', 'oecd', 'un', 'osce', 'nato', 'african-union', 'asean', 'oas'])
      expect(others).toContain(id);
    for (const e of seek.filter((x) => ['african-union', 'asean', 'oas'].includes(x.other))) {
      expect(e.props.modality, e.other).toBe('INTENT');
      expect(e.props.citeVerbPhrases!.join(' '), e.other).toMatch(/will seek closer cooperation/);
    }
  });

  it('should keep both forces of a relationship two sentences state differently (ENISA and NATO)', async () => {
    const enisa = await edges('enisa');
    const nato = enisa.find((e) => e.type === 'COOPERATES_WITH' && e.other === 'nato')!;
    expect(nato.props.modalities).toEqual(expect.arrayContaining(['REQUEST', 'COMMITMENT']));
  });

  it('should give every action a modality from the vocabulary', async () => {
    const rows = await db.read('model/list-action-modalities', {});
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const row of rows) expect(MODALITIES, row.id as string).toContain(row.modality);
    const byId = new Map(rows.map((row) => [row.id, row.modality]));
    expect(byId.get('action-2-1-botnet-pilot-project')).toBe('COMMITMENT');
    expect(byId.get('action-2-1-ics-csirts-feasibility')).toBe('REQUEST');
    expect(byId.get('action-2-1-yearly-cybersecurity-month')).toBe('INVITATION');
    expect(byId.get('action-3-1-national-roles')).toBe('RECOMMENDATION');
  });

  it('should leave no statement without its modality', async () => {
    expect(await db.read('model/list-unqualified-statements', {})).toEqual([]);
  });

  it('should type "The Commission will" as COMMITS_TO, never as a request by the Commission to itself', async () => {
    const commission = await edges('european-commission');
    const commits = commission.filter((e) => e.type === 'COMMITS_TO');
    expect(commits.every((e) => e.direction === 'OUT')).toBe(true);
    expect(commits.length).toBeGreaterThanOrEqual(22);
    expect(commits.map((e) => e.other)).toEqual(
      expect.arrayContaining(['action-2-1-botnet-pilot-project', 'action-2-4-security-standards-cloud-certification']),
    );
    for (const e of commits) expect(e.props.citeModalities, e.other).toContain('COMMITMENT');
    const requests = commission.filter((e) => e.type === 'REQUESTED_BY');
    expect(requests.length).toBeGreaterThan(0);
    for (const e of requests)
      expect(['REQUEST', 'INVITATION'], e.other).toEqual(expect.arrayContaining(e.props.citeModalities!));
    expect(requests.map((e) => e.other)).not.toContain('action-2-1-botnet-pilot-project');
  });
});
