import type { SaveStatus } from '../editing/useDefinitionDraft';

export interface FormsText {
  libraryTitle: string;
  libraryIntro: string;
  published: string;
  drafts: string;
  noDrafts: string;
  columnForm: string;
  columnId: string;
  columnVersion: string;
  columnStatus: string;
  columnUpdated: string;
  edit: string;
  inReview: string;
  draft: string;
  newForm: string;
  newFormId: string;
  newFormIdHint: string;
  newFormTitle: string;
  newFormCreate: string;
  idInvalid: string;
  idTaken: string;
  titleMissing: string;
  builderTitle: (title: string) => string;
  backToLibrary: string;
  missing: string;
  toolbar: string;
  undo: string;
  redo: string;
  undoWhat: (label: string) => string;
  redoWhat: (label: string) => string;
  saveStatus: Record<SaveStatus, string>;
  saveNow: string;
  views: string;
  viewVisual: string;
  viewJson: string;
  advancedMode: string;
  exportFile: string;
  importFile: string;
  palette: string;
  paletteHint: string;
  paletteGroups: Record<'text' | 'choice' | 'number' | 'layout' | 'advanced', string>;
  add: (type: string) => string;
  canvas: string;
  canvasEmpty: string;
  dropHere: string;
  moveUp: string;
  moveDown: string;
  moveOut: string;
  moveInto: string;
  duplicate: string;
  remove: string;
  select: string;
  dragHandle: (label: string) => string;
  requiredMark: string;
  ruleMark: string;
  fieldActions: (label: string) => string;
  properties: string;
  formSettings: string;
  nothingSelected: string;
  fieldType: (type: string) => string;
  fieldKey: string;
  fieldKeyHint: string;
  rename: string;
  keyInvalid: string;
  checkProperties: string;
  visibility: string;
  visibilityLabel: string;
  formTitle: string;
  formTitleEn: string;
  formDescription: string;
  formDescriptionEn: string;
  subject: string;
  sectionsAsPages: string;
  sectionsAsPagesHint: string;
  subjects: Record<'child' | 'parent' | 'family' | 'organisation', string>;
  computed: string;
  computedIntro: string;
  computedTitle: string;
  computedTitleEn: string;
  computedId: string;
  computedKind: string;
  computedKindSum: string;
  computedKindRule: string;
  computedKindJson: string;
  computedSumOf: string;
  computedRule: string;
  addComputed: string;
  addCutoff: string;
  removeComputed: string;
  parameters: string;
  parametersIntro: string;
  parameterName: string;
  parameterTitle: string;
  parameterDefault: string;
  addParameter: string;
  removeParameter: string;
  preview: string;
  previewLanguage: string;
  previewWidth: string;
  widths: Record<'phone' | 'tablet' | 'desktop', string>;
  previewSubmitted: string;
  previewBroken: string;
  json: string;
  jsonHint: string;
  jsonInvalid: string;
  /** The JSON parses but is not a valid definition: it is shown with its errors, not applied or saved. */
  jsonNotApplied: string;
  jsonChecking: string;
  jsonCheckFailed: string;
  issues: string;
  noIssues: string;
  importTitle: string;
  importSchema: string;
  importUiSchema: string;
  /** The file chooser next to a text box (a playground sample file `{ schema, uiSchema }` fills both). */
  importFileOf: (what: string) => string;
  importRun: string;
  importUnsupported: string;
  importDone: (count: number) => string;
  importCancel: string;
  conflictTitle: string;
  conflictText: (name: string) => string;
  keepMine: string;
  takeTheirs: string;
  /** The comparison of the two versions in a conflict. */
  conflictDifferences: string;
  conflictField: string;
  conflictMine: string;
  conflictTheirs: string;
  conflictAbsent: string;
  conflictOthers: string;
  edits: {
    add: (type: string) => string;
    remove: (label: string) => string;
    move: (label: string) => string;
    duplicate: (label: string) => string;
    properties: (label: string) => string;
    rename: (label: string) => string;
    visibility: (label: string) => string;
    json: string;
    import: string;
    settings: string;
    computed: string;
    parameter: string;
  };
}

