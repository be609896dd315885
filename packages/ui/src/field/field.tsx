import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react'

/** What `Field` hands its control: spread it on the input, select, textarea or (for a group) each radio. */
export interface FieldControlProps {
  id: string
  required: boolean | undefined
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

export interface FieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  label: ReactNode
  /** Help text under the control, read after the label. */
  description?: ReactNode
  /** The message of a failed check; marks the control invalid and is read with it. */
  error?: ReactNode
  /** Marked with an asterisk on screen; screen readers hear "required" from the control itself. */
  required?: boolean
  /** The control's id (the error summary links to it). Default: a generated one. */
  controlId?: string
  /** A checkbox: the label follows the control. */
  labelAfter?: boolean
  /** A group of radios or checkboxes: a fieldset whose legend is the label. */
  group?: boolean
  children: (control: FieldControlProps) => ReactNode
}

/**
 * One form field: a label, an optional description and an error, wired to the control with
 * `aria-describedby` and `aria-invalid`. Works with any form library: spread the control props and
 * the library's own (e.g. react-hook-form's `register`) on the element.
 */
/** The ref lands on the root: a `div`, or the `fieldset` of a group. */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(
  { label, description, error, required, controlId, labelAfter, group, children, ...props },
  ref,
) {
  const generatedId = useId()
  const id = controlId ?? `${generatedId}control`
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined
  const invalid = error ? true : undefined
  // A fieldset carries the description for the whole group; each radio would repeat it.
  const control = children({ id, required: required || undefined, 'aria-invalid': invalid, 'aria-describedby': group ? undefined : describedBy })
  const rootProps = { ...props, 'data-jk-field': '', 'data-required': required ? '' : undefined, 'data-invalid': invalid && '' }
  const details = (
    <>
      {description && (
        <p id={descriptionId} data-part="description">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} data-part="error">
          {error}
        </p>
      )}
    </>
  )
  if (group) {
    return (
      <fieldset {...(rootProps as ComponentPropsWithoutRef<'fieldset'>)} ref={ref as Ref<HTMLFieldSetElement>} aria-describedby={describedBy}>
        <legend data-part="label">{label}</legend>
        {control}
        {details}
      </fieldset>
    )
  }
  const labelElement = (
    <label htmlFor={id} data-part="label">
      {label}
    </label>
  )
  return (
    <div data-part="field" {...rootProps} ref={ref}>
      {labelAfter ? control : labelElement}
      {labelAfter ? labelElement : control}
      {details}
    </div>
  )
})
