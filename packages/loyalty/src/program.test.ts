// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as program from './program'

describe('the program entry', () => {
  it('loads on a server without a DOM and exposes the factories and helpers', () => {
    expect(typeof window).toBe('undefined')
    expect(Object.keys(program).sort()).toEqual(
      ['CODE_ALPHABET', 'createLoyaltyProgram', 'createReferralProgram', 'isWellFormedCode', 'normalizeCode', 'normalizeEmail'].sort(),
    )
  })

  it('is server-safe: no "use client" and no React anywhere in its modules', () => {
    const directory = new URL('./program/', import.meta.url)
    const sources = [
      readFileSync(new URL('./program.ts', import.meta.url), 'utf8'),
      ...readdirSync(directory)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(new URL(file, directory), 'utf8')),
    ]
    for (const source of sources) {
      expect(source).not.toMatch(/['"]use client['"]/)
      expect(source).not.toMatch(/from ['"]react/)
      expect(source).not.toMatch(/from ['"]@journeykit\/(react|ui)/)
    }
  })
})
