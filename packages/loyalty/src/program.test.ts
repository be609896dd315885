// @vitest-environment node
import { describe, expect, it } from 'vitest'
import * as program from './program'

describe('the program entry', () => {
  it('loads on a server without a DOM and exposes the factories', () => {
    expect(typeof window).toBe('undefined')
    expect(Object.keys(program).sort()).toEqual(
      ['CODE_ALPHABET', 'createLoyaltyProgram', 'createReferralProgram', 'isWellFormedCode', 'normalizeCode', 'normalizeEmail'].sort(),
    )
  })
})
