import { readFile } from 'node:fs/promises';

const definitions = new URL('../../definitions/', import.meta.url);

/** The Danish title of a definition, as the worker sees it: `readDefinitionTitle('forms', 'F03-offer-response')`. */
export async function readDefinitionTitle(
  kind: 'forms' | 'workflows',
  id: string,
  version = 1,
): Promise<string> {
  const file = new URL(`${kind}/${id}.v${version}.json`, definitions);
  return (JSON.parse(await readFile(file, 'utf8')) as { title: { da: string } }).title.da;
}

/** The Danish titles of several definitions of one kind, by id. */
export async function readDefinitionTitles<Id extends string>(
  kind: 'forms' | 'workflows',
  ids: readonly Id[],
): Promise<Record<Id, string>> {
  const titles = await Promise.all(ids.map((id) => readDefinitionTitle(kind, id)));
  return Object.fromEntries(ids.map((id, i) => [id, titles[i]])) as Record<Id, string>;
}
