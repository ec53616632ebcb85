import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createLibrary, formatIssue, loadLibrary } from '../../runtime';
import { listDefinitionFiles, readDefinitionFiles } from '../definitions/readDefinitionFiles';
import { PublishRefused } from '../services/createDefinitionLifecycle';
import { diffBundle, exportBundle, publishBundle, validateBundle } from './bundleCommands';
import { toCatalogue } from './toCatalogue';

/**
 * `npm run definitions -- validate [paths…]`: checks definition files as the server would load them; given
 * paths are checked together with the library in `definitions/`, so references between them resolve.
 * `npm run definitions -- catalogue`: writes `definitions/CATALOGUE.md` from the library.
 * Bundles (a pathway with its exact forms and scenarios), for administrators who keep definitions in git:
 * `export-bundle <workflowId> <version> [file]`, `validate-bundle <file>`, `diff-bundle <file>`,
 * `publish-bundle <file> [--user <name>] [--approved-by <name>] [--comment <why>]`. export, diff and publish
 * use the store given by DATABASE_URL or DATA_DIR (default ./data; stop a server on it first).
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
} else if (command && command.endsWith('-bundle')) {
  const flag = (name: string) => {
    const at = paths.indexOf(`--${name}`);
    return at >= 0 ? paths[at + 1] : undefined;
  };
  const options = { root, env: process.env, log: (line: string) => console.info(line) };
  try {
    if (command === 'export-bundle' && paths[0] && paths[1])
      await exportBundle(options, paths[0], Number(paths[1]), paths[2]);
    else if (command === 'validate-bundle' && paths[0]) {
      if ((await validateBundle(options, paths[0])).length > 0) process.exitCode = 1;
    } else if (command === 'diff-bundle' && paths[0]) await diffBundle(options, paths[0]);
    else if (command === 'publish-bundle' && paths[0]) {
      const user = flag('user');
      const approvedBy = flag('approved-by');
      const comment = flag('comment');
      await publishBundle(options, paths[0], {
        ...(user ? { user } : {}),
        ...(approvedBy ? { approvedBy } : {}),
        ...(comment ? { comment } : {}),
      });
    } else {
      console.error(`Usage: npm run definitions -- ${command} …  (see server/cli/definitionsCli.ts)`);
      process.exitCode = 2;
    }
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof PublishRefused) for (const reason of error.reasons) console.error(`  ${reason}`);
    process.exitCode = 1;
  }
} else {
  console.error(
    'Usage: npm run definitions -- validate [file.json …] | catalogue | export-bundle <id> <version> [file] | validate-bundle <file> | diff-bundle <file> | publish-bundle <file> [--user <name>] [--approved-by <name>] [--comment <why>]',
  );
  process.exit(2);
}
