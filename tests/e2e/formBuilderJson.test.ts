import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../runtime';
import { findAccessibilityViolations } from './browser';
import { useWalk } from './useWalk';

// The form builder beyond the visual walk: an editor types in the JSON view (a label change reaches the
// canvas and the preview; a broken definition shows its error with the path while she types and is never
// saved), two editors save the same draft (the stale save is a conflict she resolves, not an overwrite),
// and a react-jsonschema-form playground sample is imported from files and the form exported as a file.

const FORM_ID = 'F41-sundhedssamtale';
/** Typing pauses, server checks and autosaves take a moment on a busy machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const DRAFT_URL = `/api/definition-drafts/form/${FORM_ID}`;

/** The "Simple" sample of the react-jsonschema-form playground, saved as a JSON Schema file and a uiSchema file. */
const PLAYGROUND_SCHEMA = {
  title: 'A registration form',
  description: 'A simple form example.',
  type: 'object',
  required: ['firstName', 'lastName'],
  properties: {
    firstName: { type: 'string', title: 'First name', default: 'Chuck' },
    lastName: { type: 'string', title: 'Last name' },
    age: { type: 'integer', title: 'Age' },
    bio: { type: 'string', title: 'Bio' },
    password: { type: 'string', title: 'Password', minLength: 3 },
    telephone: { type: 'string', title: 'Telephone', minLength: 10 },
  },
};
const PLAYGROUND_UI_SCHEMA = {
  firstName: {
    'ui:autofocus': true,
    'ui:emptyValue': '',
    'ui:placeholder': 'ui:emptyValue causes this field to always be valid despite being required',
    'ui:autocomplete': 'family-name',
    'ui:enableMarkdownInDescription': true,
    'ui:description': 'Make text **bold** or *italic*.',
  },
  lastName: {
    'ui:autocomplete': 'given-name',
    'ui:enableMarkdownInDescription': true,
    'ui:description': 'Make things **bold** or *italic*. <small>And this is a small texts.</small> ',
  },
  age: { 'ui:widget': 'updown', 'ui:title': 'Age of person', 'ui:description': '(earth year)' },
  bio: { 'ui:widget': 'textarea' },
  password: { 'ui:widget': 'password', 'ui:help': 'Hint: Make it strong!' },
  telephone: { 'ui:options': { inputType: 'tel' } },
};

interface StoredDraft {
  revision: number;
  content: FormDefinition;
  issues: unknown[];
}

