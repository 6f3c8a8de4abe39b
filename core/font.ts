/**
 * The font of the explorer's labels and text and of its briefings: shipped with the app (the npm package
 * @fontsource/noto-sans, SIL Open Font License), so that text measures the same on every machine.
 */
export const FONT_FAMILY = 'Noto Sans';
/**
 * As a CSS font-family value, with a generic fallback for characters the font lacks (double quotes: Cytoscape's
 * font-family property refuses single ones).
 */
export const FONT_STACK = `"${FONT_FAMILY}", sans-serif`;
