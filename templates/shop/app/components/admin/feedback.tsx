import type { ReactNode } from 'react'

/** What just succeeded, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="admin-notice" role="status">
      {children}
    </p>
  )
}

/** Why a submission failed (not tied to one field), announced at once; `id` lets the form point to it. */
export function FormError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="admin-error" role="alert">
      {children}
    </p>
  )
}
