/**
 * The actor profile's briefing as one A4 page of HTML (then PDF), as a standalone SVG of its matrix, and as a
 * slide of that SVG for PNG. Each cell says its status with a symbol and a word (never colour alone) and the
 * numbers of the provisions that make it eligible; each provision is listed once with a short quote (cut at a
 * word with "…" when longer than 150 characters: the page must hold 21 cells and every provision at 7 pt or
 * more; the full sentence is in the explorer and in the objective's briefing). Every text is escaped. Pure.
 */
import { FONT_STACK } from '../../../core/font.js';
import { kindStyle } from '../../../core/palette.js';
import { escapeHtml } from './html-text.js';
import { PROFILE_CSS, STATUS_FILL } from './profile-style.js';
import type { ProfileBriefingModel, ProfileMatrixCell } from './profile-model.js';
import { STATUS_TEXT } from './profile-model.js';
import { page } from './to-html.js';

const APPROACH_WORDS: Record<string, string> = { LIMITED: 'Limited', ASSISTING: 'Assisting', OUTREACH: 'Outreach' };

export const profileTitle = (model: ProfileBriefingModel) => `${model.actor.name}: eligibility across the strategy`;

const cellWords = (cell: ProfileMatrixCell) => {
  const { symbol, word } = STATUS_TEXT[cell.status];
  const extra = cell.excluded ? ' (excluded, principle 4)' : cell.assumed ? ' (assumed)' : '';
  return { symbol, word: `${word}${extra}` };
};

const refs = (cell: ProfileMatrixCell) => (cell.provisions.length > 0 ? `[${cell.provisions.join(', ')}]` : '');

function matrix(model: ProfileBriefingModel): string {
  const head = model.approaches.map((a) => `<th scope="col">${APPROACH_WORDS[a] ?? a}</th>`).join('');
  const body = model.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const { symbol, word } = cellWords(cell);
          const cite = refs(cell) ? ` <span class="cite">${refs(cell)}</span>` : '';
          return `<td class="cell ${cell.status}"><span class="symbol">${escapeHtml(symbol)}</span> ${escapeHtml(word)}${cite}</td>`;
        })
        .join('');
      const name = row.name ? ` <span class="objective-name">${escapeHtml(row.name)}</span>` : '';
      return `<tr><th scope="row">${escapeHtml(row.objective)}${name}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="matrix">
<caption>Whether ENISA may engage ${escapeHtml(model.actor.name)}, by strategic objective (rows) and approach (columns); numbers in brackets are the provisions below.</caption>
<thead><tr><th scope="col">Objective</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function key(model: ProfileBriefingModel): string {
  const general =
    model.general.length > 0
      ? ` Also binding, from the strategy's general provisions as they apply to each approach (not repeated per cell): ${model.general.map(escapeHtml).join(', ')}.`
      : '';
  return `<p class="key"><b>${STATUS_TEXT.eligible.symbol} eligible</b>: a provision makes it eligible, with conditions to respect but no step to take first. <b>${STATUS_TEXT.conditional.symbol} conditional</b>: eligible once a step is taken (a board's endorsement, approval or notification, a consultation, or the partner's request; listed below). <b>${STATUS_TEXT['not-eligible'].symbol} not eligible</b>: no provision makes it eligible (or principle 4 excludes it).${general}</p>`;
}

function memberships(model: ProfileBriefingModel): string {
  if (model.memberships.length === 0) return '<p class="none">No membership recorded.</p>';
  const item = (m: ProfileBriefingModel['memberships'][number]) => {
    const dates = [m.since ? `since ${m.since}` : '', m.left ? `left ${m.left}` : ''].filter(Boolean).join(', ');
    return `<li>${escapeHtml(m.name)}${dates ? ` <span class="dates">(${escapeHtml(dates)})</span>` : ''}</li>`;
  };
  return `<ul class="memberships">${model.memberships.map(item).join('')}</ul>`;
}

