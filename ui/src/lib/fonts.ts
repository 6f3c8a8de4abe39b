/**
 * The shipped font (Noto Sans from @fontsource/noto-sans, bundled and served by the app itself) must be
 * loaded before Cytoscape measures a label: the canvas measures with whatever font is there at the time,
 * and keeps that width. loadFonts resolves once every weight the canvas draws is loaded for the given text
 * (and for one character of each script the font covers, so later labels find it ready), or after a few
 * seconds at most: a font that cannot load leaves the fallback, never a blank view.
 */
import { FONT_FAMILY } from '../../../core/font.js';

/** The weights the graph's labels use (style.ts): plain, labelled, highlighted. */
const WEIGHTS = [400, 600, 700];
/** A letter of each subset the font ships for: Latin, Latin Extended, Greek, Cyrillic. */
const SCRIPTS = 'AĄΩЖ';
const TIMEOUT_MS = 3000;

export function loadFonts(text = ''): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const loads = WEIGHTS.map((weight) =>
    document.fonts.load(`${weight} 16px "${FONT_FAMILY}"`, `${SCRIPTS}${text}`).catch(() => []),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, TIMEOUT_MS));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]);
}