describe('the form builder: JSON view, two editors on one draft, import and export', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  const page = () => walk.page;
  let second: { context: BrowserContext; page: Page } | undefined;
  afterAll(async () => {
    await second?.context.close();
  });

  const logIn = async (on: Page) => {
    await on.goto(walk.server.url);
    await on.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await on.getByLabel('Brugernavn').fill('redaktoer');
    await on.getByLabel('Adgangskode').fill('demo-redaktoer');
    await on.getByRole('button', { name: 'Log ind' }).click();
    await on
      .getByRole('link', { name: 'Log ud' })
      .or(on.getByRole('button', { name: 'Log ud' }))
      .waitFor();
  };
  const canvasLabels = (on: Page) =>
    on.getByRole('region', { name: 'Skemaets felter' }).locator('.canvas-label').allTextContents();
  const preview = (on: Page) => on.getByRole('region', { name: 'Forhåndsvisning' });
  const setLabel = async (on: Page, label: string) => {
    const input = on.locator('.builder-properties').getByLabel('Spørgsmål/etiket (dansk)');
    await input.fill(label);
    await input.press('Tab');
  };
  const selectField = (on: Page, label: string) =>
    on
      .getByRole('region', { name: 'Skemaets felter' })
      .getByRole('button', { name: new RegExp(`^${label} `) })
      .click();
  /** The draft as the server holds it, read with the editor's own session. */
  const stored = async (on: Page): Promise<StoredDraft> => {
    const response = await on.request.get(`${walk.server.url}${DRAFT_URL}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as StoredDraft;
  };
  const storedTitle = async (on: Page, key: string) => {
    const properties = (await stored(on)).content.schema.properties as Record<string, { title?: string }>;
    return properties[key]?.title;
  };
  const issues = () => page().locator('.builder-issues');

  it('creates a form with one field', async () => {
    await logIn(page());
    await page().goto(`${walk.server.url}/#/forms`);
    await page().getByLabel('Id for det nye skema').fill(FORM_ID);
    await page().getByLabel('Titel (dansk)').fill('Sundhedssamtale');
    await page().getByRole('button', { name: 'Opret og åbn skemabyggeren' }).click();
    await page().getByRole('heading', { level: 1, name: 'Skemabygger: Sundhedssamtale' }).waitFor();
    await page()
      .getByRole('navigation', { name: 'Felttyper' })
      .getByRole('button', { name: 'Tilføj Kort tekst' })
      .click();
    await setLabel(page(), 'Barnets navn');
    await poll(() => storedTitle(page(), 'shortText')).toBe('Barnets navn');
  });

  it('a label typed in the JSON view shows in the visual view and the preview, and is saved', async () => {
    await page().getByRole('button', { name: 'JSON', exact: true }).click();
    await page().getByRole('heading', { name: 'Definitionen som JSON' }).waitFor();
    await issues().getByText('Ingen fejl i definitionen.').waitFor();
    // "Barnets navn" → "Barnets fornavn", typed at the end of the field's title.
    await clickAfter(page(), 'navn', '"shortText": {', 1);
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.type('fornavn');
    await poll(() => storedTitle(page(), 'shortText')).toBe('Barnets fornavn');
    await issues().getByText('Ingen fejl i definitionen.').waitFor();
    expect(await findAccessibilityViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Visuel' }).click();
    await poll(() => canvasLabels(page())).toEqual(['Barnets fornavn']);
    await preview(page()).getByLabel('Barnets fornavn').waitFor();
  });

  it('a broken definition typed in the JSON view shows its error and path at once, and is not saved', async () => {
    const before = await stored(page());
    await page().getByRole('button', { name: 'JSON', exact: true }).click();
    await issues().getByText('Ingen fejl i definitionen.').waitFor();
    // The field's "title" keyword misspelt as "titel", typed over its last two letters.
    await clickAfter(page(), 'title', '"shortText": {', 1);
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.type('el');
    const error = issues().getByRole('listitem').filter({ hasText: '/schema/properties/shortText/titel' });
    await poll(() => error.textContent()).toContain("the keyword 'titel' is not allowed");
    await issues().getByText('Ændringen er ikke gemt').waitFor();
    expect(await findAccessibilityViolations(page())).toEqual([]);

    // Well past the autosave pause: the draft on the server is the one before, and nothing waits to be saved.
    await page().waitForTimeout(2_000);
    expect(await stored(page())).toMatchObject({ revision: before.revision, content: before.content });
    await page().getByText('Kladden er gemt').waitFor();

    // Typed back: no error, and the view shows the document again.
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.type('le');
    await issues().getByText('Ingen fejl i definitionen.').waitFor();
    await page().getByRole('button', { name: 'Visuel' }).click();
    await poll(() => canvasLabels(page())).toEqual(['Barnets fornavn']);
  });

  it("a second editor's save of a stale draft is a conflict she resolves, not a silent overwrite", async () => {
    const context = await page()
      .context()
      .browser()!
      .newContext({
        viewport: { width: 768, height: 1024 },
        locale: 'da-DK',
      });
    second = { context, page: await context.newPage() };
    const other = second.page;
    other.setDefaultTimeout(10_000);
    await logIn(other);
    await other.goto(`${walk.server.url}/#/forms/${FORM_ID}/edit`);
    await other.getByRole('heading', { level: 1, name: 'Skemabygger: Sundhedssamtale' }).waitFor();
    await poll(() => canvasLabels(other)).toEqual(['Barnets fornavn']);

    // The first editor saves a change; the second, still on the revision before, saves another.
    await selectField(page(), 'Barnets fornavn');
    await setLabel(page(), 'Barnets fulde navn');
    await poll(() => storedTitle(page(), 'shortText')).toBe('Barnets fulde navn');
    await selectField(other, 'Barnets fornavn');
    await setLabel(other, 'Navn på barnet');
    const conflict = other.getByRole('alert').filter({ hasText: 'Kladden er ændret af en anden' });
    await conflict.waitFor();
    await other.getByText('En anden har gemt kladden').waitFor();
    // Both versions, side by side, where they differ.
    const table = conflict.getByRole('table', { name: 'Forskelle mellem de to versioner' });
    expect(await table.getByRole('row').allTextContents()).toEqual([
      'FeltDin versionDen anden version',
      'shortTextNavn på barnetBarnets fulde navn',
    ]);
    expect(await storedTitle(page(), 'shortText')).toBe('Barnets fulde navn');
    expect(await findAccessibilityViolations(other)).toEqual([]);

    // She takes the other version, and goes on from there: her next edit saves without a conflict.
    await conflict.getByRole('button', { name: 'Tag den anden version' }).click();
    await poll(() => canvasLabels(other)).toEqual(['Barnets fulde navn']);
    await other
      .getByRole('navigation', { name: 'Felttyper' })
      .getByRole('button', { name: 'Tilføj Dato' })
      .click();
    await expect
      .poll(async () => Object.keys((await stored(other)).content.schema.properties ?? {}))
      .toEqual(['shortText', 'date']);
    await other.getByText('Kladden er gemt').waitFor();

    // Now the first editor is behind: her next save is the conflict, and she keeps her version on purpose.
    await selectField(page(), 'Barnets fulde navn');
    await setLabel(page(), 'Barnets navn');
    const mine = page().getByRole('alert').filter({ hasText: 'Kladden er ændret af en anden' });
    await mine.waitFor();
    expect(Object.keys((await stored(page())).content.schema.properties ?? {})).toEqual([
      'shortText',
      'date',
    ]);
    await mine.getByRole('button', { name: 'Behold min version' }).click();
    await poll(() => storedTitle(page(), 'shortText')).toBe('Barnets navn');
    expect(Object.keys((await stored(page())).content.schema.properties ?? {})).toEqual(['shortText']);
    await page().getByText('Kladden er gemt').waitFor();
    expect(await mine.count()).toBe(0);
  });

  it('imports a playground sample from files, listing what it leaves out, and exports the draft as a file', async () => {
    await page().getByRole('button', { name: 'Importér JSON Schema' }).click();
    const panel = page().getByRole('region', { name: 'Importér et skema fra JSON Schema' });
    await panel.getByLabel('JSON Schema (fx fra react-jsonschema-form): vælg fil').setInputFiles({
      name: 'simple.schema.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(PLAYGROUND_SCHEMA, null, 2)),
    });
    await panel.getByLabel('uiSchema (valgfri): vælg fil').setInputFiles({
      name: 'simple.uiSchema.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(PLAYGROUND_UI_SCHEMA, null, 2)),
    });
    await expect
      .poll(() => panel.getByLabel('uiSchema (valgfri)', { exact: true }).inputValue())
      .toContain('ui:autofocus');
    await panel.getByRole('button', { name: 'Importér', exact: true }).click();
    await panel.getByText('6 felter importeret.').waitFor();
    const listed = await panel.getByRole('listitem').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining([
        '/title: title',
        '/description: description',
        'ui:/properties/firstName/ui:autofocus: ui:autofocus',
        "ui:/properties/age/ui:widget: widget 'updown'",
        "ui:/properties/password/ui:widget: widget 'password'",
        'ui:/properties/telephone/ui:options: ui:options',
        'ui:/properties/lastName/ui:description: HTML in ui:description',
      ]),
    );
    expect(await findAccessibilityViolations(page())).toEqual([]);
    await expect
      .poll(() => canvasLabels(page()))
      .toEqual(['Barnets navn', 'First name', 'Last name', 'Age', 'Bio', 'Password', 'Telephone']);
    await preview(page()).getByLabel('Age of person').waitFor();
    // The imported form is a valid definition: saved, with no errors.
    await expect
      .poll(async () => Object.keys((await stored(page())).content.schema.properties ?? {}))
      .toHaveLength(7);
    const saved = await stored(page());
    expect(saved.issues).toEqual([]);
    await page().getByText('Kladden er gemt').waitFor();

    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Eksportér som fil' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${FORM_ID}.v1.json`);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as unknown;
    expect(exported).toEqual((await stored(page())).content);
  });
});

