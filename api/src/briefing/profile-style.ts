/**
 * The profile briefing's inline CSS: the eligibility briefing's page (A4, the shipped font, the same margins and
 * headings), a matrix whose cells are tinted by status (the symbol and the word say it too), and no text below
 * 7.2 pt.
 */
import { BRIEFING_CSS } from './html-style.js';
import type { CellStatus } from './profile-model.js';

export const STATUS_FILL: Record<CellStatus, string> = {
  eligible: '#d4efdf',
  conditional: '#fdebd0',
  'not-eligible': '#f2f3f4',
};

export const PROFILE_CSS = `${BRIEFING_CSS}
table.matrix { width: 100%; border-collapse: separate; border-spacing: 1mm; font-size: 8.5pt; margin: 0 -1mm; }
table.matrix caption { text-align: left; font-size: 7.5pt; color: #5d6d7e; caption-side: bottom; padding: 0 1mm; }
table.matrix thead th { text-align: left; background: #1f4e9c; color: #fff; padding: .8mm 1.5mm; font-weight: 600; }
table.matrix tbody th { text-align: left; font-weight: 700; padding: .6mm 1.5mm; width: 34%; vertical-align: middle; }
.objective-name { display: block; font-weight: normal; font-size: 7.3pt; color: #5d6d7e; line-height: 1.2; }
td.cell { padding: .8mm 1.5mm; border: 1px solid #c3cad3; border-radius: 2px; vertical-align: middle; }
td.cell.eligible { background: ${STATUS_FILL.eligible}; border-color: #27ae60; }
td.cell.conditional { background: ${STATUS_FILL.conditional}; border-color: #e67e22; }
td.cell.not-eligible { background: ${STATUS_FILL['not-eligible']}; color: #5d6d7e; }
.symbol { font-weight: 700; display: inline-block; width: 3mm; text-align: center; }
.key { font-size: 7.3pt; color: #34495e; margin: 1mm 0 0; line-height: 1.25; }
ul.memberships { margin: 0; padding-left: 5mm; font-size: 8pt; columns: 2; }
.dates { color: #5d6d7e; }
.from { font-size: 7.3pt; color: #5d6d7e; margin: 0 0 .5mm; }
ol.provisions { margin: 0; padding-left: 5mm; font-size: 7.5pt; line-height: 1.25; }
ol.provisions li { margin-bottom: .8mm; break-inside: avoid; }
.cells { color: #5d6d7e; }
.conditions { font-weight: 600; }
.abbr { color: #5d6d7e; font-size: 7.3pt; }
`;
