import { describe, expect, it } from 'vitest'
import { memory } from './memory'
import { makeEvent } from './test-events'

describe('memory()', () => {
  it('keeps every event it receives until cleared', () => {
    const destination = memory()
    const first = makeEvent('lead_captured', { formId: 'f' })
    const second = makeEvent('page_viewed', {})
    void destination.send([first], { unloading: false })
    void destination.send([second], { unloading: true })
    const { events } = destination
    expect(events).toEqual([first, second])
    destination.clear()
    expect(events).toEqual([])
    expect(destination.events).toBe(events)
    expect(destination).toMatchObject({ name: 'memory', category: 'necessary' })
    expect(memory({ category: 'analytics' }).category).toBe('analytics')
  })
})
