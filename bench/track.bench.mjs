// track() cost per event (enqueue only: destinations are fed later, off the interaction path)
// and end-to-end throughput (track + delivery to the destinations), on the production build.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { median, productionBundle } from './lib.mjs'

const EVENTS_PER_ROUND = 10_000
const ROUNDS = 25

async function loadCore() {
  const file = join(mkdtempSync(join(tmpdir(), 'jk-bench-')), 'core.mjs')
  writeFileSync(file, await productionBundle("export * from '@journeykit/core'", { platform: 'node' }))
  return import(pathToFileURL(file).href)
}

const item = { id: 'sku-42', name: 'Trail running shoe', price: { amount: 12900, currency: 'EUR' }, quantity: 1, brand: 'Northwind', category: 'Shoes' }

async function measure(core, makeDestinations) {
  const journey = core.createJourney({
    consent: 'granted',
    storage: null,
    destinations: makeDestinations(core),
    batch: { size: 50, interval: 1000 },
    context: { locale: 'en', page: { url: 'https://shop.example/p/sku-42', path: '/p/sku-42', title: 'Trail running shoe', referrer: '' } },
  })
  const perEvent = []
  const throughput = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < EVENTS_PER_ROUND; i++) journey.track('product_added', { item })
    const enqueued = process.hrtime.bigint()
    await journey.flush()
    const delivered = process.hrtime.bigint()
    perEvent.push(Number(enqueued - start) / EVENTS_PER_ROUND / 1000)
    throughput.push(EVENTS_PER_ROUND / (Number(delivered - start) / 1e9))
  }
  await journey.shutdown()
  // the first rounds warm the JIT up
  return { trackMicros: median(perEvent.slice(5)), eventsPerSecond: median(throughput.slice(5)) }
}

export async function run() {
  const core = await loadCore()
  const memory = await measure(core, (c) => [c.memory()])
  const dataLayer = []
  const ga4AndBeacon = await measure(core, (c) => [
    c.ga4({ dataLayer }),
    // a queue as large as a round, so every event is really delivered (the default 1000 would drop most of them)
    c.beacon({ url: 'http://127.0.0.1:9/collect', storage: null, maxQueue: EVENTS_PER_ROUND, fetch: async () => new Response(null, { status: 204 }) }),
  ])
  return [
    { name: 'core: track() median per event, memory destination', value: round(memory.trackMicros), unit: 'µs', budget: 2 },
    { name: 'core: events/s tracked and delivered, memory destination', value: Math.round(memory.eventsPerSecond), unit: 'events/s', budget: null },
    { name: 'core: track() median per event, ga4 + beacon destinations', value: round(ga4AndBeacon.trackMicros), unit: 'µs', budget: 2 },
    { name: 'core: events/s tracked and delivered, ga4 + beacon destinations', value: Math.round(ga4AndBeacon.eventsPerSecond), unit: 'events/s', budget: null },
  ]
}

const round = (n) => Math.round(n * 1000) / 1000
