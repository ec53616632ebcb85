import type { UserRole } from '../storage/types';

/** Who sees the KPI aggregates and may export KPI tables: leads, administrators and project staff. */
export const REPORT_READERS: readonly UserRole[] = [
  'ledende_sundhedsplejerske',
  'administrator',
  'redaktoer',
];
/**
 * Who may see the families behind a number: that is family data, so only the lead health visitor, and only
 * the families within her reach (administrators see no family data).
 */
export const REPORT_DRILLERS: readonly UserRole[] = ['ledende_sundhedsplejerske'];
/** Who may take the pseudonymised evaluation export (no names, no ids): those who run the evaluation. */
export const EVALUATION_EXPORTERS: readonly UserRole[] = ['ledende_sundhedsplejerske', 'administrator'];
