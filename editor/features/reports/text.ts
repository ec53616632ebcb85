// The reports feature's own strings, Danish first.

export interface ReportsText {
  title: string;
  intro: string;
  filters: string;
  programme: string;
  allProgrammes: string;
  subIntervention: string;
  allSubInterventions: string;
  from: string;
  to: string;
  district: string;
  team: string;
  version: string;
  anyValue: string;
  excluded: string;
  excludedHelp: string;
  excludeFrom: string;
  excludeTo: string;
  addExcluded: string;
  removeExcluded: (from: string, to: string) => string;
  noExcluded: string;
  show: string;
  loading: string;
  noKpis: string;
  kpiCount: (n: number) => string;
  target: (value: string) => string;
  noTarget: string;
  numerator: string;
  denominator: string;
  share: string;
  mean: string;
  count: string;
  total: string;
  month: string;
  level: string;
  sum: string;
  /** The label of the breakdown choice on each KPI. */
  breakdown: string;
  breakdownChart: (kpi: string, by: string) => string;
  /** A level code as the seeds name it (0 = Ikke niveauinddelt). */
  levelTitle: (code: string) => string;
  /** A group whose value was not recorded. */
  notRecorded: string;
  partly: string;
  definition: string;
  definitionVersions: string;
  trend: (kpi: string) => string;
  trendDescription: string;
  targetLine: (value: string) => string;
  showTable: string;
  hideTable: string;
  tableCaption: (kpi: string, by: string) => string;
  noData: string;
  exportCsv: string;
  exportXlsx: string;
  exportsFor: (kpi: string) => string;
  showFamilies: (what: string, group: string) => string;
  drillTitle: (kpi: string, what: string, group: string) => string;
  drillCount: (n: number) => string;
  family: string;
  date: string;
  closeDrill: string;
  prePost: {
    pathways: string;
    completePairs: string;
    versionMismatch: string;
    preOnly: string;
    measure: string;
    pairs: string;
    meanChange: string;
    distribution: string;
    caption: (kpi: string) => string;
  };
  evaluationExport: string;
  evaluationExportHelp: string;
  rounding: string;
}

