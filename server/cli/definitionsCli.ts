import { resolve } from 'node:path';
import { formatIssue, loadLibrary } from '../../runtime';
import { listDefinitionFiles, readDefinitionFiles } from '../definitions/readDefinitionFiles';

/**
 * `npm run definitions -- validate [paths…]`: checks definition files as the server would load them.
 * Given paths are checked together with the library in `definitions/`, so references between them resolve.
 */
const [command, ...paths] = process.argv.slice(2);
const root = process.cwd();

if (command !== 'validate') {
  console.error('Usage: npm run definitions -- validate [file.json …]');
  process.exit(2);
}

const library = await listDefinitionFiles(resolve(root, 'definitions'));
const given = paths.map((p) => resolve(root, p));
const files = [...new Set([...library, ...given])];
const { sources, issues } = await readDefinitionFiles(files, root);
const loaded = loadLibrary(sources);
const all = [...issues, ...loaded.issues];
if (all.length > 0) {
  console.error(`${all.length} problem${all.length === 1 ? '' : 's'} found:`);
  for (const issue of all) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
console.info(`${files.length} definition files are valid.`);
