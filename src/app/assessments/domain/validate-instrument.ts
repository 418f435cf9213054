import { achievableScores } from './achievable-scores';
import { optionSetOf } from './answers';
import { Condition } from './condition';
import { bandContains } from './find-band';
import { InstrumentDefinition } from './instrument-definition';
import { Banding } from './scale-definition';

/**
 * Every way a definition could score someone wrongly or show them something unsourced.
 * Returns the problems found; an empty list means the definition is sound.
 */
export function validateInstrument(d: InstrumentDefinition): string[] {
  return [...checkText(d), ...checkItems(d), ...checkScales(d), ...checkRules(d)].map((p) => `${d.id || '(no id)'}: ${p}`);
}

function checkText(d: InstrumentDefinition): string[] {
  const problems: string[] = [];
  const required: [string, string][] = [
    ['id', d.id], ['version', d.version], ['title', d.title], ['shortTitle', d.shortTitle], ['measures', d.measures],
    ['wordingSource', d.wordingSource], ['attribution.authors', d.attribution.authors],
    ['attribution.citation', d.attribution.citation], ['terms.text', d.terms.text], ['terms.source', d.terms.source],
  ];
  for (const [field, value] of required) if (!value?.trim()) problems.push(`${field} is empty`);
  if (!Number.isInteger(d.scoringVersion) || d.scoringVersion < 1) problems.push('scoringVersion must be a positive integer');
  if (!(d.estimatedMinutes > 0)) problems.push('estimatedMinutes must be positive');
  if (!(d.attribution.year > 1900)) problems.push('attribution.year is missing');
  if (d.terms.link && (!/^https:\/\/[^/\s]+\//.test(d.terms.link.href) || !d.terms.link.text.trim())) {
    problems.push('terms.link needs an https address and a text');
  }
  if (d.recallPeriod !== null && !d.recallPeriod.trim()) problems.push('recallPeriod is blank; use null when none is stated');
  if (d.instructions !== null && !d.instructions.trim()) problems.push('instructions are blank; use null when none exist');
  return problems;
}

function checkItems(d: InstrumentDefinition): string[] {
  const problems = [
    ...duplicates('item id', d.items.map((i) => i.id)),
    ...duplicates('option set id', d.optionSets.map((s) => s.id)),
    ...duplicates('item number', d.items.map((i) => `${i.sectionId ?? ''}#${i.number}`)),
  ];
  for (const set of d.optionSets) {
    if (set.options.length < 2) problems.push(`option set ${set.id} has fewer than 2 options`);
    problems.push(...duplicates(`option id in ${set.id}`, set.options.map((o) => o.id)));
    problems.push(...duplicates(`option value in ${set.id}`, set.options.map((o) => String(o.value))));
    for (const o of set.options) {
      if (!o.id.trim() || !o.label.trim()) problems.push(`option set ${set.id} has an option without id or label`);
      if (!Number.isFinite(o.value)) problems.push(`option ${set.id}/${o.id} has no finite value`);
    }
  }
  for (const item of d.items) {
    if (!item.text.trim()) problems.push(`item ${item.id} has no text`);
    if (!optionSetOf(d, item.optionSetId)) problems.push(`item ${item.id} uses unknown option set ${item.optionSetId}`);
    if (item.sectionId && !d.sections.some((s) => s.id === item.sectionId)) problems.push(`item ${item.id} is in unknown section`);
    const inScale = d.scales.some((s) => s.itemIds.includes(item.id));
    if (item.scored && !inScale) problems.push(`scored item ${item.id} is in no scale`);
    if (!item.scored && inScale) problems.push(`unscored item ${item.id} is in a scale`);
  }
  for (const id of d.reverseItemIds) {
    if (!d.items.some((i) => i.id === id && i.scored)) problems.push(`reverse item ${id} is not a scored item`);
  }
  const tokens = [...d.items.map((i) => i.text), d.instructions ?? ''].flatMap((t) => [...t.matchAll(/\[([^[\]]+)\]/g)].map((m) => m[1]));
  for (const token of new Set(tokens)) {
    if (!d.bracketTerms.some((t) => t.token === token)) problems.push(`bracketed term [${token}] is not declared`);
  }
  return problems;
}

function checkScales(d: InstrumentDefinition): string[] {
  const problems = duplicates('scale id', d.scales.map((s) => s.id));
  if (!d.scales.some((s) => s.role === 'primary')) problems.push('no primary scale');
  for (const scale of d.scales) {
    const where = `scale ${scale.id}`;
    for (const id of scale.itemIds) if (!d.items.some((i) => i.id === id)) problems.push(`${where} names unknown item ${id}`);
    problems.push(...duplicates(`item in ${where}`, [...scale.itemIds]));
    if (scale.minAnswered < 1 || scale.minAnswered > scale.itemIds.length) problems.push(`${where} minAnswered out of range`);
    if (scale.scoring.kind !== 'mean' && scale.minAnswered !== scale.itemIds.length) problems.push(`${where} sums need every item`);
    if (d.missingItemRule.kind === 'all-required' && scale.minAnswered !== scale.itemIds.length) {
      problems.push(`${where} minAnswered contradicts the all-required rule`);
    }
    const scores = achievableScores(d, scale);
    if (scores[0] !== scale.range.min || scores[scores.length - 1] !== scale.range.max) {
      problems.push(`${where} range ${scale.range.min}–${scale.range.max} is not ${scores[0]}–${scores[scores.length - 1]}`);
    }
    const bandings = [scale.banding, scale.bandingBySex?.female, scale.bandingBySex?.male].filter((b): b is Banding => !!b);
    if (scale.banding && scale.bandingBySex) problems.push(`${where} has both fixed and sex-specific bands`);
    for (const banding of bandings) problems.push(...checkBanding(where, banding, scores));
  }
  return problems;
}

function checkBanding(where: string, banding: Banding, scores: readonly number[]): string[] {
  const problems = duplicates(`band id in ${where}`, banding.bands.map((b) => b.id));
  if (!banding.source.trim()) problems.push(`${where} bands have no source`);
  for (const band of banding.bands) if (!band.label.trim()) problems.push(`${where} band ${band.id} has no label`);
  const sorted = [...banding.bands].sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    const touching = a.max === b.min && !a.maxExclusive && !b.minExclusive;
    if (a.max > b.min || touching) problems.push(`${where} bands ${a.id} and ${b.id} overlap`);
  }
  for (const score of scores) {
    const count = banding.bands.filter((band) => bandContains(band, score)).length;
    if (count !== 1) problems.push(`${where} score ${score} falls in ${count} bands`);
  }
  return problems;
}

