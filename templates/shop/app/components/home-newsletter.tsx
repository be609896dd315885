import { NewsletterSignup, type NewsletterSignupValues } from '@journeykit/promo/newsletter-signup'
import { useRootData } from '../root'

/**
 * The home page's newsletter signup, stored through POST /api/newsletter (CSRF token from the
 * root loader). A refused or failed request rejects, so the block shows its error and keeps the
 * address; `lead_captured` is emitted by the block only after the server has stored it. The server
 * keeps the signup pending (with the form id as its consent source) until the emailed link confirms it.
 */
const FORM_ID = 'home-newsletter'

export function HomeNewsletter() {
  const { csrf } = useRootData()

  async function subscribe({ email }: NewsletterSignupValues) {
    const body = new FormData()
    body.set('_csrf', csrf)
    body.set('email', email)
    body.set('marketingConsent', 'true')
    body.set('source', FORM_ID)
    const response = await fetch('/api/newsletter', { method: 'POST', body, headers: { Accept: 'application/json' } })
    if (!response.ok) {
      const { error } = (await response.json().catch(() => ({}))) as { error?: string }
      throw new Error(error ?? `Newsletter signup failed (${response.status})`)
    }
  }

  return (
    <div className="home-newsletter" id="newsletter">
      <NewsletterSignup
        formId={FORM_ID}
        onSubmit={subscribe}
        privacyPolicyHref="#newsletter-privacy"
        title="Get the monthly field notes"
        description="One email a month: new gear, honest comparisons and subscriber-only offers. Unsubscribe with one click."
        successMessage="Almost done: we have emailed you a link. Open it to confirm your subscription."
      />
      <div className="home-newsletter-aside">
        <h3 id="newsletter-privacy">How we use your address</h3>
        <p>
          We keep your email address and the time you agreed, and use them only for this newsletter. We never sell or share
          them, and every email lets you unsubscribe.
        </p>
      </div>
    </div>
  )
}
