import type { Library } from '../../runtime';
import { readField, type KpiDefinition, type ReportFacts } from '../../runtime/reporting';
import { toDataDictionary, type DictionaryEntry } from './toDataDictionary';
import type { Sheet } from './toXlsx';

/**
 * The pseudonymised evaluation export of a project: its pathways and the submissions of the forms its KPIs
 * draw on, with stable pseudonyms instead of ids and only coded, yes/no, numeric and date fields (no CPR,
 * names, addresses or free text), plus the data dictionary generated from the form definitions.
 */
export function toEvaluationExport(
  kpis: KpiDefinition[],
  facts: ReportFacts,
  library: Library,
  pseudonym: (kind: string, id: string) => string,
): Sheet[] {
  const formVersions = new Map<string, Set<number>>();
  for (const kpi of kpis)
    for (const [id, versions] of Object.entries(kpi.draws.forms))
      for (const v of versions) formVersions.set(id, (formVersions.get(id) ?? new Set()).add(v));
  for (const s of facts.submissions)
    if (formVersions.has(s.formId)) formVersions.get(s.formId)!.add(s.formVersion);

  const dictionary = new Map<string, DictionaryEntry[]>();
  for (const [id, versions] of formVersions)
    for (const version of versions) {
      const form = library.getForm(id, version);
      if (form) dictionary.set(`${id}@${version}`, toDataDictionary(form.definition));
    }

  const pathwaySheet: Sheet = {
    name: 'Forløb',
    columns: [
      'forloeb',
      'familie',
      'barn',
      'overordnet_forloeb',
      'workflow',
      'version',
      'status',
      'tilstand',
      'startdato',
      'team',
      'distrikt',
    ],
    rows: facts.pathways.map((p) => [
      pseudonym('P', p.id),
      pseudonym('F', p.familyId),
      pseudonym('B', p.childId),
      p.parentId ? pseudonym('P', p.parentId) : null,
      p.workflowId,
      p.workflowVersion,
      p.status,
      p.states.join('|'),
      p.startedAt.slice(0, 10),
      p.team,
      p.district ?? null,
    ]),
  };
  const formSheets: Sheet[] = [];
  for (const formId of [...formVersions.keys()].sort()) {
    const fields = [
      ...new Set(
        [...dictionary.entries()]
          .filter(([key]) => key.startsWith(`${formId}@`))
          .flatMap(([, e]) => e.map((f) => f.field)),
      ),
    ];
    const rows = facts.submissions
      .filter((s) => s.formId === formId)
      .map((s) => [
        pseudonym('S', s.id),
        pseudonym('P', s.pathwayId),
        pseudonym('F', s.familyId),
        s.formVersion,
        s.state,
        s.submittedAt.slice(0, 10),
        ...fields.map((field) => {
          const value = readField(s, field);
          if (Array.isArray(value)) return value.map(String).join('|');
          return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? value
            : null;
        }),
      ]);
    if (rows.length === 0) continue;
    formSheets.push({
      name: formId,
      columns: ['besvarelse', 'forloeb', 'familie', 'skemaversion', 'tilstand', 'indsendt', ...fields],
      rows,
    });
  }
  const dictionarySheet: Sheet = {
    name: 'Dataordbog',
    columns: ['skema', 'version', 'felt', 'titel', 'title_en', 'type', 'koder'],
    rows: [...dictionary.values()]
      .flat()
      .map((e) => [e.formId, e.formVersion, e.field, e.title, e.titleEn, e.type, e.codes]),
  };
  return [pathwaySheet, ...formSheets, dictionarySheet];
}
