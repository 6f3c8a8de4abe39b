import cytoscape from 'cytoscape';
import { crc32 as nodeCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../ui/src/lib/api/eligibility.js';
import {
  briefingFileName,
  briefingUrl,
  exportFileName,
  isoDate,
  partnersCsv,
  pngSize,
  wrapElements,
} from '../../../ui/src/lib/graph/export.js';
import { toElements } from '../../../core/graph/to-elements.js';
import { crc32, isPng, pngTextEntries, pngWithText, svgWithMeta } from '../../../ui/src/lib/util/embed-meta.js';

const DATE = new Date(2025, 2, 7, 23, 30);

describe('export file names and sizes', () => {
  it('should name files by what they hold and the local date', () => {
    expect(isoDate(DATE)).toBe('2025-03-07');
    expect(exportFileName('view', 'png', DATE)).toBe('explorer-view-2025-03-07.png');
    expect(exportFileName('Partners SO4.4 / OUTREACH', 'csv', DATE)).toBe(
      'explorer-partners-so4.4-outreach-2025-03-07.csv',
    );
    expect(exportFileName('', 'json', DATE)).toBe('explorer-export-2025-03-07.json');
  });

  it('should give the pixel size of each PNG scale', () => {
    expect(pngSize(940, 700, 1)).toEqual({ width: 940, height: 700 });
    expect(pngSize(940, 700, 2)).toEqual({ width: 1880, height: 1400 });
    expect(pngSize(940.5, 700.25, 4)).toEqual({ width: 3762, height: 2801 });
  });
});

describe('elements as JSON', () => {
  it("should wrap Cytoscape's elements with the date, the data version and the question", () => {
    const cy = cytoscape({
      headless: true,
      elements: toElements({
        nodes: [
          { id: 'enisa', label: 'Actor', name: 'ENISA', kind: 'EU_AGENCY' },
          { id: 'japan', label: 'Actor', name: 'Japan', kind: 'THIRD_COUNTRY' },
        ],
        edges: [{ id: 'e1', source: 'enisa', target: 'japan', type: 'COOPERATES_WITH' }],
        total: 2,
        truncated: false,
      }),
    });
    const wrapped = wrapElements(cy.json().elements, {
      date: DATE,
      dataVersion: '42',
      question: 'Outreach under SO4.4',
      link: 'http://localhost/?objective=SO4.4',
    });
    expect(wrapped).toMatchObject({
      exportedAt: DATE.toISOString(),
      dataVersion: '42',
      question: 'Outreach under SO4.4',
      link: 'http://localhost/?objective=SO4.4',
    });
    const back = JSON.parse(JSON.stringify(wrapped)) as typeof wrapped;
    const again = cytoscape({ headless: true, elements: back.elements as cytoscape.ElementsDefinition });
    expect(again.nodes().map((n) => n.id())).toEqual(['enisa', 'japan']);
    expect(again.getElementById('e1').source().id()).toBe('enisa');
    expect(Object.keys(wrapElements([], { date: DATE, dataVersion: null }))).toEqual([
      'exportedAt',
      'dataVersion',
      'elements',
    ]);
    cy.destroy();
    again.destroy();
  });
});

describe('briefing links', () => {
  const question = {
    objective: 'SO4_4' as const,
    approach: 'OUTREACH' as const,
    assume: [
      { kind: 'SPECIFIC_EU_AGREEMENT' as const, actor: 'japan' },
      { kind: 'INCOMPATIBLE' as const, actor: 'united-states' },
    ],
  };

  it('should ask the endpoint the same question, one assume per assumption, in kebab case', () => {
    const url = briefingUrl(question, 'html');
    expect(url).toBe(
      '/briefing?objective=SO4.4&approach=outreach&assume=specific-eu-agreement:japan&assume=incompatible:united-states&format=html',
    );
    const params = new URL(url, 'http://x').searchParams;
    expect(params.getAll('assume')).toEqual(['specific-eu-agreement:japan', 'incompatible:united-states']);
    expect(briefingUrl({ ...question, assume: [] }, 'pdf')).toBe(
      '/briefing?objective=SO4.4&approach=outreach&format=pdf',
    );
  });

  it('should URL-encode what needs it and read back to the same values', () => {
    const odd = {
      objective: 'ALL' as const,
      approach: 'LIMITED' as const,
      assume: [{ kind: 'INCOMPATIBLE' as const, actor: 'a&b c/é' }],
    };
    const url = briefingUrl(odd, 'svg', 'https://example.org/api/briefing');
    expect(url).not.toMatch(/[ &]b/);
    const params = new URL(url).searchParams;
    expect(params.get('objective')).toBe('ALL');
    expect(params.get('approach')).toBe('limited');
    expect(params.getAll('assume')).toEqual(['incompatible:a&b c/é']);
    expect(params.get('format')).toBe('svg');
  });

  it('should name briefing files after the question', () => {
    expect(briefingFileName(question, 'pdf', DATE)).toBe('explorer-briefing-so4.4-outreach-2025-03-07.pdf');
    expect(briefingFileName(question, 'svg', DATE)).toBe('explorer-briefing-so4.4-outreach-diagram-2025-03-07.svg');
  });
});

describe('partners as CSV', () => {
  const cite = {
    document: { id: 'enisa-2021', name: 'ENISA International Strategy' },
    locator: 'principle 3',
    quote: 'EU "partners"',
  };
  const partner: Partner = {
    actor: { id: 'japan', name: 'Japan', kind: 'THIRD_COUNTRY' },
    assumed: true,
    reasons: [
      {
        rule: { id: 'p3', name: 'Countries with EU agreements', principle: 3 },
        activity: 'outreach',
        basis: 'ASSUMPTION',
        viaGroup: null,
        viaClass: { id: 'c1', name: 'Third countries with agreements' },
        assumption: { description: 'Japan has a cyber agreement with the EU (assumed).' },
        citation: cite,
        explanation: '…',
      },
    ],
    conditions: [{ kind: 'IN_LINE_WITH_UNION_POLICIES', text: 'aligned with EU policy, and agreed', citation: cite }],
  };

  it('should write partner, reasons, conditions and quotes, several on separate lines of one cell', () => {
    const text = partnersCsv([
      partner,
      { ...partner, actor: { id: 'norway', name: 'Norway', kind: 'THIRD_COUNTRY' }, assumed: false, conditions: [] },
    ]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Partner,Kind,Assumed,Reasons,Conditions,Quotes,Id');
    expect(lines[1]).toContain('Japan,Third country,yes,');
    expect(text).toContain(
      'Principle 3: Countries with EU agreements (through a what-if assumption: via class Third countries with agreements) [assumed: Japan has a cyber agreement with the EU (assumed).]',
    );
    expect(text).toContain('"in line with union policies: aligned with EU policy, and agreed"');
    // The same citation under a reason and a condition is quoted once; its quotes are doubled.
    expect(text.match(/ENISA International Strategy, principle 3: “EU ""partners""”/g)).toHaveLength(2);
    expect(text.endsWith(',norway\r\n')).toBe(true);
  });
});

/** A 1×1 white PNG, built by hand. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(nodeCrc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** Every chunk of a PNG: type, data, and whether its CRC is right. */
function chunks(png: Uint8Array): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const buf = Buffer.from(png);
  const out = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const crcOk = buf.readUInt32BE(at + 8 + length) === nodeCrc32(buf.subarray(at + 4, at + 8 + length));
    out.push({ type, data: buf.subarray(at + 8, at + 8 + length), crcOk });
    at += 12 + length;
  }
  return out;
}

