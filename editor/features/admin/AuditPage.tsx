import { useState, type FormEvent } from 'react';
import { LoadFailure } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { useFeatureText } from '../../i18n/useFeatureText';
import { AUDIT_PAGE, auditApi, type AuditRow, type ChainReport } from './auditApi';
import { AuditTable } from './AuditTable';
import { auditText } from './text';
import './audit.css';

type Loaded<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: unknown };

/** Runs a look-up on demand and keeps its state (idle, loading, done, failed). */
function useLookup<T>() {
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const run = (load: () => Promise<T>) => {
    setState({ status: 'loading' });
    load().then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };
  return [state, run] as const;
}

type Paged =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; rows: AuditRow[]; more: boolean; loadingMore: boolean; error?: unknown }
  | { status: 'error'; error: unknown };

/**
 * A paged look-up: the first page on demand, then "Vis flere" appends the rows older than the last one
 * shown (the server pages by `seq`), until a page comes back short.
 */
function usePagedLookup() {
  const [state, setState] = useState<Paged>({ status: 'idle' });
  const [load, setLoad] = useState<(before?: number) => Promise<AuditRow[]>>();
  const start = (next: (before?: number) => Promise<AuditRow[]>) => {
    setLoad(() => next);
    setState({ status: 'loading' });
    next().then(
      (rows) => setState({ status: 'done', rows, more: rows.length === AUDIT_PAGE, loadingMore: false }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };
  const more = () => {
    if (state.status !== 'done' || !load) return;
    const shown = state.rows;
    setState({ ...state, loadingMore: true });
    load(shown[shown.length - 1]?.seq).then(
      (rows) =>
        setState({
          status: 'done',
          rows: [...shown, ...rows],
          more: rows.length === AUDIT_PAGE,
          loadingMore: false,
        }),
      (error: unknown) => setState({ ...state, loadingMore: false, error }),
    );
  };
  return [state, start, more] as const;
}

/** The access log for auditors and administrators: per citizen, per staff member, a spot check, the chain check. */
export function AuditPage() {
  const text = useFeatureText(auditText);
  const [familyId, setFamilyId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [hideStaff, setHideStaff] = useState(true);
  const [userId, setUserId] = useState('');
  const [size, setSize] = useState(20);
  const [citizen, lookUpCitizen, moreCitizen] = usePagedLookup();
  const [user, lookUpUser, moreUser] = usePagedLookup();
  const [spot, drawSpot] = useLookup<AuditRow[]>();
  const [chain, verify] = useLookup<ChainReport>();
  const submit = (action: () => void) => (event: FormEvent) => {
    event.preventDefault();
    action();
  };

  return (
    <Page title={text.title}>
      <p>{text.intro}</p>

      <section aria-labelledby="audit-citizen" className="audit-section">
        <h2 id="audit-citizen">{text.citizenHeading}</h2>
        <p>{text.citizenHelp}</p>
        <form
          className="audit-form"
          onSubmit={submit(() =>
            lookUpCitizen((before) => auditApi.forFamily(familyId, { hideStaff, memberId }, before)),
          )}
        >
          <div className="form-group">
            <label className="form-label" htmlFor="audit-family-id">
              {text.familyId}
            </label>
            <input
              id="audit-family-id"
              className="form-input"
              required
              value={familyId}
              onChange={(e) => setFamilyId(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="audit-member-id">
              {text.memberId}
            </label>
            <input
              id="audit-member-id"
              className="form-input"
              value={memberId}
              onChange={(e) => setMemberId(e.target.value)}
            />
          </div>
          <div className="form-group form-checkbox">
            <input
              id="audit-hide-staff"
              type="checkbox"
              className="form-checkbox"
              checked={hideStaff}
              onChange={(e) => setHideStaff(e.target.checked)}
            />
            <label htmlFor="audit-hide-staff">{text.hideStaff}</label>
          </div>
          <button type="submit" className="button button-primary">
            {text.show}
          </button>
        </form>
        <PagedResult
          state={citizen}
          onMore={moreCitizen}
          render={(rows) => <AuditTable rows={rows} caption={text.citizenHeading} />}
        />
      </section>

      <section aria-labelledby="audit-user" className="audit-section">
        <h2 id="audit-user">{text.userHeading}</h2>
        <form
          className="audit-form"
          onSubmit={submit(() => lookUpUser((before) => auditApi.forUser(userId, before)))}
        >
          <div className="form-group">
            <label className="form-label" htmlFor="audit-user-id">
              {text.userId}
            </label>
            <input
              id="audit-user-id"
              className="form-input"
              required
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary">
            {text.show}
          </button>
        </form>
        <PagedResult
          state={user}
          onMore={moreUser}
          render={(rows) => <AuditTable rows={rows} caption={text.userHeading} showFamily />}
        />
      </section>

      <section aria-labelledby="audit-spot" className="audit-section">
        <h2 id="audit-spot">{text.spotHeading}</h2>
        <p>{text.spotHelp}</p>
        <form className="audit-form" onSubmit={submit(() => drawSpot(() => auditApi.spotCheck(size)))}>
          <div className="form-group">
            <label className="form-label" htmlFor="audit-spot-size">
              {text.spotSize}
            </label>
            <input
              id="audit-spot-size"
              className="form-input audit-number"
              type="number"
              min={1}
              max={200}
              required
              value={size}
              onChange={(e) => setSize(Number(e.target.value))}
            />
          </div>
          <button type="submit" className="button button-primary">
            {text.draw}
          </button>
        </form>
        <Result
          state={spot}
          render={(rows) => <AuditTable rows={rows} caption={text.spotHeading} showFamily />}
        />
      </section>

      <section aria-labelledby="audit-chain" className="audit-section">
        <h2 id="audit-chain">{text.chainHeading}</h2>
        <p>{text.chainHelp}</p>
        <button type="button" className="button button-secondary" onClick={() => verify(auditApi.verify)}>
          {text.verify}
        </button>
        <Result
          state={chain}
          render={(report) => (
            <div className={`alert ${report.ok ? 'alert-success' : 'alert-error'} mt-3`} role="status">
              <p className="alert-text">
                {report.ok ? text.chainOk(report.entries) : text.chainBroken(report.problems.length)}
              </p>
              {report.ok ? null : (
                <ul>
                  {report.problems.slice(0, 50).map((p) => (
                    <li key={`${p.line}-${p.reason}`}>{text.line(p.line, p.reason)}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        />
      </section>
    </Page>
  );
}

function Result<T>({ state, render }: { state: Loaded<T>; render: (data: T) => React.ReactNode }) {
  const text = useFeatureText(auditText);
  if (state.status === 'idle') return null;
  if (state.status === 'loading') return <p role="status">{text.loading}</p>;
  if (state.status === 'error') return <LoadFailure error={state.error} />;
  return <div aria-live="polite">{render(state.data)}</div>;
}

function PagedResult({
  state,
  onMore,
  render,
}: {
  state: Paged;
  onMore: () => void;
  render: (rows: AuditRow[]) => React.ReactNode;
}) {
  const text = useFeatureText(auditText);
  if (state.status !== 'done') return <Result state={state} render={() => null} />;
  return (
    <>
      <div aria-live="polite">{render(state.rows)}</div>
      {state.error ? <LoadFailure error={state.error} /> : null}
      {state.more ? (
        <button
          type="button"
          className="button button-secondary mt-3"
          disabled={state.loadingMore}
          onClick={onMore}
        >
          {state.loadingMore ? text.loading : text.more}
        </button>
      ) : null}
    </>
  );
}
