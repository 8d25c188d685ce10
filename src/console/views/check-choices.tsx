/** A row of checkboxes for a form's multiple choice (topics, target groups, follow-ups), ticked as she left them. */

interface CheckChoicesProps<T extends string> {
  /** The form field every box posts under. */
  name: string;
  values: readonly T[];
  checked: readonly T[];
  /** Each value's label, in her language. */
  label: (value: T) => string;
}

/** The boxes, one label each; the caller puts them in their fieldset with its legend and problem. */
export function CheckChoices<T extends string>({ name, values, checked, label }: CheckChoicesProps<T>) {
  return (
    <div class="choices">
      {values.map((value) => (
        <label>
          <input type="checkbox" name={name} value={value} checked={checked.includes(value)} /> {label(value)}
        </label>
      ))}
    </div>
  );
}
