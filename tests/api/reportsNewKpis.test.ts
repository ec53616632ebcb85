import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { KpiDefinition, KpiResult } from '../../runtime/reporting';
import { DATABASE_URL } from '../contract/storageAdapters';
import { generateHedensted, type HedenstedSpec } from '../support/generateHedensted';
import { generateLevelledFamilies, type LevelledSpec } from '../support/generateLevelledFamilies';
import { createClient, startTestServer, type Client, type TestServer } from './startTestServer';

/** One dashboard entry as the API answers it. */
type Entry = { kpiId: string; result?: KpiResult };

const STORES = [
  { name: 'the embedded store', postgres: false },
  { name: 'PostgreSQL', postgres: true },
];

const survey = (surveyYear: number, s1: string, profession = 'healthVisitor') => ({
  formId: 'F33-staff-survey',
  data: { surveyYear, profession, organisation: 'healthVisiting', s1, s2: 'someDegree' },
});
const registration = (periodEnd: string, delivery: string, staffTrained: number) => ({
  formId: 'F34-activity-registration',
  data: { periodStart: '2019-12-01', periodEnd, delivery, cosp: { staffTrained } },
});

// The KPIs written from issue #9's gaps (K11, K16, K19, K27, K28, K30) and the level breakdown, over
// generated populations on both stores: the numbers are asserted exactly.
describe.each(STORES)('the new KPIs on $name', ({ postgres }) => {
  const schema = `reports_new_${Math.random().toString(36).slice(2, 10)}`;
  let server: TestServer;
  let lead: Client;
  let hedensted: HedenstedSpec;
  let levelled: LevelledSpec;
  let cookie = '';
  const totals = async (query = '') => {
    const reply = await lead.get<Entry[]>(`/api/reports/dashboard?${query}`);
    expect(reply.status).toBe(200);
    return new Map(reply.body.map((e) => [e.kpiId, e.result!]));
  };

  beforeAll(async () => {
    server = await startTestServer({
      schedulerIntervalMs: 0,
      ...(postgres ? { databaseUrl: DATABASE_URL, databaseSchema: schema } : {}),
    });
    hedensted = await generateHedensted(server);
    levelled = await generateLevelledFamilies(server);
    lead = createClient(server.url);
    await lead.login('ledende');
    for (const body of [
      survey(2019, 'highDegree'),
      survey(2019, 'notAtAll'),
      survey(2020, 'highDegree', 'pedagogicalStaff'),
      survey(2020, 'someDegree'),
      registration('2020-08-31', 'september2020', 3),
      registration('2021-04-30', 'may2021', 5),
    ]) {
      const reply = await lead.post('/api/organisation-records', body);
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    }
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ledende', password: 'demo-ledende' }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 240_000);
  afterAll(async () => {
    await server?.dispose();
    if (!postgres) return;
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('K11: the 87 children included in Hedensted against the planned 180 (48 %)', async () => {
    const k11 = (await totals('programme=hedensted')).get('K11')!;
    const included = hedensted.visits.reduce((sum, v) => sum + v.offered, 0);
    expect(k11.total).toMatchObject({ numerator: included, denominator: 180 });
    expect(Math.round(k11.total.rate! * 100)).toBe(48);
  });

  it('K16: every decline of the project period, and only those of a chosen window', async () => {
    const k16 = (await totals('programme=hedensted')).get('K16')!;
    const declines = hedensted.visits.reduce((sum, v) => sum + v.declined, 0) + hedensted.cosp.declined;
    expect(k16.total).toMatchObject({ denominator: declines, categories: { offer: declines, course: 0 } });
    const byMonth = k16.groups.month.reduce((sum, g) => sum + g.cell.denominator, 0);
    expect(byMonth).toBe(declines);
    // Spring 2020 left out, as the national evaluation did.
    const spring = k16.groups.month
      .filter((g) => g.key >= '2020-03' && g.key <= '2020-04')
      .reduce((sum, g) => sum + g.cell.denominator, 0);
    const without = (await totals('programme=hedensted&exclude=2020-03-01..2020-04-30')).get('K16')!;
    expect(without.total.denominator).toBe(declines - spring);
  });

  it('K19: positive parent screenings followed by a need visit', async () => {
    const k19 = (await totals('programme=modelA')).get('K19')!;
    const { K19 } = levelled.expected;
    expect(k19.total).toMatchObject({
      numerator: K19.numerator,
      denominator: K19.denominator,
      categories: { forScreening: K19.forScreening },
    });
  });

  it('K28 and K23 by level: own level, else the latest F06 on or before the activity, else Ikke niveauinddelt', async () => {
    const entries = await totals('programme=modelA');
    const byLevel = (kpiId: string) =>
      Object.fromEntries(entries.get(kpiId)!.groups.level!.map((g) => [g.key, g.cell.denominator]));
    // Hedensted's 51 visits are activities too: no family there has a level assessment.
    const hedenstedVisits = hedensted.visits.reduce((sum, v) => sum + v.visited, 0);
    expect(byLevel('K28')).toEqual({
      ...levelled.expected.K28,
      '0': levelled.expected.K28['0']! + hedenstedVisits,
    });
    expect(byLevel('K23')).toEqual(levelled.expected.K23);
  });

  it('K27 and K30 from organisation records: answers per round, staff trained per delivery', async () => {
    const entries = await totals();
    const k27a = entries.get('K27a')!;
    expect(k27a.total).toMatchObject({
      denominator: 4,
      categories: { highDegree: 2, someDegree: 1, lesserDegree: 0, notAtAll: 1 },
    });
    expect(k27a.groups.round!.map((g) => [g.key, g.cell.categories.highDegree])).toEqual([
      ['2019', 1],
      ['2020', 1],
    ]);
    expect(entries.get('K27b')!.total.categories).toMatchObject({ someDegree: 4 });
    const k30 = entries.get('K30')!;
    expect(k30.groups.round!.map((g) => [g.key, g.cell.numerator])).toEqual([
      ['may2021', 5],
      ['september2020', 3],
    ]);
    // The team's latest registration is its number of staff trained; a period ending before it, the earlier.
    expect(k30.total).toMatchObject({ numerator: 5, denominator: 1 });
    expect((await totals('to=2020-12-31')).get('K30')!.total).toMatchObject({ numerator: 3, denominator: 1 });
    // No family behind a staff count: the drill-down lists nobody.
    const drill = await lead.get<unknown[]>('/api/reports/kpis/K30/families?part=denominator');
    expect(drill.body).toEqual([]);
  });

  it('names the groups of a breakdown by a choice as the form does, in the catalogue and the exports', async () => {
    const catalogue = await lead.get<{ kpis: KpiDefinition[] }>('/api/reports/catalogue');
    const k30 = catalogue.body.kpis.find((k) => k.id === 'K30')!;
    expect(k30.breakdowns!.round!.options).toMatchObject({
      september2020: { da: '5. september 2020', en: '5 September 2020' },
      may2021: { da: '5. maj 2021', en: '5 May 2021' },
    });
    const exported = async (lang: string) => {
      const csv = await fetch(`${server.url}/api/reports/kpis/K30/export?groupBy=round&lang=${lang}`, {
        headers: { cookie },
      });
      return (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(',')[0]);
    };
    expect(await exported('da')).toEqual(['Aflevering', '5. maj 2021', '5. september 2020', 'I alt']);
    expect(await exported('en')).toEqual(['Delivery', '5 May 2021', '5 September 2020', 'Total']);
  });

  it('exports a by-level table as CSV and XLSX, and drills into one level', async () => {
    const csv = await fetch(`${server.url}/api/reports/kpis/K28/export?groupBy=level`, {
      headers: { cookie },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Niveau,Aktiviteter,Antal/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'Ikke niveauinddelt',
      'Niveau 1',
      'Niveau 2',
      'Niveau 3',
      'Niveau 4',
      'I alt',
    ]);
    const xlsx = await fetch(`${server.url}/api/reports/kpis/K28/export?groupBy=level&format=xlsx&lang=en`, {
      headers: { cookie },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Level');
    expect(sheet.getRow(6).getCell(1).value).toBe('Level 4');
    expect(sheet.getRow(6).getCell(2).value).toBe(levelled.expected.K28['4']);
    const level4 = await lead.get<{ familyName: string }[]>(
      '/api/reports/kpis/K23/families?part=denominator&groupBy=level&group=4',
    );
    expect(level4.body.map((r) => r.familyName).sort()).toEqual(['Familien Niveau 4', 'Familien Niveau 8']);
    const unknown = await fetch(`${server.url}/api/reports/kpis/K07/export?groupBy=level`, {
      headers: { cookie },
    });
    expect(unknown.status).toBe(400);
  });
});
