/** One thing wrong with a definition: where (file and JSON path) and why. */
export interface DefinitionIssue {
  source: string;
  path: string;
  message: string;
}

/** Definitions are code-like input: a broken one fails loudly, naming every problem. */
export class DefinitionError extends Error {
  constructor(readonly issues: DefinitionIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DefinitionError';
  }
}

export function formatIssue(issue: DefinitionIssue): string {
  return `${issue.source}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`;
}
