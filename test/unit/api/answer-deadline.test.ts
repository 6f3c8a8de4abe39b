/**
 * A request's writes against its answer deadline (api/src/answer-deadline.ts): once the deadline has answered, no
 * write commits; the answer says NOT_APPLIED when no commit had started, UNKNOWN when one had.
 */
import { describe, expect, it } from 'vitest';
import { WriteDeadline } from '../../../api/src/answer-deadline.js';

describe('WriteDeadline', () => {
  it('should let writes commit until the deadline answers, then none', () => {
    const deadline = new WriteDeadline();
    expect(deadline.passed).toBe(false);
    expect(deadline.expire()).toBe('NOT_APPLIED');
    expect(deadline.passed).toBe(true);
    expect(deadline.mayCommit()).toBe(false);
  });

  it('should answer UNKNOWN when a commit had started before the deadline answered', () => {
    const deadline = new WriteDeadline();
    expect(deadline.mayCommit()).toBe(true);
    expect(deadline.expire()).toBe('UNKNOWN');
    expect(deadline.mayCommit()).toBe(false);
  });
});
