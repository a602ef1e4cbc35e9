interface IdSelectProps {
  label: string;
  /** The chosen id, or null for "nothing chosen" (the first option). */
  value: string | null;
  /** Text of the first option, which stands for null. */
  unsetText: string;
  options: ReadonlyArray<{ id: string; title: string }>;
  onChange(id: string | null): void;
  disabled?: boolean;
  /** Id of a note that explains the select (e.g. "set by your administrator"). */
  describedBy?: string;
}

/** A labelled select over known ids (payers, services) with a first "nothing chosen" option. */
export function IdSelect({ label, value, unsetText, options, onChange, disabled, describedBy }: IdSelectProps) {
  // Named by its label alone: a wrapping <label> would also lend the select its chosen option's text.
  const labelId = `id-select-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <label>
      <span id={labelId}>{label}</span>
      <select
        aria-labelledby={labelId}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value="">{unsetText}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title}
          </option>
        ))}
      </select>
    </label>
  );
}
