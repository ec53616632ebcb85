import { useId, useState } from 'react';
import { listStates, toText, type WorkflowDefinition } from '../../../runtime';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { ActionError } from './ActionError';
import { CommentField } from './CommentField';
import { MigrationPlanTable } from './MigrationPlanTable';
import { versionsTexts } from './text';
import { versionsApi, type MigrationInput, type MigrationPlan, type UndoResult } from './versionsApi';

interface FieldRow {
  formId: string;
  oldField: string;
  newField: string;
}

/** Leaf states (where families can stand) with their titles. */
function toLeaves(workflow: WorkflowDefinition, language: 'da' | 'en') {
  return listStates(workflow.machine)
    .filter(({ state }) => !state.states || Object.keys(state.states).length === 0)
    .map(({ path, state }) => ({
      path,
      title: state.meta?.title ? toText(state.meta.title, language) : path,
    }));
}

/** The migration planner: state map, field map, dry run, run as one batch, and undo of earlier batches. */
export function MigrationPlanner({ id, versions }: { id: string; versions: number[] }) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const [from, setFrom] = useState(versions.at(-2) ?? versions[0] ?? 1);
  const [to, setTo] = useState(versions.at(-1) ?? 1);
  const fromId = useId();
  const toId = useId();
  const contents = useResource(`migration-content:${id}:${from}:${to}`, async () => {
    const [a, b] = await Promise.all([
      versionsApi.content<WorkflowDefinition>('workflow', id, from),
      versionsApi.content<WorkflowDefinition>('workflow', id, to),
    ]);
    return { a, b };
  });
  const batches = useResource(`migrations:${id}`, () => versionsApi.listMigrations(id));
  const [stateMap, setStateMap] = useState<Record<string, string>>({});
  const [fields, setFields] = useState<FieldRow[]>([]);
  const [plan, setPlan] = useState<MigrationPlan>();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState('');

  const input = (): MigrationInput => {
    const fieldMap: MigrationInput['fieldMap'] = {};
    for (const row of fields)
      if (row.formId && row.oldField.trim())
        fieldMap[row.formId] = { ...fieldMap[row.formId], [row.oldField.trim()]: row.newField.trim() };
    return { fromVersion: from, toVersion: to, stateMap, fieldMap };
  };
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setMessage('');
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const dryRun = () => act(async () => setPlan(await versionsApi.dryRun(id, input())));
  const run = () => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    return act(async () => {
      const batch = await versionsApi.runMigration(id, { ...input(), comment: comment.trim() });
      setMessage(text.batchLine(batch.instances.length, batch.fromVersion, batch.toVersion));
      setPlan(undefined);
      setComment('');
      batches.reload();
    });
  };
  const undo = (batchId: string) =>
    act(async () => {
      const result: UndoResult = await versionsApi.undoMigration(batchId);
      setMessage(text.undoResult(result.restored.length, result.refused.length));
      batches.reload();
    });
  const versionSelect = (htmlId: string, label: string, value: number, onChange: (v: number) => void) => (
    <div className="form-group">
      <label className="form-label" htmlFor={htmlId}>
        {label}
      </label>
      <select
        id={htmlId}
        className="form-select"
        value={value}
        onChange={(event) => {
          onChange(Number(event.target.value));
          setPlan(undefined);
          setStateMap({});
        }}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="migration-heading">
      <h2 id="migration-heading">{text.migrationHeading}</h2>
      <p>{text.migrationIntro}</p>
      <div className="inline-form">
        {versionSelect(fromId, text.fromVersion, from, setFrom)}
        {versionSelect(toId, text.toVersion, to, setTo)}
      </div>
      {contents.status === 'loading' ? <Loading /> : null}
      {contents.status === 'error' ? <LoadFailure error={contents.error} onRetry={contents.reload} /> : null}
      {contents.status === 'ready' ? (
        <div className="migration-maps">
          <h3>{text.stateMapHeading}</h3>
          <p className="form-hint">{text.stateMapHint}</p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{text.columnOldState}</th>
                  <th scope="col">{text.columnNewState}</th>
                </tr>
              </thead>
              <tbody>
                {toLeaves(contents.data.a, language).map((old) => (
                  <tr key={old.path}>
                    <th scope="row" id={`old-${old.path}`}>
                      {old.title} <span className="text-muted">({old.path})</span>
                    </th>
                    <td>
                      <select
                        className="form-select"
                        aria-labelledby={`old-${old.path}`}
                        value={stateMap[old.path] ?? ''}
                        onChange={(event) => {
                          const { [old.path]: _dropped, ...rest } = stateMap;
                          setStateMap(
                            event.target.value ? { ...rest, [old.path]: event.target.value } : rest,
                          );
                        }}
                      >
                        <option value="">{text.sameState}</option>
                        {toLeaves(contents.data.b, language).map((next) => (
                          <option key={next.path} value={next.path}>
                            {next.title} ({next.path})
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{text.fieldMapHeading}</h3>
          <p className="form-hint">{text.fieldMapHint}</p>
          {fields.map((row, index) => (
            <fieldset key={index} className="inline-form">
              <legend className="sr-only">{`${text.fieldMapHeading} ${index + 1}`}</legend>
              <label className="form-label">
                {text.fieldForm}
                <select
                  className="form-select"
                  value={row.formId}
                  onChange={(event) =>
                    setFields(fields.map((r, i) => (i === index ? { ...r, formId: event.target.value } : r)))
                  }
                >
                  {Object.keys(contents.data.b.forms).map((formId) => (
                    <option key={formId} value={formId}>
                      {formId}
                    </option>
                  ))}
                </select>
              </label>
              <label className="form-label">
                {text.fieldOld}
                <input
                  className="form-input"
                  value={row.oldField}
                  onChange={(event) =>
                    setFields(
                      fields.map((r, i) => (i === index ? { ...r, oldField: event.target.value } : r)),
                    )
                  }
                />
              </label>
              <label className="form-label">
                {text.fieldNew}
                <input
                  className="form-input"
                  value={row.newField}
                  onChange={(event) =>
                    setFields(
                      fields.map((r, i) => (i === index ? { ...r, newField: event.target.value } : r)),
                    )
                  }
                />
              </label>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => setFields(fields.filter((_, i) => i !== index))}
              >
                {text.removeFieldRow}
              </button>
            </fieldset>
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setFields([
                  ...fields,
                  { formId: Object.keys(contents.data.b.forms)[0] ?? '', oldField: '', newField: '' },
                ])
              }
            >
              {text.addFieldRow}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || from === to}
              onClick={() => void dryRun()}
            >
              {text.dryRun}
            </button>
          </div>
        </div>
      ) : null}
      {plan ? (
        <>
          <MigrationPlanTable plan={plan} />
          {plan.moves.length > 0 ? (
            <>
              <CommentField
                label={text.migrationComment}
                hint={text.commentHint}
                value={comment}
                onChange={setComment}
                {...(missing ? { error: text.commentMissing } : {})}
              />
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void run()}
              >
                {text.runMigration}
              </button>
            </>
          ) : null}
        </>
      ) : null}
      {error ? <ActionError error={error} /> : null}
      {message ? (
        <p role="status" className="alert alert-success">
          {message}
        </p>
      ) : null}
      <h3>{text.batchesHeading}</h3>
      {batches.status === 'ready' ? (
        batches.data.length === 0 ? (
          <p>{text.noBatches}</p>
        ) : (
          <ul className="unstyled-list">
            {batches.data.map((batch) => (
              <li key={batch.id} className="mb-3">
                {text.batchLine(batch.instances.length, batch.fromVersion, batch.toVersion)} ·{' '}
                {formatDateTime(batch.ranAt, language)} · {batch.ranBy.name} ·{' '}
                {text.batchStatus[batch.status]}
                {batch.comment ? ` — ${batch.comment}` : ''}{' '}
                {batch.status === 'done' ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => void undo(batch.id)}
                  >
                    {text.undo}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
