// The shop's site search (templates/shop/app/lib/search) on a catalog of 10,000 products: a fresh database
// (the embedded PGlite, then a throwaway PostgreSQL), the shop's migrations, a generated catalog (twelve
// categories, 10 % of the products in German, reviews and stock), then p50/p95 of searchCatalog (single
// words, several words, a misspelling, German inflections, filters and sorts) and of suggestProducts (what
// a search box asks while someone types), ROUNDS passes over the queries after one warm-up pass; on PGlite
// also the p95 of the CPU time each query takes (PGlite runs in this process).
import { startPostgres } from '../scripts/postgres.mjs'
import { loadShopModules, percentile } from './lib.mjs'

const PRODUCTS = 10_000
const ROUNDS = 10
const BUDGET_MS = 50

const SEARCHES = [
  'q=headphones',
  'q=wireless+headphones',
  'q=trail+running+shoes&sort=price-asc',
  'q=hedphones',
  'q=kopfhörern',
  'q=jacket&category=jackets&price=5000-10000&inStock=true',
  'q=lamp&rating=4&sort=rating',
  'q=backpack&page=3',
  'category=tents&sort=price-desc',
  'q=northwind',
]
const SUGGESTIONS = ['he', 'headph', 'wireless hea', 'kopfh', 'runnign', 'tent', 'lumen', 'bottl']

const CATEGORIES = [
  ['headphones', 'Headphones', 'headphones', 'Kopfhörer'],
  ['earbuds', 'Earbuds', 'earbuds', 'Ohrhörer'],
  ['speakers', 'Speakers', 'speaker', 'Lautsprecher'],
  ['running-shoes', 'Running shoes', 'running shoes', 'Laufschuhe'],
  ['jackets', 'Jackets', 'jacket', 'Jacke'],
  ['backpacks', 'Backpacks', 'backpack', 'Rucksack'],
  ['tents', 'Tents', 'tent', 'Zelt'],
  ['watches', 'Watches', 'watch', 'Uhr'],
  ['lamps', 'Lamps', 'lamp', 'Lampe'],
  ['bottles', 'Bottles', 'bottle', 'Flasche'],
  ['sleeping-bags', 'Sleeping bags', 'sleeping bag', 'Schlafsack'],
  ['stoves', 'Stoves', 'camping stove', 'Kocher'],
]
const ADJECTIVES = ['Wireless', 'Lightweight', 'Waterproof', 'Compact', 'Trail', 'Urban', 'Classic', 'Pro', 'Ultra', 'Thermal', 'Foldable', 'Rugged']
const GERMAN_ADJECTIVES = ['Kabellose', 'Leichte', 'Wasserdichte', 'Kompakte', 'Robuste']
const BRANDS = ['Northwind', 'Lumen', 'Halden Audio', 'Stride', 'Fjellmark', 'Aster', 'Kestrel', 'Brightwater', 'Ostara', 'Klangwerk', 'Vela', 'Cobalt']
const FEATURES = ['noise cancelling', 'a long battery life', 'recycled materials', 'a two-year warranty', 'quick charging', 'grippy soles', 'taped seams', 'a padded harness']

/** A deterministic catalog: the same products on every run. */
function generateCatalog() {
  const products = []
  for (let index = 0; index < PRODUCTS; index++) {
    const [categoryId, , noun, germanNoun] = CATEGORIES[index % CATEGORIES.length]
    const german = index % 10 === 6
    const brand = BRANDS[(index * 7) % BRANDS.length]
    const name = german
      ? `${GERMAN_ADJECTIVES[index % GERMAN_ADJECTIVES.length]} ${germanNoun} ${index}`
      : `${ADJECTIVES[(index + Math.floor(index / CATEGORIES.length)) % ADJECTIVES.length]} ${noun[0].toUpperCase()}${noun.slice(1)} ${index}`
    const description = german
      ? `${germanNoun} von ${brand} mit langer Akkulaufzeit und Geräuschunterdrückung, für Reisen und den Alltag.`
      : `A ${noun} by ${brand} with ${FEATURES[index % FEATURES.length]} and ${FEATURES[(index * 3 + 1) % FEATURES.length]}, made for travel and every day.`
    products.push({
      id: `p-${index}`,
      categoryId,
      name,
      brand,
      description,
      price: 1900 + ((index * 7919) % 48000),
      language: german ? 'german' : 'english',
      stock: index % 9 === 0 ? 0 : (index % 17) + 1,
      ratings: Array.from({ length: index % 6 }, (_, review) => 1 + ((index + review * 3) % 5)),
    })
  }
  return products
}

