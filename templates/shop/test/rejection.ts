import { expect } from 'vitest'

/** What `promise` rejected with, after checking it is a `type` (a test fails if it resolves instead). */
export async function rejection<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(type)
  return error as T
}
