import type { ComponentProps } from 'react'
import { Form } from 'react-router'
import { useRootData } from '../../root'

type ActionFormProps = Omit<ComponentProps<typeof Form>, 'method'> & {
  /** Sent as `intent`; leave out when a submit button carries it. */
  intent?: string
  /** Other hidden fields the action reads. */
  fields?: Record<string, string>
}

/** A POST form to an admin action, carrying the CSRF token every admin change requires. */
export function ActionForm({ intent, fields, children, ...form }: ActionFormProps) {
  const { csrf } = useRootData()
  return (
    <Form method="post" {...form}>
      <input type="hidden" name="_csrf" value={csrf} />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </Form>
  )
}
