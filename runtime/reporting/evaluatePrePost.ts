import { classifyPathways } from './classifyPathways';
import type { FactIndex } from './createFactIndex';
import { readField } from './matchCondition';
import type { KpiDefinition, ReportFilter, SubmissionFact } from './types';

export interface PrePostMeasureResult {
  field: string;
  /** Pairs where both measurements hold a value for this field. */
  pairs: number;
  /** Numeric: mean of post − pre. */
  meanChange?: number;
  /** Numeric: change → number of pairs; categorical: `pre→post` → number of pairs. */
  distribution: Record<string, number>;
}

export interface PrePostResult {
  kpiId: string;
  /** Pathways in the population (period, filter). */
  pathways: number;
  /** Pathways with both a start and an end measurement on the same form version. */
  completePairs: number;
  /** Pathways with both, but on different form versions: not compared. */
  versionMismatch: number;
  /** Pathways with a start but no end measurement. */
  preOnly: number;
  /** Form version → complete pairs on it. */
  byVersion: Record<string, number>;
  measures: PrePostMeasureResult[];
}

const isValue = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Paired start/end measurements per theme. Only a start and an end on the same form version make a pair:
 * a changed questionnaire is not the same measurement.
 */
export function evaluatePrePost(
  kpi: KpiDefinition,
  index: FactIndex,
  filter: ReportFilter = {},
): PrePostResult {
  const rule = kpi.prePost;
  if (!rule) throw new Error(`KPI ${kpi.id} has no prePost rule`);
  const result: PrePostResult = {
    kpiId: kpi.id,
    pathways: 0,
    completePairs: 0,
    versionMismatch: 0,
    preOnly: 0,
    byVersion: {},
    measures: [],
  };
  const pairs: [SubmissionFact, SubmissionFact][] = [];
  for (const { pathway } of classifyPathways(kpi, index, filter)) {
    result.pathways += 1;
    const own = index.submissionsOf(pathway.id).filter((s) => s.formId === rule.form);
    const latest = (timepoint: string) =>
      own.filter((s) => readField(s, rule.timepointField) === timepoint).pop();
    const pre = latest(rule.pre);
    const post = latest(rule.post);
    if (!pre) continue;
    if (!post) {
      result.preOnly += 1;
      continue;
    }
    if (pre.formVersion !== post.formVersion) {
      result.versionMismatch += 1;
      continue;
    }
    result.completePairs += 1;
    result.byVersion[String(pre.formVersion)] = (result.byVersion[String(pre.formVersion)] ?? 0) + 1;
    pairs.push([pre, post]);
  }
  for (const measure of rule.measures) {
    const distribution: Record<string, number> = {};
    let count = 0;
    let sum = 0;
    for (const [pre, post] of pairs) {
      const before = readField(pre, measure.field);
      const after = readField(post, measure.field);
      if (!isValue(before) || !isValue(after)) continue;
      count += 1;
      let key = 'recorded';
      if (measure.scale === 'numeric' && typeof before === 'number' && typeof after === 'number') {
        sum += after - before;
        key = String(after - before);
      } else if (measure.scale === 'categorical') key = `${String(before)}→${String(after)}`;
      distribution[key] = (distribution[key] ?? 0) + 1;
    }
    result.measures.push({
      field: measure.field,
      pairs: count,
      ...(measure.scale === 'numeric' && count > 0 ? { meanChange: sum / count } : {}),
      distribution,
    });
  }
  return result;
}
