import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKpiCatalogue } from '../../server/reports/loadKpiCatalogue';
import { DEFINITIONS_DIR } from './loadSeedLibrary';
import { kpiIssuesOf, readKpi, seedLibrary } from './kpiFixtures';

const k07 = () => readKpi('K07');

describe('the KPI catalogue', () => {
  it('loads every KPI file in definitions/kpis against the seed library', () => {
    const catalogue = loadKpiCatalogue(DEFINITIONS_DIR, seedLibrary);
    const files = readdirSync(join(DEFINITIONS_DIR, 'kpis')).filter((n) => /^K\d.*\.json$/.test(n));
    expect(catalogue.list()).toHaveLength(files.length);
    expect(catalogue.get('K07')?.target?.value).toBe(0.9);
    expect(catalogue.get('K01')?.target?.value).toBe(0.8);
  });

  it("takes a fixed denominator from the municipality's parameter profile before the form's default", () => {
    expect(loadKpiCatalogue(DEFINITIONS_DIR, seedLibrary).denominatorOf('K11')).toBe(180);
    const profile = { workflows: {}, forms: { 'F34-activity-registration': { plannedFamilies: 120 } } };
    expect(loadKpiCatalogue(DEFINITIONS_DIR, seedLibrary, profile).denominatorOf('K11')).toBe(120);
  });

  it('names a state that does not exist in the workflow, with its JSON path', () => {
    const kpi = k07();
    kpi.numerator = {
      ...kpi.numerator!,
      require: [{ submission: { form: 'F22-extended-visit-content', state: 'visit19m' } }],
    };
    expect(kpiIssuesOf(kpi)).toEqual([
      "/numerator/require/0/submission/state: state 'visit19m' does not exist in hedensted.extendedVisit",
    ]);
  });

  it('names a field that does not exist in the form', () => {
    const kpi = k07();
    kpi.categories!.accepted!.require = [
      { submission: { form: 'F03-offer-response', where: { answer: 'accepted' } } },
    ];
    expect(kpiIssuesOf(kpi)).toEqual([
      "/categories/accepted/require/0/submission/answer: field 'answer' does not exist in form F03-offer-response",
    ]);
  });

  it('refuses a final-state condition on a state that is not final, and an unknown parameter', () => {
    const kpi = k07();
    kpi.population.params = { ageMonth: 18 };
    kpi.numerator = { ...kpi.numerator!, require: [{ final: ['offer'] }] };
    expect(kpiIssuesOf(kpi)).toEqual([
      "/population/params/ageMonth: parameter 'ageMonth' is not declared by hedensted.extendedVisit",
      "/numerator/require/0/final: state 'offer' is not a final state of hedensted.extendedVisit",
    ]);
  });

  it('refuses a workflow version that does not exist and a form the KPI does not draw on', () => {
    const kpi = k07();
    kpi.draws.workflows = { 'hedensted.extendedVisit': [1, 7] };
    kpi.numerator = { ...kpi.numerator!, require: [{ submission: { form: 'F05-visit' } }] };
    expect(kpiIssuesOf(kpi)).toEqual([
      '/draws/workflows/hedensted.extendedVisit: workflow hedensted.extendedVisit version 7 does not exist',
      '/numerator/require/0/submission/form: form F05-visit is not among the versions drawn on',
    ]);
  });

  it('refuses a sub-intervention that the programme list does not name', () => {
    const kpi = k07();
    kpi.subIntervention = 'visit24m';
    expect(kpiIssuesOf(kpi)).toEqual([
      "/subIntervention: sub-intervention 'visit24m' is not in kpis/programmes.json under hedensted",
    ]);
  });

  it('checks the meta-schema first: a KPI without a population is refused with the path', () => {
    const { population: _population, ...rest } = k07();
    expect(kpiIssuesOf(rest)).toEqual(["/: missing required property 'population'"]);
  });
});
