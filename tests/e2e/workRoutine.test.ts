import { beforeAll, describe, expect, it } from 'vitest';
import { addOffset, toIsoDate } from '../../runtime';
import { readDefinitionTitle } from './readDefinitionTitle';
import { seedWorkFamily, type SeededFamily } from './seedWorkFamily';
import { toDanishDate } from './toDanishDate';
import { useWalk } from './useWalk';

// The morning routine: log in → today's list → open a family → complete the due ADBB → the item leaves the
// list and the next due date appears. The family's earlier steps were recorded through the API beforehand.

const FAMILY = 'Familien Holm';

describe("a health visitor's morning routine in the browser", () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  let family: SeededFamily;
  let adbbTitle: string;
  let today: string;

  beforeAll(async () => {
    family = await seedWorkFamily(walk.server.url, {
      familyName: FAMILY,
      childName: 'Ida Holm',
      today: walk.now(),
      monthsOld: 2,
    });
    adbbTitle = await readDefinitionTitle('forms', 'F07-adbb');
    today = toIsoDate(walk.now());
  });

  const todayBucket = () => walk.page.getByRole('region', { name: /^I dag/ });
  const laterBucket = () => walk.page.getByRole('region', { name: /^Senere/ });

  it("logs in and finds the family's ADBB at two months in today's list, with the reason", async () => {
    const { page, worker } = walk;
    await worker.login();
    const item = todayBucket().getByRole('listitem').filter({ hasText: FAMILY });
    await item.waitFor();
    expect(await item.textContent()).toContain(
      `ADBB i barnets 2. måned — forfalder ${toDanishDate(addOffset(family.birthDate, { months: 2 }))}`,
    );
    await worker.expectNoViolations('work (Mit arbejde)');
    await item.getByRole('link', { name: FAMILY }).click();
    await worker.heading(FAMILY).waitFor();
    await page.getByRole('link', { name: `Udfyld: ${adbbTitle}` }).waitFor();
    await worker.expectNoViolations('family');
  });

  it('completes the ADBB; the step screen shows the draft being saved', async () => {
    const { page, worker } = walk;
    await worker.openForm(adbbTitle);
    const status = page.getByRole('status', { name: 'Kladde' });
    await status.getByText('Kladden gemmes automatisk, mens du skriver.').waitFor();
    await worker.expectNoViolations('step form (ADBB)');
    await worker.type('Dato for observationen', today);
    await worker.choose('ADBB-version', '8 adfærdspunkter');
    await worker.choose('Er resultatet over cut-off efter ADBB-manualen?', 'Nej');
    await status.getByText(/^Gemt \d/).waitFor();
    await worker.expectNoViolations('step form with a saved draft');
    await worker.saveForm(adbbTitle);
  });

  it('shows the next ADBB, at four months, with its due date', async () => {
    const { page } = walk;
    const next = page.getByRole('listitem').filter({ hasText: 'ADBB i barnets 4. måned' }).first();
    await next.waitFor();
    expect(await next.textContent()).toContain(
      `forfalder ${toDanishDate(addOffset(family.birthDate, { months: 4 }))}`,
    );
  });

  it('no longer lists the ADBB at two months today; the four-month one is in the later list', async () => {
    const { page, worker } = walk;
    await page.getByRole('link', { name: 'Mit arbejde', exact: true }).click();
    await worker.heading('Mit arbejde').waitFor();
    await todayBucket().waitFor();
    expect(await todayBucket().getByRole('listitem').filter({ hasText: FAMILY }).count()).toBe(0);
    await laterBucket()
      .getByRole('listitem')
      .filter({ hasText: FAMILY })
      .filter({ hasText: 'ADBB i barnets 4. måned' })
      .waitFor();
  });

  it("shows the server's problems in English when the screen is in English", async () => {
    const { page } = walk;
    await page.goto(`${walk.server.url}/#/families/no-such-family`);
    await page.getByRole('alert').getByText('findes ikke.').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('It does not exist (any more).').waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();
  });
});
