import { getStateConfig, type CompiledWorkflow, type LocalizedText } from '../../runtime';

export interface MigrationSummaryLine {
  from: string;
  to: string;
  fromTitle: LocalizedText;
  toTitle: LocalizedText;
  count: number;
}

interface Move {
  from: string[];
  to: string[];
}

interface Unmapped {
  familyName: string;
  states: string[];
}

/**
 * Counts per old state → new state and one sentence for the administrator:
 * "37 familier i Venteliste flyttes til Indskrivning; 4 kan ikke flyttes: …".
 */
export function toMigrationSummary(
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  moves: Move[],
  unmapped: Unmapped[],
): { summary: MigrationSummaryLine[]; text: LocalizedText } {
  const lines = new Map<string, MigrationSummaryLine>();
  for (const move of moves) {
    const key = `${move.from.join(', ')}→${move.to.join(', ')}`;
    const line = lines.get(key) ?? {
      from: move.from.join(', '),
      to: move.to.join(', '),
      fromTitle: toTitles(from, move.from),
      toTitle: toTitles(to, move.to),
      count: 0,
    };
    line.count += 1;
    lines.set(key, line);
  }
  const summary = [...lines.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
  const da = summary.map(
    (l) =>
      `${l.count} ${l.count === 1 ? 'familie' : 'familier'} i ${l.fromTitle.da} flyttes til ${l.toTitle.da}`,
  );
  const en = summary.map(
    (l) => `${l.count} ${l.count === 1 ? 'family' : 'families'} in ${l.fromTitle.en} move to ${l.toTitle.en}`,
  );
  if (unmapped.length > 0) {
    const names = unmapped.map(
      (u) => `${u.familyName} (${u.states.map((s) => toTitles(from, [s]).da).join(', ')})`,
    );
    const namesEn = unmapped.map(
      (u) => `${u.familyName} (${u.states.map((s) => toTitles(from, [s]).en).join(', ')})`,
    );
    da.push(`${unmapped.length} kan ikke flyttes: ${names.join('; ')}`);
    en.push(`${unmapped.length} cannot be moved: ${namesEn.join('; ')}`);
  }
  if (da.length === 0)
    return {
      summary,
      text: { da: 'Ingen familier står på denne version.', en: 'No families are on this version.' },
    };
  return { summary, text: { da: `${da.join('; ')}.`, en: `${en.join('; ')}.` } };
}

/** The states' titles joined, in both languages (a state without a title is named by its path). */
export function toTitles(workflow: CompiledWorkflow, paths: string[]): LocalizedText {
  const titles = paths.map(
    (path) => getStateConfig(workflow.definition.machine, path)?.meta?.title ?? { da: path, en: path },
  );
  return { da: titles.map((t) => t.da).join(', '), en: titles.map((t) => t.en).join(', ') };
}
