export interface VersionsText {
  listTitle: string;
  listIntro: string;
  drafts: string;
  noDrafts: string;
  forms: string;
  workflows: string;
  columnTitle: string;
  columnId: string;
  columnKind: string;
  columnStatus: string;
  columnUpdated: string;
  columnVersion: string;
  kindForm: string;
  kindWorkflow: string;
  statusDraft: string;
  statusInReview: string;
  statusPublished: string;
  statusRetired: string;
  offered: string;
  backToList: string;
  detailTitle: (title: string) => string;
  draftHeading: string;
  noDraft: string;
  editDraft: string;
  draftBase: (version: number | null) => string;
  comment: string;
  versionComment: string;
  commentHint: string;
  commentMissing: string;
  submit: string;
  approve: string;
  reject: string;
  publish: string;
  retire: string;
  rollback: string;
  done: string;
  versionsHeading: string;
  columnWho: string;
  columnWhy: string;
  columnActions: string;
  diffHeading: string;
  diffFrom: string;
  diffTo: string;
  diffDraft: string;
  showDiff: string;
  releaseNotes: string;
  noChanges: string;
  breaking: string;
  breakingIntro: string;
  safe: string;
  safeIntro: string;
  sideBySide: string;
  columnWhat: string;
  columnBefore: string;
  columnAfter: string;
  added: string;
  removed: string;
  changed: string;
  historyHeading: string;
  actions: Record<string, string>;
  migrationHeading: string;
  migrationIntro: string;
  fromVersion: string;
  toVersion: string;
  stateMapHeading: string;
  stateMapHint: string;
  sameState: string;
  columnOldState: string;
  columnNewState: string;
  fieldMapHeading: string;
  fieldMapHint: string;
  fieldForm: string;
  fieldOld: string;
  fieldNew: string;
  addFieldRow: string;
  removeFieldRow: string;
  dryRun: string;
  dryRunHeading: string;
  columnFamily: string;
  columnFrom: string;
  columnTo: string;
  cannotMove: string;
  runMigration: string;
  migrationComment: string;
  batchesHeading: string;
  noBatches: string;
  batchLine: (count: number, from: number, to: number) => string;
  undo: string;
  undone: string;
  undoResult: (restored: number, refused: number) => string;
  batchStatus: Record<'running' | 'done' | 'undone', string>;
}

