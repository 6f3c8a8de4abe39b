/**
 * Briefing model + inline SVG → one self-contained HTML file: inline CSS, the shipped font embedded (data:
 * URLs, only the subsets its text uses), the diagram inlined, no script, image or link of any kind, so it
 * opens offline, looks the same on every machine and prints as one A4 page (two for long answers).
 * toSlideHtml is the diagram alone on a page of a given size, for PNG. Every text is escaped here. Pure.
 */
import { BRIEFING_CSS, SLIDE_CSS } from './html-style.js';
import { cite, conditionItem, escapeHtml } from './html-text.js';
import { emptyClasses, partnersTable } from './partners-table.js';
import { sizeStyle, type PrintSize } from './print-scale.js';
import { fontFaceCss } from './shipped-font.js';
import type { BriefingCitation, BriefingModel } from './model.js';

export { escapeHtml };

function assumptionsBox(model: BriefingModel): string {
  if (model.assumptions.length === 0) return '';
  const items = model.assumptions.map((a) => escapeHtml(a.text)).join(' ');
  return `<section class="assumptions" aria-label="Assumptions"><p><b>Assumptions (what-if, not in the data):</b> ${items}
Partners that qualify only through them are marked <span class="assumed">assumed</span>.</p>
${diffList(model)}</section>`;
}

function others(model: BriefingModel): string {
  const parts: string[] = [emptyClasses(model)].filter(Boolean);
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

/**
 * One numbered list, in citation order: the quotes in full, as the text has them. The strategy is named once in
 * the heading; a quote from another document (an agreement's official page) names its document.
 */
function citationsList(model: BriefingModel): string {
  const counts = new Map<string, number>();
  for (const c of model.citations) counts.set(c.document, (counts.get(c.document) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const item = (c: BriefingCitation) =>
    `<li value="${c.n}">${c.document === main ? '' : `<span class="document">${escapeHtml(c.document)}</span> `}<span class="where">${escapeHtml(c.locator)}:</span> ${
      c.kind === 'QUOTE' ? `<q>${escapeHtml(c.quote)}</q>` : `<span class="note">${escapeHtml(c.quote)}</span>`
    }${c.modality ? ` <span class="modality">[${escapeHtml(c.modality.toLowerCase())}]</span>` : ''}</li>`;
  return `<section class="citations"><h2>Citations <small>from ${escapeHtml(main)} unless another document is named</small></h2>
<ol>
${model.citations.map(item).join('\n')}
</ol>
</section>`;
}

/**
 * A what-if against the baseline: the partners it adds ("+"), removes ("−") and keeps, in words and marks
 * (never by colour alone); the diagram and the table carry the same marks.
 */
function diffList(model: BriefingModel): string {
  const diff = model.diff;
  if (!diff) return '';
  const names = (list: Array<{ name: string }>) =>
    list.length > 0 ? list.map((a) => escapeHtml(a.name)).join(', ') : '<span class="none">none</span>';
  return `<section class="diff" aria-labelledby="diff-heading">
<h2 id="diff-heading">What the what-if changes</h2> <small>against the same question without assumptions; marked + and − in the diagram and the table</small>
<ul>
<li><b>+ Added (${diff.added.length}):</b> ${names(diff.added)}</li>
<li><b>− Removed (${diff.removed.length}):</b> ${names(diff.removed)}</li>
<li><b>Unchanged (${diff.unchanged.length}):</b> ${names(diff.unchanged)}</li>
</ul>
</section>`;
}

/** The diagram in words, for screen readers (the SVG's text alternative). */
function diagramAlt(model: BriefingModel): string {
  const partners = model.partners.map((p) => `${p.name}${p.assumed ? ' (assumed)' : ''}`);
  const via = [...new Set(model.partners.flatMap((p) => p.reasons.flatMap((r) => (r.via ? [r.via.name] : []))))];
  return [
    `Diagram of the answer "${model.title}": ENISA, the question, what its provisions name and the partners.`,
    partners.length > 0 ? `Partners (${partners.length}): ${partners.join(', ')}.` : 'No partner qualifies.',
    via.length > 0 ? `Through: ${via.join('; ')}.` : '',
    model.excluded.length > 0 ? `Excluded: ${model.excluded.map((x) => x.name).join(', ')}.` : '',
    model.diff ? `Against the baseline, added: ${model.diff.added.map((a) => a.name).join(', ') || 'none'}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const meta = (model: BriefingModel) =>
  `Generated ${escapeHtml(model.generatedOn)} (UTC) · Data version <span class="version">${escapeHtml(
    model.dataVersion ?? 'unknown',
  )}</span>${model.asOf ? ` · Reference data as of ${escapeHtml(model.asOf)}` : ''}`;

/** The whole document: the font faces its text needs, then the page's own CSS. */
export function page(title: string, css: string, body: string): string {
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
  /** The legend's width as a fraction of the diagram's (the slide). */
  legendWidth: number;
  /** The printed sizes on the page (print-scale.ts). */
  diagramPrint: PrintSize;
  legendPrint: PrintSize;
}

const legendStyle = (svg: InlineSvgs) => `width: ${(svg.legendWidth * 100).toFixed(1)}%`;
/** "Legend: EU agency, Third country, …": the legend's own words. */
const legendAlt = (legend: string) =>
  `Legend: ${[...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(', ')}`;
/** The root <svg> with its printed size and its text alternative. */
const sized = (svg: string, size: PrintSize, alt: string) =>
  svg.replace('<svg', `<svg style="${sizeStyle(size)}" aria-label="${escapeHtml(alt)}"`);

export function toBriefingHtml(model: BriefingModel, svg: InlineSvgs): string {
  return page(
    `Briefing: ${model.title}`,
    BRIEFING_CSS,
    `<body${model.diff ? ' class="what-if"' : ''}>
<main class="page">
<header>
  <h1>${escapeHtml(model.title)}</h1>
  <p class="question">${escapeHtml(model.question)}</p>
  <p class="meta">${meta(model)}</p>
</header>
${assumptionsBox(model)}
<figure class="diagram">
${sized(svg.diagram, svg.diagramPrint, diagramAlt(model))}
<div class="legend">${sized(svg.legend, svg.legendPrint, legendAlt(svg.legend))}</div>
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
<figure class="diagram">${svg.diagram.replace('<svg', `<svg aria-label="${escapeHtml(diagramAlt(model))}"`)}</figure>
<div class="legend" style="${legendStyle(svg)}">${svg.legend}</div>
<footer>${meta(model)} · numbers in brackets are citations (see the HTML or PDF briefing)</footer>
</main>
</body>`,
  );
}
