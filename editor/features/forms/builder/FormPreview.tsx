import { Component, useDeferredValue, useId, useState, type ReactNode } from 'react';
import type { FormDefinition, Language } from '../../../../runtime';
import { FormView } from '../../../../runtime/rendering';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import { formsTexts } from '../text';

type Width = 'phone' | 'tablet' | 'desktop';
const WIDTHS: Record<Width, string> = { phone: '375px', tablet: '768px', desktop: '100%' };

/**
 * The form as the health visitor will see it: the runtime's FormView, in Danish or English, at phone,
 * tablet or desktop width; fill it in to try validation, visibility rules and computed fields.
 * It follows the builder a moment behind (a deferred value), so typing in the builder stays quick.
 */
export function FormPreview({ doc }: { doc: FormDefinition }) {
  const text = useFeatureText(formsTexts);
  const ui = useLanguage();
  const id = useId();
  const [language, setLanguage] = useState<Language>(ui.language);
  const [width, setWidth] = useState<Width>('tablet');
  const [submitted, setSubmitted] = useState(0);
  const form = useDeferredValue(doc);
  return (
    <section className="builder-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.preview}</h2>
      <div className="builder-preview-controls">
        <fieldset>
          <legend className="form-label">{text.previewLanguage}</legend>
          {(['da', 'en'] as const).map((option) => (
            <div key={option} className="form-group-radio">
              <input
                id={`${id}-lang-${option}`}
                type="radio"
                className="form-radio"
                name={`${id}-lang`}
                checked={language === option}
                onChange={() => setLanguage(option)}
              />
              <label htmlFor={`${id}-lang-${option}`}>{option === 'da' ? 'Dansk' : 'English'}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend className="form-label">{text.previewWidth}</legend>
          {(Object.keys(WIDTHS) as Width[]).map((option) => (
            <div key={option} className="form-group-radio">
              <input
                id={`${id}-width-${option}`}
                type="radio"
                className="form-radio"
                name={`${id}-width`}
                checked={width === option}
                onChange={() => setWidth(option)}
              />
              <label htmlFor={`${id}-width-${option}`}>{text.widths[option]}</label>
            </div>
          ))}
        </fieldset>
      </div>
      {submitted > 0 ? (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{text.previewSubmitted}</p>
        </div>
      ) : null}
      <div className="builder-preview-frame" style={{ maxWidth: WIDTHS[width] }} lang={language}>
        <PreviewBoundary form={form} fallback={<p>{text.previewBroken}</p>}>
          <FormView
            form={form}
            language={language}
            onSubmit={() => setSubmitted((count) => count + 1)}
            onChange={() => setSubmitted(0)}
          />
        </PreviewBoundary>
      </div>
    </section>
  );
}

/** A definition being edited may not compile (a half-typed schema in the JSON view): the preview says so. */
interface BoundaryProps {
  form: FormDefinition;
  fallback: ReactNode;
  children: ReactNode;
}

class PreviewBoundary extends Component<BoundaryProps, { failed: boolean; form: FormDefinition }> {
  override state = { failed: false, form: this.props.form };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  // The next edit may fix the definition: try again with every new version of the form.
  static getDerivedStateFromProps(props: BoundaryProps, state: { failed: boolean; form: FormDefinition }) {
    return props.form !== state.form ? { failed: false, form: props.form } : null;
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
