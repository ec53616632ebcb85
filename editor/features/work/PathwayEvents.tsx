import { useState } from 'react';
import { api } from '../../api/api';
import { isApiError } from '../../api/client';
import { createRequestKey } from '../../api/createRequestKey';
import type { PathwayView } from '../../api/types';
import { LoadFailure, toMessage } from '../../app/LoadFailure';
import { useStatus } from '../../app/StatusContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { EventDialog } from './EventDialog';
import { getManualEvents, type ManualEvent } from './getManualEvents';
import { getWorkflowDefinition } from './getWorkflowDefinition';

interface Props {
  pathway: PathwayView;
  /** After an event was sent (or refused because the pathway moved on): the family should be read again. */
  onSent: () => void;
}

/**
 * The workflow's manual events that the pathway's current steps accept, as buttons ("Holdet er startet",
 * "Afbryd forløbet før tid"). Events that end or cancel something, or take a reason, ask first.
 */
export function PathwayEvents({ pathway, onSent }: Props) {
  const { t, language } = useLanguage();
  const { announce } = useStatus();
  const { id, version } = pathway.workflow;
  const definition = useResource(`workflow/${id}@${version}`, () => getWorkflowDefinition(id, version));
  const [asking, setAsking] = useState<ManualEvent | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  if (definition.status === 'loading') return null;
  if (definition.status === 'error')
    return <LoadFailure error={definition.error} onRetry={definition.reload} />;
  const events = getManualEvents(
    definition.data,
    pathway.steps.map((s) => s.state),
  );
  if (events.length === 0) return null;

  const send = async (event: ManualEvent, payload: Record<string, string> = {}) => {
    const title = toText(event.title, language);
    setBusy(true);
    try {
      await api.sendEvent(pathway.id, { ...payload, type: event.type }, pathway.version, createRequestKey());
      announce({ kind: 'success', text: t.events.sent(title) });
    } catch (error) {
      announce({ kind: 'error', text: toFailure(error, title) });
    }
    setBusy(false);
    setAsking(undefined);
    onSent();
  };

  const toFailure = (error: unknown, title: string): string => {
    if (isApiError(error) && error.status === 409) return t.events.notAccepted(title);
    if (isApiError(error) && error.status === 412) return t.events.changed(title);
    return toMessage(error, t.app, language);
  };

  return (
    <div className="pathway-events">
      <h4>{t.events.heading}</h4>
      <ul className="unstyled-list event-buttons">
        {events.map((event) => (
          <li key={event.type}>
            <button
              type="button"
              className={`button ${event.ends ? 'button-warning' : 'button-secondary'}`}
              disabled={busy}
              onClick={() => (event.ends || event.fields.length > 0 ? setAsking(event) : void send(event))}
            >
              {toText(event.title, language)}
            </button>
          </li>
        ))}
      </ul>
      {asking ? (
        <EventDialog
          event={asking}
          busy={busy}
          onConfirm={(payload) => void send(asking, payload)}
          onCancel={() => setAsking(undefined)}
        />
      ) : null}
    </div>
  );
}
