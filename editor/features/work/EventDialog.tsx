import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import type { EventField, ManualEvent } from './getManualEvents';

interface Props {
  event: ManualEvent;
  busy: boolean;
  onConfirm: (payload: Record<string, string>) => void;
  onCancel: () => void;
}

/**
 * Asks before an event that ends or cancels something, and takes the event's payload (a reason). A modal
 * `<dialog>`: the rest of the page is inert, Escape cancels, and focus returns to the button that opened it.
 */
export function EventDialog({ event, busy, onConfirm, onCancel }: Props) {
  const { t, language } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const id = `event-${event.type}`;
  const title = toText(event.title, language);

  useEffect(() => {
    const element = dialog.current;
    // React removes the dialog before closing it, so the browser cannot give focus back by itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const handleSubmit = (submitted: FormEvent) => {
    submitted.preventDefault();
    const empty = event.fields.filter((f) => f.required && !values[f.name]?.trim()).map((f) => f.name);
    setMissing(empty);
    if (empty.length > 0) return;
    const payload = Object.fromEntries(
      Object.entries(values)
        .map(([name, value]) => [name, value.trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    onConfirm(payload);
  };

  const labelOf = (field: EventField) =>
    `${t.events.fieldNames[field.name] ?? field.title ?? field.name}${field.required ? '' : ` (${t.events.optional})`}`;

  return (
    <dialog
      ref={dialog}
      className="event-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={event.description || event.ends ? `${id}-text` : undefined}
      onCancel={(cancelled) => {
        cancelled.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form noValidate onSubmit={handleSubmit}>
        <h2 id={`${id}-title`} className="h3 event-dialog-title">
          {title}
        </h2>
        <div id={`${id}-text`}>
          {event.description ? <p>{toText(event.description, language)}</p> : null}
          {event.ends ? <p className="event-dialog-warning">{t.events.endsWarning}</p> : null}
        </div>
        {event.fields.map((field) => {
          const fieldId = `${id}-${field.name}`;
          const error = missing.includes(field.name);
          return (
            <div key={field.name} className={`form-group${error ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={fieldId}>
                {labelOf(field)}
              </label>
              {error ? (
                <p className="form-error-message" id={`${fieldId}-error`}>
                  {t.app.required}
                </p>
              ) : null}
              {field.options ? (
                <select
                  id={fieldId}
                  className="form-select"
                  value={values[field.name] ?? ''}
                  aria-invalid={error || undefined}
                  aria-describedby={error ? `${fieldId}-error` : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
                >
                  <option value="">{t.events.choose}</option>
                  {field.options.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <textarea
                  id={fieldId}
                  className="form-input"
                  rows={3}
                  maxLength={field.maxLength}
                  value={values[field.name] ?? ''}
                  aria-invalid={error || undefined}
                  aria-describedby={error ? `${fieldId}-error` : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
                />
              )}
            </div>
          );
        })}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t.events.sending : t.events.confirm(title)}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
            {t.events.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
