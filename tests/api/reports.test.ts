import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiCell, KpiResult } from '../../runtime/reporting';
import { generateHedensted, type HedenstedSpec } from '../support/generateHedensted';
import { generateIshoejD3, type IshoejD3Spec } from '../support/generateIshoejD3';
import { createClient, startTestServer, type Client, type TestServer } from './startTestServer';

/** One dashboard entry as the API answers it. */
type Entry = { kpiId: string; result?: KpiResult };

const percent = (cell: KpiCell) => Math.round((cell.rate ?? NaN) * 100);

async function readAccessLog(dataDir: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(dataDir, 'access.log'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function readWorkbook(body: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body);
  return workbook;
}

describe('reports over generated populations', () => {
  let server: TestServer;
  let lead: Client;
  let hedensted: HedenstedSpec;
  let ishoej: IshoejD3Spec;
  const dashboard = async (query: string) => {
    const reply = await lead.get<Entry[]>(`/api/reports/dashboard?${query}`);
    expect(reply.status).toBe(200);
    return new Map(reply.body.map((e) => [e.kpiId, e]));
  };
  let cookie = '';
  const download = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: await response.arrayBuffer(),
    };
  };

  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    hedensted = await generateHedensted(server);
    ishoej = await generateIshoejD3(server);
    lead = createClient(server.url);
    await lead.login('ledende');
    // Files are binary: fetched with a session of their own rather than the JSON client.
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ledende', password: 'demo-ledende' }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 120_000);
  afterAll(async () => {
    delete process.env.FORLOEB_PSEUDONYM_SECRET;
    await server?.dispose();
  });

  it('shows the published Hedensted figures: 57 % at 1½ years, 61 % at 3 years, 33 % for COS-P', async () => {
    const entries = await dashboard('programme=hedensted');
    for (const [kpiId, expected] of Object.entries(hedensted.expected)) {
      const total = entries.get(kpiId)?.result?.total;
      expect({
        kpiId,
        numerator: total?.numerator,
        denominator: total?.denominator,
        percent: total && percent(total),
      }).toEqual({
        kpiId,
        ...expected,
      });
    }
    const k07 = entries.get('K07')!.result!.total;
    expect(k07.categories).toEqual({ accepted: 31, declined: 16, notReached: 4 });
  });

  it('computes the Ishøj D3 attendance of a school year against the 80 % target', async () => {
    const entries = await dashboard('programme=ishoej&from=2024-08-01&to=2025-07-31');
    const total = entries.get('K01')!.result!.total;
    const expected = ishoej.expected.K01!;
    expect({ numerator: total.numerator, denominator: total.denominator, percent: percent(total) }).toEqual({
      numerator: expected.numerator,
      denominator: expected.denominator,
      percent: expected.percent,
    });
    expect(percent(total)).toBeLessThan(expected.target);
    const catalogue = await lead.get<{ kpis: { id: string; target?: { value: number } }[] }>(
      '/api/reports/catalogue',
    );
    expect(catalogue.body.kpis.find((k) => k.id === 'K01')?.target?.value).toBe(0.8);
  });

  it('leaves out an excluded window, and groups by month, district and team', async () => {
    const all = (await dashboard('programme=hedensted')).get('K07')!.result!;
    const months = all.groups.month;
    const spring = months.filter((m) => m.key === '2020-03' || m.key === '2020-04');
    const inSpring = spring.reduce((sum, m) => sum + m.cell.denominator, 0);
    expect(inSpring).toBeGreaterThan(0);
    const excluded = (await dashboard('programme=hedensted&exclude=2020-03-01..2020-04-30')).get(
      'K07',
    )!.result!;
    expect(excluded.total.denominator).toBe(51 - inSpring);
    expect(excluded.groups.month.some((m) => m.key === '2020-03' || m.key === '2020-04')).toBe(false);
    expect(all.groups.district.map((d) => d.key)).toEqual(['Distrikt 1', 'Distrikt 2']);
    expect(all.groups.district.reduce((s, d) => s + d.cell.denominator, 0)).toBe(51);
    const district = (await dashboard('programme=hedensted&district=Distrikt%201')).get('K07')!.result!;
    expect(district.total.denominator).toBe(all.groups.district[0]!.cell.denominator);
    expect(all.groups.version.map((v) => v.key)).toEqual(['1']);
  });

  it('drills down to the 29 families visited at 1½ years and records it in the access log', async () => {
    const reply = await lead.get<{ familyId: string; familyName: string }[]>(
      '/api/reports/kpis/K07/families?part=numerator',
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toHaveLength(29);
    expect(reply.body[0]!.familyName).toMatch(/^Familien Hedensted/);
    const entry = (await readAccessLog(server.dataDir)).find((e) => e.resource === 'report:K07:numerator');
    expect(entry).toMatchObject({ action: 'read' });
    expect((entry!.familyIds as string[]).sort()).toEqual(reply.body.map((r) => r.familyId).sort());
  });

  it('exports the K07 table as CSV and XLSX with the same numbers, and logs both exports', async () => {
    const csv = await download('/api/reports/kpis/K07/export?format=csv');
    expect(csv.status).toBe(200);
    const lines = new TextDecoder()
      .decode(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Måned,Tilbudt,Besøgt,Andel (%),Takket ja,Takket nej,Ikke opnået kontakt,Mål');
    expect(lines.at(-1)).toBe('I alt,51,29,57,31,16,4,90');
    const xlsx = await download('/api/reports/kpis/K09/export?format=xlsx');
    expect(xlsx.type).toContain('spreadsheetml');
    const sheet = (await readWorkbook(xlsx.body)).getWorksheet('K09')!;
    const last = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(last.slice(1, 5)).toEqual(['I alt', 18, 6, 33]);
    const exports = (await readAccessLog(server.dataDir)).filter((e) => e.action === 'export');
    expect(exports.map((e) => e.resource)).toEqual(
      expect.arrayContaining(['report:K07:csv:month', 'report:K09:xlsx:month']),
    );
  });

  it('gives project staff aggregates only, and workers no reports', async () => {
    const editor = createClient(server.url);
    await editor.login('redaktoer');
    expect((await editor.get('/api/reports/dashboard?programme=hedensted')).status).toBe(200);
    expect((await editor.get('/api/reports/kpis/K07/families')).status).toBe(403);
    expect((await editor.get('/api/reports/evaluation-export?programme=hedensted')).status).toBe(403);
    const worker = createClient(server.url);
    await worker.login('sundhedsplejerske');
    expect((await worker.get('/api/reports/dashboard')).status).toBe(403);
  });

  it('refuses a bad period with a problem naming the parameter', async () => {
    const reply = await lead.get('/api/reports/dashboard?from=1.1.2020');
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect((reply.body as { detail: string }).detail).toContain('from');
  });

  it('exports pseudonymised evaluation data with stable pseudonyms per project and a data dictionary', async () => {
    delete process.env.FORLOEB_PSEUDONYM_SECRET;
    expect((await download('/api/reports/evaluation-export?programme=hedensted')).status).toBe(503);
    process.env.FORLOEB_PSEUDONYM_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
    const first = await download('/api/reports/evaluation-export?programme=hedensted');
    expect(first.status).toBe(200);
    const book = await readWorkbook(first.body);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['Forløb', 'F03-offer-response', 'F22-extended-visit-content', 'Dataordbog']),
    );
    const text = book.worksheets
      .flatMap((w) => w.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])))
      .map(String)
      .join('\n');
    expect(text).not.toMatch(/Familien Hedensted/);
    const families = await server.storage.listFamilies();
    expect(families.some((f) => text.includes(f.id))).toBe(false);
    const pathways = book.getWorksheet('Forløb')!;
    expect(pathways.rowCount - 1).toBe(51 + 36 + 18);
    const dictionary = book
      .getWorksheet('Dataordbog')!
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? r.slice(1, 4) : []));
    expect(dictionary).toContainEqual(['F03-offer-response', 1, 'response']);
    expect(dictionary.some((r) => r[2] === 'note')).toBe(false);
    const pseudonymsOf = (b: ExcelJS.Workbook) =>
      (b.getWorksheet('Forløb')!.getColumn(2).values as unknown[]).slice(2).map(String).sort();
    const second = await readWorkbook(
      (await download('/api/reports/evaluation-export?programme=hedensted')).body,
    );
    expect(pseudonymsOf(second)).toEqual(pseudonymsOf(book));
    const exports = (await readAccessLog(server.dataDir)).filter(
      (e) => e.resource === 'report:evaluation:hedensted',
    );
    expect(exports).toHaveLength(2);
  });
});
