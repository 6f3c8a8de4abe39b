/**
 * One briefing, in one format, for the endpoint (plugins/briefing.ts) and the CLI (cli/briefing.ts) alike, so the
 * same question gives the same bytes (the generation date aside).
 */
import type { Database } from '../db/database.js';
import type { BriefingBrowser } from './chromium.js';
import { loadBriefingModel } from './load.js';
import type { BriefingModel } from './model.js';
import { briefingFilename, CONTENT_TYPES, type BriefingRequest } from './request.js';
import { modelLegendDot } from './legend-dot.js';
import { inlineSvg, renderSvg, stackSvg, svgParts } from './render-svg.js';
import { toDot } from './to-dot.js';
import { toBriefingHtml, toSlideHtml } from './to-html.js';

export { BriefingBrowser, BROWSER_UNAVAILABLE_MESSAGE } from './chromium.js';
export { parseBriefingRequest, PNG_SIZE, FORMATS, type BriefingFormat, type BriefingRequest } from './request.js';

export interface RenderedBriefing {
  body: Buffer;
  contentType: string;
  filename: string;
  dataVersion: string | null;
  model: BriefingModel;
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
  const [diagram, key] = [await renderSvg(toDot(model)), await renderSvg(legend)];
  const svg = {
    diagram: inlineSvg(diagram),
    legend: inlineSvg(key),
    // The legend drawn at the diagram's scale when the diagram fills the width.
    legendWidth: Math.min(1, svgParts(key).width / Math.max(1, svgParts(diagram).width)),
  };
  if (request.format === 'html') return Buffer.from(toBriefingHtml(model, svg));
  if (!browser) throw new Error('renderBriefingModel: pdf and png need a BriefingBrowser');
  if (request.format === 'pdf') return browser.pdf(toBriefingHtml(model, svg), signal);
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
