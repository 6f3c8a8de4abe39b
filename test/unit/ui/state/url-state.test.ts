import { describe, expect, it } from 'vitest';
import {
  decodeState,
  defaultState,
  encodeState,
  normaliseObjective,
  type UrlState,
} from '../../../../ui/src/lib/state/url-state.js';

const full: UrlState = {
  ...defaultState(),
  focus: 'enisa',
  depth: 2,
  expanded: ['oecd', 'nato'],
  hidden: ['un'],
  scope: 'model',
  kinds: ['EU_AGENCY', 'THIRD_COUNTRY'],
  pillar: 'NIS',
  document: 'enisa-international-strategy-2021',
  relationTypes: ['MEMBER_OF'],
  layout: 'concentric',
  tab: 'eligibility',
  lens: 'eligibility',
  objective: 'SO4_4',
  approach: 'OUTREACH',
  assume: [
    { kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' },
    { kind: 'INCOMPATIBLE', actor: 'norway' },
  ],
  pathFrom: 'japan',
  pathTo: 'enisa',
  incident: 'CRIME',
  selected: 'iceland',
  view: 'table',
  webgl: true,
  follow: false,
  positions: [
    { id: 'enisa', x: 12, y: -40 },
    { id: 'so4.4-assisting', x: -310, y: 7 },
  ],
  camera: { zoom: 0.8351, x: 3, y: -12 },
};

describe('url state', () => {
  it('should write nothing for the default view', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual({ state: defaultState(), problems: [] });
  });

  it('should round-trip every field', () => {
    const search = encodeState(full);
    expect(search).toContain('assume=SPECIFIC_EU_AGREEMENT:japan,INCOMPATIBLE:norway');
    expect(search).toContain('expand=oecd,nato');
    expect(decodeState(search)).toEqual({ state: full, problems: [] });
    expect(encodeState(decodeState(search).state)).toBe(search);
  });

  it('should keep positions and the camera in a link, and say what it ignored of bad ones', () => {
    expect(encodeState(full)).toContain('pos=enisa:12:-40,so4.4-assisting:-310:7&cam=0.8351:3:-12');
    const { state, problems } = decodeState('?pos=enisa:1:2,BAD:1:2,enisa:5:5,japan:1.5:2&cam=0:1:1');
    expect(state.positions).toEqual([{ id: 'enisa', x: 1, y: 2 }]);
    expect(state.camera).toBeNull();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Ignored pos=BAD:1:2,enisa:5:5,japan:1.5:2: write id:x:y/);
  });

  it('should keep empty filter lists apart from no filter', () => {
    const none = { ...defaultState(), kinds: [] as string[] };
    expect(decodeState(encodeState(none)).state.kinds).toEqual([]);
  });

  it('should accept friendly spellings of the question', () => {
    const { state, problems } = decodeState('?objective=4.4&approach=outreach');
    expect(state.objective).toBe('SO4_4');
    expect(state.approach).toBe('OUTREACH');
    expect(problems).toEqual([]);
    expect(encodeState(state)).toBe('?objective=SO4.4&approach=OUTREACH');
    expect(decodeState('?objective=SO4_4').state.objective).toBe('SO4_4');
    expect(normaliseObjective('all')).toBe('ALL');
    expect(normaliseObjective('SO4.9')).toBeNull();
    expect(decodeState('?incident=personal data').state.incident).toBe('PERSONAL_DATA');
    expect(decodeState('?incident=flood').problems).toEqual(['Ignored incident=flood: not an incident type.']);
  });

  it('should draw the actor network unless the link asks for the whole model', () => {
    expect(defaultState().scope).toBe('actors');
    expect(encodeState({ ...defaultState(), scope: 'model' })).toBe('?scope=model');
    expect(decodeState('?scope=model').state.scope).toBe('model');
    const bad = decodeState('?scope=everything');
    expect(bad.state.scope).toBe('actors');
    expect(bad.problems).toEqual(['Ignored scope=everything: scopes are actors, model.']);
  });

  it('should ignore bad values with a message for each and keep the good ones', () => {
    const { state, problems } = decodeState(
      '?focus=<script>&layout=spiral&objective=SO9&approach=HUG&assume=SPECIFIC_EU_AGREEMENT:japan,NOPE:x,junk' +
        '&depth=7&tab=admin&kinds=eu-agency,BAD KIND&view=3d&webgl=yes&pillar=SPACE&follow=no&unknown=1',
    );
    expect(state.focus).toBeNull();
    expect(state.layout).toBe('fcose');
    expect(state.objective).toBeNull();
    expect(state.approach).toBeNull();
    expect(state.assume).toEqual([{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }]);
    expect(state.depth).toBe(1);
    expect(state.tab).toBe('details');
    expect(state.kinds).toEqual(['EU_AGENCY']);
    expect(state.view).toBe('graph');
    expect(state.webgl).toBeNull();
    expect(state.follow).toBe(true);
    expect(state.pillar).toBeNull();
    expect(problems.join('\n')).toMatch(
      /layout=spiral.*Force-directed \(fcose\), Concentric \(concentric\), Hierarchical \(hierarchical\)/,
    );
    expect(problems).toHaveLength(13);
  });

  it('should survive garbage without throwing', () => {
    for (const junk of [
      '?%E0%A4%A',
      '?focus=' + 'a'.repeat(500),
      '???&&==',
      '?assume=:::,',
      '?expand=' + ',x'.repeat(1000),
    ]) {
      expect(() => decodeState(junk)).not.toThrow();
    }
    expect(
      decodeState('?expand=' + Array.from({ length: 500 }, (_, i) => `n${i}`).join(',')).state.expanded,
    ).toHaveLength(200);
  });
});