function provisions(model: ProfileBriefingModel): string {
  if (model.provisions.length === 0) return '<p class="none">No provision makes it eligible.</p>';
  const counts = new Map<string, number>();
  for (const p of model.provisions) counts.set(p.document, (counts.get(p.document) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const item = (p: ProfileBriefingModel['provisions'][number]) => {
    const doc = p.document === main ? '' : `${escapeHtml(p.document)}, `;
    const conditions =
      p.conditions.length > 0
        ? ` <span class="conditions">Conditions: ${p.conditions.map(escapeHtml).join('; ')}.</span>`
        : '';
    return `<li value="${p.n}"><b>${doc}${escapeHtml(p.locator)}</b> <span class="cells">(${escapeHtml(p.cells.join(', '))})</span>: ${escapeHtml(p.how.join('; '))}.${conditions} <q>${escapeHtml(p.quote)}</q>${p.abbreviated ? ' <span class="abbr">(abbreviated)</span>' : ''}</li>`;
  };
  return `<p class="from">From ${escapeHtml(main)} unless another document is named.</p>
<ol class="provisions">${model.provisions.map(item).join('\n')}</ol>`;
}

const meta = (model: ProfileBriefingModel) =>
  `Generated ${escapeHtml(model.generatedOn)} (UTC) · Data version <span class="version">${escapeHtml(model.dataVersion ?? 'unknown')}</span> · Actor id ${escapeHtml(model.actor.id)}`;

export function toProfileHtml(model: ProfileBriefingModel): string {
  const assumptions =
    model.assumptions.length > 0
      ? `<section class="assumptions" aria-label="Assumptions"><b>Assumptions (what-if, not in the data):</b> ${model.assumptions.map(escapeHtml).join(' ')} Cells that hold only through them are marked assumed.</section>`
      : '';
  return page(
    `Briefing: ${profileTitle(model)}`,
    PROFILE_CSS,
    `<body>
<main class="page">
<header>
  <h1>${escapeHtml(profileTitle(model))}</h1>
  <p class="question">Under which strategic objective and approach may ENISA engage ${escapeHtml(model.actor.name)} (${escapeHtml(kindStyle(model.actor.kind).legend.toLowerCase())}), under which provision, and on what conditions?</p>
  <p class="meta">${meta(model)}</p>
</header>
${assumptions}
<section aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Eligibility by objective and approach</h2>
${matrix(model)}
${key(model)}
</section>
<section aria-labelledby="memberships-heading">
<h2 id="memberships-heading">Memberships</h2>
${memberships(model)}
</section>
<section aria-labelledby="provisions-heading">
<h2 id="provisions-heading">Provisions that make it eligible</h2>
${provisions(model)}
</section>
</main>
</body>`,
  );
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The matrix as a standalone SVG (points): title, header row, a row per objective, the key and the data version. */
export function toProfileSvg(model: ProfileBriefingModel): string {
  const [left, col, row, top] = [70, 150, 24, 58];
  const width = left + col * model.approaches.length + 20;
  const height = top + row * (model.rows.length + 1) + 52;
  const text = (x: number, y: number, s: string, size = 11, extra = '') =>
    `<text x="${x}" y="${y}" font-family="${xml(FONT_STACK)}" font-size="${size}" fill="#1d2733" ${extra}>${xml(s)}</text>`;
  const parts = [
    text(10, 24, profileTitle(model), 16, 'font-weight="bold"'),
    text(
      10,
      42,
      model.assumptions.length > 0
        ? `Assumed (what-if): ${model.assumptions.join(' ')}`
        : 'Numbers in brackets are provisions (see the HTML or PDF briefing).',
      10,
    ),
    ...model.approaches.map((a, i) =>
      text(left + 10 + col * i + 10, top + 16, APPROACH_WORDS[a] ?? a, 11, 'font-weight="bold"'),
    ),
  ];
  model.rows.forEach((r, i) => {
    const y = top + row * (i + 1);
    parts.push(text(10, y + 16, r.objective, 11, 'font-weight="bold"'));
    r.cells.forEach((cell, j) => {
      const x = left + 10 + col * j;
      const { symbol, word } = cellWords(cell);
      parts.push(
        `<rect x="${x}" y="${y + 2}" width="${col - 4}" height="${row - 4}" rx="3" fill="${STATUS_FILL[cell.status]}" stroke="#95a5a6" stroke-width="0.5"/>`,
        text(x + 6, y + 16, `${symbol} ${word} ${refs(cell)}`.trim(), 10),
      );
    });
  });
  const foot = top + row * (model.rows.length + 1) + 18;
  parts.push(
    text(10, foot, '+ eligible · ± conditional (its provision sets a condition) · × not eligible', 10),
    text(10, foot + 16, `Data version ${model.dataVersion ?? 'unknown'} · generated ${model.generatedOn} (UTC)`, 10),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xml(`${profileTitle(model)}: ${model.rows.length} objectives by ${model.approaches.length} approaches`)}">
<rect width="${width}" height="${height}" fill="white"/>
${parts.join('\n')}
</svg>
`;
}

/** The matrix SVG alone on a `width` × `height` page, for PNG. */
export function toProfileSlideHtml(model: ProfileBriefingModel, width: number, height: number): string {
  const svg = toProfileSvg(model);
  const css = `html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; background: #fff; }
svg { display: block; width: 100%; height: 100%; }`;
  const inline = svg.slice(svg.indexOf('<svg')).replace(/\s+xmlns="[^"]*"/, '');
  return page(`Briefing: ${profileTitle(model)}`, css, `<body>${inline}</body>`);
}
