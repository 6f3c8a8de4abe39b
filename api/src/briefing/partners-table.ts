/**
 * The briefing's table of partners: one row per set of partners that share their reasons and conditions, the
 * conditions common to every row once above it, and a what-if's marks ("+" added) before the names. Pure.
 */
import { cite, conditionItem, conditionKey, conditionText, escapeHtml } from './html-text.js';
import type { BriefingCondition, BriefingModel, BriefingReason } from './model.js';
import { diffMarks } from './to-dot.js';

const BASIS_WORDS: Record<string, (via: string) => string> = {
  NAMED: () => 'named',
  GROUP_MEMBER: (via) => `member of ${via}`,
  CLASS_MEMBER: (via) => `member of “${via}”`,
  BY_KIND: (via) => `one of “${via}” by its kind`,
};

const badge = (a: NonNullable<BriefingReason['agreement']>) =>
  a.referenceData
    ? ` <span class="badge">reference data${a.pageDate ? `, page of ${escapeHtml(a.pageDate)}` : ''}</span>`
    : ' <span class="badge">curated</span>';

/**
 * Issue 21: "party to the EU–Japan Strategic Partnership Agreement [reference data, page of 2018-11-23] [4]";
 * partners that share a row each with their own agreement: "party to its agreement (Canada: …; Japan: …)".
 */
function agreementWords(r: BriefingReason, same: Array<{ name: string; reason: BriefingReason }>): string | null {
  if (r.basis !== 'AGREEMENT' || !r.agreement) return null;
  const via = `so one of “${escapeHtml(r.via?.name ?? '')}”`;
  const one = (a: NonNullable<BriefingReason['agreement']>) => `${escapeHtml(a.name)}${badge(a)}${cite(a.cite)}`;
  if (same.length <= 1) return `party to ${one(r.agreement)}, ${via}`;
  const each = same.map(({ name, reason }) => `${escapeHtml(name)}: ${reason.agreement ? one(reason.agreement) : ''}`);
  return `each party to its agreement with the Union (${each.join('; ')}), ${via}`;
}

/** The i-th reason of a row, with what each partner of the row has for it (their agreements). */
function why(row: Row, i: number, shown: Set<string>): string {
  const r = row.reasons[i]!;
  const same = row.perPartner.map((reasons, k) => ({ name: row.plainNames[k]!, reason: reasons[i] ?? r }));
  const words = BASIS_WORDS[r.basis];
  const how = agreementWords(r, same) ?? escapeHtml(words ? words(r.via?.name ?? '') : r.explanation);
  // What the rule lets ENISA do, once per rule: later rows have its citation number.
  const activity = shown.has(r.ruleId) ? '' : `<div class="activity">${escapeHtml(r.activity)}</div>`;
  shown.add(r.ruleId);
  return `<span class="${r.assumed ? 'assumed' : ''}">${how}</span>, ${escapeHtml(r.locator)}${cite(r.cite)}${activity}`;
}

interface Row {
  ids: string[];
  names: string[];
  plainNames: string[];
  /** Each partner's own reasons, in the order of `reasons` (their agreements differ). */
  perPartner: BriefingReason[][];
  assumed: boolean;
  reasons: BriefingReason[];
  conditions: BriefingCondition[];
  /** Members of the group in `names` that qualify through it alone, on the same rules and conditions. */
  members: string[];
}

const rulesKey = (reasons: BriefingReason[]) => JSON.stringify(reasons.map((r) => r.ruleId).sort());

/**
 * Partners with the same reasons and conditions share a row (Iceland, Liechtenstein, Norway), and members
 * that qualify only through a group named on the same terms join the group's row.
 */