export async function seed(shop, db) {
  await shop.migrate(db)
  const products = generateCatalog()
  await db.query(
    `INSERT INTO categories (id, name, description, position, attribute_groups)
     SELECT id, name, name, position, '[]' FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c(id, name, position)`,
    [CATEGORIES.map((category) => category[0]), CATEGORIES.map((category) => category[1])],
  )
  const column = (pick) => products.map(pick)
  await db.query(
    `INSERT INTO products (id, slug, category_id, name, brand, description, price_amount, currency, images, attributes, search_language)
     SELECT id, id, category_id, name, brand, description, price, 'EUR', '[]', '{}', language::regconfig
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) AS p(id, category_id, name, brand, description, price, language)`,
    [column((p) => p.id), column((p) => p.categoryId), column((p) => p.name), column((p) => p.brand), column((p) => p.description), column((p) => p.price), column((p) => p.language)],
  )
  await db.query(
    `INSERT INTO variants (id, product_id, label, position, stock) SELECT 'v-' || id, id, 'One size', 0, stock FROM unnest($1::text[], $2::int[]) AS v(id, stock)`,
    [column((p) => p.id), column((p) => p.stock)],
  )
  const reviews = products.flatMap((product) => product.ratings.map((rating, index) => ({ id: `r-${product.id}-${index}`, productId: product.id, rating })))
  await db.query(
    `INSERT INTO reviews (id, product_id, rating, title, body, author_name)
     SELECT id, product_id, rating, 'Review', 'A review.', 'Bench' FROM unnest($1::text[], $2::text[], $3::int[]) AS r(id, product_id, rating)`,
    [reviews.map((review) => review.id), reviews.map((review) => review.productId), reviews.map((review) => review.rating)],
  )
  await db.query('ANALYZE')
  return reviews.length
}

/** Wall-clock and CPU milliseconds of each call (CPU: this process's, user and system; PGlite runs in it, PostgreSQL does not). */
async function timeEach(work, inputs) {
  for (const input of inputs) await work(input) // warm-up pass: caches and plans, not measured
  const samples = []
  const cpu = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      await work(input)
      samples.push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  return Object.assign(samples, { cpu })
}

/** The shop's database and search modules, bundled from source for plain Node. */
export function loadSearchModules() {
  return loadShopModules(
    'search-shop.mjs',
    [
      "export { openDatabase, migrate } from './templates/shop/app/lib/db.server.ts'",
      "export { searchCatalog, suggestProducts } from './templates/shop/app/lib/search/search.server.ts'",
      "export { parseSearchParams } from './templates/shop/app/lib/search/params.ts'",
    ].join('\n'),
  )
}

const round1 = (value) => Math.round(value * 10) / 10

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null }>>} */
export async function run() {
  const shop = await loadSearchModules()
  const postgres = await startPostgres()
  const figures = []
  try {
    for (const database of [
      { name: 'PGlite', options: {} },
      { name: 'PostgreSQL', options: { url: postgres.url } },
    ]) {
      const db = await shop.openDatabase(database.options)
      try {
        const reviews = await seed(shop, db)
        const searches = await timeEach((query) => shop.searchCatalog(db, shop.parseSearchParams(new URLSearchParams(query))), SEARCHES)
        const suggestions = await timeEach((q) => shop.suggestProducts(db, q), SUGGESTIONS)
        const catalog = `${PRODUCTS} products, ${reviews} reviews, ${database.name}`
        for (const [label, samples] of [
          ['searchCatalog', searches],
          ['suggestProducts', suggestions],
        ]) {
          figures.push(
            { name: `search: ${label} p50, ${catalog}`, value: round1(percentile(samples, 0.5)), unit: 'ms', budget: null },
            { name: `search: ${label} p95, ${catalog}`, value: round1(percentile(samples, 0.95)), unit: 'ms', budget: BUDGET_MS },
          )
          // The wall clock on a shared machine counts the neighbours' load too; the CPU a query costs PGlite (in this process) does not.
          if (database.name === 'PGlite') figures.push({ name: `search: ${label} CPU time p95, ${catalog}`, value: round1(percentile(samples.cpu, 0.95)), unit: 'ms', budget: null })
        }
      } finally {
        await db.close()
      }
    }
    return figures
  } finally {
    postgres.stop()
  }
}
