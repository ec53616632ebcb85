// The public surface of reporting: KPI definitions evaluated over normalized rows. Pure.
export type * from './types';
export { createFactIndex, type FactIndex } from './createFactIndex';
export { createLevelIndex, LEVEL_SOURCE, NOT_LEVELLED, type LevelIndex } from './createLevelIndex';
export { classifyPathways, getPathwayDate, isInPeriod, type ClassifiedPathway } from './classifyPathways';
export {
  evaluateKpi,
  listGroupBys,
  listKpiPathways,
  toPercent,
  type DrillPart,
  type EvaluateOptions,
} from './evaluateKpi';
export { evaluatePrePost, type PrePostResult, type PrePostMeasureResult } from './evaluatePrePost';
export { checkKpi, resolveKpiDenominator } from './checkKpi';
export { toBreakdownOptions } from './toBreakdownOptions';
export { readField, readDate, matchesCondition } from './matchCondition';
export { checkKpiMetaSchema } from './checkKpiMetaSchema';
export { toReportFields } from './toReportFields';
export { listPopulationWorkflows, listReadWorkflows } from './listPopulationWorkflows';
