import { readFile } from 'node:fs/promises';
import { verifyAccessChain } from './verifyAccessChain';

/**
 * `npx tsx server/audit/verifyAccessLogCli.ts [data/access.log] [--head <hash>]`: checks the access log's
 * hash chain and prints every broken line; exits 1 if any. With `--head`, a log cut off at the end fails too.
 */
async function main(args: string[]): Promise<number> {
  const headAt = args.indexOf('--head');
  const head = headAt >= 0 ? args[headAt + 1] : undefined;
  const path =
    args.find((a, i) => !a.startsWith('--') && (headAt < 0 || i !== headAt + 1)) ?? 'data/access.log';
  const report = verifyAccessChain((await readFile(path, 'utf8')).split('\n'), head);
  for (const problem of report.problems) console.error(`${path}:${problem.line}: ${problem.reason}`);
  console.log(
    `${report.ok ? 'OK' : 'BROKEN'}: ${report.entries} entries, head ${report.head}${report.ok ? '' : `, ${report.problems.length} problems`}`,
  );
  return report.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
