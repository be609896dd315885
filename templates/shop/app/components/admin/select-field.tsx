interface SelectFieldProps<Value extends string> {
  id: string
  name: string
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  defaultValue?: string
  /** An empty first choice ("any"), for filters. */
  anyLabel?: string
}

/** A labelled choice among fixed values (a filter or a role). */
export function SelectField<Value extends string>({ id, name, label, options, optionLabel, defaultValue, anyLabel }: SelectFieldProps<Value>) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((value) => (
          <option key={value} value={value}>
            {optionLabel(value)}
          </option>
        ))}
      </select>
    </div>
  )
}
