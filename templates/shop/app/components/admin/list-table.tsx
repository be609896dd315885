import type { ReactNode } from 'react'

interface ListTableProps {
  /** "12 orders", announced as the list changes. */
  count: ReactNode
  /** Shown instead of the table when nothing matches. */
  none: ReactNode
  caption: string
  isEmpty: boolean
  /** The header row's cells. */
  head: ReactNode
  children: ReactNode
}

/** A back-office list's result: its count, then the table (scrolling sideways on a narrow screen) or what to say when it is empty. */
export function ListTable({ count, none, caption, isEmpty, head, children }: ListTableProps) {
  return (
    <>
      <p role="status">{count}</p>
      {isEmpty ? (
        <p>{none}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** A labelled `YYYY-MM-DD` filter field (a day in UTC). */
export function DayField({ id, name, label, defaultValue }: { id: string; name: string; label: string; defaultValue: string }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" defaultValue={defaultValue} />
    </div>
  )
}
