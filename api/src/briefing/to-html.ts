/**
 * Briefing model + inline SVG → one self-contained HTML file: inline CSS, the shipped font embedded (data:
 * URLs, only the subsets its text uses), the diagram inlined, no script, image or link of any kind, so it
 * opens offline, looks the same on every machine and prints as one A4 page (two for long answers).
 * toSlideHtml is the diagram alone on a page of a given size, for PNG. Every text is escaped here. Pure.
 */
import { BRIEFING_CSS, SLIDE_CSS } from './html-style.js';
import { fontFaceCss } from './shipped-font.js';
import type { BriefingCitation, BriefingCondition, BriefingModel, BriefingReason } from './model.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const cite = (n: number | null) => (n === null ? '' : ` <span class="cite">[${n}]</span>`);

const APPROACH_NAMES: Record<string, string> = {
  LIMITED: 'Limited approach',
  ASSISTING: 'Assisting approach',
  OUTREACH: 'Outreach approach',
};

const BASIS_WORDS: Record<string, (via: string) => string> = {
  NAMED: () => 'named',
  GROUP_MEMBER: (via) => `member of ${via}`,
  CLASS_MEMBER: (via) => `member of “${via}”`,
  BY_KIND: (via) => `one of “${via}” by its kind`,
};

/** Issue 21: "party to the EU–Japan Strategic Partnership Agreement [reference data, page of 2018-11-23] [4]". */
function agreementWords(r: BriefingReason): string | null {
  const a = r.agreement;
  if (r.basis !== 'AGREEMENT' || !a) return null;
  const badge = a.referenceData
    ? ` <span class="badge">reference data${a.pageDate ? `, page of ${escapeHtml(a.pageDate)}` : ''}</span>`
    : ' <span class="badge">curated</span>';
  return `party to ${escapeHtml(a.name)}${badge}${cite(a.cite)}, so one of “${escapeHtml(r.via?.name ?? '')}”`;
}

function why(r: BriefingReason): string {
  const words = BASIS_WORDS[r.basis];
  const how = agreementWords(r) ?? escapeHtml(words ? words(r.via?.name ?? '') : r.explanation);
  return `<span class="${r.assumed ? 'assumed' : ''}">${how}</span>, ${escapeHtml(r.locator)}${cite(r.cite)}
    <div class="activity">${escapeHtml(r.activity)}</div>`;
}

/** A condition in its own words, with its citation number, or with its locator when the text is the whole sentence. */
const conditionText = (c: BriefingCondition) =>
  `${escapeHtml(c.text)}${c.cite === null && c.locator ? ` <span class="cite">(${escapeHtml(c.locator)})</span>` : cite(c.cite)}`;
const conditionItem = (c: BriefingCondition) => `<li>${conditionText(c)}</li>`;
const conditionKey = (c: BriefingCondition) => `${c.kind}\u0000${c.text}`;

interface Row {
  ids: string[];
  names: string[];
  assumed: boolean;
  reasons: BriefingReason[];
  conditions: BriefingCondition[];
  /** Members of the group in `names` that qualify through it alone, on the same rules and conditions. */
  members: string[];
  note?: string;
}

const rulesKey = (reasons: BriefingReason[]) => JSON.stringify(reasons.map((r) => r.ruleId).sort());

/**
 * Partners with the same reasons and conditions share a row (Iceland, Liechtenstein, Norway), and members
 * that qualify only through a group named on the same terms join the group's row.
 */
