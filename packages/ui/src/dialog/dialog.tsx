'use client'
import * as DialogPrimitive from '@radix-ui/react-dialog'
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { Button } from '../button/button'
import { useMessages } from '../locale/message-catalog'
import { uiMessages } from '../messages'
import { visuallyHiddenStyle } from '../visually-hidden/visually-hidden'

export type DialogProps = DialogPrimitive.DialogProps

/** The dialog's state: `open` / `defaultOpen` / `onOpenChange`, and `modal` (default true). */
export function Dialog(props: DialogProps) {
  return <DialogPrimitive.Root {...props} />
}

export type DialogTriggerProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Trigger>

/** Opens the dialog; `asChild` renders your own element (e.g. a `Button`) as the trigger. */
export const DialogTrigger = forwardRef<HTMLButtonElement, DialogTriggerProps>(function DialogTrigger(props, ref) {
  return <DialogPrimitive.Trigger data-jk-dialog-trigger="" {...props} ref={ref} />
})

export type DialogCloseProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Close>

/** Closes the dialog; `asChild` supported. */
export const DialogClose = forwardRef<HTMLButtonElement, DialogCloseProps>(function DialogClose(props, ref) {
  return <DialogPrimitive.Close {...props} ref={ref} />
})

export interface DialogContentProps extends Omit<ComponentPropsWithoutRef<typeof DialogPrimitive.Content>, 'title'> {
  /** The dialog's accessible name, shown as its heading. */
  title: ReactNode
  /** Shown under the title and used as the accessible description. */
  description?: ReactNode
  /** Keeps the title for assistive technology but hides it on screen. */
  hideTitle?: boolean
}

/**
 * The dialog panel in a portal, over an overlay, with a title, an optional description and a
 * close button. Focus is trapped inside, Escape closes, and focus returns to the trigger.
 */
export const DialogContent = forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent({ title, description, hideTitle = false, children, ...props }, ref) {
  const t = useMessages(uiMessages)
  const hasDescription = description !== undefined && description !== null && description !== false
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay data-jk-dialog-overlay="" data-part="overlay" />
      <DialogPrimitive.Content
        data-jk-dialog=""
        // Without a description, tell Radix on purpose so it does not warn about a missing one.
        {...(hasDescription ? {} : { 'aria-describedby': undefined })}
        {...props}
        ref={ref}
      >
        <DialogPrimitive.Title data-part="title" style={hideTitle ? visuallyHiddenStyle : undefined}>
          {title}
        </DialogPrimitive.Title>
        {hasDescription && <DialogPrimitive.Description data-part="description">{description}</DialogPrimitive.Description>}
        {children}
        <DialogPrimitive.Close asChild>
          <Button variant="ghost" size="sm" data-part="close" aria-label={t('ui.close')}>
            <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </Button>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  )
})
