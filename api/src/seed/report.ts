/**
 * The seed report (`npm run seed -- --report`): counts per label and relationship type, and for each
 * strategy the share of its numbered sections that at least one fact cites. The coverage is pure.
 */
import type { Database } from '../db/database.js';
import type { SeedGraph } from './types.js';

export interface SectionCoverage {
  document: string;
  name: string;
  sections: number;
  covered: number;
  uncovered: string[];
}

/**
 * Coverage by provision (issue 17): the unit is every Provision of a strategy plus every footnote number the
 * document declares; a provision counts when a fact cites it or when it states why no fact does
 * (`noFactReason`); a declared footnote with no Provision counts as missing.
 */
export interface ProvisionCoverage {
  document: string;
  name: string;
  /** Provisions plus footnotes without a provision. */
  total: number;
  cited: number;
  reasoned: Array<{ locator: string; reason: string }>;
  uncovered: string[];
  missingFootnotes: number[];
}

export interface SeedReport {
  labels: Array<{ label: string; count: number }>;
  types: Array<{ type: string; count: number }>;
  coverage: SectionCoverage[];
  provisions: ProvisionCoverage[];
}

export function provisionCoverage(
  documents: Array<{ id: string; name: string; footnotes?: number | null }>,
  provisions: Array<{ document: string; locator: string; noFactReason?: string | null }>,
  cited: Array<{ document: string; locator: string }>,
): ProvisionCoverage[] {
  const citedKeys = new Set(cited.map((c) => `${c.document}#${c.locator}`));
  return documents.map((doc) => {
    const own = provisions.filter((p) => p.document === doc.id);
    const locators = new Set(own.map((p) => p.locator));
    const missingFootnotes = Array.from({ length: doc.footnotes ?? 0 }, (_, i) => i + 1).filter(
      (n) => !locators.has(`footnote ${n}`),
    );
    const isCited = own.filter((p) => citedKeys.has(`${doc.id}#${p.locator}`));
    const rest = own.filter((p) => !citedKeys.has(`${doc.id}#${p.locator}`));
    return {
      document: doc.id,
      name: doc.name,
      total: own.length + missingFootnotes.length,
      cited: isCited.length,
      reasoned: rest.filter((p) => p.noFactReason).map((p) => ({ locator: p.locator, reason: p.noFactReason! })),
      uncovered: rest.filter((p) => !p.noFactReason).map((p) => p.locator),
      missingFootnotes,
    };
  });
}

/** The same coverage from the validated seed, without a database (what `--report` shows after an import). */
export function seedProvisionCoverage(graph: SeedGraph): ProvisionCoverage[] {
  const strategies = graph.nodes.filter((n) => n.label === 'Document' && n.properties.kind === 'strategy');
  const provisions = graph.nodes.filter((n) => n.label === 'Provision');
  const facts = [
    ...graph.nodes.filter((n) => n.label !== 'Provision' && n.label !== 'Document'),
    ...graph.relationships,
  ];
  return provisionCoverage(
    strategies.map((d) => ({
      id: d.id,
      name: d.properties.name as string,
      footnotes: d.properties.footnotes as number,
    })),
    provisions.map((p) => ({
      document: p.properties.document as string,
      locator: p.properties.locator as string,
      noFactReason: p.properties.noFactReason as string | undefined,
    })),
    facts.flatMap((f) => f.citations.map((c) => ({ document: c.document, locator: c.locator ?? '' }))),
  );
}

/** The share (0–100, rounded down) of provisions and footnotes with a fact or a stated reason. */
export const coveredShare = (c: ProvisionCoverage) =>
  c.total === 0 ? 0 : Math.floor((100 * (c.cited + c.reasoned.length)) / c.total);

/** A locator belongs to a section when it is the section or starts with "<section> /". */
export const inSection = (locator: string, section: string) =>
  locator === section || locator.startsWith(`${section} /`);

export function sectionCoverage(
  documents: Array<{ id: string; name: string; sections: string[] }>,
  cited: Array<{ document: string; locator: string }>,
): SectionCoverage[] {
  return documents.map((doc) => {
    const locators = cited.filter((c) => c.document === doc.id).map((c) => c.locator);
    const uncovered = doc.sections.filter((section) => !locators.some((locator) => inSection(locator, section)));
    return {
      document: doc.id,
      name: doc.name,
      sections: doc.sections.length,
      covered: doc.sections.length - uncovered.length,
      uncovered,
    };
  });
}

export async function buildReport(db: Database): Promise<SeedReport> {
  const labels = (await db.read('report/count-nodes-by-label')).map((r) => ({
    label: String(r.label),
    count: Number(r.count),
  }));
  const types = (await db.read('report/count-relationships-by-type')).map((r) => ({
    type: String(r.type),
    count: Number(r.count),
  }));
  const [row] = await db.read('report/get-cited-locators');
  const coverage = sectionCoverage(
    (row?.documents as Array<{ id: string; name: string; sections: string[] }>) ?? [],
    (row?.cited as Array<{ document: string; locator: string }>) ?? [],
  );
  const provisions = provisionCoverage(
    (row?.documents as Array<{ id: string; name: string; footnotes?: number | null }>) ?? [],
    (row?.provisions as Array<{ document: string; locator: string; noFactReason?: string | null }>) ?? [],
    (row?.cited as Array<{ document: string; locator: string }>) ?? [],
  );
  return { labels, types, coverage, provisions };
}

export function formatReport(report: SeedReport): string {
  const lines = ['Nodes per label:'];
  for (const { label, count } of report.labels) lines.push(`  ${label.padEnd(22)} ${String(count).padStart(5)}`);
  lines.push('Relationships per type:');
  for (const { type, count } of report.types) lines.push(`  ${type.padEnd(26)} ${String(count).padStart(5)}`);
  lines.push('Numbered sections carrying at least one fact:');
  for (const doc of report.coverage) {
    const share = doc.sections === 0 ? 0 : Math.round((100 * doc.covered) / doc.sections);
    lines.push(
      `  ${doc.document}: ${doc.covered}/${doc.sections} (${share}%)${doc.uncovered.length ? `; without a fact: ${doc.uncovered.join(', ')}` : ''}`,
    );
  }
  lines.push('Provisions and footnotes with a fact or a stated reason:');
  for (const doc of report.provisions) {
    lines.push(
      `  ${doc.document}: ${doc.cited + doc.reasoned.length}/${doc.total} (${coveredShare(doc)}%): ${doc.cited} with a fact, ${doc.reasoned.length} with a stated reason`,
    );
    for (const { locator, reason } of doc.reasoned) lines.push(`    ${locator}: no fact, because ${reason}`);
    if (doc.uncovered.length) lines.push(`    without a fact or a reason: ${doc.uncovered.join(', ')}`);
    if (doc.missingFootnotes.length) lines.push(`    footnotes with no provision: ${doc.missingFootnotes.join(', ')}`);
  }
  return lines.join('\n');
}
