// Test helper only: not exported by the package.
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'

/**
 * Fake timers plus a user-event instance that advances them. Testing Library's async helpers
 * only advance fake timers when a Jest global exists, so one is stubbed (removed after the test).
 */
export function fakeTimersWithUser() {
  vi.useFakeTimers()
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
}
