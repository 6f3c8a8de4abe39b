/**
 * The briefing's inline CSS: the shipped font only (embedded by to-html.ts; nothing to fetch, nothing taken
 * from the machine), an A4 print layout with 12 mm margins,
 * the diagram and legend sized by print-scale.ts (no text below 7 pt), the table and the citations below. Colours follow the UI's
 * highlight (partners) and assumption (what-if) colours.
 */
import { FONT_STACK } from '../../../core/font.js';
import { ASSUMED, HIGHLIGHT } from '../../../core/palette.js';

const FONT = FONT_STACK;

export const BRIEFING_CSS = `
@page { size: A4; margin: 7mm 10mm; }
* { box-sizing: border-box; }
html { background: #eef1f4; }
body { margin: 0; font: 9pt/1.32 ${FONT}; color: #1d2733; }
.page { max-width: 186mm; margin: 0 auto; padding: 10mm 0; background: #fff; }
@media screen { .page { padding: 12mm; margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.15); } }
@media print { html { background: #fff; } .page { padding: 0; margin: 0; max-width: none; } }
header { border-bottom: 2px solid #1f4e9c; padding-bottom: 1.5mm; margin-bottom: 2mm; }
h1 { font-size: 16pt; margin: 0 0 .5mm; color: #1f4e9c; }
h2 { font-size: 10.5pt; margin: 2mm 0 .8mm; color: #1f4e9c; }
h2 small { font-size: 7.5pt; font-weight: normal; color: #5d6d7e; margin-left: 2mm; }
.question { margin: 0; font-size: 9pt; }
.meta { margin: .5mm 0 0; font-size: 7.5pt; color: #5d6d7e; }
.version { font-variant-numeric: tabular-nums; letter-spacing: .02em; }
.assumptions { border: 2px dashed ${ASSUMED}; background: #fdf2e9; padding: 1.5mm 3mm; margin: 2mm 0; }
h2, h3 { break-after: avoid; }
.assumed { color: ${ASSUMED}; font-weight: 600; }
.diagram { margin: 0; text-align: center; break-inside: avoid; }
.diagram svg { display: block; margin: 0 auto; }
.diagram svg text { font-family: ${FONT}; }
.legend { margin: 1mm auto 0; }
.legend svg { display: block; margin: 0 auto; }
.assumptions p { margin: 0; }
.diff { margin: .8mm 0 0; }
.diff h2 { display: inline; margin: 0 2mm 0 0; font-size: 9pt; }
.diff small { font-size: 7.5pt; color: #5d6d7e; }
.diff ul { margin: .5mm 0 0; padding: 0; list-style: none; }
.diff li { display: inline; margin-right: 4mm; }
/* A one-page briefing that would spill (chromium.ts fitOnePage): the citations' quotes cut to 3 lines, then 1. */
.fit-1 .citations q, .fit-2 .citations q { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; -webkit-line-clamp: 3; }
.fit-2 .citations q { -webkit-line-clamp: 1; }
.fit-1 .citations h2 small::after, .fit-2 .citations h2 small::after { content: "; quotes shortened to fit one page (the HTML briefing has them in full)"; }
/* A what-if is about the change and stays one page: what each rule allows is in its quote (the citations). */
.what-if .activity { display: none; }
.common { font-size: 7.3pt; margin: 0 0 1mm; line-height: 1.25; }
table.partners { width: 100%; border-collapse: collapse; font-size: 7.3pt; line-height: 1.22; }
table.partners th { text-align: left; background: #1f4e9c; color: #fff; padding: .6mm 1.5mm; font-weight: 600; }
table.partners td { vertical-align: top; padding: .5mm 1.5mm; border-bottom: 1px solid #d5d8dc; }
table.partners tr { break-inside: avoid; }
table.partners td:first-child { width: 21%; }
table.partners td:last-child { width: 30%; }
table.partners ul { margin: 0; padding-left: 4mm; }
tr.assumed-row td { background: #fdf2e9; }
.partner { font-weight: 700; border-bottom: 2px solid ${HIGHLIGHT}; }
.partner.assumed { border-bottom: 2px dashed ${ASSUMED}; }
.class-name { font-weight: 700; }
.reason + .reason { margin-top: 1mm; }
.activity { color: #5d6d7e; font-size: 7.2pt; line-height: 1.2; }
.note { color: #5d6d7e; font-size: 7.6pt; font-style: italic; }
.modality { color: #5d6d7e; font-size: 7.6pt; }
.none { color: #5d6d7e; font-style: italic; }
.badge { font-size: 7.2pt; font-weight: 600; color: #5b4a00; background: #fff3c4; border-radius: 2px; padding: 0 2px; white-space: nowrap; }
.cite { color: #1f4e9c; font-size: 7.5pt; font-weight: 600; white-space: nowrap; }
.others { font-size: 7.3pt; line-height: 1.22; margin-top: 1.5mm; columns: 3; column-gap: 4mm; }
.others > div { break-inside: avoid; }
.others ul { margin: .5mm 0 1mm; padding-left: 5mm; }
.citations h3 { font-size: 7.6pt; margin: 0 0 .5mm; }
.citations ol { margin: 0 0 1.5mm; padding-left: 6mm; font-size: 7.2pt; line-height: 1.17; columns: 3; column-gap: 4mm; }
.members { font-size: 7.6pt; margin-top: .5mm; }
.citations li { break-inside: avoid; margin-bottom: .4mm; }
.citations .where, .citations .document { font-weight: 600; }
.citations .document { color: #5b4a00; }
q { font-style: italic; }
`;

/** A fixed-size page: the title on top, the diagram filling the rest, the data version at the bottom. */
export const SLIDE_CSS = (width: number, height: number) => {
  const base = Math.max(10, Math.round(Math.min(width, height * 1.6) / 80));
  return `
* { box-sizing: border-box; }
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; background: #fff; }
body { font: ${base}px/1.3 ${FONT}; color: #1d2733; }
.slide { width: 100%; height: 100%; display: flex; flex-direction: column; padding: ${Math.round(base * 1.2)}px; }
header { border-bottom: 2px solid #1f4e9c; padding-bottom: ${Math.round(base * 0.4)}px; }
h1 { margin: 0; font-size: ${Math.round(base * 1.9)}px; color: #1f4e9c; }
header p { margin: ${Math.round(base * 0.2)}px 0 0; }
.assumptions { color: ${ASSUMED}; font-weight: 600; }
.diagram { flex: 1 1 auto; min-height: 0; margin: ${Math.round(base * 0.6)}px 0; display: flex; }
.diagram svg { flex: 1 1 auto; width: 100%; height: 100%; }
.diagram svg text, .legend svg text { font-family: ${FONT}; }
.legend { margin: 0 auto ${Math.round(base * 0.4)}px; max-width: 60%; }
.legend svg { display: block; width: 100%; height: auto; }
footer { font-size: ${Math.round(base * 0.8)}px; color: #5d6d7e; }
`;
};
