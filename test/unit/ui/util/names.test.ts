import { describe, expect, it } from 'vitest';
import { kindName, readableName } from '../../../../ui/src/lib/util/names.js';

describe('names a person reads', () => {
  it('should name a kind in words, never "Other" for a known label', () => {
    expect(kindName({ label: 'ACTOR', kind: 'THIRD_COUNTRY' })).toBe('Third country');
    expect(kindName({ label: 'PROVISION', kind: null })).toBe('Provision');
    expect(kindName({ label: 'ThreatOrigin' })).toBe('Threat origin');
  });

  it('should name a node without a name by the words matched in it, else by its id in words', () => {
    const provision = { id: 'eu-css-2013-2-2-improved-coordination-at-eu-level', name: null };
    expect(readableName({ id: 'enisa', name: 'ENISA' })).toBe('ENISA');
    expect(readableName(provision, 'The EU can complement the work of Member States')).toBe(
      '“The EU can complement the work of Member States”',
    );
    expect(readableName(provision)).toBe('eu css 2013 2 2 improved coordination at eu level');
  });
});
