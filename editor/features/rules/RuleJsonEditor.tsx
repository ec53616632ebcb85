import { useId, useState } from 'react';
import { readVariables } from '../../../runtime';
import { useFeatureText } from '../../i18n/useFeatureText';
import { ruleTexts } from './text';

interface Props {
  value: unknown;
  onChange: (next: unknown) => void;
  /** Shown when the rule could not be read visually (rather than on the user's own request). */
  intro: boolean;
}

/**
 * The rule as JSON Logic text, for rules the visual builder cannot show: nothing is hidden or dropped,
 * and unknown operators are named before they reach the definition.
 */
export function RuleJsonEditor({ value, onChange, intro }: Props) {
  const text = useFeatureText(ruleTexts);
  const id = useId();
  const [draft, setDraft] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    if (draft.trim() === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(draft) as unknown;
    } catch {
      setError(text.advancedInvalid);
      return;
    }
    const unknown = readVariables(parsed).unknownOperators;
    if (unknown.length > 0) {
      setError(unknown.join(', '));
      return;
    }
    setError(null);
    onChange(parsed);
  };

  return (
    <div className="rule-json">
      {intro ? <p className="form-hint">{text.advancedIntro}</p> : null}
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {text.advancedLabel}
        </label>
        {error ? (
          <p className="form-error-message" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <textarea
          id={id}
          className="form-input rule-json-input"
          rows={Math.min(16, Math.max(4, draft.split('\n').length))}
          value={draft}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={apply}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={apply}>
        {text.advancedApply}
      </button>
    </div>
  );
}

function toText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
