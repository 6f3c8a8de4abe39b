/**
 * Issue 17, missing actors: the proper names the 2013 strategy gives a role now have nodes with the relationships
 * their sentences state — the EDA's Management Board beside ENISA's and Europol's (3.1), the ICS-CSIRTs (2.1),
 * the Budget Authority (footnote 32), the civilian and military actors (2.3) and the trusted community of experts
 * the agencies, CERT-EU, the Commission and the Member States should support (3.1); and the categories 2.1's
 * actions name (IT professionals, schools, computer science students, public administration staff, CEOs and Boards),
 * the consumer of 2.4's security labels, the citizens of principle 5 (1.2), the value chain 2.4 names (equipment
 * manufacturers, software developers, information society services providers) and the 2021 colophon's Publications
 * Office.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const edges = async (id: string) =>
  (await db.read('model/get-cited-relationships', { id })).map(
    (e) => `${String(e.direction)} ${String(e.type)} ${String(e.other)} ${(e.locators as string[]).join(';')}`,
  );

describe('actors the 2013 strategy names (issue 17)', () => {
  it('should give each of the three agencies its Management Board, the Member States represented in each', async () => {
    for (const [agency, board] of [
      ['enisa', 'enisa-management-board'],
      ['europol', 'europol-management-board'],
      ['eda', 'eda-management-board'],
    ]) {
      const around = await edges(board!);
      const cites = (prefix: string) =>
        around
          .find((e) => e.startsWith(prefix))
          ?.split(' ')
          .slice(3)
          .join(' ');
      expect(cites(`IN GOVERNED_BY ${agency} `), board).toContain('3.1 / EU level');
      expect(cites('IN REPRESENTED_IN member-states '), board).toContain('3.1 / EU level');
    }
  });

  it('should give the ICS-CSIRTs, the civilian and military actors and the Budget Authority their nodes', async () => {
    expect(await edges('ics-csirts')).toEqual([
      'IN REFERS_TO action-2-1-ics-csirts-feasibility 2.1 / The Commission asks ENISA to / bullet 2',
    ]);
    expect((await edges('civilian-and-military-actors'))[0]).toMatch(
      /^IN REFERS_TO action-2-3-civil-military-dialogue /,
    );
    const names = await db.read('model/list-actor-names', {});
    expect(names.find((row) => row.id === 'budget-authority')).toMatchObject({
      label: 'Actor',
      documents: ['eu-cybersecurity-strategy-2013'],
    });
  });

  it('should have the six the text names support the trusted community of experts, as a recommendation', async () => {
    const supporters = (await edges('trusted-community-of-experts')).filter((e) => e.startsWith('IN SUPPORTS '));
    expect(supporters.map((e) => e.split(' ')[2]).sort()).toEqual([
      'cert-eu',
      'eda',
      'enisa',
      'european-commission',
      'europol-ec3',
      'member-states',
    ]);
    const modalities = await db.read('model/get-cited-relationships', { id: 'trusted-community-of-experts' });
    expect(new Set(modalities.map((e) => (e.props as { modality?: string }).modality))).toEqual(
      new Set(['RECOMMENDATION']),
    );
  });

  it('should link the categories 2.1’s actions name to those actions, with the force of their sentences', async () => {
    const expected: Record<string, string> = {
      'it-professionals': 'action-2-1-nis-driving-licence',
      schools: 'action-2-1-nis-education-and-training',
      'computer-science-students': 'action-2-1-nis-education-and-training',
      'public-administration-staff': 'action-2-1-nis-education-and-training',
      'ceos-and-boards': 'action-2-1-industry-cybersecurity-awareness',
    };
    for (const [category, action] of Object.entries(expected)) {
      const rows = await db.read('model/get-cited-relationships', { id: category });
      expect(
        rows.map((e) => `${String(e.direction)} ${String(e.type)} ${String(e.other)}`),
        category,
      ).toEqual([`IN REFERS_TO ${action}`]);
      expect((rows[0]!.props as { modality?: string }).modality, category).toMatch(
        /^(REQUEST|INVITATION|RECOMMENDATION)$/,
      );
    }
  });

  it('should link the consumer, the citizens and the value chain to what names them, with the force of their sentences', async () => {
    const expected: Record<string, [string, string, string]> = {
      consumers: [
        'action-2-4-security-labels',
        'INVITATION',
        '2.4 / Promoting a Single Market for cybersecurity products / The Commission invites public and private stakeholders to / bullet 2',
      ],
      citizens: ['eu-css-2013-principle-5', 'OBLIGATION', '1.2 / principle 5'],
      'equipment-manufacturers': ['priority-2-4', 'FACT', '2.4 / Promoting a Single Market for cybersecurity products'],
      'software-developers': ['priority-2-4', 'FACT', '2.4 / Promoting a Single Market for cybersecurity products'],
      'information-society-services-providers': [
        'priority-2-4',
        'FACT',
        '2.4 / Promoting a Single Market for cybersecurity products',
      ],
    };
    for (const [category, [from, modality, locator]] of Object.entries(expected)) {
      const rows = await db.read('model/get-cited-relationships', { id: category });
      const refs = rows.filter((e) => e.direction === 'IN' && e.type === 'REFERS_TO');
      expect(
        refs.map((e) => String(e.other)),
        category,
      ).toEqual([from]);
      expect(refs[0]!.props, category).toMatchObject({ modality });
      expect(await edges(category), category).toContain(`IN REFERS_TO ${from} ${locator}`);
    }
  });

  it('should give the Publications Office a node cited by the 2021 colophon, with no relationship the text does not state', async () => {
    const names = await db.read('model/list-actor-names', {});
    expect(names.find((row) => row.id === 'publications-office')).toMatchObject({
      label: 'Actor',
      documents: ['enisa-international-strategy-2021'],
    });
    expect(await db.read('model/get-cited-relationships', { id: 'publications-office' })).toEqual([]);
  });
});
