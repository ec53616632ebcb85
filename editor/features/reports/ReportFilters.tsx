import { useState, type FormEvent } from 'react';
import type { ReportCatalogue, ReportQuery } from './reportsApi';
import type { ReportsText } from './text';

interface Props {
  catalogue: ReportCatalogue;
  query: ReportQuery;
  /** Districts, teams and versions seen in the data, offered as choices. */
  seen: { district: string[]; team: string[]; version: string[] };
  text: ReportsText;
  language: 'da' | 'en';
  onApply: (query: ReportQuery) => void;
}

/** Programme, sub-intervention, period with left-out windows, district, team and version. */
export function ReportFilters({ catalogue, query, seen, text, language, onApply }: Props) {
  const [draft, setDraft] = useState(query);
  const [window, setWindow] = useState({ from: '', to: '' });
  const set = (change: Partial<ReportQuery>) => setDraft((d) => ({ ...d, ...change }));
  const programme = catalogue.programmes[draft.programme];
  const windowValid = window.from !== '' && window.to !== '' && window.from <= window.to;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const select = (key: 'district' | 'team' | 'version', label: string) => {
    const options = [...new Set([...seen[key], ...(draft[key] ? [draft[key]] : [])])].filter(Boolean).sort();
    return (
      <div className="form-group">
        <label className="form-label" htmlFor={`report-${key}`}>
          {label}
        </label>
        <select
          id={`report-${key}`}
          className="form-select"
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        >
          <option value="">{text.anyValue}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <form className="report-filters" aria-label={text.filters} onSubmit={handleSubmit}>
      <div className="report-filter-grid">
        <div className="form-group">
          <label className="form-label" htmlFor="report-programme">
            {text.programme}
          </label>
          <select
            id="report-programme"
            className="form-select"
            value={draft.programme}
            onChange={(e) => set({ programme: e.target.value, subIntervention: '' })}
          >
            <option value="">{text.allProgrammes}</option>
            {Object.entries(catalogue.programmes).map(([key, p]) => (
              <option key={key} value={key}>
                {p.title[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="report-sub">
            {text.subIntervention}
          </label>
          <select
            id="report-sub"
            className="form-select"
            value={draft.subIntervention}
            disabled={!programme}
            onChange={(e) => set({ subIntervention: e.target.value })}
          >
            <option value="">{text.allSubInterventions}</option>
            {Object.entries(programme?.subInterventions ?? {}).map(([key, title]) => (
              <option key={key} value={key}>
                {title[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="report-from">
            {text.from}
          </label>
          <input
            id="report-from"
            type="date"
            className="form-input"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="report-to">
            {text.to}
          </label>
          <input
            id="report-to"
            type="date"
            className="form-input"
            value={draft.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        {select('district', text.district)}
        {select('team', text.team)}
        {select('version', text.version)}
      </div>
      <fieldset className="report-excluded">
        <legend className="form-label">{text.excluded}</legend>
        <p className="form-hint" id="report-excluded-hint">
          {text.excludedHelp}
        </p>
        {draft.exclude.length === 0 ? <p>{text.noExcluded}</p> : null}
        <ul>
          {draft.exclude.map((w, i) => (
            <li key={`${w.from}..${w.to}`}>
              {w.from} – {w.to}{' '}
              <button
                type="button"
                className="button-link"
                aria-label={text.removeExcluded(w.from, w.to)}
                onClick={() => set({ exclude: draft.exclude.filter((_, j) => j !== i) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <div className="report-filter-grid">
          <div className="form-group">
            <label className="form-label" htmlFor="report-exclude-from">
              {text.excludeFrom}
            </label>
            <input
              id="report-exclude-from"
              type="date"
              className="form-input"
              aria-describedby="report-excluded-hint"
              value={window.from}
              onChange={(e) => setWindow((w) => ({ ...w, from: e.target.value }))}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="report-exclude-to">
              {text.excludeTo}
            </label>
            <input
              id="report-exclude-to"
              type="date"
              className="form-input"
              value={window.to}
              onChange={(e) => setWindow((w) => ({ ...w, to: e.target.value }))}
            />
          </div>
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={!windowValid}
          onClick={() => {
            set({ exclude: [...draft.exclude, window] });
            setWindow({ from: '', to: '' });
          }}
        >
          {text.addExcluded}
        </button>
      </fieldset>
      <button type="submit" className="button button-primary">
        {text.show}
      </button>
    </form>
  );
}
