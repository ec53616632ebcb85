import { useEffect, useRef, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';

interface Props {
  title: string;
  /** Shown above the heading, e.g. a link back. */
  before?: ReactNode;
  children: ReactNode;
}

/**
 * A page: its heading is the document title and takes focus when the page opens, so keyboard and screen
 * reader users start at the top of the new content after every navigation.
 */
export function Page({ title, before, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useLanguage();
  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      {before}
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {title}
      </h1>
      {children}
    </>
  );
}
