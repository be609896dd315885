'use client'
import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'link'
export type ButtonSize = 'sm' | 'md' | 'lg'

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Exposed as `data-variant`. Defaults to 'primary'. */
  variant?: ButtonVariant
  /** Exposed as `data-size`. Defaults to 'md'. */
  size?: ButtonSize
  /**
   * Shows a spinner and ignores clicks while keeping the button focusable and its label
   * readable (`aria-busy`, `aria-disabled`, `data-loading`).
   */
  loading?: boolean
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', size = 'md', loading = false, type = 'button', onClick, children, ...props },
  ref,
) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      // Also stops a submit button from submitting its form.
      event.preventDefault()
      return
    }
    onClick?.(event)
  }

  return (
    <button
      type={type}
      {...props}
      ref={ref}
      data-jk-button=""
      data-variant={variant}
      data-size={size}
      data-loading={loading ? '' : undefined}
      aria-busy={loading || props['aria-busy'] || undefined}
      aria-disabled={loading || props['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {loading && <span data-part="spinner" aria-hidden="true" />}
      {children}
    </button>
  )
})
