import { describe, expect, it } from 'vitest';
import { dotShape, dotString, dotStringLeft, htmlLabelText, wrap } from '../../../../api/src/briefing/dot-text.js';
import { renderSvg } from '../../../../api/src/briefing/render-svg.js';
import { parseXml } from './xml.js';

/** The text lines Graphviz draws for a one-node graph labelled with `label` (a DOT string). */
async function drawnLines(label: string): Promise<string[]> {
  const svg = await renderSvg(`digraph { n [label=${label}] }`);
  const doc = parseXml(svg);
  return [...doc.querySelectorAll('g.node text')].map((t) => t.textContent ?? '');
}

describe('briefing - DOT text', () => {
  it('should escape quotes, backslashes, newlines, < and & so that Graphviz draws the text literally', async () => {
    const text = 'a "quoted" \\N back\\slash <b> & AT&amp;T\nsecond line';
    const dot = dotString(text);
    expect(dot).toBe('"a \\"quoted\\" \\\\N back\\\\slash <b> &amp; AT&amp;amp;T\\nsecond line"');
    expect(await drawnLines(dot)).toEqual(['a "quoted" \\N back\\slash <b> & AT&amp;T', 'second line']);
  });

  it('should not let a label close its string or start an HTML-like label', async () => {
    const text = '" ] ; evil [label=<b>x</b>] "';
    expect(await drawnLines(dotString(text))).toEqual([text]);
    expect(await drawnLines(dotString('<not html>'))).toEqual(['<not html>']);
  });

  it('should replace control characters and CRLF', () => {
    expect(dotString('a\r\nb\u0007c')).toBe('"a\\nb c"');
  });

  it('should left-justify every line with dotStringLeft', () => {
    expect(dotStringLeft('one\ntwo "2"')).toBe('"one\\ltwo \\"2\\"\\l"');
  });

  it('should escape HTML-like label text', () => {
    expect(htmlLabelText('a < b & "c" > d\ne')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d<BR/>e');
  });

  it('should wrap at word boundaries and keep long words whole', () => {
    expect(wrap('International partners whose agreement', 14)).toBe('International\npartners whose\nagreement');
    expect(wrap('Liechtensteinian', 5)).toBe('Liechtensteinian');
  });

  it('should map the UI shapes to the nearest Graphviz shapes', () => {
    expect(dotShape('triangle')).toEqual({ shape: 'triangle', rounded: false });
    expect(dotShape('round-rectangle')).toEqual({ shape: 'box', rounded: true });
    expect(dotShape('heptagon').shape).toBe('septagon');
    expect(dotShape('ellipse')).toEqual({ shape: 'ellipse', rounded: false });
    expect(dotShape('no-such-shape').shape).toBe('ellipse');
  });
});
