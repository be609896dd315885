import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { THEME_CSS, lightTokens } from '../../scripts/generate-tokens.mjs'
import { tokens } from './tokens'

describe('email tokens', () => {
  it('are the light theme of @journeykit/ui/theme.css (run `npm run tokens` after changing it)', () => {
    expect(tokens).toEqual(lightTokens(readFileSync(THEME_CSS, 'utf8')))
  })

  it('use px, which every email client reads, instead of rem', () => {
    expect(tokens['space-4']).toBe('16px')
    expect(Object.values(tokens).some((value) => value.includes('rem'))).toBe(false)
  })
})
