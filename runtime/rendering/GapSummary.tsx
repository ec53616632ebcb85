import type { RenderingText } from './renderingText';

export interface GapItem {
  label?: string;
  text: string;
}

/** At the top of the form: every gap the definition declares, each with the field it concerns. */
export function GapSummary({ gaps, text }: { gaps: GapItem[]; text: RenderingText }) {
  if (gaps.length === 0) return null;
  return (
    <section className="alert alert-warning gap-summary" aria-labelledby="form-gaps-heading">
      <h2 id="form-gaps-heading" className="alert-heading">
        {text.gapTitle}
      </h2>
      <p className="alert-text">{text.gapIntro}</p>
      <ul className="alert-text">
        {gaps.map((gap, index) => (
          <li key={index}>
            {gap.label ? (
              <strong>{/[?!.:]$/.test(gap.label) ? `${gap.label} ` : `${gap.label}: `}</strong>
            ) : null}
            {gap.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
