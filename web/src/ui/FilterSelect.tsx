// A labelled filter: "any" first, then the choices; an empty choice clears the filter.
export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect(props: { label: string; name: string; value: string | undefined; anyLabel: string; options: readonly FilterOption[]; onChange: (value: string | undefined) => void }) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
