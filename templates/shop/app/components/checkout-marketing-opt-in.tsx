import { useEffect, useId, useRef, useState } from 'react'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The checkout's optional marketing box, unticked by default. Once it is ticked and the checkout's email
 * field holds an address, `onConsent` starts the double opt-in for it (once per address); what the box
 * says is what the shop records as the consent.
 */
export function CheckoutMarketingOptIn({ email, shopName, onConsent }: { email: string; shopName: string; onConsent: (email: string) => Promise<string | null> }) {
  const id = useId()
  const [ticked, setTicked] = useState(false)
  const [status, setStatus] = useState('')
  const sentFor = useRef<string | null>(null)

  useEffect(() => {
    const address = email.trim()
    if (!ticked || !EMAIL.test(address) || sentFor.current === address) return
    sentFor.current = address
    onConsent(address).then(
      (error) => setStatus(error ?? `We sent a link to ${address}: open it to confirm your subscription.`),
      () => {
        sentFor.current = null
        setStatus('We could not save your choice. Untick and tick the box to try again.')
      },
    )
  }, [ticked, email, onConsent])

  return (
    <div className="checkout-marketing">
      <input id={id} type="checkbox" checked={ticked} onChange={(event) => setTicked(event.target.checked)} />
      <label htmlFor={id}>
        Optional: email me news and offers from {shopName}, and a reminder if I leave my cart. We ask you to confirm by email first; every email has an
        unsubscribe link.
      </label>
      <p role="status" className="checkout-marketing-status">
        {ticked && status}
      </p>
    </div>
  )
}
