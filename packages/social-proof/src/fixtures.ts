import type { Money } from '@journeykit/core'
import type { Review, ReviewPhoto } from './shared/types'

/** Fixture data shared by the tests and the stories (not part of the package's API). */

function photo(label: string, colour: string): ReviewPhoto {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="${colour}"/><path d="M60 210c40-10 90-60 150-60s90 30 130 40v30H60z" fill="#fff" fill-opacity=".75"/></svg>`
  return { src: `data:image/svg+xml,${encodeURIComponent(svg)}`, alt: label }
}

export const PRODUCT_ID = 'trail-runner-gtx'
export const PRODUCT_NAME = 'Trail Runner GTX'
export const PRODUCT_PRICE: Money = { amount: 12995, currency: 'EUR' }

type Row = [rating: number, title: string, body: string, author: string, date: string, variant: string, helpful: number, verified?: boolean]

const ROWS: Row[] = [
  [5, 'Best trail shoe I have owned', 'Ran the Zugspitze trail in them last weekend. Grip on wet rock is excellent and my feet stayed completely dry.', 'Lena M.', '2026-11-18', 'Size 39 / Teal', 41, true],
  [5, 'Comfortable straight out of the box', 'No break-in needed at all. Did a 25 km run on day two without a single blister.', 'Tomasz K.', '2026-11-15', 'Size 44 / Black', 18, true],
  [4, 'Great grip, slightly narrow', 'The outsole is fantastic on mud. I have wide feet and had to loosen the laces a lot, so consider half a size up.', 'Priya S.', '2026-11-12', 'Size 42 / Blue', 27, true],
  [5, 'Waterproof for real', 'Crossed three streams on the West Highland Way and my socks were dry at the end of the day.', 'Callum R.', '2026-11-09', 'Size 45 / Black', 12, true],
  [1, 'Sole came apart after two months', 'The sole started peeling at the toe after about 300 km. Disappointing for the price.', 'Marco B.', '2026-11-06', 'Size 43 / Blue', 35, true],
  [5, 'Light and stable', 'Much lighter than my old hiking boots but still stable on rocky descents.', 'Ana P.', '2026-11-02', 'Size 38 / Teal', 6, true],
  [3, 'Good, but runs warm', 'The membrane keeps water out but my feet get hot on summer runs. Better suited to autumn and winter.', 'Jonas W.', '2026-10-29', 'Size 42 / Black', 9, false],
  [5, 'Perfect for ultra training', 'Used them for back-to-back long runs in the Vosges. Cushioning holds up well late in the run.', 'Élodie F.', '2026-10-25', 'Size 40 / Teal', 15, true],
  [4, 'Solid all-rounder', 'Good on gravel paths and forest trails. A little stiff on tarmac, which is expected.', 'Daniel H.', '2026-10-21', 'Size 44 / Blue', 4, true],
  [5, 'Finally found my shoe', 'After trying four brands this is the first trail shoe that fits my heel properly.', 'Sofia G.', '2026-10-18', 'Size 37 / Teal', 11, true],
  [2, 'Laces keep coming undone', 'The shoe itself is fine, but the round laces untie constantly. I had to replace them.', 'Mihai D.', '2026-10-14', 'Size 43 / Black', 8, true],
  [5, 'Excellent in snow', 'Wore them on a snowy hike in the Carpathians and the traction was better than I expected.', 'Ioana C.', '2026-10-10', 'Size 39 / Blue', 7, true],
  [4, 'Very good, sizing a bit small', 'Lovely shoe, but it runs about half a size small. Exchange was quick though.', 'Hannah L.', '2026-10-07', 'Size 41 / Teal', 10, true],
  [5, 'Second pair already', 'Wore out the first pair after 900 km, which is great mileage for a trail shoe. Bought the same again.', 'Peter J.', '2026-10-03', 'Size 46 / Black', 22, true],
  [5, 'Great for hiking too', 'I do not run but use them for day hikes. Much more comfortable than boots.', 'Wei Z.', '2026-09-29', 'Size 40 / Blue', 3, true],
  [1, 'Gave me blisters', 'Tried them for three weeks and kept getting blisters on the inside of my heel. Returned them.', 'Katarzyna N.', '2026-09-25', 'Size 38 / Blue', 14, false],
  [5, 'Grippy and durable', 'Six months of weekly trail runs and the lugs still look almost new.', 'Lukas B.', '2026-09-21', 'Size 43 / Teal', 9, true],
  [4, 'Nice, but tongue slides', 'Comfortable and grippy. The tongue slides to the side on long descents, which is a bit annoying.', 'Emma T.', '2026-09-18', 'Size 39 / Black', 5, true],
  [5, 'Worth every cent', 'Dry feet, good grip, and they look good enough to wear to the office on a rainy day.', 'Andrei V.', '2026-09-14', 'Size 42 / Blue', 6, true],
  [3, 'Okay for the price', 'Decent shoe but not better than my previous pair, which cost less.', 'Giulia R.', '2026-09-10', 'Size 37 / Black', 2, true],
  [5, 'Rock plate makes a difference', 'Sharp stones on Dolomite scree were no problem. I could not feel them at all.', 'Matteo L.', '2026-09-06', 'Size 44 / Teal', 8, true],
  [5, 'Fits wide feet after all', 'Despite other reviews I found them roomy enough in the toe box with thin socks.', 'Olivia K.', '2026-09-02', 'Size 40 / Black', 4, true],
  [4, 'Good grip on wet roots', 'Confident on slippery roots and wet boardwalks. Would like a little more cushioning.', 'Finn A.', '2026-08-29', 'Size 45 / Blue', 3, true],
  [5, 'Great customer service too', 'Had a question about sizing and the team answered within an hour. The shoes are great as well.', 'Zeynep Y.', '2026-08-25', 'Size 38 / Teal', 5, true],
  [2, 'Too stiff for me', 'I prefer a more flexible shoe. These feel like boots on anything but technical terrain.', 'Chris P.', '2026-08-21', 'Size 42 / Black', 6, false],
  [5, 'My feet thank me', 'Plantar fasciitis had stopped me running. The support in these got me back on the trails.', 'Maria E.', '2026-08-17', 'Size 39 / Blue', 19, true],
  [5, 'Dry and comfortable', 'Tested them in the Lake District in proper rain. No leaks and no rubbing.', 'George S.', '2026-08-13', 'Size 43 / Black', 4, true],
  [4, 'Good, heel could be softer', 'Excellent grip and fit; the heel counter is a bit firm for the first few runs.', 'Anna N.', '2026-08-09', 'Size 41 / Blue', 2, true],
  [5, 'Lovely colour', 'The teal is even nicer in person, and the shoe performs as well as it looks.', 'Chiara M.', '2026-08-05', 'Size 37 / Teal', 1, true],
  [1, 'Membrane leaked', 'Water came in through the mesh above the toes on my second run. Returned for a refund.', 'Radu T.', '2026-08-01', 'Size 44 / Blue', 9, true],
  [5, 'Stable on descents', 'The lower drop and wide base make steep descents feel safe.', 'Julia S.', '2026-07-28', 'Size 38 / Black', 3, true],
  [4, 'Nearly perfect', 'If the laces were flat instead of round this would be five stars.', 'Sebastian F.', '2026-07-24', 'Size 42 / Teal', 2, true],
  [5, 'Ran my first trail marathon in them', 'No black toenails, no blisters, and I finished. That says it all.', 'Lin H.', '2026-07-20', 'Size 39 / Teal', 12, true],
  [3, 'Fine for short runs', 'Comfortable up to 10 km; after that my arches start to ache.', 'Pablo M.', '2026-07-16', 'Size 43 / Black', 1, true],
  [5, 'Excellent traction', 'Best traction I have had on loose gravel. Very happy.', 'Nora B.', '2026-07-12', 'Size 40 / Blue', 2, true],
  [4, 'Comfortable, a little heavy', 'Really comfortable and waterproof, but heavier than my summer shoes.', 'Tobias R.', '2026-07-08', 'Size 46 / Blue', 1, true],
  [5, 'Survived a month in Iceland', 'Lava fields, rivers and glacier paths. Still in great shape.', 'Sara O.', '2026-07-04', 'Size 38 / Teal', 7, true],
  [5, 'Best purchase this year', 'Comfortable, dry and grippy. I have recommended them to my whole running club.', 'Florin A.', '2026-06-30', 'Size 42 / Black', 3, true],
  [3, 'Good shoe, strange smell', 'Performs well but had a strong rubber smell for the first week.', 'Emily W.', '2026-06-26', 'Size 39 / Black', 0, false],
  [5, 'Great on mixed terrain', 'Road to trail to road again: they handle everything on my daily loop.', 'Hiroshi T.', '2026-06-22', 'Size 44 / Teal', 1, true],
]

const PHOTOS: Record<number, ReviewPhoto[]> = {
  0: [photo('Shoes on a wet granite trail', '#0f766e'), photo('Muddy outsole after the run', '#57534e')],
  3: [photo('Shoes beside a stream crossing', '#1d4ed8')],
  4: [photo('Sole peeling away at the toe', '#44403c')],
  11: [photo('Shoes in fresh snow', '#64748b')],
  20: [photo('Scree slope in the Dolomites', '#78716c')],
  36: [photo('Black lava field in Iceland', '#1c1917')],
}

const REPLIES: Record<number, Review['merchantReply']> = {
  4: {
    author: 'Northpeak Outfitters',
    body: 'We are sorry to hear that, Marco. Soles are covered by our 2-year warranty: our support team has emailed you a free return label.',
    createdAt: '2026-11-07',
  },
  10: {
    author: 'Northpeak Outfitters',
    body: 'Thanks for the feedback, Mihai. Since October every pair ships with a set of flat laces as well.',
    createdAt: '2026-10-15',
  },
  29: { author: 'Northpeak Outfitters', body: 'Sorry about that, Radu. We have passed your pair to our quality team.', createdAt: '2026-08-02' },
}

/** 40 reviews of the Trail Runner GTX: 23 × 5, 8 × 4, 4 × 3, 2 × 2 and 3 × 1 stars; average 4.15. */
export const REVIEWS: Review[] = ROWS.map(([rating, title, body, author, date, variant, helpful, verified = false], index) => ({
  id: `rev-${String(index + 1).padStart(3, '0')}`,
  rating,
  title,
  body,
  author,
  createdAt: `${date}T10:00:00Z`,
  verifiedBuyer: verified,
  variant,
  helpfulCount: helpful,
  ...(PHOTOS[index] ? { photos: PHOTOS[index] } : {}),
  ...(REPLIES[index] ? { merchantReply: REPLIES[index] } : {}),
}))

export const TESTIMONIALS = [
  {
    id: 't1',
    quote: 'Northpeak kitted out our whole club for the Transalpine Run. Every pair arrived within two days, and the fit advice was spot on.',
    author: 'Katrin Vogel',
    role: 'Coach, Lauftreff Garmisch',
    photo: { src: avatar('KV', '#0f766e'), alt: '' },
  },
  {
    id: 't2',
    quote: 'I returned a pair that did not suit my gait and had the refund the same week. That is why I keep coming back.',
    author: 'Daniel Okafor',
    role: 'Trail runner, Leeds',
  },
  {
    id: 't3',
    quote: 'Honest descriptions, real stock numbers and a team that actually runs. Rare in online shops.',
    author: 'Ioana Popescu',
    role: 'Mountain guide, Brașov',
    photo: { src: avatar('IP', '#4338ca'), alt: '' },
  },
]

function avatar(initials: string, colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${colour}"/><text x="32" y="40" font-family="sans-serif" font-size="24" fill="#fff" text-anchor="middle">${initials}</text></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}

/** Recent purchases and reviews, `minutesAgo` before `now`. */
export function recentActivities(now: Date = new Date()) {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString()
  return [
    { id: 'a1', kind: 'purchase' as const, firstName: 'Lena', city: 'Munich', productName: PRODUCT_NAME, occurredAt: at(4) },
    { id: 'a2', kind: 'review' as const, firstName: 'Tomasz', city: 'Kraków', productName: PRODUCT_NAME, occurredAt: at(17) },
    { id: 'a3', kind: 'purchase' as const, firstName: 'Ioana', productName: 'Merino Running Socks', occurredAt: at(42) },
  ]
}