/**
 * Puts the JSON editor's cursor with a mouse click right after the `occurrence`-th `text` that follows
 * `after` (CodeMirror renders the document as one element per line, so the text is found line by line).
 */
async function clickAfter(page: Page, text: string, after: string, occurrence: number): Promise<void> {
  const point = await page.evaluate(
    ({ text, after, occurrence }) => {
      const lines = [...document.querySelectorAll('.builder-json-editor .cm-line')];
      const all = lines.map((line) => line.textContent ?? '').join('\n');
      let end = all.indexOf(after);
      for (let n = 0; n < occurrence && end >= 0; n++) end = all.indexOf(text, end + 1);
      if (end < 0) throw new Error(`'${text}' after '${after}' is not in the JSON editor`);
      let offset = end + text.length;
      let index = 0;
      while (offset > (lines[index]!.textContent ?? '').length) {
        offset -= (lines[index]!.textContent ?? '').length + 1;
        index += 1;
      }
      const line = lines[index]!;
      line.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset <= length) {
          const range = document.createRange();
          range.setStart(node, offset - 1);
          range.setEnd(node, offset);
          const rect = range.getBoundingClientRect();
          return { x: rect.right - 1, y: rect.top + rect.height / 2 };
        }
        offset -= length;
      }
      throw new Error(`No text node for '${text}'`);
    },
    { text, after, occurrence },
  );
  await page.mouse.click(point.x, point.y);
}
