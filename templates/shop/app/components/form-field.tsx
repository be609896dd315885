import type { InputHTMLAttributes } from 'react'

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-invalid' | 'aria-describedby'> {
  id: string
  label: string
  /** The field's error, shown under it as `${id}-error` and linked to the input. */
  error?: string | undefined
  /** The wrapper's class; the error paragraph gets `${className}-error`. */
  className: string
}

/** A labelled input whose error is shown under it and announced with it (`aria-invalid`, `aria-describedby`). */
export function FormField({ id, label, error, className, ...input }: FormFieldProps) {
  const errorId = `${id}-error`
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error ? (
        <p id={errorId} className={`${className}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
