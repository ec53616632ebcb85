import type { RenderingText } from './renderingText';

export function toGapId(fieldId: string): string {
  return `${fieldId}__gap`;
}

/** Next to a field or section: the sources leave this part unspecified, so the form does not invent it. */
export function GapNotice({ id, texts, text }: { id: string; texts: string[]; text: RenderingText }) {
  return (
    <div id={id} className="alert alert-warning gap-notice">
      <p className="alert-text">
        <strong>{text.gapLabel}</strong> {texts.join(' ')}
      </p>
    </div>
  );
}
