/**
 * The golden answers: all 21 objective × approach questions with no assumptions, written as plain text for
 * a reviewer who reads them against the strategy (seed/golden/eligibility-21.txt). Per question: the
 * conditions on every route once, then each route (the rule, its provision, whether the sentence names the
 * approach, its quote, its own conditions, the partners and classes it names, the ambiguities it states),
 * then who principle 4 removes, who is shown but not granted, the general conditions and the caveat.
 */
import { APPROACHES } from '../../core/vocabulary.js';
import {
  evaluate,
  questionTitle,
  type ConditionResult,
  type Decision,
  type EligibilityFacts,
  type Reason,
  type RuleFact,
} from '../../api/src/domain/eligibility/index.js';

const key = (c: ConditionResult) => `${c.kind}|${c.rule.id}|${c.text}`;
const condition = (c: ConditionResult) => `${c.kind}: "${c.text}" (${c.citation?.locator ?? '?'}; ${c.rule.id})`;
const wrap = (text: string, indent: string) => `${indent}${text}`;

function via(r: Reason, facts: EligibilityFacts): string {
  const name = (id: string | null) => (id ? (facts.actors.get(id)?.name ?? facts.targets.get(id)?.name ?? id) : '');
  const parts: string[] = [r.basis];
  if (r.viaGroup) parts.push(`via ${name(r.viaGroup)}`);
  if (r.viaClass && r.basis !== 'BY_KIND') parts.push(`in "${name(r.viaClass)}"`);
  if (r.membership?.role) parts.push(r.membership.role);
  if (r.membership?.since) parts.push(`since ${r.membership.since}`);
  if (r.agreement) parts.push(`party to ${r.agreement.agreementId}`);
  return parts.join(', ');
}

/** Issue 21: an agreement a reason goes through, as the answer cites it (reference data from an official page). */
function agreementLines(r: Reason): string[] {
  const a = r.agreement;
  const d = a?.details;
  if (!a || !d) return [];
  const dates = [
    `signed ${d.dateSigned ?? 'not stated'}`,
    `provisionally applied ${d.provisionalApplication ?? 'not stated'}`,
    `in force ${d.entryIntoForce ?? 'not stated'}`,
  ].join(', ');
  const lines = [
    `    agreement ${a.agreementId} (${d.type}${d.referenceData ? ', reference data' : ''}): ${dates}; article: ${d.article ?? 'not known'}`,
  ];
  for (const e of d.evidence.filter((x) => x.note.startsWith('cooperation')))
    lines.push(`      official page: "${e.quote}" (${e.url}; page of ${e.pageDate}; read ${e.dateRead})`);
  if (d.ambiguousKinds.length) lines.push(`      ambiguous, fills nothing: ${d.ambiguousKinds.join(', ')} (G21, G22)`);
  return lines;
}

function ruleHeader(rule: RuleFact): string[] {
  const locator = rule.citations[0]?.locator ?? '?';
  const approach = rule.approachStated ? 'approach stated' : `approach NOT stated: ${rule.approachReading}`;
  const lines = [`- ${rule.id} [${locator}] (${approach})`];
  for (const c of rule.citations) lines.push(`    quote (${c.locator}): "${c.quote}"`);
  for (const a of rule.ambiguities) lines.push(`    ambiguity: ${a}`);
  return lines;
}

/** Section 4 first (the objective's own provisions, lead paragraph then bullets), then sections 2 and 3, in text order. */
function textOrder(rule: RuleFact): number {
  const locator = rule.citations[0]?.locator ?? '';
  const principle = /^principle (\d+)/.exec(locator);
  if (principle) return 1300 + Number(principle[1]);
  const section = /^(\d+)(?:\.(\d+))?(?: \/ bullet (\d+))?/.exec(locator);
  if (!section) return 1900;
  const [, major, minor, bullet] = section;
  const base = Number(major) * 100 + Number(minor ?? 0) * 10 + Number(bullet ?? 0);
  return Number(major) >= 4 ? base : 1000 + base;
}