export const reportsText: Record<'da' | 'en', ReportsText> = {
  da: {
    title: 'Evaluering',
    intro:
      'Nøgletal beregnet direkte fra forløbene. Procenter er afrundet til hele tal, så summer kan afvige fra 100.',
    filters: 'Afgrænsning',
    programme: 'Projekt',
    allProgrammes: 'Alle projekter',
    subIntervention: 'Delindsats',
    allSubInterventions: 'Alle delindsatser',
    from: 'Fra dato',
    to: 'Til dato',
    district: 'Distrikt',
    team: 'Team',
    version: 'Forløbsversion',
    anyValue: 'Alle',
    excluded: 'Perioder der udelades',
    excludedHelp: 'Fx 2020-03-01 til 2020-05-01, som den nationale evaluering udelod.',
    excludeFrom: 'Udelad fra',
    excludeTo: 'Udelad til',
    addExcluded: 'Udelad perioden',
    removeExcluded: (from, to) => `Fjern udeladt periode ${from} – ${to}`,
    noExcluded: 'Ingen perioder udeladt.',
    show: 'Vis nøgletal',
    loading: 'Beregner …',
    noKpis: 'Ingen nøgletal for dette valg.',
    kpiCount: (n) => `${n} nøgletal`,
    target: (value) => `Mål: ${value}`,
    noTarget: 'Intet mål',
    numerator: 'Tæller',
    denominator: 'Nævner',
    share: 'Andel',
    mean: 'Gennemsnit',
    count: 'Antal',
    total: 'I alt',
    month: 'Måned',
    level: 'Niveau',
    sum: 'Sum',
    breakdown: 'Opdel efter',
    breakdownChart: (kpi, by) => `${kpi} pr. ${by.toLowerCase()}`,
    levelTitle: (code) => (code === '0' ? 'Ikke niveauinddelt' : `Niveau ${code}`),
    notRecorded: '(ikke angivet)',
    partly: 'Delvist dækket',
    definition: 'Definition',
    definitionVersions: 'Bygger på',
    trend: (kpi) => `Udvikling pr. måned: ${kpi}`,
    trendDescription: 'Tallene står også i tabellen under grafen.',
    targetLine: (value) => `Mål ${value}`,
    showTable: 'Vis tabel',
    hideTable: 'Skjul tabel',
    tableCaption: (kpi, by) => `${kpi} pr. ${by.toLowerCase()}`,
    noData: 'Ingen forløb i perioden.',
    exportCsv: 'Hent CSV',
    exportXlsx: 'Hent Excel (XLSX)',
    exportsFor: (kpi) => `Udtræk af ${kpi}`,
    showFamilies: (what, group) => `Vis familierne bag ${what} (${group})`,
    drillTitle: (kpi, what, group) => `${kpi}: ${what}, ${group}`,
    drillCount: (n) => (n === 1 ? '1 familie' : `${n} familier`),
    family: 'Familie',
    date: 'Dato',
    closeDrill: 'Luk listen',
    prePost: {
      pathways: 'Forløb med førmåling',
      completePairs: 'Komplette par (samme skemaversion)',
      versionMismatch: 'Par på forskellige skemaversioner (ikke sammenlignet)',
      preOnly: 'Mangler eftermåling',
      measure: 'Tema',
      pairs: 'Par',
      meanChange: 'Gns. ændring',
      distribution: 'Fordeling (før → efter)',
      caption: (kpi) => `${kpi}: parrede målinger pr. tema`,
    },
    evaluationExport: 'Hent pseudonymiseret evalueringsudtræk (XLSX)',
    evaluationExportHelp: 'Uden CPR-numre, navne og adresser; med dataordbog. Udtrækket logges.',
    rounding:
      'De kvantitative resultater afrapporteres i hele tal, hvorfor der kan forekomme forskelle i summen.',
  },
  en: {
    title: 'Evaluation',
    intro:
      'Key figures computed from the pathways. Percentages are rounded to whole numbers, so sums may differ from 100.',
    filters: 'Scope',
    programme: 'Project',
    allProgrammes: 'All projects',
    subIntervention: 'Sub-intervention',
    allSubInterventions: 'All sub-interventions',
    from: 'From date',
    to: 'To date',
    district: 'District',
    team: 'Team',
    version: 'Pathway version',
    anyValue: 'All',
    excluded: 'Periods left out',
    excludedHelp: 'E.g. 2020-03-01 to 2020-05-01, as the national evaluation left out.',
    excludeFrom: 'Leave out from',
    excludeTo: 'Leave out to',
    addExcluded: 'Leave out the period',
    removeExcluded: (from, to) => `Remove the left-out period ${from} – ${to}`,
    noExcluded: 'No periods left out.',
    show: 'Show key figures',
    loading: 'Computing …',
    noKpis: 'No key figures for this choice.',
    kpiCount: (n) => `${n} key figures`,
    target: (value) => `Target: ${value}`,
    noTarget: 'No target',
    numerator: 'Numerator',
    denominator: 'Denominator',
    share: 'Share',
    mean: 'Mean',
    count: 'Count',
    total: 'Total',
    month: 'Month',
    level: 'Level',
    sum: 'Sum',
    breakdown: 'Break down by',
    breakdownChart: (kpi, by) => `${kpi} by ${by.toLowerCase()}`,
    levelTitle: (code) => (code === '0' ? 'Not levelled' : `Level ${code}`),
    notRecorded: '(not recorded)',
    partly: 'Partly covered',
    definition: 'Definition',
    definitionVersions: 'Draws on',
    trend: (kpi) => `Trend by month: ${kpi}`,
    trendDescription: 'The figures are also in the table below the chart.',
    targetLine: (value) => `Target ${value}`,
    showTable: 'Show table',
    hideTable: 'Hide table',
    tableCaption: (kpi, by) => `${kpi} by ${by.toLowerCase()}`,
    noData: 'No pathways in the period.',
    exportCsv: 'Download CSV',
    exportXlsx: 'Download Excel (XLSX)',
    exportsFor: (kpi) => `Exports of ${kpi}`,
    showFamilies: (what, group) => `Show the families behind ${what} (${group})`,
    drillTitle: (kpi, what, group) => `${kpi}: ${what}, ${group}`,
    drillCount: (n) => (n === 1 ? '1 family' : `${n} families`),
    family: 'Family',
    date: 'Date',
    closeDrill: 'Close the list',
    prePost: {
      pathways: 'Pathways with a start measurement',
      completePairs: 'Complete pairs (same form version)',
      versionMismatch: 'Pairs on different form versions (not compared)',
      preOnly: 'End measurement missing',
      measure: 'Theme',
      pairs: 'Pairs',
      meanChange: 'Mean change',
      distribution: 'Distribution (before → after)',
      caption: (kpi) => `${kpi}: paired measurements per theme`,
    },
    evaluationExport: 'Download the pseudonymised evaluation export (XLSX)',
    evaluationExportHelp:
      'Without CPR numbers, names and addresses; with a data dictionary. The export is logged.',
    rounding: 'Results are reported in whole numbers, so sums may differ.',
  },
};
