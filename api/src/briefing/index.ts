/**
 * One briefing, in one format, for the endpoint (plugins/briefing.ts) and the CLI (cli/briefing.ts) alike, so the
 * same question gives the same bytes (the generation date aside).
 */
import type { Database } from '../db/database.js';
import type { BriefingBrowser } from './chromium.js';
import { loadBriefingModel } from './load.js';
import type { BriefingModel } from './model.js';
import { loadProfileModel } from './profile-load.js';
import type { ProfileBriefingModel } from './profile-model.js';
import { toProfileHtml, toProfileSlideHtml, toProfileSvg } from './profile-html.js';
import {
  briefingFilename,
  CONTENT_TYPES,
  profileFilename,
  type BriefingRequest,
  type ProfileBriefingRequest,
} from './request.js';
import { LEGEND_SIZE, modelLegendDot } from './legend-dot.js';
import { COLUMN_WIDTH_PT, MIN_TEXT_PT, printSize } from './print-scale.js';
import { inlineSvg, renderSvg, stackSvg, svgParts } from './render-svg.js';
import { EDGE_SIZE, toDot } from './to-dot.js';
import { toBriefingHtml, toSlideHtml } from './to-html.js';

export { BriefingBrowser, BROWSER_UNAVAILABLE_MESSAGE } from './chromium.js';
export { parseBriefingRequest, PNG_SIZE, FORMATS, type BriefingFormat, type BriefingRequest } from './request.js';
export { asksForProfile, parseProfileBriefingRequest, type ProfileBriefingRequest } from './request.js';

/** The diagram's usual height on the page, in points (42 mm): room for the table and citations below. */
const DIAGRAM_HEIGHT_PT = (42 * 72) / 25.4;

/** The legend prints its text at the smallest size. */
const LEGEND_SCALE = MIN_TEXT_PT / LEGEND_SIZE;

export interface RenderedBriefing {
  body: Buffer;
  contentType: string;
  filename: string;
  dataVersion: string | null;
  model: BriefingModel | ProfileBriefingModel;
}

export interface RenderOptions {
  /** Needed for pdf and png only. */
  browser?: BriefingBrowser;
  now?: Date;
  signal?: AbortSignal;
}

export async function renderBriefingModel(
  model: BriefingModel,
  request: BriefingRequest,
  { browser, signal }: RenderOptions = {},
): Promise<Buffer> {
  const legend = modelLegendDot(model);
  if (request.format === 'dot') return Buffer.from(`${toDot(model, { caption: true }).dot}\n${legend.dot}`);
  if (request.format === 'svg') {
    return Buffer.from(stackSvg(await renderSvg(toDot(model, { caption: true })), await renderSvg(legend)));
  }
  const diagram = await renderSvg(toDot(model));
  let key = await renderSvg(legend);
  // Four entries a row, or three when four would print its text below the smallest size at the page's width.
  if (svgParts(key).width * LEGEND_SCALE > COLUMN_WIDTH_PT) key = await renderSvg(modelLegendDot(model, 3));
  const [drawing, keyParts] = [svgParts(diagram), svgParts(key)];
  const svg = {
    diagram: inlineSvg(diagram),
    legend: inlineSvg(key),
    // For the slide (PNG): the legend drawn at the diagram's scale when the diagram fills the width.
    legendWidth: Math.min(1, keyParts.width / Math.max(1, drawing.width)),
    // For the page (HTML, PDF): each printed at a size where its smallest text is legible (print-scale.ts).
    diagramPrint: printSize({ ...drawing, minFont: EDGE_SIZE }, DIAGRAM_HEIGHT_PT),
    legendPrint: printSize({ ...keyParts, minFont: LEGEND_SIZE }, Infinity, LEGEND_SCALE),
  };
  if (request.format === 'html') return Buffer.from(toBriefingHtml(model, svg));
  if (!browser) throw new Error('renderBriefingModel: pdf and png need a BriefingBrowser');
  // A what-if is about its change and stays on one page (issue 19); a plain answer may take two.
  if (request.format === 'pdf') return browser.pdf(toBriefingHtml(model, svg), signal, { onePage: !!model.diff });
  return browser.png(toSlideHtml(model, svg, request.width, request.height), request.width, request.height, signal);
}

export async function renderBriefing(
  db: Database,
  request: BriefingRequest,
  options: RenderOptions = {},
): Promise<RenderedBriefing> {
  // Without Chromium, say so before reading the graph.
  if (request.format === 'pdf' || request.format === 'png') options.browser?.assertAvailable();
  const model = await loadBriefingModel(db, request, options.now);
  return {
    body: await renderBriefingModel(model, request, options),
    contentType: CONTENT_TYPES[request.format],
    filename: briefingFilename(model.objective.code, request.approach, request.format),
    dataVersion: model.dataVersion,
    model,
  };
}

/** The actor profile's one-page briefing (issue 19), in one format. */
export async function renderProfileBriefingModel(
  model: ProfileBriefingModel,
  request: ProfileBriefingRequest,
  { browser, signal }: RenderOptions = {},
): Promise<Buffer> {
  if (request.format === 'svg') return Buffer.from(toProfileSvg(model));
  if (request.format === 'html') return Buffer.from(toProfileHtml(model));
  if (!browser) throw new Error('renderProfileBriefingModel: pdf and png need a BriefingBrowser');
  if (request.format === 'pdf') return browser.pdf(toProfileHtml(model), signal, { onePage: true });
  const { width, height } = request;
  return browser.png(toProfileSlideHtml(model, width, height), width, height, signal);
}

export async function renderProfileBriefing(
  db: Database,
  request: ProfileBriefingRequest,
  options: RenderOptions = {},
): Promise<RenderedBriefing> {
  if (request.format === 'pdf' || request.format === 'png') options.browser?.assertAvailable();
  const model = await loadProfileModel(db, request, options.now);
  return {
    body: await renderProfileBriefingModel(model, request, options),
    contentType: CONTENT_TYPES[request.format],
    filename: profileFilename(request.actor, request.format),
    dataVersion: model.dataVersion,
    model,
  };
}