export function renderCell(facts: EligibilityFacts, decision: Decision): string {
  const name = (id: string) => facts.actors.get(id)?.name ?? facts.targets.get(id)?.name ?? id;
  const { question } = decision;
  const out: string[] = [`## ${question.objective} × ${question.approach} (${questionTitle(question)})`, ''];

  const grants = facts.rules.filter(
    (r) =>
      r.effect === 'GRANT' &&
      r.approaches.includes(question.approach) &&
      (r.objective === 'ALL' || r.objective === question.objective),
  );
  const ordered = [...grants].sort((a, b) => textOrder(a) - textOrder(b));
  const conditionSets = ordered.map((rule) => {
    const fromPartner = decision.partners.flatMap((p) => p.reasons).find((r) => r.rule.id === rule.id)?.conditions;
    const fromClass = decision.classes.flatMap((c) => c.reasons).find((r) => r.rule.id === rule.id)?.conditions;
    const fromActivity = decision.activities.find((a) => a.rule.id === rule.id)?.conditions;
    return fromPartner ?? fromClass ?? fromActivity ?? [];
  });
  const common = conditionSets.length
    ? conditionSets.reduce((acc, set) => acc.filter((c) => set.some((d) => key(d) === key(c))))
    : [];
  const commonKeys = new Set(common.map(key));
  out.push('Conditions on every route:');
  for (const c of common) out.push(wrap(condition(c), '  '));
  out.push('');

  out.push(`Routes (${ordered.length}):`);
  ordered.forEach((rule, i) => {
    out.push(...ruleHeader(rule));
    const own = conditionSets[i]!.filter((c) => !commonKeys.has(key(c)));
    for (const c of own) out.push(`    condition: ${condition(c)}`);
    if (rule.appliesTo.length === 0) {
      out.push('    names no partner: an activity');
      return;
    }
    const partners = decision.partners
      .flatMap((p) => p.reasons.filter((r) => r.rule.id === rule.id).map((r) => ({ id: p.actorId, r })))
      .map(({ id, r }) => `${name(id)} (${via(r, facts)})`);
    out.push(`    partners (${partners.length}): ${partners.length ? partners.join('; ') : 'none'}`);
    const seen = new Set<string>();
    for (const p of decision.partners)
      for (const r of p.reasons.filter((x) => x.rule.id === rule.id && x.agreement)) {
        if (seen.has(r.agreement!.agreementId)) continue;
        seen.add(r.agreement!.agreementId);
        out.push(...agreementLines(r));
      }
    for (const targetId of rule.appliesTo) {
      const cls = decision.classes.find((c) => c.classId === targetId);
      if (!cls) continue;
      const target = facts.targets.get(targetId)!;
      const filled = target.filledBy.length ? `filled by ${target.filledBy.join(' or ')}` : 'open: curation or what-if';
      if (target.memberKinds.length > 0) {
        const kinds = target.memberKinds.join(', ');
        out.push(`    class "${target.name}" (${filled}): members by kind (${kinds}), as the partners above`);
        continue;
      }
      const members = cls.members
        .map((m) => `${name(m.actorId)} (${m.basis}${m.membership?.role ? `, ${m.membership.role}` : ''})`)
        .sort();
      out.push(`    class "${target.name}" (${filled}): ${members.length ? members.join('; ') : 'no member yet'}`);
    }
  });
  out.push('');

  out.push(
    `Excluded by principle 4 (${decision.excluded.length}): ${decision.excluded.map((e) => name(e.actorId)).join('; ') || 'none'}`,
  );
  out.push(
    `Shown, not granted (${decision.suspended.length}): ${
      decision.suspended.map((s) => `${name(s.actorId)}: ${s.explanation}`).join('; ') || 'none'
    }`,
  );
  out.push('General conditions (developing frameworks or agreements):');
  for (const c of decision.generalConditions) out.push(wrap(condition(c), '  '));
  out.push('Caveat for every actor not named:');
  for (const caveat of decision.caveats)
    for (const c of caveat.citations) out.push(wrap(`"${c.quote}" (${c.locator}; ${caveat.rule.id})`, '  '));
  out.push(`As of (newest reference page used): ${decision.asOf ?? 'none used'}`);
  out.push('');
  return out.join('\n');
}

export function renderGolden(facts: EligibilityFacts): string {
  const header = [
    '# All 21 objective × approach answers, with no assumptions',
    '',
    'Generated from the seed by test/integration/eligibility/golden.int.test.ts (UPDATE_GOLDEN=1 rewrites it).',
    'Reviewed line by line against seed/sources/enisa-international-strategy-2021.txt; every reading is in',
    'seed/READINGS.md. A change to the rules, the classes or the reference memberships shows here as a diff.',
    '',
  ];
  const cells = [...facts.objectives]
    .sort()
    .flatMap((objective) =>
      APPROACHES.values.map((approach) => renderCell(facts, evaluate(facts, { objective, approach, assumptions: [] }))),
    );
  return [...header, ...cells].join('\n');
}
