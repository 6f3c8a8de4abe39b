/**
 * Advance widths of the label font (Noto Sans, core/font.ts, as shipped by @fontsource/noto-sans), per 1000 units
 * of font size, for the printable ASCII characters (32 to 126), read from the font files' hmtx tables. Other
 * characters take the average lower-case width. Pure data for estimating label sizes without a canvas.
 */
const FIRST = 32;
const REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907,
  760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615,
  564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380,
  551, 380, 572,
];
const SEMIBOLD = [
  260, 277, 452, 646, 572, 875, 743, 250, 324, 324, 546, 572, 279, 320, 276, 399, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 572, 276, 279, 572, 572, 572, 461, 898, 672, 659, 638, 732, 558, 538, 726, 756, 370, 309, 647, 546, 929,
  793, 787, 615, 787, 643, 550, 569, 747, 631, 953, 638, 603, 576, 330, 399, 330, 572, 423, 333, 585, 626, 502, 626,
  585, 371, 626, 638, 283, 283, 588, 283, 960, 638, 617, 626, 626, 434, 493, 406, 638, 547, 830, 560, 548, 484, 389,
  551, 389, 572,
];
const FALLBACK = 560;

/** The width (px) of `text` set in the label font at `fontPx`, regular (400) or semibold (600). */
export function textWidth(text: string, fontPx: number, semibold = false): number {
  const table = semibold ? SEMIBOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += table[(ch.codePointAt(0) ?? 0) - FIRST] ?? FALLBACK;
  return (units * fontPx) / 1000;
}
