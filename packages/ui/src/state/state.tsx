'use client'
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { Button } from '../button/button'
import { useMessages } from '../locale/message-catalog'
import { uiMessages } from '../messages'

export interface LoadingStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What is loading; defaults to the 'ui.loading' message ("Loading…"). */
  label?: ReactNode
}

/** A polite live region announcing that content is loading. */
export const LoadingState = forwardRef<HTMLDivElement, LoadingStateProps>(function LoadingState({ label, ...props }, ref) {
  const t = useMessages(uiMessages)
  return (
    <div role="status" aria-live="polite" data-jk-state="loading" data-part="loading" {...props} ref={ref}>
      <span data-part="spinner" aria-hidden="true" />
      <span data-part="label">{label ?? t('ui.loading')}</span>
    </div>
  )
})

export interface ErrorStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What went wrong; defaults to the 'ui.error' message ("Something went wrong."). */
  message?: ReactNode
  /** When given, a "Try again" button calls it. */
  onRetry?: () => void
  /** Shows the retry button as loading while a retry is under way. */
  retrying?: boolean
}

/** An alert that something failed, with an optional retry. */
export const ErrorState = forwardRef<HTMLDivElement, ErrorStateProps>(function ErrorState({ message, onRetry, retrying = false, ...props }, ref) {
  const t = useMessages(uiMessages)
  return (
    <div role="alert" data-jk-state="error" data-part="error" {...props} ref={ref}>
      <p data-part="message">{message ?? t('ui.error')}</p>
      {onRetry && (
        <Button variant="secondary" size="sm" loading={retrying} onClick={() => onRetry()}>
          {t('ui.retry')}
        </Button>
      )}
    </div>
  )
})

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** The headline ("No reviews yet"). */
  title: ReactNode
  /** An action to take from here, e.g. a `Button`. */
  action?: ReactNode
}

/** What to show when there is nothing to show: a title, an explanation and an optional action. */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState({ title, action, children, ...props }, ref) {
  return (
    <div data-jk-state="empty" data-part="empty" {...props} ref={ref}>
      <p data-part="title">{title}</p>
      {children !== undefined && children !== null && <div data-part="description">{children}</div>}
      {action !== undefined && action !== null && <div data-part="action">{action}</div>}
    </div>
  )
})