describe('provenance in images', () => {
  const meta = {
    title: 'Outreach under SO4.4 — “partners”',
    description: ['Data version: 42', 'Link: http://x/?a=1&b=<2>'],
  };

  it('should compute the same CRC-32 as zlib', () => {
    for (const text of ['', 'IEND', 'Ísland “quotes”']) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    }
  });

  it('should add UTF-8 text chunks after the PNG header, each with a valid CRC', () => {
    const png = pngWithText(tinyPng(), pngTextEntries(meta));
    expect(isPng(png)).toBe(true);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const texts = list.filter((c) => c.type === 'iTXt').map((c) => c.data.toString('utf8').split('\0'));
    expect(texts[0]![0]).toBe('Title');
    expect(texts[0]!.at(-1)).toBe(meta.title);
    expect(texts[1]!.at(-1)).toBe('Data version: 42\nLink: http://x/?a=1&b=<2>');
    expect(pngWithText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('should put an escaped <title> and <desc> first inside the SVG', () => {
    const svg =
      '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="2" height="1.5"><g/></svg>';
    const out = svgWithMeta(svg, meta);
    expect(out).toBe(
      '<?xml version="1.0"?><!DOCTYPE svg><svg viewBox="0 0 2 1.5" xmlns="http://www.w3.org/2000/svg" width="2" height="1.5">' +
        '<title>Outreach under SO4.4 — “partners”</title>' +
        '<desc>Data version: 42\nLink: http://x/?a=1&amp;b=&lt;2&gt;</desc><g/></svg>',
    );
    expect(svgWithMeta('not svg', meta)).toBe('not svg');
    expect(svgWithMeta('<svg viewBox="0 0 4 4" width="2" height="2"></svg>', meta)).toMatch(
      /^<svg viewBox="0 0 4 4" width/,
    );
  });
});
