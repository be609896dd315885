import { Button } from '@journeykit/ui'
import { useId, useRef, useState } from 'react'

/**
 * A coupon code to copy: a read-only field (select it to copy by hand) and a copy button that
 * says whether copying worked. Works without JavaScript as a plain selectable field.
 */
export function CouponCode({ code, label, hint }: { code: string; label: string; hint?: string }) {
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    try {
      await navigator.clipboard.writeText(code)
      setStatus('copied')
    } catch {
      field.current?.select()
      setStatus('failed')
    }
  }

  return (
    <div className="coupon-code">
      <label htmlFor={id}>{label}</label>
      <div className="coupon-code-row">
        <input
          ref={field}
          id={id}
          readOnly
          value={code}
          size={Math.max(code.length, 8)}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <Button variant="secondary" onClick={copy}>
          Copy code
        </Button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="coupon-code-hint">
          {hint}
        </p>
      )}
      <p role="status" className="coupon-code-status">
        {status === 'copied' ? 'Copied to your clipboard.' : status === 'failed' ? 'Could not copy. The code is selected: copy it yourself.' : ''}
      </p>
    </div>
  )
}
