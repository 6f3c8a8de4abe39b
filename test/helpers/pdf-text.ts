/**
 * What a PDF prints, read with poppler's tools (issue 19): every word's box from `pdftotext -bbox`, the page
 * count and whether it is tagged from `pdfinfo`. In CI (CI=true) missing tools are a failure, not a skip;
 * .ci/run installs poppler-utils.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fontVerticalMetrics } from '../../api/src/briefing/shipped-font.js';

const run = promisify(execFile);

export function pdfToolsAvailable(): boolean {
  if (['pdftotext', 'pdfinfo', 'pdffonts'].every((tool) => existsSync(`/usr/bin/${tool}`))) return true;
  const message =
    'No pdftotext/pdfinfo/pdffonts: the PDF checks cannot run (apt-get install poppler-utils; .ci/run does).';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!! SKIPPING the PDF checks. ${message}\n`);
  return false;
}

export interface PdfWord {
  text: string;
  page: number;
  /** yMax − yMin of its box, in pt (the page is in pt). */
  height: number;
  /** The font size that box means in the shipped font: height / (ascender + descender), in pt. */
  size: number;
}

const unescape = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The words of `pdftotext -bbox` output (XHTML: one <page> per page, a <word> per word with its box). */
export function parseBboxWords(xhtml: string): PdfWord[] {
  const { ascender, descender } = fontVerticalMetrics();
  const em = ascender + Math.abs(descender);
  const words: PdfWord[] = [];
  let page = 0;
  for (const m of xhtml.matchAll(
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0] === '<page') {
      page += 1;
      continue;
    }
    const height = Number(m[4]) - Number(m[2]);
    words.push({ text: unescape(m[5]!), page, height, size: height / em });
  }
  return words;
}

/** Words printed below `minPt`: by their box's height, or by the font size that height means. */
export const wordsBelow = (words: PdfWord[], minPt: number) =>
  words.filter((w) => w.height < minPt || w.size < minPt - 0.05);

export async function pdfWords(file: string): Promise<PdfWord[]> {
  return parseBboxWords((await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
}

export async function pdfInfo(file: string): Promise<{ pages: number; tagged: boolean }> {
  const info = (await run('pdfinfo', [file])).stdout;
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), tagged: /^Tagged:\s+yes/m.test(info) };
}

export async function pdfText(file: string, layout = false): Promise<string> {
  return (await run('pdftotext', [...(layout ? ['-layout'] : []), file, '-'])).stdout;
}
