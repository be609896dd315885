'use client'
import { Dialog, DialogContent } from '@journeykit/ui'
import type { RefObject } from 'react'
import type { ReviewPhoto } from '../shared/types'

export interface ReviewPhotoDialogProps {
  title: string
  photo: ReviewPhoto
  /** The thumbnail that opened the dialog: focus returns to it on close. */
  opener: RefObject<HTMLElement | null>
  onClose: () => void
}

/** A review photo at full size. Loaded on first open, so pages that show reviews ship no dialog code up front. */
export default function ReviewPhotoDialog({ title, photo, opener, onClose }: ReviewPhotoDialogProps) {
  return (
    <Dialog open onOpenChange={(open) => open || onClose()}>
      <DialogContent
        title={title}
        data-part="photo-dialog"
        onCloseAutoFocus={(event) => {
          // No DialogTrigger opened it, so Radix cannot return focus by itself.
          event.preventDefault()
          opener.current?.focus()
        }}
      >
        <img src={photo.src} alt={photo.alt ?? ''} />
      </DialogContent>
    </Dialog>
  )
}
