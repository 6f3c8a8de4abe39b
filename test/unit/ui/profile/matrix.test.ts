import { describe, expect, it } from 'vitest';
import { approachWord, cellKey, objectiveTitle, profileMatrix } from '../../../../ui/src/lib/profile/matrix';

const OBJECTIVES = ['SO4_1', 'SO4_2', 'SO4_3', 'SO4_4', 'SO4_5', 'SO4_6', 'SO4_7'];
const APPROACHES = ['LIMITED', 'ASSISTING', 'OUTREACH'];

describe('profile matrix', () => {
  it('should lay 21 cells out as 7 objectives by 3 approaches, in the strategy order whatever the input order', () => {
    const cells = OBJECTIVES.flatMap((objective) => APPROACHES.map((approach) => ({ objective, approach }))).reverse();
    const rows = profileMatrix(cells);
    expect(rows.map((r) => r.term)).toEqual(['SO4.1', 'SO4.2', 'SO4.3', 'SO4.4', 'SO4.5', 'SO4.6', 'SO4.7']);
    for (const row of rows) {
      expect(row.cells.map((c) => c?.approach)).toEqual(APPROACHES);
      expect(row.cells.every((c) => c?.objective === row.objective)).toBe(true);
    }
  });

  it('should leave a hole where the profile has no cell, never another cell', () => {
    const rows = profileMatrix([
      { objective: 'SO4_4', approach: 'OUTREACH' },
      { objective: 'SO4_4', approach: 'LIMITED' },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells.map((c) => c?.approach ?? null)).toEqual(['LIMITED', null, 'OUTREACH']);
  });

  it('should word the headings and keys', () => {
    expect(approachWord('ASSISTING')).toBe('Assisting');
    expect(cellKey({ objective: 'SO4_4', approach: 'OUTREACH' })).toBe('SO4_4-OUTREACH');
    expect(objectiveTitle('SO4_2')).toBe('cybersecurity as an integral part of EU policies');
  });
});