const da: VersionsText = {
  listTitle: 'Versioner og godkendelse',
  listIntro:
    'Kladder til godkendelse og de udgivne versioner af skemaer og forløb. Vælg en definition for at se ændringerne, godkende, udgive eller flytte familier til en ny version.',
  drafts: 'Kladder',
  noDrafts: 'Der er ingen kladder.',
  forms: 'Skemaer',
  workflows: 'Forløb',
  columnTitle: 'Titel',
  columnId: 'Id',
  columnKind: 'Type',
  columnStatus: 'Status',
  columnUpdated: 'Senest ændret',
  columnVersion: 'Version',
  kindForm: 'Skema',
  kindWorkflow: 'Forløb',
  statusDraft: 'Kladde',
  statusInReview: 'Til godkendelse',
  statusPublished: 'Udgivet',
  statusRetired: 'Udfaset',
  offered: 'Tilbydes nye forløb',
  backToList: 'Tilbage til versioner',
  detailTitle: (title) => `Versioner: ${title}`,
  draftHeading: 'Kladde',
  noDraft: 'Der er ingen kladde til denne definition.',
  editDraft: 'Rediger kladden',
  draftBase: (version) => (version === null ? 'Ny definition' : `Bygger på version ${version}`),
  comment: 'Begrundelse',
  versionComment: 'Begrundelse for at udfase eller genudgive en version',
  commentHint: 'Skriv kort hvorfor. Begrundelsen gemmes i historikken.',
  commentMissing: 'Skriv en begrundelse.',
  submit: 'Send til godkendelse',
  approve: 'Godkend',
  reject: 'Send tilbage',
  publish: 'Udgiv',
  retire: 'Udfas',
  rollback: 'Genudgiv denne version',
  done: 'Udført.',
  versionsHeading: 'Udgivne versioner',
  columnWho: 'Hvem og hvornår',
  columnWhy: 'Begrundelse',
  columnActions: 'Handlinger',
  diffHeading: 'Sammenlign versioner',
  diffFrom: 'Fra',
  diffTo: 'Til',
  diffDraft: 'Kladden',
  showDiff: 'Vis ændringer',
  releaseNotes: 'Ændringer i almindeligt sprog',
  noChanges: 'Der er ingen ændringer.',
  breaking: 'Brydende ændring',
  breakingIntro:
    'Ændringen kan ramme data eller familier, der allerede er i gang. Den skal godkendes af en anden administrator.',
  safe: 'Sikker ændring',
  safeIntro: 'Ændringen rammer ikke gemte data eller familier i gang.',
  sideBySide: 'Side om side',
  columnWhat: 'Hvad',
  columnBefore: 'Før',
  columnAfter: 'Efter',
  added: 'Tilføjet',
  removed: 'Fjernet',
  changed: 'Ændret',
  historyHeading: 'Historik',
  actions: {
    seeded: 'Indlæst fra fil',
    created: 'Oprettet',
    submitted: 'Sendt til godkendelse',
    approved: 'Godkendt',
    rejected: 'Sendt tilbage',
    published: 'Udgivet',
    retired: 'Udfaset',
    'rolled-back': 'Genudgivet',
    imported: 'Importeret',
    discarded: 'Kasseret',
  },
  migrationHeading: 'Flyt familier til en ny version',
  migrationIntro:
    'Familier i gang bliver på deres version, indtil de flyttes her. Prøv først en prøvekørsel; intet ændres før du kører flytningen, og den kan fortrydes.',
  fromVersion: 'Fra version',
  toVersion: 'Til version',
  stateMapHeading: 'Trin',
  stateMapHint:
    'Vælg hvor familier i hvert gammelt trin skal hen. Et trin med samme navn i den nye version bruges, hvis du ikke vælger.',
  sameState: '(samme trin)',
  columnOldState: 'Trin i den gamle version',
  columnNewState: 'Trin i den nye version',
  fieldMapHeading: 'Felter',
  fieldMapHint:
    'Hvis et felt har skiftet navn, kan svaret flyttes med, så forløbets betingelser stadig virker. Gemte besvarelser ændres aldrig.',
  fieldForm: 'Skema',
  fieldOld: 'Gammelt felt',
  fieldNew: 'Nyt felt',
  addFieldRow: 'Tilføj felt',
  removeFieldRow: 'Fjern',
  dryRun: 'Prøvekørsel',
  dryRunHeading: 'Resultat af prøvekørslen',
  columnFamily: 'Familie',
  columnFrom: 'Fra trin',
  columnTo: 'Til trin',
  cannotMove: 'Kan ikke flyttes',
  runMigration: 'Flyt familierne',
  migrationComment: 'Begrundelse for flytningen',
  batchesHeading: 'Tidligere flytninger',
  noBatches: 'Ingen flytninger endnu.',
  batchLine: (count, from, to) => `${count} forløb flyttet fra version ${from} til ${to}`,
  undo: 'Fortryd flytningen',
  undone: 'Fortrudt',
  undoResult: (restored, refused) =>
    `${restored} forløb er sat tilbage.${refused > 0 ? ` ${refused} kunne ikke sættes tilbage, fordi de er ændret siden.` : ''}`,
  batchStatus: { running: 'I gang', done: 'Gennemført', undone: 'Fortrudt' },
};

