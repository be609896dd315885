import { Button } from '@journeykit/ui'
import { Form, useNavigation } from 'react-router'
import { useRootData } from '../root'
import { FormField } from './form-field'

/** What the account action answers to a refused `intent=lookup`. */
export interface LookupActionData {
  intent: 'lookup'
  /** The whole form's error (not found, too many attempts, expired form). */
  formError?: string
  fieldErrors?: { email?: string; orderNumber?: string }
  values?: { email: string; orderNumber: string }
}

/**
 * Order lookup by email address and order number: a plain form post (works without
 * JavaScript), errors next to the fields and the form's own error announced as an alert.
 */
export function AccountLookup({ result }: { result: LookupActionData | undefined }) {
  const { csrf } = useRootData()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'lookup'
  const errors = result?.fieldErrors ?? {}
  return (
    <section className="account-card account-lookup" aria-labelledby="account-lookup-title">
      <h2 id="account-lookup-title">Find your order</h2>
      <p className="account-muted">
        Use the email address you checked out with and the order number from your confirmation (for example NW-10042).
      </p>
      <Form method="post" noValidate className="account-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="intent" value="lookup" />
        <FormField
          id="lookup-email"
          className="account-field"
          label="Email address"
          error={errors.email}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={result?.values?.email}
        />
        <FormField
          id="lookup-order"
          className="account-field"
          label="Order number"
          error={errors.orderNumber}
          name="orderNumber"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={64}
          defaultValue={result?.values?.orderNumber}
        />
        {result?.formError && (
          <p role="alert" className="account-form-error">
            {result.formError}
          </p>
        )}
        <Button type="submit" loading={busy}>
          Find my order
        </Button>
      </Form>
    </section>
  )
}
