import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type StatusKind = 'success' | 'error' | 'info';

export interface StatusMessage {
  kind: StatusKind;
  text: string;
  /** Given just before navigating: the message is for the page the navigation leads to. */
  forNextPage?: boolean;
}

interface StatusState {
  message: StatusMessage | undefined;
  announce: (message: StatusMessage) => void;
  /** Called by the shell on every navigation: a message lasts on its own page only. */
  pageChanged: () => void;
}

const StatusContext = createContext<StatusState | undefined>(undefined);

/** One status message at a time ("Skemaet er gemt"), shown at the top of the page and read out by screen readers. */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | undefined>(undefined);
  const announce = useCallback((next: StatusMessage) => setMessage(next), []);
  const pageChanged = useCallback(
    () => setMessage((current) => (current?.forNextPage ? { ...current, forNextPage: false } : undefined)),
    [],
  );
  const value = useMemo(() => ({ message, announce, pageChanged }), [message, announce, pageChanged]);
  return <StatusContext value={value}>{children}</StatusContext>;
}

export function useStatus(): StatusState {
  const state = useContext(StatusContext);
  if (!state) throw new Error('useStatus() is used outside <StatusProvider>');
  return state;
}

const ALERT_CLASS: Record<StatusKind, string> = {
  success: 'alert-success',
  error: 'alert-error',
  info: 'alert-info',
};

/**
 * The live regions are always in the page (a region that appears together with its text is often not read),
 * polite for confirmations and assertive for errors.
 */
export function StatusRegion() {
  const { message } = useStatus();
  const polite = message && message.kind !== 'error' ? message : undefined;
  const assertive = message?.kind === 'error' ? message : undefined;
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true">
        {polite ? <StatusBox message={polite} /> : null}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {assertive ? <StatusBox message={assertive} /> : null}
      </div>
    </>
  );
}

function StatusBox({ message }: { message: StatusMessage }) {
  return (
    <div className={`alert ${ALERT_CLASS[message.kind]} status-message`}>
      <p className="alert-text">{message.text}</p>
    </div>
  );
}
