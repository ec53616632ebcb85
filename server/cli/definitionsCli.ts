import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createLibrary, formatIssue, loadLibrary } from '../../runtime';
import { listDefinitionFiles, readDefinitionFiles } from '../definitions/readDefinitionFiles';
import { toCatalogue } from './toCatalogue';

/**
 * `npm run definitions -- validate [paths…]`: checks definition files as the server would load them; given
 * paths are checked together with the library in `definitions/`, so references between them resolve.
 * `npm run definitions -- catalogue`: writes `definitions/CATALOGUE.md` from the library.
 */
const [command, ...paths] = process.argv.slice(2);
const root = process.cwd();
const definitionsDir = resolve(root, 'definitions');

const library = await listDefinitionFiles(definitionsDir);
if (command === 'validate') {
  const files = [...new Set([...library, ...paths.map((p) => resolve(root, p))])];
  const { sources, issues } = await readDefinitionFiles(files, root);
  const all = [...issues, ...loadLibrary(sources).issues];
  if (all.length > 0) {
    console.error(`${all.length} problem${all.length === 1 ? '' : 's'} found:`);
    for (const issue of all) console.error(`  ${formatIssue(issue)}`);
    process.exit(1);
  }
  console.info(`${files.length} definition files are valid.`);
} else if (command === 'catalogue') {
  const { sources } = await readDefinitionFiles(library, root);
  await writeFile(resolve(definitionsDir, 'CATALOGUE.md'), toCatalogue(createLibrary(sources)));
  console.info('Wrote definitions/CATALOGUE.md');
} else {
  console.error('Usage: npm run definitions -- validate [file.json …] | catalogue');
  process.exit(2);
}