function rows(model: BriefingModel): Row[] {
  const grouped = new Map<string, Row>();
  for (const p of model.partners) {
    const key = JSON.stringify([
      p.assumed,
      p.reasons.map((r) => [
        r.ruleId,
        r.basis,
        r.via?.id,
        r.basis === 'AGREEMENT' || r.basis === 'ASSUMPTION' ? p.id : '',
      ]),
      p.conditions.map(conditionKey),
    ]);
    const label = p.assumed ? `${p.name} (assumed)` : p.name;
    const row = grouped.get(key);
    const { assumed, reasons, conditions } = p;
    if (row) {
      row.ids.push(p.id);
      row.names.push(label);
    } else grouped.set(key, { ids: [p.id], names: [label], assumed, reasons, conditions, members: [] });
  }
  const all = [...grouped.values()];
  const folded = all.filter((row) => {
    const via = row.reasons[0]?.via;
    if (!via || row.assumed || !row.reasons.every((r) => r.basis === 'GROUP_MEMBER' && r.via?.id === via.id))
      return true;
    const group = all.find((g) => g.ids.length === 1 && g.ids[0] === via.id && !g.assumed);
    const same =
      group &&
      rulesKey(group.reasons) === rulesKey(row.reasons) &&
      JSON.stringify(group.conditions.map(conditionKey)) === JSON.stringify(row.conditions.map(conditionKey));
    if (same) group.members.push(...row.names);
    return !same;
  });
  const empty = model.classes
    .filter((c) => c.members.length === 0)
    .map((c) => ({
      ids: [c.id],
      names: [c.name],
      assumed: false,
      reasons: c.reasons,
      conditions: c.conditions,
      members: [],
      note: 'class named by the text; no members yet',
    }));
  return [...folded, ...empty];
}

const members = (row: Row) =>
  row.members.length > 0
    ? `<div class="members">and its members ${row.members.map((n) => `<span class="partner">${escapeHtml(n)}</span>`).join(', ')}</div>`
    : '';

function partnersTable(model: BriefingModel): string {
  const all = rows(model);
  if (all.length === 0) return '<p class="none">No partner qualifies for this question.</p>';
  const keys = all.map((r) => new Set(r.conditions.map(conditionKey)));
  const common =
    all.length > 1
      ? all[0]!.conditions.filter((c) => keys.every((k) => k.has(conditionKey(c))))
      : ([] as BriefingCondition[]);
  const commonKeys = new Set(common.map(conditionKey));
  const body = all
    .map((row) => {
      const own = row.conditions.filter((c) => !commonKeys.has(conditionKey(c)));
      const style = row.note ? 'class-name' : row.assumed ? 'partner assumed' : 'partner';
      const names = row.names.map((n) => `<span class="${style}">${escapeHtml(n)}</span>`);
      return `<tr${row.assumed ? ' class="assumed-row"' : ''}>
  <td>${names.join(', ')}${members(row)}${row.note ? ` <span class="note">(${escapeHtml(row.note)})</span>` : ''}</td>
  <td>${row.reasons.map((r) => `<div class="reason">${why(r)}</div>`).join('')}</td>
  <td>${own.length > 0 ? `<ul>${own.map(conditionItem).join('')}</ul>` : '<span class="none">only those above</span>'}</td>
</tr>`;
    })
    .join('\n');
  const inline = conditionText;
  const commonLine =
    common.length > 0 ? `<p class="common"><b>On every partner below:</b> ${common.map(inline).join('; ')}.</p>` : '';
  return `${commonLine}
<table class="partners">
<thead><tr><th>Partner</th><th>Why it qualifies (provision) and for what</th><th>Conditions</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function assumptionsBox(model: BriefingModel): string {
  if (model.assumptions.length === 0) return '';
  const items = model.assumptions.map((a) => escapeHtml(a.text)).join(' ');
  return `<aside class="assumptions"><b>Assumptions (what-if, not in the data):</b> ${items}
Partners that qualify only through them are marked <span class="assumed">assumed</span>.</aside>`;
}

function others(model: BriefingModel): string {
  const parts: string[] = [];
  if (model.activities.length > 0) {
    const items = model.activities.map((a) => `<li>${escapeHtml(a.activity)}${cite(a.cite)}</li>`).join('');
    parts.push(`<div><b>Activities that need no named partner:</b><ul>${items}</ul></div>`);
  }
  if (model.excluded.length > 0) {
    const names = model.excluded.map((x) => escapeHtml(x.assumed ? `${x.name} (assumed)` : x.name)).join(', ');
    const r = model.excluded[0]!.reasons[0];
    parts.push(
      `<div><b>Excluded</b> (${r ? `${escapeHtml(r.locator)}${cite(r.cite)}` : 'principle 4'}): ${names}</div>`,
    );
  }
  if (model.generalConditions.length > 0) {
    parts.push(
      `<div><b>Before developing cooperation frameworks or agreements:</b><ul>${model.generalConditions.map(conditionItem).join('')}</ul></div>`,
    );
  }
  return parts.length > 0 ? `<section class="others">${parts.join('\n')}</section>` : '';
}

/** Grouped by document, each with its number: the quotes in full, as the text has them. */
function citationsList(model: BriefingModel): string {
  const byDocument = new Map<string, BriefingCitation[]>();
  for (const c of model.citations) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  const item = (c: BriefingCitation) =>
    `<li value="${c.n}"><span class="where">${escapeHtml(c.locator)}:</span> ${
      c.kind === 'QUOTE' ? `<q>${escapeHtml(c.quote)}</q>` : `<span class="note">${escapeHtml(c.quote)}</span>`
    }${c.modality ? ` <span class="modality">[${escapeHtml(c.modality.toLowerCase())}]</span>` : ''}</li>`;
  const groups = [...byDocument.entries()].map(
    ([document, list]) => `<h3>${escapeHtml(document)}</h3>\n<ol>\n${list.map(item).join('\n')}\n</ol>`,
  );
  return `<section class="citations"><h2>Citations</h2>\n${groups.join('\n')}\n</section>`;
}

const meta = (model: BriefingModel) =>
  `Generated ${escapeHtml(model.generatedOn)} (UTC) · Data version <span class="version">${escapeHtml(
    model.dataVersion ?? 'unknown',
  )}</span>${model.asOf ? ` · Reference data as of ${escapeHtml(model.asOf)}` : ''}`;

/** The whole document: the font faces its text needs, then the page's own CSS. */
function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${fontFaceCss(`${title}${body}`)}
${css}
</style>
</head>
${body}
</html>
`;
}