function checkRules(d: InstrumentDefinition): string[] {
  const problems = duplicates('rule id', [...d.safetyRules, ...d.nextSteps, ...d.skipRules].map((r) => r.id));
  const known = (c: Condition) => ('item' in c ? d.items.some((i) => i.id === c.item) : d.scales.some((s) => s.id === c.scale));
  for (const rule of [...d.safetyRules, ...d.nextSteps, ...d.skipRules]) {
    if (!known(rule.when)) problems.push(`rule ${rule.id} refers to an unknown item or scale`);
    if (!rule.source.trim()) problems.push(`rule ${rule.id} has no source`);
  }
  for (const rule of d.safetyRules) if (!rule.message.trim()) problems.push(`safety rule ${rule.id} has no message`);
  for (const rule of d.nextSteps) if (!rule.text.trim()) problems.push(`next step ${rule.id} has no text`);
  for (const rule of d.skipRules) {
    for (const id of rule.itemIds) {
      const item = d.items.find((i) => i.id === id);
      const values = item ? (optionSetOf(d, item.optionSetId)?.options.map((o) => o.value) ?? []) : [];
      if (!values.includes(rule.value)) problems.push(`skip rule ${rule.id}: ${rule.value} is not an option of ${id}`);
      if (d.reverseItemIds.includes(id)) problems.push(`skip rule ${rule.id} skips reversed item ${id}`);
    }
  }
  for (const rule of d.changeRules) {
    if (!d.scales.some((s) => s.id === rule.scaleId)) problems.push(`change rule names unknown scale ${rule.scaleId}`);
    if (!(rule.minimumChange > 0) || !rule.source.trim()) problems.push(`change rule for ${rule.scaleId} needs a size and a source`);
  }
  if (d.missingItemRule.kind === 'min-answered-per-scale' && !d.missingItemRule.source.trim()) {
    problems.push('missing-item rule has no source');
  }
  return problems;
}

function duplicates(what: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set(values.filter((v) => seen.has(v) || !seen.add(v)));
  return [...repeated].map((v) => `duplicate ${what}: ${v}`);
}
