import type { Destination } from '../types'

export interface ConsoleOptions {
  /** Default: the global `console`. */
  logger?: Pick<Console, 'log' | 'groupCollapsed' | 'groupEnd'>
}

/** Logs each batch as a collapsed group, one line per event: name, stage and properties. */
export function consoleDestination(options: ConsoleOptions = {}): Destination {
  return {
    name: 'console',
    category: 'necessary',
    send(batch) {
      if (!batch.length) return
      const logger = options.logger ?? console
      logger.groupCollapsed(`journey: ${batch.length} event${batch.length === 1 ? '' : 's'}`)
      for (const event of batch) logger.log(`${event.name} · ${event.stage}`, event.properties)
      logger.groupEnd()
    },
  }
}
