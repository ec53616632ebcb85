import type { PathwayFlag } from '../../api/types';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

/** A pathway's flags (a screening over its cut-off, fewer visits than planned) as a warning the worker sees first. */
export function FlagList({
  flags,
  headingId,
  level = 4,
}: {
  flags: PathwayFlag[];
  headingId: string;
  /** The heading's level, one below the section the flags are shown in. */
  level?: 3 | 4;
}) {
  const { t, language } = useLanguage();
  if (flags.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="alert alert-warning pathway-flags" role="group" aria-labelledby={headingId}>
      <Heading id={headingId} className="alert-heading">
        {t.flags.heading}
      </Heading>
      <ul className="alert-text">
        {flags.map((flag, index) => (
          <li key={`${flag.code}-${index}`} data-flag={flag.code}>
            {typeof flag.message === 'string'
              ? flag.message
              : flag.message
                ? toText(flag.message, language)
                : flag.code}{' '}
            <span className="flag-date">({t.flags.flaggedOn(formatDate(flag.at, language))})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
