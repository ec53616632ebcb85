import { useEffect, useRef } from 'react';
import type { RenderingText } from './renderingText';
import type { FormPage } from './toPages';

interface Props {
  pages: FormPage[];
  current: number;
  onGo: (page: number) => void;
  text: RenderingText;
}

/**
 * Where the worker is in a multi-page form, and the way to the other pages. The page heading takes focus
 * when the page changes, so a screen reader starts reading the new page from its top.
 */
export function PageHeading({ pages, current, text }: Omit<Props, 'onGo'>) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [current]);
  const title = pages[current]?.title;
  return (
    <h2 ref={heading} tabIndex={-1} className="form-page-heading h3">
      {text.pageOf(current + 1, pages.length)}
      {title ? `: ${title}` : ''}
    </h2>
  );
}

export function PageButtons({ pages, current, onGo, text }: Props) {
  return (
    <nav className="form-page-nav" aria-label={text.pagesLabel}>
      {current > 0 ? (
        <button type="button" className="button button-secondary" onClick={() => onGo(current - 1)}>
          {text.previousPage}
        </button>
      ) : null}
      {current < pages.length - 1 ? (
        <button type="button" className="button button-primary" onClick={() => onGo(current + 1)}>
          {text.nextPage}
        </button>
      ) : null}
    </nav>
  );
}
