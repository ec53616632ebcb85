/** Every string the app shows (forms and definitions bring their own). Danish is the product's first language. */
export interface Dictionary {
  app: {
    name: string;
    tagline: string;
    skipLink: string;
    mainNav: string;
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
    notes: string;
    timeline: string;
    noTimeline: string;
  };
  due: {
    dueOn: (date: string) => string;
    window: (start: string, end: string) => string;
    unknown: string;
    overdue: string;
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