export interface InlineSvgs {
  diagram: string;
  legend: string;
  /** The legend's width as a fraction of the diagram's. */
  legendWidth: number;
}

const legendStyle = (svg: InlineSvgs) => `width: ${(svg.legendWidth * 100).toFixed(1)}%`;

export function toBriefingHtml(model: BriefingModel, svg: InlineSvgs): string {
  return page(
    `Briefing: ${model.title}`,
    BRIEFING_CSS,
    `<body>
<main class="page">
<header>
  <h1>${escapeHtml(model.title)}</h1>
  <p class="question">${escapeHtml(model.question)}</p>
  <p class="meta">Briefing on ENISA's International Strategy, ${escapeHtml(
    (APPROACH_NAMES[model.approach] ?? model.approach).toLowerCase(),
  )} · ${meta(model)}</p>
</header>
${assumptionsBox(model)}
<figure class="diagram">
${svg.diagram}
<div class="legend" style="${legendStyle(svg)}">${svg.legend}</div>
</figure>
<section>
<h2>Partners, reasons and conditions <small>numbers in brackets are the citations below</small></h2>
${partnersTable(model)}
</section>
${others(model)}
${citationsList(model)}
</main>
</body>`,
  );
}

/** The diagram alone on a `width` × `height` page, with the title and the data version: for PNG. */
export function toSlideHtml(model: BriefingModel, svg: InlineSvgs, width: number, height: number): string {
  const assumptions =
    model.assumptions.length > 0
      ? `<p class="assumptions">Assumptions (what-if): ${model.assumptions.map((a) => escapeHtml(a.text)).join(' ')}</p>`
      : '';
  return page(
    `Briefing: ${model.title}`,
    SLIDE_CSS(width, height),
    `<body>
<main class="slide">
<header><h1>${escapeHtml(model.title)}</h1><p>${escapeHtml(model.question)}</p>${assumptions}</header>
<figure class="diagram">${svg.diagram}</figure>
<div class="legend" style="${legendStyle(svg)}">${svg.legend}</div>
<footer>${meta(model)} · numbers in brackets are citations (see the HTML or PDF briefing)</footer>
</main>
</body>`,
  );
}
