import { describe, expect, it } from 'vitest'
import { shareLinks } from './share-links'

describe('shareLinks', () => {
  const links = shareLinks({
    subject: 'A gift for you: €10 off & more',
    text: 'Use my code K7MX2QPA for €10 off?',
    url: 'https://shop.example/r/K7MX2QPA?utm_source=referral&utm_medium=share',
  })

  it('builds a mailto link with an encoded subject and body', () => {
    const url = new URL(links.email)
    expect(url.protocol).toBe('mailto:')
    expect(links.email).not.toContain(' ')
    expect(url.searchParams.get('subject')).toBe('A gift for you: €10 off & more')
    expect(url.searchParams.get('body')).toBe(
      'Use my code K7MX2QPA for €10 off?\n\nhttps://shop.example/r/K7MX2QPA?utm_source=referral&utm_medium=share',
    )
  })

  it('builds WhatsApp and X links whose parameters decode to the message and link', () => {
    const whatsapp = new URL(links.whatsapp)
    expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/')
    expect(whatsapp.searchParams.get('text')).toBe(
      'Use my code K7MX2QPA for €10 off? https://shop.example/r/K7MX2QPA?utm_source=referral&utm_medium=share',
    )
    const x = new URL(links.x)
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post')
    expect([...x.searchParams.keys()]).toEqual(['text', 'url'])
    expect(x.searchParams.get('url')).toBe('https://shop.example/r/K7MX2QPA?utm_source=referral&utm_medium=share')
  })
})
