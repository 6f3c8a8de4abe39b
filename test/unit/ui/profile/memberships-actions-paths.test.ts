import { describe, expect, it } from 'vitest';
import { actorPart, deadlineText, sortActions, type ActionFacts } from '../../../../ui/src/lib/profile/actions';
import {
  membershipCurrent,
  membershipDates,
  membershipTarget,
  sortMemberships,
} from '../../../../ui/src/lib/profile/memberships';
import { pathSentence } from '../../../../ui/src/lib/profile/paths';

const membership = (name: string, dates: { since?: string; suspended?: string; left?: string } = {}) => ({
  role: null,
  since: dates.since ?? null,
  suspended: dates.suspended ?? null,
  left: dates.left ?? null,
  other: { id: name.toLowerCase(), name, label: 'ACTOR' },
});

describe('profile memberships', () => {
  it('should give the dates as the source does, and say when it gives none', () => {
    expect(membershipDates(membership('EaP', { since: '2009', suspended: '2021-06-28' }))).toBe(
      'since 2009 · suspended 2021-06-28',
    );
    expect(membershipDates(membership('X', { left: '2020-01-31' }))).toBe('left 2020-01-31');
    expect(membershipDates(membership('OECD'))).toBe('no date in the source');
  });

  it('should list current memberships first, then by name', () => {
    const list = [membership('Zeta'), membership('Alpha', { suspended: '2021' }), membership('Beta')];
    expect(sortMemberships(list).map((m) => m.other.name)).toEqual(['Beta', 'Zeta', 'Alpha']);
    expect(membershipCurrent(list[1]!)).toBe(false);
    expect(membershipTarget({ ...membership('C'), other: { id: 'c', name: 'C', label: 'ACTOR_CLASS' } })).toBe('class');
  });
});

const action = (over: Partial<ActionFacts>): ActionFacts => ({
  id: 'a',
  name: 'a',
  deadline: null,
  undated: true,
  modality: null,
  dating: null,
  requestedBy: [],
  assignedTo: [],
  ...over,
});

describe('profile actions', () => {
  it("should tell the actor's part from who carries it out and the sentence's modality", () => {
    const me = [{ id: 'me' }];
    expect(actorPart(action({ assignedTo: me, modality: 'REQUEST' }), 'me')).toBe('ASKED');
    expect(actorPart(action({ assignedTo: me, modality: 'INVITATION' }), 'me')).toBe('INVITED');
    expect(actorPart(action({ assignedTo: me, modality: 'COMMITMENT' }), 'me')).toBe('COMMITS');
    expect(actorPart(action({ assignedTo: me, requestedBy: me, modality: 'FACT' }), 'me')).toBe('COMMITS');
    expect(actorPart(action({ assignedTo: me, modality: 'RECOMMENDATION' }), 'me')).toBe('TO_TAKE');
    expect(actorPart(action({ requestedBy: me, assignedTo: [{ id: 'other' }] }), 'me')).toBe('ASKS');
    // Listed for the actor, naming it neither way: it commits itself to it (COMMITS_TO).
    expect(actorPart(action({ assignedTo: [{ id: 'jrc' }], modality: 'COMMITMENT' }), 'me')).toBe('COMMITS');
  });

  it('should give the deadline in the words of the text, then its date, and sort dated before undated', () => {
    const by2014 = action({
      id: '1',
      name: 'b',
      deadline: 'by 2014',
      undated: false,
      dating: { date: '2014', windowStart: null, windowEnd: '2014-12-31' },
    });
    const early = action({
      id: '2',
      name: 'c',
      undated: false,
      dating: { date: '2013-06', windowStart: '2013-06-01', windowEnd: '2013-06-30' },
    });
    const undated = action({ id: '3', name: 'a' });
    expect(deadlineText(by2014)).toBe('by 2014');
    expect(deadlineText(early)).toBe('2013-06');
    expect(deadlineText(undated)).toBe('no deadline stated');
    expect(sortActions([undated, by2014, early]).map((a) => a.id)).toEqual(['2', '1', '3']);
  });
});

describe('profile paths', () => {
  it('should word a path with each relationship in the direction the path walks it', () => {
    const names = new Map([
      ['japan', 'Japan'],
      ['oecd', 'OECD'],
      ['enisa', 'ENISA'],
    ]);
    const path = {
      nodes: ['japan', 'oecd', 'enisa'],
      steps: [
        { from: 'japan', to: 'oecd', direction: 'FORWARD', edge: { type: 'MEMBER_OF' } },
        { from: 'oecd', to: 'enisa', direction: 'BACKWARD', edge: { type: 'COOPERATES_WITH' } },
      ],
    };
    expect(pathSentence(path, names)).toBe('Japan —member of→ OECD ←cooperates with— ENISA');
  });
});
