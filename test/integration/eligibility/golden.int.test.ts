/**
 * The golden answers (issue 16): all 21 objective × approach questions with no assumptions, regenerated from
 * the seed as the API reads it and compared with seed/golden/eligibility-21.txt, which was reviewed line by
 * line against the strategy. A change to the rules, the classes or the reference data fails here with the
 * diff; when the change is meant, `UPDATE_GOLDEN=1 npx vitest run --project integration
 * test/integration/eligibility/golden.int.test.ts` rewrites the file, to be reviewed and committed with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedFacts } from '../../helpers/eligibility-facts.js';
import { renderGolden } from '../../helpers/golden-eligibility.js';

const GOLDEN = fileURLToPath(new URL('../../../seed/golden/eligibility-21.txt', import.meta.url));

describe('the 21 answers, as reviewed', () => {
  it('should be the golden file, line for line', async () => {
    const facts = await seedFacts();
    expect(facts.objectives).toHaveLength(7);
    const answers = renderGolden(facts);
    expect(answers.match(/^## SO4\.\d × \w+/gm)).toHaveLength(21);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, answers);
    expect(answers.split('\n')).toEqual(readFileSync(GOLDEN, 'utf8').split('\n'));
  });
});