function rows(model: BriefingModel): Row[] {
  const marks = diffMarks(model);
  const grouped = new Map<string, Row>();
  for (const p of model.partners) {
    const key = JSON.stringify([
      p.assumed,
      p.reasons.map((r) => [r.ruleId, r.basis, r.via?.id, r.basis === 'ASSUMPTION' ? p.id : '']),
      p.conditions.map(conditionKey),
    ]);
    const mark = marks.get(p.id);
    const label = `${mark ? `${mark} ` : ''}${p.name}${p.assumed ? ' (assumed)' : ''}`;
    const row = grouped.get(key);
    const { assumed, reasons, conditions } = p;
    if (row) {
      row.ids.push(p.id);
      row.names.push(label);
      row.plainNames.push(p.name);
      row.perPartner.push(reasons);
    } else {
      const [plainNames, perPartner] = [[p.name], [reasons]];
      grouped.set(key, {
        ids: [p.id],
        names: [label],
        plainNames,
        perPartner,
        assumed,
        reasons,
        conditions,
        members: [],
      });
    }
  }
  const all = [...grouped.values()];
  const folded = all.filter((row) => {
    const via = row.reasons[0]?.via;
    if (!via || row.assumed || !row.reasons.every((r) => r.basis === 'GROUP_MEMBER' && r.via?.id === via.id))
      return true;
    const group = all.find((g) => g.ids.length === 1 && g.ids[0] === via.id && !g.assumed);
    const same =
      group &&
      rulesKey(group.reasons) === rulesKey(row.reasons) &&
      JSON.stringify(group.conditions.map(conditionKey)) === JSON.stringify(row.conditions.map(conditionKey));
    if (same) group.members.push(...row.names);
    return !same;
  });
  return folded;
}

const members = (row: Row) =>
  row.members.length > 0
    ? `<div class="members">and its members ${row.members.map((n) => `<span class="partner">${escapeHtml(n)}</span>`).join(', ')}</div>`
    : '';

export function partnersTable(model: BriefingModel): string {
  const all = rows(model);
  if (all.length === 0) return '<p class="none">No partner qualifies for this question.</p>';
  const keys = all.map((r) => new Set(r.conditions.map(conditionKey)));
  const common =
    all.length > 1
      ? all[0]!.conditions.filter((c) => keys.every((k) => k.has(conditionKey(c))))
      : ([] as BriefingCondition[]);
  const commonKeys = new Set(common.map(conditionKey));
  const shown = new Set<string>();
  const body = all
    .map((row) => {
      const own = row.conditions.filter((c) => !commonKeys.has(conditionKey(c)));
      const style = row.assumed ? 'partner assumed' : 'partner';
      const names = row.names.map((n) => `<span class="${style}">${escapeHtml(n)}</span>`);
      return `<tr${row.assumed ? ' class="assumed-row"' : ''}>
  <td>${names.join(', ')}${members(row)}</td>
  <td>${row.reasons.map((_r, i) => `<div class="reason">${why(row, i, shown)}</div>`).join('')}</td>
  <td>${own.length > 0 ? `<ul>${own.map(conditionItem).join('')}</ul>` : '<span class="none">only those above</span>'}</td>
</tr>`;
    })
    .join('\n');
  const inline = conditionText;
  const commonLine =
    common.length > 0 ? `<p class="common"><b>On every partner below:</b> ${common.map(inline).join('; ')}.</p>` : '';
  return `${commonLine}
<table class="partners">
<thead><tr><th scope="col">Partner</th><th scope="col">Why it qualifies (provision) and for what</th><th scope="col">Conditions</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** Classes the text names that have no members yet: one line each, with their provision and conditions. */
export function emptyClasses(model: BriefingModel): string {
  const empty = model.classes.filter((c) => c.members.length === 0);
  if (empty.length === 0) return '';
  const item = (c: BriefingModel['classes'][number]) => {
    const where = [...new Map(c.reasons.map((r) => [r.cite, `${escapeHtml(r.locator)}${cite(r.cite)}`])).values()];
    // Its own provision's conditions; those of the general principles are stated for every partner above.
    const own = c.conditions.filter((x) => c.reasons.some((r) => r.cite === x.cite || r.locator === x.locator));
    const conditions = own.length > 0 ? `; ${own.map(conditionText).join('; ')}` : '';
    return `<li><span class="class-name">${escapeHtml(c.name)}</span> (${where.join(', ')})${conditions}</li>`;
  };
  return `<div><b>Named by the text, no members yet:</b><ul>${empty.map(item).join('')}</ul></div>`;
}
