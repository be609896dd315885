// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import * as program from './program'

// Any module of the entry that imports React or the React packages fails to load.
vi.mock('react', () => {
  throw new Error('the program entry must not import react')
})
vi.mock('@journeykit/react', () => {
  throw new Error('the program entry must not import @journeykit/react')
})
vi.mock('@journeykit/ui', () => {
  throw new Error('the program entry must not import @journeykit/ui')
})

describe('the program entry', () => {
  it('loads on a server without a DOM or React and exposes the factories and helpers', () => {
    expect(typeof window).toBe('undefined')
    expect(Object.keys(program).sort()).toEqual(
      ['CODE_ALPHABET', 'createLoyaltyProgram', 'createReferralProgram', 'isWellFormedCode', 'MAILBOX_DOMAIN_ALIASES', 'normalizeCode', 'normalizeEmail', 'YAHOO_DOMAIN'].sort(),
    )
  })
})
