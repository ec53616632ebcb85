// The public surface of reporting: KPI definitions evaluated over normalized rows. Pure.
export type * from './types';
export { createFactIndex, type FactIndex } from './createFactIndex';
export { classifyPathways, getPathwayDate, isInPeriod, type ClassifiedPathway } from './classifyPathways';
export { evaluateKpi, listKpiPathways, toPercent, type DrillPart } from './evaluateKpi';
export { evaluatePrePost, type PrePostResult, type PrePostMeasureResult } from './evaluatePrePost';
export { checkKpi } from './checkKpi';
export { readField, matchesCondition } from './matchCondition';
export { checkKpiMetaSchema } from './checkKpiMetaSchema';
export { toReportFields } from './toReportFields';
