// The tracker's own cost on the production build (`process.env.NODE_ENV` = "production", so no
// validation): what one track() call costs the interaction (enqueue only), and what an event costs
// end to end, tracked, batched and delivered to the destinations (`journey.flush()` awaited).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { median, productionBundle } from './lib.mjs'

/** Events per round: many sessions' worth, so batching, the outboxes and the garbage collector all take part. */
const EVENTS_PER_ROUND = 50_000
const ROUNDS = 12
/** The first rounds warm the JIT up and are not counted. */
const WARM_UP_ROUNDS = 3

async function loadCore() {
  const file = join(mkdtempSync(join(tmpdir(), 'jk-bench-')), 'core.mjs')
  writeFileSync(file, await productionBundle("export * from '@journeykit/core'", { platform: 'node' }))
  return import(pathToFileURL(file).href)
}

const item = { id: 'sku-42', name: 'Trail running shoe', price: { amount: 12900, currency: 'EUR' }, quantity: 1, brand: 'Northwind', category: 'Shoes' }

/**
 * Each round starts a journey with fresh destinations, tracks EVENTS_PER_ROUND events and awaits
 * their delivery. Returns the medians, in µs per event, of the track() loop alone and of track +
 * delivery, and checks that every destination received every event.
 */
async function measure(core, makeDestinations, events = EVENTS_PER_ROUND) {
  const trackMicros = []
  const deliveredMicros = []
  for (let round = 0; round < ROUNDS; round++) {
    const { destinations, received } = makeDestinations(core, events)
    const journey = core.createJourney({
      consent: 'granted',
      storage: null,
      destinations,
      batch: { size: 50, interval: 1000 },
      context: { locale: 'en', page: { url: 'https://shop.example/p/sku-42', path: '/p/sku-42', title: 'Trail running shoe', referrer: '' } },
    })
    const start = process.hrtime.bigint()
    for (let i = 0; i < events; i++) journey.track('product_added', { item })
    const enqueued = process.hrtime.bigint()
    await journey.flush()
    const delivered = process.hrtime.bigint()
    await journey.shutdown()
    const counts = received()
    if (counts.some((count) => count !== events)) throw new Error(`delivered ${counts.join(', ')} of ${events} events`)
    if (round < WARM_UP_ROUNDS) continue
    trackMicros.push(Number(enqueued - start) / events / 1000)
    deliveredMicros.push(Number(delivered - start) / events / 1000)
  }
  return { track: round(median(trackMicros)), delivered: round(median(deliveredMicros)) }
}

function memoryOnly(core) {
  const destination = core.memory()
  return { destinations: [destination], received: () => [destination.events.length] }
}

function ga4AndBeacon(core, events) {
  const dataLayer = []
  let beaconEvents = 0
  return {
    destinations: [
      core.ga4({ dataLayer }),
      // a queue as large as a round, so every event is really delivered (the default 1000 would drop most of them)
      core.beacon({
        url: 'http://127.0.0.1:9/collect',
        storage: null,
        maxQueue: events,
        fetch: async (url, init) => {
          beaconEvents += JSON.parse(init.body).events.length
          return new Response(null, { status: 204 })
        },
      }),
    ],
    received: () => [dataLayer.filter((entry) => entry.event === 'add_to_cart').length, beaconEvents],
  }
}

export async function run() {
  const core = await loadCore()
  const memory = await measure(core, memoryOnly)
  const both = await measure(core, ga4AndBeacon)
  return [
    { name: 'core: track() median per event, memory destination', value: memory.track, unit: 'µs', budget: 2 },
    { name: `core: tracked and delivered, median per event of ${EVENTS_PER_ROUND} events, memory destination`, value: memory.delivered, unit: 'µs', budget: 2 },
    { name: 'core: track() median per event, ga4 + beacon destinations', value: both.track, unit: 'µs', budget: 2 },
    { name: `core: tracked and delivered, median per event of ${EVENTS_PER_ROUND} events, ga4 + beacon destinations`, value: both.delivered, unit: 'µs', budget: null },
  ]
}

const round = (n) => Math.round(n * 1000) / 1000
