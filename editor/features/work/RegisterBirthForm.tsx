import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { isApiError } from '../../api/client';
import type { Family, Member } from '../../api/types';
import { toMessage } from '../../app/LoadFailure';
import { useStatus } from '../../app/StatusContext';
import { TextField } from '../../app/TextField';
import { todayIso } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';

interface Props {
  family: Family;
  member: Member;
  /** With the updated family after a registration, without one when cancelled. */
  onDone: (family?: Family) => void;
}

/** The birth date of an expected child: the child's pathways move on from "awaiting the birth". */
export function RegisterBirthForm({ family, member, onDone }: Props) {
  const { t, language } = useLanguage();
  const { announce } = useStatus();
  const [birthDate, setBirthDate] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const id = `birth-${member.id}`;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!birthDate) return setError(t.app.invalidDate);
    if (birthDate > todayIso()) return setError(t.app.notInFuture);
    setBusy(true);
    try {
      const updated = await api.registerBirth(family.id, member.id, birthDate);
      announce({ kind: 'success', text: t.family.birthRegistered(member.name) });
      onDone(updated);
    } catch (failure) {
      setBusy(false);
      setError(
        isApiError(failure) && failure.errors[0]
          ? failure.errors[0].message
          : toMessage(failure, t.app, language),
      );
    }
  };

  return (
    <form
      ref={form}
      className="inline-form"
      noValidate
      aria-label={t.family.registerBirthFor(member.name)}
      onSubmit={(e) => void handleSubmit(e)}
    >
      <TextField
        id={id}
        type="date"
        className="input-width-s"
        label={t.family.birthDate}
        value={birthDate}
        max={todayIso()}
        onChange={setBirthDate}
        error={error}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.family.save}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onDone()}>
          {t.createFamily.cancel}
        </button>
      </div>
    </form>
  );
}
