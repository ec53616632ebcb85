// The workflow designer's own strings, Danish first.
import type { LintIssue } from '../../../runtime';

export interface WorkflowsText {
  library: {
    title: string;
    intro: string;
    published: string;
    drafts: string;
    noDrafts: string;
    id: string;
    name: string;
    version: string;
    status: string;
    draft: string;
    inReview: string;
    updated: string;
    open: string;
    newTitle: string;
    newId: string;
    newIdHint: string;
    newName: string;
    create: string;
    idInvalid: string;
  };
  designer: {
    title: (name: string) => string;
    back: string;
    missing: string;
    loadingLibrary: string;
    undo: string;
    redo: string;
    undoWhat: (label: string) => string;
    redoWhat: (label: string) => string;
    saveNow: string;
    save: Record<'saved' | 'unsaved' | 'saving' | 'conflict' | 'readonly' | 'error', string>;
    conflictTitle: string;
    conflictText: (name: string, time: string) => string;
    keepMine: string;
    takeTheirs: string;
    versionsLink: string;
    tabs: { design: string; parameters: string; simulation: string; importExport: string };
    tabsLabel: string;
  };
  canvas: {
    label: string;
    search: string;
    searchPlaceholder: string;
    noMatch: string;
    relayout: string;
    initial: string;
    final: string;
    parallel: string;
    compound: string;
    active: string;
    internal: (event: string) => string;
  };
  outline: {
    title: string;
    states: string;
    transitions: string;
    to: string;
    noTarget: string;
    addState: string;
    addChildState: string;
    stateName: string;
    stateNameHint: string;
    stateTitleDa: string;
    stateTitleEn: string;
    add: string;
    cancel: string;
    nameInvalid: string;
    nameTaken: string;
  };
  state: {
    heading: (name: string) => string;
    none: string;
    name: string;
    rename: string;
    titleDa: string;
    titleEn: string;
    descriptionDa: string;
    descriptionEn: string;
    type: string;
    types: Record<'atomic' | 'compound' | 'parallel' | 'final', string>;
    initial: string;
    makeInitial: string;
    isInitial: string;
    delete: string;
    deleteConfirm: (name: string) => string;
    roles: string;
    tags: string;
    tagsHint: string;
    forms: string;
    formsNone: string;
    addForm: string;
    pickForm: string;
    formVersion: (version: number) => string;
    optional: string;
    timing: string;
    timingNone: string;
    removeForm: (title: string) => string;
    due: string;
    dueNone: string;
    dueAdd: string;
    dueRemove: string;
    anchor: string;
    anchors: Record<'child.birthDate' | 'child.dueDate' | 'stateEntry' | 'answers', string>;
    answerField: string;
    offset: string;
    units: Record<'years' | 'months' | 'weeks' | 'days', string>;
    fromParam: string;
    noParam: string;
    window: string;
    dueEvent: string;
    noEvent: string;
    transitionsOut: string;
    addTransition: string;
    event: string;
    target: string;
  };
  transition: {
    heading: (event: string, source: string) => string;
    event: string;
    builtIn: string;
    declared: string;
    target: string;
    noTarget: string;
    order: (n: number, of: number) => string;
    moveUp: string;
    moveDown: string;
    guard: string;
    guardNone: string;
    guardAdd: string;
    guardRemove: string;
    guardJson: string;
    guardJsonInvalid: string;
    guardApply: string;
    actions: string;
    actionsNone: string;
    addAction: string;
    pickAction: string;
    removeAction: (title: string) => string;
    actionParams: (title: string) => string;
    applyParams: string;
    description: string;
    delete: string;
    newEvent: string;
    newEventName: string;
    newEventTitleDa: string;
    newEventTitleEn: string;
    manual: string;
    declare: string;
  };
  parameters: {
    title: string;
    intro: string;
    name: string;
    titleDa: string;
    titleEn: string;
    type: string;
    types: Record<'integer' | 'number' | 'boolean' | 'string', string>;
    default: string;
    remove: (name: string) => string;
    add: string;
    nameInvalid: string;
    none: string;
  };
  lint: {
    title: string;
    clean: string;
    error: string;
    warning: string;
    count: (errors: number, warnings: number) => string;
    codes: Record<LintIssue['code'], (state: string, message: string) => string>;
    definition: (path: string, message: string) => string;
  };
  simulation: {
    title: string;
    intro: string;
    family: string;
    member: string;
    role: string;
    roles: Record<'pregnant' | 'mother' | 'father' | 'parent' | 'child', string>;
    memberName: string;
    birthDate: string;
    dueDate: string;
    subject: string;
    startDate: string;
    start: string;
    restart: string;
    cannotRun: string;
    today: (date: string) => string;
    active: string;
    ended: string;
    advance: string;
    days: string;
    advanceButton: string;
    sendEvent: string;
    eventPayload: string;
    send: string;
    formsDue: string;
    noFormsDue: string;
    fill: (form: string) => string;
    submit: string;
    due: string;
    noDue: string;
    dueItem: (title: string, date: string) => string;
    worklist: string;
    worklistItem: (title: string, date: string, roles: string) => string;
    path: string;
    log: string;
    problem: (detail: string) => string;
    pathways: string;
    saveScenario: string;
    scenarioName: string;
    scenarioId: string;
    saved: (name: string) => string;
    scenarios: string;
    noScenarios: string;
    replayAll: string;
    replay: string;
    green: string;
    red: string;
    removeScenario: (name: string) => string;
    expected: (path: string) => string;
  };
  importExport: {
    title: string;
    importTitle: string;
    importIntro: string;
    importLabel: string;
    importButton: string;
    importInvalid: string;
    imported: (states: number) => string;
    notConverted: string;
    exportTitle: string;
    json: string;
    mermaid: string;
    svg: string;
    download: string;
  };
  commands: {
    addState: (name: string) => string;
    renameState: (from: string, to: string) => string;
    deleteState: (name: string) => string;
    moveState: (name: string) => string;
    setInitial: (name: string) => string;
    setType: (name: string) => string;
    editState: (name: string) => string;
    addTransition: (event: string) => string;
    editTransition: (event: string) => string;
    deleteTransition: (event: string) => string;
    declareEvent: (event: string) => string;
    editParameters: string;
    importMachine: string;
  };
}

