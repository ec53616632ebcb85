/** The strings of the access-log screen (#/audit). */
export interface AuditText {
  title: string;
  intro: string;
  citizenHeading: string;
  citizenHelp: string;
  familyId: string;
  memberId: string;
  hideStaff: string;
  show: string;
  userHeading: string;
  userId: string;
  spotHeading: string;
  spotHelp: string;
  spotSize: string;
  draw: string;
  chainHeading: string;
  chainHelp: string;
  verify: string;
  chainOk: (entries: number) => string;
  chainBroken: (problems: number) => string;
  line: (line: number, reason: string) => string;
  loading: string;
  none: string;
  /** Loads the next page of older rows. */
  more: string;
  columns: { at: string; action: string; purpose: string; what: string; who: string; family: string };
  hidden: string;
  actions: Record<string, string>;
  purposes: Record<string, string>;
  whats: Record<string, string>;
}

export const auditText: Record<'da' | 'en', AuditText> = {
  da: {
    title: 'Adgangslog',
    intro:
      'Hver læsning, søgning, ændring og udskrift af familiers data bliver logget, før svaret sendes. Loggen rummer kun id’er, aldrig navne eller besvarelser.',
    citizenHeading: 'Opslag i en borgers data',
    citizenHelp:
      'Datoer og formål for opslag i en families data, fx til en borgers indsigtsanmodning. Skjul medarbejdernes navne i den kopi, borgeren får.',
    familyId: 'Familiens id',
    memberId: 'Familiemedlemmets id (valgfrit)',
    hideStaff: 'Skjul medarbejdernes navne',
    show: 'Vis opslag',
    userHeading: 'En medarbejders brug af data',
    userId: 'Medarbejderens id',
    spotHeading: 'Stikprøve',
    spotHelp:
      'Tilfældigt udvalgte opslag i familiers data, så en leder kan kontrollere, at hvert opslag havde et formål.',
    spotSize: 'Antal opslag',
    draw: 'Træk stikprøve',
    chainHeading: 'Kontrol af loggen',
    chainHelp:
      'Hver post bærer den foregående posts hash. En ændret, slettet eller flyttet post bliver fundet.',
    verify: 'Kontrollér loggen',
    chainOk: (entries) => `Loggen er hel: ${entries} poster, ingen ændret, slettet eller flyttet.`,
    chainBroken: (problems) => `Loggen er brudt: ${problems} fejl.`,
    line: (line, reason) => `Post ${line}: ${reason}`,
    loading: 'Henter …',
    none: 'Ingen opslag.',
    more: 'Vis flere',
    columns: {
      at: 'Tidspunkt',
      action: 'Handling',
      purpose: 'Formål',
      what: 'Hvad',
      who: 'Medarbejder',
      family: 'Familie',
    },
    hidden: 'Skjult',
    actions: {
      read: 'Læst',
      search: 'Søgning',
      write: 'Ændret',
      export: 'Eksporteret',
      print: 'Udskrevet',
      delete: 'Slettet',
      login: 'Logget ind',
      'login-failed': 'Mislykket login',
    },
    purposes: {
      casework: 'Sagsbehandling',
      print: 'Udskrift',
      audit: 'Kontrol af adgangsloggen',
      retention: 'Sletning efter opbevaringsperiode',
      session: 'Login',
    },
    whats: {
      family: 'Familien',
      families: 'Familieliste',
      timeline: 'Tidslinje',
      pathway: 'Forløb',
      submission: 'Besvarelse',
      draft: 'Kladde',
      consents: 'Samtykker',
      worklist: 'Arbejdsliste',
      caseload: 'Egne familier',
      audit: 'Adgangsloggen',
      'legal-hold': 'Tilbageholdelse',
      session: 'Login',
    },
  },
  en: {
    title: 'Access log',
    intro:
      'Every read, search, change and print of family data is logged before the answer is sent. The log holds ids only, never names or answers.',
    citizenHeading: "Look-ups in a citizen's data",
    citizenHelp:
      "Dates and purposes of the look-ups in a family's data, e.g. for a citizen's request for access. Hide the staff names in the copy the citizen receives.",
    familyId: "The family's id",
    memberId: "The family member's id (optional)",
    hideStaff: 'Hide staff names',
    show: 'Show look-ups',
    userHeading: "A staff member's use of data",
    userId: "The staff member's id",
    spotHeading: 'Spot check',
    spotHelp: 'Randomly chosen look-ups in family data, so a manager can check that each had a purpose.',
    spotSize: 'Number of look-ups',
    draw: 'Draw a sample',
    chainHeading: 'Checking the log',
    chainHelp: "Each entry carries the previous entry's hash. An edited, deleted or moved entry is found.",
    verify: 'Check the log',
    chainOk: (entries) => `The log is intact: ${entries} entries, none edited, deleted or moved.`,
    chainBroken: (problems) => `The log is broken: ${problems} problems.`,
    line: (line, reason) => `Entry ${line}: ${reason}`,
    loading: 'Loading …',
    none: 'No look-ups.',
    more: 'Show more',
    columns: {
      at: 'Time',
      action: 'Action',
      purpose: 'Purpose',
      what: 'What',
      who: 'Staff member',
      family: 'Family',
    },
    hidden: 'Hidden',
    actions: {
      read: 'Read',
      search: 'Search',
      write: 'Changed',
      export: 'Exported',
      print: 'Printed',
      delete: 'Deleted',
      login: 'Logged in',
      'login-failed': 'Failed login',
    },
    purposes: {
      casework: 'Casework',
      print: 'Print',
      audit: 'Checking the access log',
      retention: 'Deletion after the retention period',
      session: 'Login',
    },
    whats: {
      family: 'The family',
      families: 'Family list',
      timeline: 'Timeline',
      pathway: 'Pathway',
      submission: 'Answers',
      draft: 'Draft',
      consents: 'Consents',
      worklist: 'Worklist',
      caseload: 'Own families',
      audit: 'The access log',
      'legal-hold': 'Legal hold',
      session: 'Login',
    },
  },
};
