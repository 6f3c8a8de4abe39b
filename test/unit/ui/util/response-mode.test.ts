/** Issue 17: the incident view tells "or", "together with" and "each other" apart, and says what triggers a plan. */
import { describe, expect, it } from 'vitest';
import { responseModeWords, triggerWords } from '../../../../ui/src/lib/util/response-mode.js';

const names: Record<string, string> = {
  dpa: 'Data Protection Authorities',
  nra: 'national regulatory authority',
  lea: 'law enforcement authorities',
  ms: 'Member States',
};
const name = (id: string) => names[id] ?? id;

describe('responseModeWords', () => {
  it('should word alternatives, joint action and mutual information differently', () => {
    expect(responseModeWords({ mode: 'ALTERNATIVE', with: ['nra'] }, name)).toBe(
      'Or national regulatory authority in its place: one of them, not all',
    );
    expect(responseModeWords({ mode: 'JOINT', with: ['lea'] }, name)).toBe('Together with law enforcement authorities');
    expect(responseModeWords({ mode: 'MUTUAL', with: ['ms'] }, name)).toBe(
      'Keeps Member States informed, and is kept informed',
    );
    expect(responseModeWords({ mode: 'JOINT', with: ['lea', 'ms', 'x'] }, name)).toBe(
      'Together with law enforcement authorities, Member States and x',
    );
  });

  it('should say nothing for a responder alone', () => {
    expect(responseModeWords({ mode: 'SOLE', with: [] }, name)).toBeNull();
    expect(responseModeWords({ mode: 'JOINT', with: [] }, name)).toBeNull();
  });

  it('should word the cross-border trigger', () => {
    expect(triggerWords('CROSS_BORDER')).toBe('an incident that crosses borders');
    expect(triggerWords('NATIONAL')).toBe('an incident within one Member State');
  });
});
