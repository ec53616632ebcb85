/** Every string the app shows (forms and definitions bring their own). Danish is the product's first language. */
export interface Dictionary {
  app: {
    name: string;
    tagline: string;
    skipLink: string;
    mainNav: string;
    myWork: string;
    families: string;
    languageLabel: string;
    /** The other language's name, written in that language. */
    switchTo: string;
    switchToLang: 'da' | 'en';
    loggedInAs: (name: string) => string;
    logout: string;
    loading: string;
    retry: string;
    notFound: string;
    notFoundText: string;
    backToWork: string;
    backToFamilies: string;
    networkError: string;
    unexpectedError: string;
    sessionExpired: string;
    problemTitle: string;
    required: string;
    invalidDate: string;
    notInFuture: string;
  };
  login: {
    title: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    submitting: string;
  };
  families: {
    title: string;
    searchLabel: string;
    searchHint: string;
    search: string;
    create: string;
    none: string;
    count: (n: number) => string;
    name: string;
    members: string;
    created: string;
  };
  createFamily: {
    title: string;
    kind: string;
    kindPregnant: string;
    kindChild: string;
    pregnantName: string;
    dueDate: string;
    dueDateHint: string;
    unbornName: string;
    unbornNameHint: string;
    unbornDefault: (parentName: string) => string;
    childName: string;
    birthDate: string;
    familyName: string;
    familyNameHint: string;
    submit: string;
    cancel: string;
    created: (name: string) => string;
  };
  family: {
    members: string;
    roles: Record<'pregnant' | 'mother' | 'father' | 'parent' | 'child', string>;
    unborn: string;
    born: (date: string) => string;
    due: (date: string) => string;
    registerBirth: string;
    registerBirthFor: (name: string) => string;
    birthDate: string;
    save: string;
    birthRegistered: (name: string) => string;
    pathways: string;
    noPathways: string;
    startPathway: string;
    workflow: string;
    child: string;
    noChildren: string;
    start: string;
    started: (title: string) => string;
    pathwayFor: (name: string) => string;
    startedOn: (date: string) => string;
    currentSteps: string;
    formsDue: string;
    noFormsDue: string;
    fill: string;
    optional: string;
    timingPre: string;
    timingPost: string;
    finished: (title: string) => string;
    timeline: string;
    noTimeline: string;
  };
  work: {
    title: string;
    filters: string;
    scope: string;
    scopeMine: string;
    scopeTeam: string;
    programme: string;
    allProgrammes: string;
    show: string;
    buckets: Record<'overdue' | 'today' | 'week' | 'upcoming', string>;
    count: (n: number) => string;
    noneInBucket: string;
    reason: (step: string, date: string) => string;
    windowEnds: (date: string) => string;
    familyOf: (child: string) => string;
    caseload: string;
    caseloadCaption: (n: number) => string;
    noCaseload: string;
    family: string;
    members: string;
    nextDue: string;
    noNextDue: string;
  };
  events: {
    heading: string;
    /** Names of payload fields the schemas use; a field not listed here shows its schema title or name. */
    fieldNames: Record<string, string>;
    optional: string;
    choose: string;
    endsWarning: string;
    confirm: (title: string) => string;
    cancel: string;
    sending: string;
    sent: (title: string) => string;
    changed: (title: string) => string;
    notAccepted: (title: string) => string;
  };
  flags: {
    heading: string;
    flaggedOn: (date: string) => string;
  };
  due: {
    dueOn: (date: string) => string;
    window: (start: string, end: string) => string;
    unknown: string;
    overdue: string;
  };
  submission: {
    formVersion: (version: number) => string;
    filledIn: (date: string) => string;
    filledInBy: (date: string, name: string) => string;
    print: string;
    readOnly: string;
  };
  stepForm: {
    backToFamily: string;
    step: (title: string) => string;
    submit: string;
    saving: string;
    saved: (title: string) => string;
    invalid: string;
    notDue: string;
    nextSteps: string;
    nextForm: (title: string) => string;
    pathwayDone: (title: string) => string;
  };
}
