/**
 * The seed report (`npm run seed -- --report`): counts per label and relationship type, and for each
 * strategy the share of its numbered sections that at least one fact cites. The coverage is pure.
 */
import type { Database } from '../db/database.js';

export interface SectionCoverage {
  document: string;
  name: string;
  sections: number;
  covered: number;
  uncovered: string[];
}

export interface SeedReport {
  labels: Array<{ label: string; count: number }>;
  types: Array<{ type: string; count: number }>;
  coverage: SectionCoverage[];
}

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
  return { labels, types, coverage };
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
  return lines.join('\n');
}
