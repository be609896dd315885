import { describe, expect, it, vi } from 'vitest'
import { consoleDestination } from './console'
import { makeEvent } from './test-events'

describe('consoleDestination()', () => {
  it('logs each event with its name, stage and properties inside one collapsed group', () => {
    const logger = { log: vi.fn(), groupCollapsed: vi.fn(), groupEnd: vi.fn() }
    const destination = consoleDestination({ logger })
    void destination.send([makeEvent('lead_captured', { formId: 'f' }), makeEvent('cart_viewed', { items: [] })], { unloading: false })
    expect(destination.category).toBe('necessary')
    expect(logger.groupCollapsed).toHaveBeenCalledWith('journey: 2 events')
    expect(logger.log.mock.calls).toEqual([
      ['lead_captured · awareness', { formId: 'f' }],
      ['cart_viewed · decision', { items: [] }],
    ])
    expect(logger.groupEnd).toHaveBeenCalledTimes(1)
  })

  it('logs nothing for an empty batch', () => {
    const logger = { log: vi.fn(), groupCollapsed: vi.fn(), groupEnd: vi.fn() }
    void consoleDestination({ logger }).send([], { unloading: false })
    expect(logger.groupCollapsed).not.toHaveBeenCalled()
  })
})
