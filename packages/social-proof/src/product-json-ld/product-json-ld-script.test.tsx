import { render } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { REVIEWS } from '../fixtures'
import { ProductJsonLd } from './product-json-ld-script'

const hostile = { ...REVIEWS[0]!, body: 'Great </script><script>window.hacked = true</script> shoe' }

describe('ProductJsonLd', () => {
  it('renders the structured data in one ld+json script that a review cannot break out of', () => {
    const html = renderToString(<ProductJsonLd product={{ name: 'Trail Runner GTX', reviews: [hostile] }} />)
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<script>window')
  })

  it('carries the review text intact for parsers', () => {
    const { container } = render(<ProductJsonLd product={{ name: 'Trail Runner GTX', reviews: [hostile] }} nonce="abc" />)
    const script = container.querySelector('script[type="application/ld+json"]')!
    expect(container.querySelectorAll('script')).toHaveLength(1)
    expect(JSON.parse(script.textContent!).review[0].reviewBody).toBe(hostile.body)
    expect((window as { hacked?: boolean }).hacked).toBeUndefined()
  })
})
