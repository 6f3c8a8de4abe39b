/**
 * Finds text inside a PNG by drawing the same text again, in the page, with the same font and size, and looking
 * for that drawing among the PNG's pixels (template matching on ink: a pixel darker than mid-grey). The PNG is
 * decoded by the browser; nothing the app reports about the image is read. A `swatch` colour, when given, must
 * also appear within 40 px left of the text (the legend's colour square before its name).
 */
import type { Page } from 'playwright-core';

export interface TextQuery {
  text: string;
  /** A CSS font, e.g. `bold 40px "Noto Sans", sans-serif`. */
  font: string;
  /** The text's colour (default black). */
  color?: string;
  swatch?: string;
}

export interface TextFound {
  text: string;
  /** Top-left of the best match in the PNG (device pixels), or null when nothing matched. */
  at: { x: number; y: number } | null;
  /** Share of the drawn text's pixels whose ink differs at the best match (0 = identical). */
  mismatch: number;
  swatchFound: boolean | null;
}

/** Looks for every query's text in `png`; a match is a mismatch under 4% of the text's pixels. */
export async function findTexts(page: Page, png: Buffer, queries: TextQuery[]): Promise<TextFound[]> {
  return page.evaluate(
    async ({ base64, queries }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const gray = (d: Uint8ClampedArray, i: number) => 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
      const ink = new Uint8Array(width * height);
      for (let i = 0; i < ink.length; i++) ink[i] = gray(data, i * 4) < 150 ? 1 : 0;

      const results = [];
      for (const q of queries) {
        await document.fonts.load(q.font);
        const t = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        t.font = q.font;
        const tw = Math.ceil(t.measureText(q.text).width) + 4;
        const th = Math.ceil(parseFloat(/(\d+(?:\.\d+)?)px/.exec(q.font)![1]!) * 1.5);
        t.canvas.width = tw;
        t.canvas.height = th;
        t.fillStyle = '#ffffff';
        t.fillRect(0, 0, tw, th);
        t.font = q.font;
        t.textBaseline = 'top';
        t.fillStyle = q.color ?? '#000000';
        t.fillText(q.text, 2, 2);
        const td = t.getImageData(0, 0, tw, th).data;
        const tInk = new Uint8Array(tw * th);
        for (let i = 0; i < tInk.length; i++) tInk[i] = gray(td, i * 4) < 150 ? 1 : 0;
        const first = tInk.indexOf(1);
        const ax = first % tw;
        const ay = Math.floor(first / tw);
        const limit = Math.ceil(tw * th * 0.04);
        let best = { x: -1, y: -1, wrong: Infinity };
        for (let p = 0; p < ink.length; p++) {
          if (!ink[p]) continue;
          const ox = (p % width) - ax;
          const oy = Math.floor(p / width) - ay;
          if (ox < 0 || oy < 0 || ox + tw > width || oy + th > height) continue;
          let wrong = 0;
          for (let y = 0; y < th && wrong <= Math.min(best.wrong, limit); y++) {
            const row = (oy + y) * width + ox;
            for (let x = 0; x < tw; x++) if (ink[row + x] !== tInk[y * tw + x]) wrong++;
          }
          if (wrong < best.wrong) best = { x: ox, y: oy, wrong };
        }
        const found = best.wrong <= limit;
        let swatchFound: boolean | null = null;
        if (q.swatch && found) {
          const want = [1, 3, 5].map((i) => parseInt(q.swatch!.slice(i, i + 2), 16));
          swatchFound = false;
          for (let y = best.y; y < best.y + th && !swatchFound; y++)
            for (let x = Math.max(0, best.x - 40); x < best.x; x++) {
              const i = (y * width + x) * 4;
              if (want.every((v, k) => Math.abs(data[i + k]! - v) <= 2)) swatchFound = true;
            }
        }
        results.push({
          text: q.text,
          at: found ? { x: best.x, y: best.y } : null,
          mismatch: best.wrong / (tw * th),
          swatchFound,
        });
      }
      return results;
    },
    { base64: png.toString('base64'), queries },
  );
}