const da: WorkflowsText = {
  library: {
    title: 'Forløb',
    intro:
      'Forløbsbiblioteket: de udgivne forløb og de kladder, der arbejdes på. Åbn et forløb i designeren for at ændre det.',
    published: 'Udgivne forløb',
    drafts: 'Kladder',
    noDrafts: 'Ingen kladder lige nu.',
    id: 'Id',
    name: 'Navn',
    version: 'Version',
    status: 'Status',
    draft: 'Kladde',
    inReview: 'Til godkendelse',
    updated: 'Senest ændret',
    open: 'Åbn i designeren',
    newTitle: 'Nyt forløb',
    newId: 'Id',
    newIdHint: 'Små bogstaver, tal og punktum, fx kommune.nytForloeb',
    newName: 'Navn (dansk)',
    create: 'Opret og åbn',
    idInvalid: 'Id skal starte med et bogstav og må kun indeholde bogstaver, tal og punktum.',
  },
  designer: {
    title: (name) => `Forløbsdesigner: ${name}`,
    back: 'Tilbage til forløbene',
    missing: 'Forløbet findes ikke.',
    loadingLibrary: 'Henter skemaer og delforløb …',
    undo: 'Fortryd',
    redo: 'Gentag',
    undoWhat: (label) => `Fortryd: ${label}`,
    redoWhat: (label) => `Gentag: ${label}`,
    saveNow: 'Gem nu',
    save: {
      saved: 'Kladden er gemt',
      unsaved: 'Ikke gemt endnu',
      saving: 'Gemmer …',
      conflict: 'En anden har gemt kladden imens',
      readonly: 'Kladden er sendt til godkendelse og kan ikke ændres',
      error: 'Kladden kunne ikke gemmes',
    },
    conflictTitle: 'Kladden er ændret af en anden',
    conflictText: (name, time) => `${name} gemte kladden ${time}. Vælg hvilken version der skal gælde.`,
    keepMine: 'Behold min version',
    takeTheirs: 'Tag den anden version',
    versionsLink: 'Godkendelse og udgivelse',
    tabs: {
      design: 'Design',
      parameters: 'Parametre',
      simulation: 'Simulering',
      importExport: 'Import og eksport',
    },
    tabsLabel: 'Designerens visninger',
  },
  canvas: {
    label: 'Forløbets tilstande og overgange',
    search: 'Søg tilstand',
    searchPlaceholder: 'Navn eller titel',
    noMatch: 'Ingen tilstand passer',
    relayout: 'Automatisk layout',
    initial: 'Start',
    final: 'Slut',
    parallel: 'Parallel',
    compound: 'Sammensat',
    active: 'Aktiv i simuleringen',
    internal: (event) => `${event} (bliver i tilstanden)`,
  },
  outline: {
    title: 'Oversigt',
    states: 'Tilstande',
    transitions: 'Overgange',
    to: 'til',
    noTarget: 'bliver',
    addState: 'Tilføj tilstand',
    addChildState: 'Tilføj undertilstand',
    stateName: 'Navn (teknisk)',
    stateNameHint: 'Bogstaver og tal, fx needVisit',
    stateTitleDa: 'Titel (dansk)',
    stateTitleEn: 'Titel (engelsk)',
    add: 'Tilføj',
    cancel: 'Annullér',
    nameInvalid: 'Navnet skal starte med et bogstav og må kun indeholde bogstaver, tal og _.',
    nameTaken: 'Der er allerede en tilstand med det navn her.',
  },
  state: {
    heading: (name) => `Tilstand: ${name}`,
    none: 'Vælg en tilstand eller overgang på tegningen eller i oversigten.',
    name: 'Navn (teknisk)',
    rename: 'Omdøb',
    titleDa: 'Titel (dansk)',
    titleEn: 'Titel (engelsk)',
    descriptionDa: 'Beskrivelse til fagpersonen (dansk)',
    descriptionEn: 'Beskrivelse til fagpersonen (engelsk)',
    type: 'Type',
    types: { atomic: 'Almindelig', compound: 'Sammensat', parallel: 'Parallel', final: 'Slut' },
    initial: 'Start',
    makeInitial: 'Gør til starttilstand',
    isInitial: 'Starttilstand',
    delete: 'Slet tilstand',
    deleteConfirm: (name) => `Slet tilstanden ${name} og overgangene til den?`,
    roles: 'Roller',
    tags: 'Mærker til arbejdslister',
    tagsHint: 'Adskil med komma, fx opsporing, behovsbesoeg',
    forms: 'Skemaer',
    formsNone: 'Ingen skemaer.',
    addForm: 'Tilføj skema',
    pickForm: 'Vælg skema',
    formVersion: (version) => `version ${version}`,
    optional: 'Valgfrit',
    timing: 'Måling',
    timingNone: 'Ingen',
    removeForm: (title) => `Fjern ${title}`,
    due: 'Forfaldsdato',
    dueNone: 'Ingen forfaldsregel.',
    dueAdd: 'Tilføj forfaldsregel',
    dueRemove: 'Fjern forfaldsregel',
    anchor: 'Regnes fra',
    anchors: {
      'child.birthDate': 'Barnets fødselsdato',
      'child.dueDate': 'Terminsdato',
      stateEntry: 'Når tilstanden begynder',
      answers: 'En dato i et skema',
    },
    answerField: 'Datofelt',
    offset: 'Forskydning',
    units: { years: 'År', months: 'Måneder', weeks: 'Uger', days: 'Dage' },
    fromParam: 'Fra parameter',
    noParam: 'Fast tal',
    window: 'Tolerancevindue (dage)',
    dueEvent: 'Hændelse når datoen kommer',
    noEvent: 'Ingen',
    transitionsOut: 'Overgange herfra',
    addTransition: 'Tilføj overgang',
    event: 'Hændelse',
    target: 'Til tilstand',
  },
  transition: {
    heading: (event, source) => `Overgang: ${event} fra ${source}`,
    event: 'Hændelse',
    builtIn: 'Indbyggede',
    declared: 'Forløbets hændelser',
    target: 'Til tilstand',
    noTarget: '(ingen – bliver i tilstanden)',
    order: (n, of) => `Prøves som nr. ${n} af ${of}`,
    moveUp: 'Prøv før',
    moveDown: 'Prøv efter',
    guard: 'Betingelse',
    guardNone: 'Ingen betingelse: overgangen tages altid.',
    guardAdd: 'Tilføj betingelse',
    guardRemove: 'Fjern betingelse',
    guardJson: 'Betingelse som JSON Logic',
    guardJsonInvalid: 'Ikke gyldig JSON.',
    guardApply: 'Brug betingelsen',
    actions: 'Handlinger',
    actionsNone: 'Ingen handlinger.',
    addAction: 'Tilføj handling',
    pickAction: 'Vælg handling',
    removeAction: (title) => `Fjern ${title}`,
    actionParams: (title) => `Indstillinger for ${title}`,
    applyParams: 'Gem indstillinger',
    description: 'Note',
    delete: 'Slet overgang',
    newEvent: 'Ny hændelse',
    newEventName: 'Navn (STORE_BOGSTAVER)',
    newEventTitleDa: 'Titel (dansk)',
    newEventTitleEn: 'Titel (engelsk)',
    manual: 'Fagpersonen kan sende den',
    declare: 'Opret hændelse',
  },
  parameters: {
    title: 'Parametre',
    intro:
      'Værdier som grænser, antal sessioner og aldersgrænser, som betingelser og forfaldsdatoer læser (params.<navn>). Kommunerne kan ændre standardværdien.',
    name: 'Navn',
    titleDa: 'Titel (dansk)',
    titleEn: 'Titel (engelsk)',
    type: 'Type',
    types: { integer: 'Heltal', number: 'Tal', boolean: 'Ja/nej', string: 'Tekst' },
    default: 'Standardværdi',
    remove: (name) => `Fjern ${name}`,
    add: 'Tilføj parameter',
    nameInvalid: 'Navnet skal starte med et bogstav og må kun indeholde bogstaver og tal.',
    none: 'Forløbet har ingen parametre.',
  },
  lint: {
    title: 'Kontrol',
    clean: 'Ingen fund.',
    error: 'Fejl',
    warning: 'Advarsel',
    count: (errors, warnings) => `${errors} fejl, ${warnings} advarsler`,
    codes: {
      unreachable: (state) => `Tilstanden ${state} kan aldrig nås.`,
      'no-way-to-end': (state) => `Fra tilstanden ${state} kan forløbet aldrig slutte.`,
      'waiting-without-due': (state) =>
        `Tilstanden ${state} venter på tid eller en hændelse udefra, men har ingen forfaldsregel.`,
      'unused-event': (_state, message) => `Hændelsen lyttes der ikke efter: ${message}`,
      'forms-never-complete': (state) =>
        `Tilstanden ${state} beder om skemaer, men ingen FORM_SUBMITTED-overgang fører videre.`,
      'guard-reads-later-form': (state, message) =>
        `En betingelse i ${state} læser et skema, som ingen tidligere tilstand beder om (${message}).`,
      'missing-translation': (_state, message) => `Mangler oversættelse: ${message}`,
    },
    definition: (path, message) => `${path}: ${message}`,
  },
  simulation: {
    title: 'Simulering',
    intro:
      'Kør kladden med den rigtige motor og et falsk ur: vælg en testfamilie, udfyld skemaerne, send hændelser og spol tiden frem.',
    family: 'Testfamilie',
    member: 'Familiemedlem',
    role: 'Rolle',
    roles: { pregnant: 'Gravid', mother: 'Mor', father: 'Far', parent: 'Forælder', child: 'Barn' },
    memberName: 'Navn',
    birthDate: 'Fødselsdato',
    dueDate: 'Terminsdato',
    subject: 'Forløbet gælder',
    startDate: 'Startdato',
    start: 'Start simulering',
    restart: 'Start forfra',
    cannotRun: 'Kladden kan ikke køres, før kontrollens fejl er rettet.',
    today: (date) => `Simuleret dato: ${date}`,
    active: 'Aktive tilstande',
    ended: 'Forløbet er afsluttet',
    advance: 'Spol tiden frem',
    days: 'Antal dage',
    advanceButton: 'Spol frem',
    sendEvent: 'Send hændelse',
    eventPayload: 'Data (JSON, valgfri)',
    send: 'Send',
    formsDue: 'Skemaer der skal udfyldes',
    noFormsDue: 'Ingen skemaer lige nu.',
    fill: (form) => `Udfyld ${form}`,
    submit: 'Indsend i simuleringen',
    due: 'Forfaldsdatoer',
    noDue: 'Ingen forfaldsdatoer.',
    dueItem: (title, date) => `${title}: ${date}`,
    worklist: 'Det ville stå på arbejdslisten',
    worklistItem: (title, date, roles) => `${title} – ${date}${roles ? ` (${roles})` : ''}`,
    path: 'Vejen indtil nu',
    log: 'Hændelseslog',
    problem: (detail) => `Afvist: ${detail}`,
    pathways: 'Forløb i simuleringen',
    saveScenario: 'Gem som scenarie',
    scenarioName: 'Scenariets navn',
    scenarioId: 'Id',
    saved: (name) => `Scenariet ${name} er gemt.`,
    scenarios: 'Scenarier',
    noScenarios: 'Ingen gemte scenarier.',
    replayAll: 'Afspil alle',
    replay: 'Afspil',
    green: 'Grøn',
    red: 'Rød',
    removeScenario: (name) => `Slet ${name}`,
    expected: (path) => `Forventet vej: ${path}`,
  },
  importExport: {
    title: 'Import og eksport',
    importTitle: 'Importér en XState-maskine',
    importIntro:
      'Indsæt en maskine i JSON, fx eksporteret fra Stately. Den erstatter forløbets tilstande (kan fortrydes).',
    importLabel: 'Maskine (JSON)',
    importButton: 'Importér',
    importInvalid: 'Teksten er ikke gyldig JSON med "states".',
    imported: (states) => `${states} tilstande importeret.`,
    notConverted: 'Kunne ikke overføres',
    exportTitle: 'Eksportér',
    json: 'Forløbsbeskrivelse (JSON)',
    mermaid: 'Diagram (Mermaid)',
    svg: 'Tegning (SVG)',
    download: 'Hent',
  },
  commands: {
    addState: (name) => `Tilføj tilstand '${name}'`,
    renameState: (from, to) => `Omdøb '${from}' til '${to}'`,
    deleteState: (name) => `Slet tilstand '${name}'`,
    moveState: (name) => `Flyt '${name}'`,
    setInitial: (name) => `Gør '${name}' til start`,
    setType: (name) => `Skift type for '${name}'`,
    editState: (name) => `Ret tilstand '${name}'`,
    addTransition: (event) => `Tilføj overgang '${event}'`,
    editTransition: (event) => `Ret overgang '${event}'`,
    deleteTransition: (event) => `Slet overgang '${event}'`,
    declareEvent: (event) => `Opret hændelse '${event}'`,
    editParameters: 'Ret parametre',
    importMachine: 'Importér maskine',
  },
};

