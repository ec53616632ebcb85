import { useId } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox in the design system's markup (the input styled through its label). */
export function Checkbox({ label, checked, onChange, disabled }: Props) {
  const id = useId();
  return (
    <span className="form-group-checkbox wf-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