export const formsTexts: { da: FormsText; en: FormsText } = {
  da: {
    libraryTitle: 'Skemaer',
    libraryIntro: 'Skemabiblioteket: de udgivne skemaer og de kladder, der arbejdes på.',
    published: 'Udgivne skemaer',
    drafts: 'Kladder',
    noDrafts: 'Der er ingen kladder.',
    columnForm: 'Skema',
    columnId: 'Id',
    columnVersion: 'Version',
    columnStatus: 'Status',
    columnUpdated: 'Senest ændret',
    edit: 'Redigér',
    inReview: 'Til godkendelse',
    draft: 'Kladde',
    newForm: 'Nyt skema',
    newFormId: 'Id for det nye skema',
    newFormIdHint: 'Bogstaver, tal og bindestreg, fx F40-foraeldresamtale. Kan ikke ændres senere.',
    newFormTitle: 'Titel (dansk)',
    newFormCreate: 'Opret og åbn skemabyggeren',
    idInvalid: 'Id må kun indeholde bogstaver, tal, - og _ og skal begynde med et bogstav.',
    idTaken: 'Der findes allerede et skema med dette id.',
    titleMissing: 'Skriv en titel.',
    builderTitle: (title) => `Skemabygger: ${title}`,
    backToLibrary: 'Tilbage til skemaerne',
    missing: 'Skemaet findes ikke.',
    toolbar: 'Værktøjer',
    undo: 'Fortryd',
    redo: 'Annullér fortryd',
    undoWhat: (label) => `Fortryd: ${label}`,
    redoWhat: (label) => `Gentag: ${label}`,
    saveStatus: {
      saved: 'Kladden er gemt',
      unsaved: 'Ændringer gemmes om lidt …',
      saving: 'Gemmer …',
      conflict: 'En anden har gemt kladden',
      readonly: 'Kladden er til godkendelse og kan ikke ændres',
      error: 'Kladden kunne ikke gemmes',
    },
    saveNow: 'Gem nu',
    views: 'Visning',
    viewVisual: 'Visuel',
    viewJson: 'JSON',
    advancedMode: 'Avanceret tilstand',
    exportFile: 'Eksportér som fil',
    importFile: 'Importér JSON Schema',
    palette: 'Felttyper',
    paletteHint: 'Klik for at tilføje efter det valgte felt, eller træk ind på lærredet.',
    paletteGroups: {
      text: 'Tekst og dato',
      choice: 'Valg',
      number: 'Tal og scorer',
      layout: 'Opbygning',
      advanced: 'Avanceret',
    },
    add: (type) => `Tilføj ${type}`,
    canvas: 'Skemaets felter',
    canvasEmpty: 'Skemaet har ingen felter endnu. Tilføj et fra felttyperne.',
    dropHere: 'Slip her',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    moveOut: 'Flyt ud af sektionen',
    moveInto: 'Flyt ind i sektionen ovenfor',
    duplicate: 'Kopiér',
    remove: 'Slet',
    select: 'Vælg',
    dragHandle: (label) => `Træk for at flytte ${label}`,
    requiredMark: 'skal udfyldes',
    ruleMark: 'vises på betingelse',
    fieldActions: (label) => `Handlinger for ${label}`,
    properties: 'Egenskaber',
    formSettings: 'Skemaets oplysninger',
    nothingSelected: 'Vælg et felt på lærredet for at se dets egenskaber.',
    fieldType: (type) => `Felttype: ${type}`,
    fieldKey: 'Feltnavn i data',
    fieldKeyHint:
      'Bogstaver og tal, begynder med et bogstav. Regler og oversættelser følger med, når navnet ændres.',
    rename: 'Omdøb',
    keyInvalid:
      'Navnet skal begynde med et bogstav, må kun have bogstaver, tal og _, og må ikke være brugt i samme sektion.',
    checkProperties: 'Kontrollér egenskaberne',
    visibility: 'Betingelse for visning',
    visibilityLabel: 'Vis feltet kun når',
    formTitle: 'Titel (dansk)',
    formTitleEn: 'Titel (engelsk)',
    formDescription: 'Beskrivelse (dansk)',
    formDescriptionEn: 'Beskrivelse (engelsk)',
    subject: 'Hvis journal hører data til',
    sectionsAsPages: 'Vis sektionerne som sider',
    sectionsAsPagesHint: 'Skemaet vises en sektion ad gangen med knapper til næste og forrige side.',
    subjects: {
      child: 'Barnets',
      parent: 'Forælderens',
      family: 'Familiens',
      organisation: 'Organisationens (ingen journal)',
    },
    computed: 'Beregnede felter',
    computedIntro: 'Værdier, der beregnes af svarene, fx en totalscore eller om en score er over cut-off.',
    computedTitle: 'Navn (dansk)',
    computedTitleEn: 'Navn (engelsk)',
    computedId: 'Id',
    computedKind: 'Beregning',
    computedKindSum: 'Summen af felter',
    computedKindRule: 'Ja/nej efter en regel',
    computedKindJson: 'Udtryk (JSON Logic)',
    computedSumOf: 'Læg disse felter sammen',
    computedRule: 'Ja, når',
    addComputed: 'Tilføj beregnet felt',
    addCutoff: 'Tilføj "over cut-off"',
    removeComputed: 'Fjern beregnet felt',
    parameters: 'Parametre',
    parametersIntro: 'Navngivne værdier med en standard, som kommunen kan ændre, fx en cut-off.',
    parameterName: 'Navn',
    parameterTitle: 'Titel (dansk)',
    parameterDefault: 'Standardværdi (heltal, tom for ingen)',
    addParameter: 'Tilføj parameter',
    removeParameter: 'Fjern parameter',
    preview: 'Forhåndsvisning',
    previewLanguage: 'Sprog',
    previewWidth: 'Bredde',
    widths: { phone: 'Telefon', tablet: 'Tablet', desktop: 'Computer' },
    previewSubmitted: 'Skemaet er udfyldt korrekt (intet gemmes i forhåndsvisningen).',
    previewBroken: 'Forhåndsvisningen kan ikke vises, før fejlene i definitionen er rettet.',
    json: 'Definitionen som JSON',
    jsonHint: 'Ændringer her slår igennem i den visuelle visning og gemmes, når definitionen er uden fejl.',
    jsonInvalid: 'Ikke gyldig JSON',
    jsonNotApplied:
      'Ændringen er ikke gemt og vises ikke i den visuelle visning, før fejlene nedenfor er rettet.',
    jsonChecking: 'Definitionen kontrolleres …',
    jsonCheckFailed: 'Definitionen kunne ikke kontrolleres (ingen forbindelse?); den er ikke gemt.',
    issues: 'Fejl i definitionen',
    noIssues: 'Ingen fejl i definitionen.',
    importTitle: 'Importér et skema fra JSON Schema',
    importSchema: 'JSON Schema (fx fra react-jsonschema-form)',
    importUiSchema: 'uiSchema (valgfri)',
    importFileOf: (what) => `${what}: vælg fil`,
    importRun: 'Importér',
    importUnsupported: 'Ikke understøttet og ikke importeret:',
    importDone: (count) => `${count} felter importeret.`,
    importCancel: 'Luk',
    conflictTitle: 'Kladden er ændret af en anden',
    conflictText: (name) =>
      `${name} har gemt kladden, mens du arbejdede. Vælg hvilken version der skal gælde.`,
    keepMine: 'Behold min version',
    takeTheirs: 'Tag den anden version',
    conflictDifferences: 'Forskelle mellem de to versioner',
    conflictField: 'Felt',
    conflictMine: 'Din version',
    conflictTheirs: 'Den anden version',
    conflictAbsent: '(findes ikke)',
    conflictOthers: 'Også skemaets egne oplysninger, beregnede felter eller feltrækkefølgen er forskellige.',
    edits: {
      add: (type) => `tilføj ${type}`,
      remove: (label) => `slet '${label}'`,
      move: (label) => `flyt '${label}'`,
      duplicate: (label) => `kopiér '${label}'`,
      properties: (label) => `ret '${label}'`,
      rename: (label) => `omdøb '${label}'`,
      visibility: (label) => `betingelse for '${label}'`,
      json: 'ret JSON',
      import: 'import',
      settings: 'ret skemaets oplysninger',
      computed: 'ret beregnede felter',
      parameter: 'ret parametre',
    },
  },
  en: {
    libraryTitle: 'Forms',
    libraryIntro: 'The form library: the published forms and the drafts being worked on.',
    published: 'Published forms',
    drafts: 'Drafts',
    noDrafts: 'There are no drafts.',
    columnForm: 'Form',
    columnId: 'Id',
    columnVersion: 'Version',
    columnStatus: 'Status',
    columnUpdated: 'Last changed',
    edit: 'Edit',
    inReview: 'In review',
    draft: 'Draft',
    newForm: 'New form',
    newFormId: 'Id of the new form',
    newFormIdHint: 'Letters, digits and hyphens, e.g. F40-parent-talk. Cannot be changed later.',
    newFormTitle: 'Title (Danish)',
    newFormCreate: 'Create and open the form builder',
    idInvalid: 'The id may only contain letters, digits, - and _ and must start with a letter.',
    idTaken: 'A form with this id already exists.',
    titleMissing: 'Enter a title.',
    builderTitle: (title) => `Form builder: ${title}`,
    backToLibrary: 'Back to the forms',
    missing: 'The form does not exist.',
    toolbar: 'Tools',
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: (label) => `Undo: ${label}`,
    redoWhat: (label) => `Redo: ${label}`,
    saveStatus: {
      saved: 'The draft is saved',
      unsaved: 'Changes are saved in a moment …',
      saving: 'Saving …',
      conflict: 'Someone else saved the draft',
      readonly: 'The draft is in review and cannot be changed',
      error: 'The draft could not be saved',
    },
    saveNow: 'Save now',
    views: 'View',
    viewVisual: 'Visual',
    viewJson: 'JSON',
    advancedMode: 'Advanced mode',
    exportFile: 'Export as file',
    importFile: 'Import JSON Schema',
    palette: 'Field types',
    paletteHint: 'Click to add after the selected field, or drag onto the canvas.',
    paletteGroups: {
      text: 'Text and date',
      choice: 'Choices',
      number: 'Numbers and scores',
      layout: 'Structure',
      advanced: 'Advanced',
    },
    add: (type) => `Add ${type}`,
    canvas: "The form's fields",
    canvasEmpty: 'The form has no fields yet. Add one from the field types.',
    dropHere: 'Drop here',
    moveUp: 'Move up',
    moveDown: 'Move down',
    moveOut: 'Move out of the section',
    moveInto: 'Move into the section above',
    duplicate: 'Copy',
    remove: 'Delete',
    select: 'Select',
    dragHandle: (label) => `Drag to move ${label}`,
    requiredMark: 'required',
    ruleMark: 'shown on a condition',
    fieldActions: (label) => `Actions for ${label}`,
    properties: 'Properties',
    formSettings: 'About the form',
    nothingSelected: 'Select a field on the canvas to see its properties.',
    fieldType: (type) => `Field type: ${type}`,
    fieldKey: 'Field name in the data',
    fieldKeyHint:
      'Letters and digits, starting with a letter. Rules and translations follow when the name changes.',
    rename: 'Rename',
    keyInvalid:
      'The name must start with a letter, contain only letters, digits and _, and not be used in the same section.',
    checkProperties: 'Check the properties',
    visibility: 'Condition for showing',
    visibilityLabel: 'Show the field only when',
    formTitle: 'Title (Danish)',
    formTitleEn: 'Title (English)',
    formDescription: 'Description (Danish)',
    formDescriptionEn: 'Description (English)',
    subject: 'Whose journal the data belongs to',
    sectionsAsPages: 'Show the sections as pages',
    sectionsAsPagesHint:
      'The form is shown one section at a time, with buttons to the next and previous page.',
    subjects: {
      child: "The child's",
      parent: "The parent's",
      family: "The family's",
      organisation: "The organisation's (no journal)",
    },
    computed: 'Computed fields',
    computedIntro:
      'Values computed from the answers, e.g. a total score or whether a score is over the cut-off.',
    computedTitle: 'Name (Danish)',
    computedTitleEn: 'Name (English)',
    computedId: 'Id',
    computedKind: 'Computation',
    computedKindSum: 'Sum of fields',
    computedKindRule: 'Yes/no by a rule',
    computedKindJson: 'Expression (JSON Logic)',
    computedSumOf: 'Add these fields',
    computedRule: 'Yes when',
    addComputed: 'Add computed field',
    addCutoff: 'Add "over the cut-off"',
    removeComputed: 'Remove computed field',
    parameters: 'Parameters',
    parametersIntro: 'Named values with a default that a municipality can change, e.g. a cut-off.',
    parameterName: 'Name',
    parameterTitle: 'Title (Danish)',
    parameterDefault: 'Default value (whole number, empty for none)',
    addParameter: 'Add parameter',
    removeParameter: 'Remove parameter',
    preview: 'Preview',
    previewLanguage: 'Language',
    previewWidth: 'Width',
    widths: { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' },
    previewSubmitted: 'The form is filled in correctly (nothing is stored in the preview).',
    previewBroken: 'The preview cannot be shown until the errors in the definition are fixed.',
    json: 'The definition as JSON',
    jsonHint: 'Changes here show in the visual view and are saved once the definition has no errors.',
    jsonInvalid: 'Not valid JSON',
    jsonNotApplied: 'The change is not saved or shown in the visual view until the errors below are fixed.',
    jsonChecking: 'Checking the definition …',
    jsonCheckFailed: 'The definition could not be checked (no connection?); it is not saved.',
    issues: 'Errors in the definition',
    noIssues: 'No errors in the definition.',
    importTitle: 'Import a form from JSON Schema',
    importSchema: 'JSON Schema (e.g. from react-jsonschema-form)',
    importUiSchema: 'uiSchema (optional)',
    importFileOf: (what) => `${what}: choose file`,
    importRun: 'Import',
    importUnsupported: 'Not supported and not imported:',
    importDone: (count) => `${count} fields imported.`,
    importCancel: 'Close',
    conflictTitle: 'Someone else changed the draft',
    conflictText: (name) => `${name} saved the draft while you were working. Choose which version applies.`,
    keepMine: 'Keep my version',
    takeTheirs: 'Take the other version',
    conflictDifferences: 'Differences between the two versions',
    conflictField: 'Field',
    conflictMine: 'Your version',
    conflictTheirs: 'The other version',
    conflictAbsent: '(not there)',
    conflictOthers: "The form's own details, computed fields or the order of the fields differ as well.",
    edits: {
      add: (type) => `add ${type}`,
      remove: (label) => `delete '${label}'`,
      move: (label) => `move '${label}'`,
      duplicate: (label) => `copy '${label}'`,
      properties: (label) => `edit '${label}'`,
      rename: (label) => `rename '${label}'`,
      visibility: (label) => `condition for '${label}'`,
      json: 'edit JSON',
      import: 'import',
      settings: "edit the form's details",
      computed: 'edit computed fields',
      parameter: 'edit parameters',
    },
  },
};