const en: WorkflowsText = {
  library: {
    title: 'Pathways',
    intro:
      'The pathway library: the published pathways and the drafts being worked on. Open a pathway in the designer to change it.',
    published: 'Published pathways',
    drafts: 'Drafts',
    noDrafts: 'No drafts right now.',
    id: 'Id',
    name: 'Name',
    version: 'Version',
    status: 'Status',
    draft: 'Draft',
    inReview: 'In review',
    updated: 'Last changed',
    open: 'Open in the designer',
    newTitle: 'New pathway',
    newId: 'Id',
    newIdHint: 'Letters, digits and dots, e.g. municipality.newPathway',
    newName: 'Name (Danish)',
    create: 'Create and open',
    idInvalid: 'The id must start with a letter and contain only letters, digits and dots.',
  },
  designer: {
    title: (name) => `Pathway designer: ${name}`,
    back: 'Back to the pathways',
    missing: 'The pathway does not exist.',
    loadingLibrary: 'Loading forms and sub-pathways …',
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: (label) => `Undo: ${label}`,
    redoWhat: (label) => `Redo: ${label}`,
    saveNow: 'Save now',
    save: {
      saved: 'The draft is saved',
      unsaved: 'Not saved yet',
      saving: 'Saving …',
      conflict: 'Someone else saved the draft meanwhile',
      readonly: 'The draft is in review and cannot be changed',
      error: 'The draft could not be saved',
    },
    conflictTitle: 'Someone else changed the draft',
    conflictText: (name, time) => `${name} saved the draft at ${time}. Choose which version applies.`,
    keepMine: 'Keep my version',
    takeTheirs: 'Take the other version',
    versionsLink: 'Review and publishing',
    tabs: {
      design: 'Design',
      parameters: 'Parameters',
      simulation: 'Simulation',
      importExport: 'Import and export',
    },
    tabsLabel: "The designer's views",
  },
  canvas: {
    label: "The pathway's states and transitions",
    search: 'Find a state',
    searchPlaceholder: 'Name or title',
    noMatch: 'No state matches',
    relayout: 'Automatic layout',
    initial: 'Start',
    final: 'End',
    parallel: 'Parallel',
    compound: 'Compound',
    active: 'Active in the simulation',
    internal: (event) => `${event} (stays in the state)`,
  },
  outline: {
    title: 'Outline',
    states: 'States',
    transitions: 'Transitions',
    to: 'to',
    noTarget: 'stays',
    addState: 'Add a state',
    addChildState: 'Add a child state',
    stateName: 'Name (technical)',
    stateNameHint: 'Letters and digits, e.g. needVisit',
    stateTitleDa: 'Title (Danish)',
    stateTitleEn: 'Title (English)',
    add: 'Add',
    cancel: 'Cancel',
    nameInvalid: 'The name must start with a letter and contain only letters, digits and _.',
    nameTaken: 'There is already a state with that name here.',
  },
  state: {
    heading: (name) => `State: ${name}`,
    none: 'Select a state or transition on the canvas or in the outline.',
    name: 'Name (technical)',
    rename: 'Rename',
    titleDa: 'Title (Danish)',
    titleEn: 'Title (English)',
    descriptionDa: 'Description for the worker (Danish)',
    descriptionEn: 'Description for the worker (English)',
    type: 'Type',
    types: { atomic: 'Simple', compound: 'Compound', parallel: 'Parallel', final: 'Final' },
    initial: 'Start',
    makeInitial: 'Make it the initial state',
    isInitial: 'Initial state',
    delete: 'Delete the state',
    deleteConfirm: (name) => `Delete the state ${name} and the transitions to it?`,
    roles: 'Roles',
    tags: 'Tags for worklists',
    tagsHint: 'Separate with commas, e.g. screening, need-visit',
    forms: 'Forms',
    formsNone: 'No forms.',
    addForm: 'Add a form',
    pickForm: 'Choose a form',
    formVersion: (version) => `version ${version}`,
    optional: 'Optional',
    timing: 'Measurement',
    timingNone: 'None',
    removeForm: (title) => `Remove ${title}`,
    due: 'Due date',
    dueNone: 'No due-date rule.',
    dueAdd: 'Add a due-date rule',
    dueRemove: 'Remove the due-date rule',
    anchor: 'Counted from',
    anchors: {
      'child.birthDate': "The child's birth date",
      'child.dueDate': 'The due date',
      stateEntry: 'When the state begins',
      answers: 'A date in a form',
    },
    answerField: 'Date field',
    offset: 'Offset',
    units: { years: 'Years', months: 'Months', weeks: 'Weeks', days: 'Days' },
    fromParam: 'From parameter',
    noParam: 'Fixed number',
    window: 'Tolerance window (days)',
    dueEvent: 'Event when the date arrives',
    noEvent: 'None',
    transitionsOut: 'Transitions from here',
    addTransition: 'Add a transition',
    event: 'Event',
    target: 'To state',
  },
  transition: {
    heading: (event, source) => `Transition: ${event} from ${source}`,
    event: 'Event',
    builtIn: 'Built-in',
    declared: "The pathway's events",
    target: 'To state',
    noTarget: '(none – stays in the state)',
    order: (n, of) => `Tried as no. ${n} of ${of}`,
    moveUp: 'Try earlier',
    moveDown: 'Try later',
    guard: 'Condition',
    guardNone: 'No condition: the transition is always taken.',
    guardAdd: 'Add a condition',
    guardRemove: 'Remove the condition',
    guardJson: 'Condition as JSON Logic',
    guardJsonInvalid: 'Not valid JSON.',
    guardApply: 'Use the condition',
    actions: 'Actions',
    actionsNone: 'No actions.',
    addAction: 'Add an action',
    pickAction: 'Choose an action',
    removeAction: (title) => `Remove ${title}`,
    actionParams: (title) => `Settings of ${title}`,
    applyParams: 'Save the settings',
    description: 'Note',
    delete: 'Delete the transition',
    newEvent: 'New event',
    newEventName: 'Name (UPPER_CASE)',
    newEventTitleDa: 'Title (Danish)',
    newEventTitleEn: 'Title (English)',
    manual: 'The worker can send it',
    declare: 'Create the event',
  },
  parameters: {
    title: 'Parameters',
    intro:
      'Values such as cut-offs, session counts and age bands that conditions and due dates read (params.<name>). Municipalities can change the default.',
    name: 'Name',
    titleDa: 'Title (Danish)',
    titleEn: 'Title (English)',
    type: 'Type',
    types: { integer: 'Integer', number: 'Number', boolean: 'Yes/no', string: 'Text' },
    default: 'Default',
    remove: (name) => `Remove ${name}`,
    add: 'Add a parameter',
    nameInvalid: 'The name must start with a letter and contain only letters and digits.',
    none: 'The pathway has no parameters.',
  },
  lint: {
    title: 'Checks',
    clean: 'Nothing found.',
    error: 'Error',
    warning: 'Warning',
    count: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
    codes: {
      unreachable: (_state, message) => message,
      'no-way-to-end': (_state, message) => message,
      'waiting-without-due': (_state, message) => message,
      'unused-event': (_state, message) => message,
      'forms-never-complete': (_state, message) => message,
      'guard-reads-later-form': (_state, message) => message,
      'missing-translation': (_state, message) => message,
    },
    definition: (path, message) => `${path}: ${message}`,
  },
  simulation: {
    title: 'Simulation',
    intro:
      'Run the draft with the real engine and a fake clock: choose a test family, fill in the forms, send events and move time forward.',
    family: 'Test family',
    member: 'Family member',
    role: 'Role',
    roles: { pregnant: 'Pregnant', mother: 'Mother', father: 'Father', parent: 'Parent', child: 'Child' },
    memberName: 'Name',
    birthDate: 'Birth date',
    dueDate: 'Due date',
    subject: 'The pathway is about',
    startDate: 'Start date',
    start: 'Start the simulation',
    restart: 'Start over',
    cannotRun: 'The draft cannot run until the errors of the checks are fixed.',
    today: (date) => `Simulated date: ${date}`,
    active: 'Active states',
    ended: 'The pathway has ended',
    advance: 'Move time forward',
    days: 'Days',
    advanceButton: 'Move forward',
    sendEvent: 'Send an event',
    eventPayload: 'Data (JSON, optional)',
    send: 'Send',
    formsDue: 'Forms to fill in',
    noFormsDue: 'No forms right now.',
    fill: (form) => `Fill in ${form}`,
    submit: 'Submit in the simulation',
    due: 'Due dates',
    noDue: 'No due dates.',
    dueItem: (title, date) => `${title}: ${date}`,
    worklist: 'What the worklist would show',
    worklistItem: (title, date, roles) => `${title} – ${date}${roles ? ` (${roles})` : ''}`,
    path: 'The path so far',
    log: 'Event log',
    problem: (detail) => `Refused: ${detail}`,
    pathways: 'Pathways in the simulation',
    saveScenario: 'Save as a scenario',
    scenarioName: 'Name of the scenario',
    scenarioId: 'Id',
    saved: (name) => `The scenario ${name} is saved.`,
    scenarios: 'Scenarios',
    noScenarios: 'No saved scenarios.',
    replayAll: 'Replay all',
    replay: 'Replay',
    green: 'Green',
    red: 'Red',
    removeScenario: (name) => `Delete ${name}`,
    expected: (path) => `Expected path: ${path}`,
  },
  importExport: {
    title: 'Import and export',
    importTitle: 'Import an XState machine',
    importIntro:
      "Paste a machine as JSON, e.g. exported from Stately. It replaces the pathway's states (can be undone).",
    importLabel: 'Machine (JSON)',
    importButton: 'Import',
    importInvalid: 'The text is not valid JSON with "states".',
    imported: (states) => `${states} states imported.`,
    notConverted: 'Could not be converted',
    exportTitle: 'Export',
    json: 'Pathway definition (JSON)',
    mermaid: 'Diagram (Mermaid)',
    svg: 'Drawing (SVG)',
    download: 'Download',
  },
  commands: {
    addState: (name) => `Add state '${name}'`,
    renameState: (from, to) => `Rename '${from}' to '${to}'`,
    deleteState: (name) => `Delete state '${name}'`,
    moveState: (name) => `Move '${name}'`,
    setInitial: (name) => `Make '${name}' initial`,
    setType: (name) => `Change the type of '${name}'`,
    editState: (name) => `Edit state '${name}'`,
    addTransition: (event) => `Add transition '${event}'`,
    editTransition: (event) => `Edit transition '${event}'`,
    deleteTransition: (event) => `Delete transition '${event}'`,
    declareEvent: (event) => `Create event '${event}'`,
    editParameters: 'Edit parameters',
    importMachine: 'Import machine',
  },
};

export const workflowsText = { da, en };
