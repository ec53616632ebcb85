import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { isApiError } from '../../api/client';
import type { NewMember } from '../../api/types';
import { ErrorList, type ListedError } from '../../app/ErrorList';
import { toMessage } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useStatus } from '../../app/StatusContext';
import { TextField } from '../../app/TextField';
import { navigate } from '../../app/useRoute';
import { todayIso } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { createFamilyFields, type FamilyField, type FamilyKind } from './createFamilyFields';

type Values = Record<FamilyField, string>;
const EMPTY: Values = {
  parentName: '',
  dueDate: '',
  unbornName: '',
  childName: '',
  birthDate: '',
  familyName: '',
};

/** Register a family: a pregnant woman with the due date of the expected child, or a child who is born. */
export function CreateFamilyPage() {
  const { t, language } = useLanguage();
  const { announce } = useStatus();
  const [kind, setKind] = useState<FamilyKind>('pregnant');
  const [values, setValues] = useState<Values>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Values>>({});
  const [summary, setSummary] = useState<ListedError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fields = createFamilyFields(kind, t);
  const set = (field: FamilyField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const fail = (errors: Partial<Values>, general: string[] = []) => {
    setFieldErrors(errors);
    setSummary([
      ...fields.flatMap((f) =>
        errors[f.field] ? [{ fieldId: f.id, text: `${f.label}: ${errors[f.field]}` }] : [],
      ),
      ...general.map((text) => ({ text })),
    ]);
    setAttempt((n) => n + 1);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Values> = {};
    for (const f of fields) {
      if (f.required && !values[f.field].trim())
        errors[f.field] = f.type === 'date' ? t.app.invalidDate : t.app.required;
    }
    if (kind === 'child' && values.birthDate > todayIso()) errors.birthDate = t.app.notInFuture;
    if (Object.keys(errors).length > 0) return fail(errors);

    const parent = values.parentName.trim();
    const members: NewMember[] =
      kind === 'pregnant'
        ? [
            { role: 'pregnant', name: parent },
            {
              role: 'child',
              name: values.unbornName.trim() || t.createFamily.unbornDefault(parent),
              dueDate: values.dueDate,
            },
          ]
        : [{ role: 'child', name: values.childName.trim(), birthDate: values.birthDate }];
    setBusy(true);
    try {
      const family = await api.createFamily({
        ...(values.familyName.trim() ? { name: values.familyName.trim() } : {}),
        members,
      });
      announce({ kind: 'success', text: t.createFamily.created(family.name), forNextPage: true });
      navigate({ name: 'family', familyId: family.id });
    } catch (error) {
      setBusy(false);
      if (isApiError(error) && error.errors.length > 0) {
        const byField: Partial<Values> = {};
        const general: string[] = [];
        for (const e of error.errors) {
          const field = fields.find((f) => f.serverPaths.includes(e.path))?.field;
          if (field) byField[field] = e.message;
          else general.push(e.message);
        }
        return fail(byField, general);
      }
      fail({}, [toMessage(error, t.app, language)]);
    }
  };

  return (
    <Page
      title={t.createFamily.title}
      before={<a href={toHref({ name: 'families', q: '' })}>{t.app.backToFamilies}</a>}
    >
      <ErrorList title={t.app.problemTitle} errors={summary} attempt={attempt} />
      <form className="narrow-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="form-group">
          <fieldset>
            <legend className="form-label">{t.createFamily.kind}</legend>
            {(['pregnant', 'child'] as const).map((option) => (
              <div className="form-group-radio" key={option}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`family-kind-${option}`}
                  name="family-kind"
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                <label htmlFor={`family-kind-${option}`}>
                  {option === 'pregnant' ? t.createFamily.kindPregnant : t.createFamily.kindChild}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        {fields.map((f) => (
          <TextField
            key={f.id}
            id={f.id}
            type={f.type}
            label={f.label}
            hint={f.hint}
            value={values[f.field]}
            onChange={set(f.field)}
            error={fieldErrors[f.field]}
            className={f.type === 'date' ? 'input-width-s' : undefined}
            autoComplete="off"
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.createFamily.submit}
          </button>
          <a className="button button-tertiary" href={toHref({ name: 'families', q: '' })}>
            {t.createFamily.cancel}
          </a>
        </div>
      </form>
    </Page>
  );
}