const en: VersionsText = {
  listTitle: 'Versions and approval',
  listIntro:
    'Drafts awaiting approval and the published versions of forms and pathways. Choose a definition to see the changes, approve, publish or move families to a new version.',
  drafts: 'Drafts',
  noDrafts: 'There are no drafts.',
  forms: 'Forms',
  workflows: 'Pathways',
  columnTitle: 'Title',
  columnId: 'Id',
  columnKind: 'Kind',
  columnStatus: 'Status',
  columnUpdated: 'Last changed',
  columnVersion: 'Version',
  kindForm: 'Form',
  kindWorkflow: 'Pathway',
  statusDraft: 'Draft',
  statusInReview: 'In review',
  statusPublished: 'Published',
  statusRetired: 'Retired',
  offered: 'Offered for new pathways',
  backToList: 'Back to versions',
  detailTitle: (title) => `Versions: ${title}`,
  draftHeading: 'Draft',
  noDraft: 'There is no draft of this definition.',
  editDraft: 'Edit the draft',
  draftBase: (version) => (version === null ? 'New definition' : `Based on version ${version}`),
  comment: 'Reason',
  versionComment: 'Reason for retiring or republishing a version',
  commentHint: 'Say briefly why. The reason is kept in the history.',
  commentMissing: 'Write a reason.',
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Send back',
  publish: 'Publish',
  retire: 'Retire',
  rollback: 'Republish this version',
  done: 'Done.',
  versionsHeading: 'Published versions',
  columnWho: 'Who and when',
  columnWhy: 'Reason',
  columnActions: 'Actions',
  diffHeading: 'Compare versions',
  diffFrom: 'From',
  diffTo: 'To',
  diffDraft: 'The draft',
  showDiff: 'Show changes',
  releaseNotes: 'Changes in plain words',
  noChanges: 'There are no changes.',
  breaking: 'Breaking change',
  breakingIntro:
    'The change can affect data or families already under way. It must be approved by a second administrator.',
  safe: 'Safe change',
  safeIntro: 'The change does not affect stored data or families under way.',
  sideBySide: 'Side by side',
  columnWhat: 'What',
  columnBefore: 'Before',
  columnAfter: 'After',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  historyHeading: 'History',
  actions: {
    seeded: 'Loaded from file',
    created: 'Created',
    submitted: 'Submitted for review',
    approved: 'Approved',
    rejected: 'Sent back',
    published: 'Published',
    retired: 'Retired',
    'rolled-back': 'Republished',
    imported: 'Imported',
    discarded: 'Discarded',
  },
  migrationHeading: 'Move families to a new version',
  migrationIntro:
    'Families under way stay on their version until they are moved here. Try a dry run first; nothing changes until you run the move, and it can be undone.',
  fromVersion: 'From version',
  toVersion: 'To version',
  stateMapHeading: 'Steps',
  stateMapHint:
    'Choose where families in each old step go. A step of the same name in the new version is used if you do not choose.',
  sameState: '(same step)',
  columnOldState: 'Step in the old version',
  columnNewState: 'Step in the new version',
  fieldMapHeading: 'Fields',
  fieldMapHint:
    'If a field was renamed, its answer can move along so the pathway’s conditions still work. Stored responses are never changed.',
  fieldForm: 'Form',
  fieldOld: 'Old field',
  fieldNew: 'New field',
  addFieldRow: 'Add field',
  removeFieldRow: 'Remove',
  dryRun: 'Dry run',
  dryRunHeading: 'Result of the dry run',
  columnFamily: 'Family',
  columnFrom: 'From step',
  columnTo: 'To step',
  cannotMove: 'Cannot be moved',
  runMigration: 'Move the families',
  migrationComment: 'Reason for the move',
  batchesHeading: 'Earlier moves',
  noBatches: 'No moves yet.',
  batchLine: (count, from, to) => `${count} pathways moved from version ${from} to ${to}`,
  undo: 'Undo the move',
  undone: 'Undone',
  undoResult: (restored, refused) =>
    `${restored} pathways were put back.${refused > 0 ? ` ${refused} could not be put back because they changed since.` : ''}`,
  batchStatus: { running: 'Running', done: 'Done', undone: 'Undone' },
};

export const versionsTexts = { da, en };
