import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv, tableRows } from '../../../ui/src/lib/graph/table.js';
import type { GraphData } from '../../../core/graph/types.js';
import { BOM, csvField, toCsv } from '../../../ui/src/lib/util/csv.js';
import { parseCsv } from '../../helpers/csv.js';

describe('csv', () => {
  it('should leave plain fields alone and quote those with a comma, quote or line break', () => {
    expect(csvField('ENISA')).toBe('ENISA');
    expect(csvField('Iceland, Norway')).toBe('"Iceland, Norway"');
    expect(csvField('the "partners"')).toBe('"the ""partners"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('should write numbers, booleans and empty values plainly', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('yes');
    expect(csvField(false)).toBe('no');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('should keep non-ASCII text as it is', () => {
    expect(csvField('Türkiye — ‘third countries’ ©')).toBe('Türkiye — ‘third countries’ ©');
    expect(csvField('日本, Japan')).toBe('"日本, Japan"');
  });

  it('should defuse text a spreadsheet would run as a formula, but not signed numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(-3)).toBe('-3');
  });

  it('should start with a BOM, end every line with CRLF and read back to the same cells', () => {
    const rows = [
      ['Japan', 'a, b', 'say "hi"'],
      ['Ísland', 'two\nlines', ''],
    ];
    const text = toCsv(['Name', 'List', 'Quote'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toHaveLength(4);
    expect(parseCsv(text.slice(1))).toEqual([['Name', 'List', 'Quote'], ...rows]);
  });
});

const graph: GraphData = {
  nodes: [
    { id: 'enisa', label: 'Actor', name: 'ENISA', kind: 'eu-agency' },
    { id: 'japan', label: 'Actor', name: 'Japan', kind: 'third-country' },
    { id: 'so4.4', label: 'StrategicObjective', name: 'Outreach, "partners"', kind: null },
  ],
  edges: [
    { id: 'e1', source: 'enisa', target: 'japan', type: 'COOPERATES_WITH' },
    { id: 'e2', source: 'enisa', target: 'so4.4', type: 'PURSUES' },
  ],
  total: 3,
  truncated: false,
};

describe('table rows and their CSV', () => {
  it('should put highlighted nodes first, then sort by name, as the table view does', () => {
    const { nodes, edges } = tableRows(graph, new Set(['japan']));
    expect(nodes.map((n) => n.id)).toEqual(['japan', 'enisa', 'so4.4']);
    expect(nodes[1]).toMatchObject({ name: 'ENISA', links: 2, actor: true, highlighted: false });
    expect(edges[0]).toMatchObject({ sourceName: 'ENISA', type: 'cooperates with', targetName: 'Japan' });
  });

  it('should filter rows by name, kind or relationship type', () => {
    expect(tableRows(graph, new Set(), 'jap').nodes.map((n) => n.id)).toEqual(['japan']);
    expect(tableRows(graph, new Set(), 'PURSUES').edges.map((e) => e.id)).toEqual(['e2']);
    expect(tableRows(graph, new Set(), 'agency').nodes.map((n) => n.id)).toEqual(['enisa']);
    // As the API spells them: enum names (ACTOR, EU_AGENCY), matched in any case, by their words too.
    const fromApi: GraphData = {
      ...graph,
      nodes: graph.nodes.map((n) => ({
        ...n,
        label: n.label === 'Actor' ? 'ACTOR' : 'STRATEGIC_OBJECTIVE',
        kind: n.kind?.toUpperCase().replace(/-/g, '_') ?? null,
      })),
    };
    expect(tableRows(fromApi, new Set(), 'agency').nodes.map((n) => n.id)).toEqual(['enisa']);
    expect(tableRows(fromApi, new Set(), 'third_country').nodes.map((n) => n.id)).toEqual(['japan']);
    expect(
      tableRows(fromApi, new Set())
        .nodes.filter((n) => n.actor)
        .map((n) => n.id),
    ).toEqual(['enisa', 'japan']);
    expect(tableRows(graph, new Set(), 'cooperates with').edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('should write one CSV line per row with a header, citations only for actors', () => {
    const { nodes, edges } = tableRows(graph, new Set(['japan']));
    const counts = new Map([
      ['enisa', 7],
      ['e1', 2],
    ]);
    const nodeLines = parseCsv(nodesCsv(nodes, counts).slice(1));
    expect(nodeLines[0]).toEqual(['Name', 'Kind', 'Links', 'Citations', 'Highlighted', 'Id']);
    expect(nodeLines).toHaveLength(1 + nodes.length);
    expect(nodeLines[1]).toEqual(['Japan', nodes[0]!.kind, '1', '0', 'yes', 'japan']);
    expect(nodeLines[2]!.slice(3, 5)).toEqual(['7', 'no']);
    expect(nodeLines[3]![0]).toBe('Outreach, "partners"');
    expect(nodeLines[3]![3]).toBe('');
    const edgeLines = parseCsv(edgesCsv(edges, counts).slice(1));
    expect(edgeLines[1]).toEqual(['ENISA', 'cooperates with', 'Japan', '2', 'enisa', 'COOPERATES_WITH', 'japan']);
    expect(parseCsv(edgesCsv(edges, null).slice(1))[1]![3]).toBe('');
  });
});
