import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './loadSeedLibrary';

/**
 * runtime/ is the pure engine: it runs in Node and in the browser and takes `now` as an argument. The ESLint
 * rule says the same; this test makes CI fail even where lint is not run.
 */
const RUNTIME_DIR = join(PROJECT_ROOT, 'runtime');

const FORBIDDEN_PACKAGES = [
  /^node:/,
  /^(fs|path|http|https|net|child_process|os|worker_threads)(\/.*)?$/,
  /^express(\/.*)?$/,
  /^lowdb(\/.*)?$/,
  /^pg(\/.*)?$/,
  /^react-dom(\/.*)?$/,
];
const FORBIDDEN_FOLDERS = ['server', 'editor'].map((folder) => join(PROJECT_ROOT, folder));

const FORBIDDEN_CODE: { pattern: RegExp; reason: string }[] = [
  { pattern: /\bDate\.now\s*\(/, reason: 'reads the clock (Date.now())' },
  { pattern: /\bnew\s+Date\s*\(\s*\)/, reason: 'reads the clock (new Date())' },
  { pattern: /(?<![\w.])eval\s*\(/, reason: 'calls eval' },
  { pattern: /\bnew\s+Function\s*\(/, reason: 'builds code with new Function' },
  { pattern: /(?<![\w.])(setTimeout|setInterval)\s*\(/, reason: 'starts an in-memory timer' },
];

/** Blanks out comments, keeping line numbers, so that a comment mentioning `new Date()` is not a finding. */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const IMPORT_SPECIFIER =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?|\bexport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+)?from\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Every forbidden import or clock/code/timer use in one file's source, as `file:line: reason`. */
function findImpurities(file: string, source: string): string[] {
  const code = stripComments(source);
  const findings: string[] = [];
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const name = relative(PROJECT_ROOT, file);
  for (const match of code.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match[1] ?? '';
    const resolved = specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
    const forbidden = resolved
      ? FORBIDDEN_FOLDERS.some((folder) => resolved === folder || resolved.startsWith(folder + sep))
      : FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier));
    if (forbidden) findings.push(`${name}:${lineOf(match.index)}: imports '${specifier}'`);
  }
  for (const { pattern, reason } of FORBIDDEN_CODE) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of code.matchAll(global)) findings.push(`${name}:${lineOf(match.index)}: ${reason}`);
  }
  return findings;
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('runtime/ stays pure', () => {
  const files = listSourceFiles(RUNTIME_DIR);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports no I/O, storage, server, editor or DOM module and never reads the clock, evals or sets timers', () => {
    const findings = files.flatMap((file) => findImpurities(file, readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });
});

describe('the purity check itself', () => {
  const file = join(RUNTIME_DIR, 'workflow', 'example.ts');
  const check = (source: string) => findImpurities(file, source);

  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import fs from 'fs';",
    "import { join } from 'path';",
    "import express from 'express';",
    "import { Low } from 'lowdb';",
    "import { JSONFilePreset } from 'lowdb/node';",
    "import pg from 'pg';",
    "import { createRoot } from 'react-dom/client';",
    "import type { Storage } from '../../server/storage/types';",
    "export { App } from '../../editor/App';",
    "const m = await import('node:crypto');",
    "const fs = require('fs');",
    'const today = new Date();',
    'const stamp = Date.now();',
    "const value = eval('1');",
    "const f = new Function('return 1');",
    'setTimeout(() => undefined, 1000);',
  ])('finds %s', (source) => {
    expect(check(source)).toHaveLength(1);
  });

  it.each([
    "import { transition } from 'xstate';",
    "import Ajv2020 from 'ajv/dist/2020';",
    "import type { Library } from '../definitions/createLibrary';",
    "import { useContext } from 'react';",
    'const date = new Date(Date.UTC(2027, 0, 10));',
    'const at = new Date(now);',
    '// never call new Date() here: the caller passes now',
    '/* Date.now() would break the fake clock */',
    "const url = 'https://json-schema.org/draft/2020-12/schema';",
    'const evaluated = evaluateExpression(rule, scope);',
  ])('does not find %s', (source) => {
    expect(check(source)).toEqual([]);
  });
});
