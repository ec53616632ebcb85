import { useMemo } from 'react';
import type { FormDefinition } from '../definitions/types';
import type { Language } from '../i18n/text';
import { ComputedFields } from './ComputedFields';
import { localizeForm } from './localizeForm';
import { getRenderingText } from './renderingText';
import { toAnswerBlocks, type AnswerBlock } from './toAnswerBlocks';

export interface SubmissionViewProps {
  /** The form version the submission was filled in on. */
  form: FormDefinition;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  language: Language;
  /** The level of the sections' headings (the page's own heading is one above). */
  headingLevel?: 2 | 3;
}

/**
 * A submission read-only: every answered field with its label and its value in words, grouped as the form
 * groups them, and the computed fields as they were stored. Made to be read on screen and printed.
 */
export function SubmissionView({ form, data, computed, language, headingLevel = 2 }: SubmissionViewProps) {
  const text = getRenderingText(language);
  const blocks = useMemo(() => {
    const localized = localizeForm(form, language);
    const locale = language === 'da' ? 'da-DK' : 'en-GB';
    return toAnswerBlocks(localized.schema, localized.uiSchema, data, {
      yes: text.yes,
      no: text.no,
      item: text.item,
      number: (value) => value.toLocaleString(locale),
      date: (iso) => formatIsoDate(iso, locale),
    });
  }, [form, data, language, text]);
  return (
    <div className="submission-view">
      {blocks.length === 0 ? <p>{text.noAnswers}</p> : <Blocks blocks={blocks} level={headingLevel} />}
      <ComputedFields form={form} values={computed} language={language} text={text} />
    </div>
  );
}

/** Consecutive answers share one description list; a section gets a heading and its own lists. */
function Blocks({ blocks, level }: { blocks: AnswerBlock[]; level: number }) {
  const groups: AnswerBlock[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'answer' && last?.[0]?.kind === 'answer') last.push(block);
    else groups.push([block]);
  }
  const Heading = `h${Math.min(level, 6)}` as 'h2';
  return groups.map((group) => {
    const first = group[0];
    if (first?.kind === 'section') {
      return (
        <section key={first.path} className="answer-section" aria-labelledby={`answer-${first.path}`}>
          <Heading id={`answer-${first.path}`} className="answer-section-title">
            {first.title}
          </Heading>
          <Blocks blocks={first.blocks} level={level + 1} />
        </section>
      );
    }
    return (
      <dl key={first?.path} className="answer-list">
        {group.map((answer) =>
          answer.kind === 'answer' ? (
            <div key={answer.path} className="answer">
              <dt>{answer.label}</dt>
              {answer.values.map((value, index) => (
                <dd key={index} className={answer.multiline ? 'answer-text' : undefined}>
                  {value}
                </dd>
              ))}
            </div>
          ) : null,
        )}
      </dl>
    );
  });
}

function formatIsoDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
