import type { SeedCategory, SeedCoupon, SeedImage, SeedProduct, SeedReview } from './seed-types'

/**
 * The demo catalog of Northwind Outfitters: three categories of eight products, their variants and
 * stock, reviews and coupons. Replace this file to sell something else (see the README).
 *
 * Prices are EUR minor units. Images are flat SVG illustrations in public/images, one per colour;
 * reviews are generated deterministically from the phrase pools below, so every seed is identical.
 */

export const CATEGORIES: SeedCategory[] = [
  {
    id: 'headphones',
    name: 'Headphones',
    description: 'Wireless headphones and earbuds for the commute, the office and the trail — compared on sound, battery and comfort.',
    attributeGroups: [
      {
        id: 'sound',
        label: 'Sound',
        attributes: [
          { id: 'driverSize', label: 'Driver size', kind: 'number', unit: 'millimeter', better: 'higher' },
          { id: 'noiseCancelling', label: 'Active noise cancelling', kind: 'boolean', better: 'higher' },
          { id: 'transparencyMode', label: 'Transparency mode', kind: 'boolean', better: 'higher', description: 'Hear traffic and announcements without taking them off' },
          { id: 'codecs', label: 'Bluetooth codecs', kind: 'text' },
        ],
      },
      {
        id: 'battery',
        label: 'Battery',
        attributes: [
          { id: 'batteryLife', label: 'Battery life', kind: 'number', unit: 'hour', better: 'higher', description: 'Music playback, noise cancelling on where available' },
          { id: 'chargeTime', label: 'Full charge', kind: 'number', unit: 'minute', better: 'lower' },
          { id: 'quickCharge', label: 'Quick charge', kind: 'text' },
        ],
      },
      {
        id: 'comfort',
        label: 'Comfort & build',
        attributes: [
          { id: 'fit', label: 'Fit', kind: 'text' },
          { id: 'weight', label: 'Weight', kind: 'number', unit: 'gram', better: 'lower' },
          { id: 'foldable', label: 'Folds flat', kind: 'boolean' },
          { id: 'waterResistance', label: 'Water resistance', kind: 'text' },
        ],
      },
      {
        id: 'connectivity',
        label: 'Connectivity',
        attributes: [
          { id: 'bluetooth', label: 'Bluetooth version', kind: 'text' },
          { id: 'multipoint', label: 'Two devices at once', kind: 'boolean', better: 'higher' },
          { id: 'wired', label: 'Wired listening', kind: 'boolean' },
        ],
      },
    ],
  },
  {
    id: 'running-shoes',
    name: 'Running shoes',
    description: 'Road, trail and race-day running shoes in EU sizes 40–45 — compared on fit, ride and grip.',
    attributeGroups: [
      {
        id: 'fit',
        label: 'Fit',
        attributes: [
          { id: 'weight', label: 'Weight', kind: 'number', unit: 'gram', better: 'lower', description: 'One shoe, EU 42' },
          { id: 'drop', label: 'Heel-to-toe drop', kind: 'number', unit: 'millimeter' },
          { id: 'stackHeight', label: 'Heel stack height', kind: 'number', unit: 'millimeter' },
          { id: 'widths', label: 'Widths', kind: 'text' },
        ],
      },
      {
        id: 'ride',
        label: 'Ride',
        attributes: [
          { id: 'terrain', label: 'Terrain', kind: 'text' },
          { id: 'cushioning', label: 'Cushioning', kind: 'text' },
          { id: 'plate', label: 'Plate', kind: 'text' },
        ],
      },
      {
        id: 'grip',
        label: 'Grip & protection',
        attributes: [
          { id: 'lugDepth', label: 'Lug depth', kind: 'number', unit: 'millimeter', better: 'higher' },
          { id: 'waterproof', label: 'Waterproof membrane', kind: 'boolean' },
          { id: 'recycledUpper', label: 'Recycled upper', kind: 'boolean', better: 'higher' },
        ],
      },
    ],
  },
  {
    id: 'backpacks',
    name: 'Backpacks',
    description: 'Daypacks, commuter and travel backpacks — compared on capacity, weather protection and carry comfort.',
    attributeGroups: [
      {
        id: 'capacity',
        label: 'Capacity',
        attributes: [
          { id: 'volume', label: 'Volume', kind: 'number', unit: 'liter', better: 'higher' },
          { id: 'weight', label: 'Weight', kind: 'number', unit: 'gram', better: 'lower' },
          { id: 'laptopSize', label: 'Largest laptop', kind: 'number', unit: 'inch', better: 'higher' },
          { id: 'dimensions', label: 'Dimensions', kind: 'text', description: 'Height × width × depth' },
        ],
      },
      {
        id: 'protection',
        label: 'Weather protection',
        attributes: [
          { id: 'material', label: 'Main fabric', kind: 'text' },
          { id: 'waterResistance', label: 'Water resistance', kind: 'text' },
          { id: 'rainCover', label: 'Rain cover included', kind: 'boolean', better: 'higher' },
        ],
      },
      {
        id: 'carry',
        label: 'Carry',
        attributes: [
          { id: 'hipBelt', label: 'Padded hip belt', kind: 'boolean' },
          { id: 'ventilatedBack', label: 'Ventilated back panel', kind: 'boolean', better: 'higher' },
          { id: 'hydration', label: 'Hydration sleeve', kind: 'boolean' },
          { id: 'carryOn', label: 'Cabin-bag size', kind: 'boolean', description: 'Fits most airlines’ 55 × 40 × 20 cm limit' },
        ],
      },
    ],
  },
]

/** A colourway: the key names the image file, the label is the variant (or colour) shown to shoppers. */
interface Colour {
  key: string
  label: string
}

const C = {
  black: { key: 'black', label: 'Midnight black' },
  sand: { key: 'sand', label: 'Sand' },
  navy: { key: 'navy', label: 'Navy' },
  stone: { key: 'stone', label: 'Stone grey' },
  forest: { key: 'forest', label: 'Forest green' },
  coral: { key: 'coral', label: 'Coral' },
  blue: { key: 'blue', label: 'Glacier blue' },
  white: { key: 'white', label: 'Chalk white' },
  sage: { key: 'sage', label: 'Sage' },
  graphite: { key: 'graphite', label: 'Graphite' },
  slate: { key: 'slate', label: 'Slate' },
  rust: { key: 'rust', label: 'Rust' },
  olive: { key: 'olive', label: 'Olive' },
  mustard: { key: 'mustard', label: 'Mustard' },
  red: { key: 'red', label: 'Summit red' },
  teal: { key: 'teal', label: 'Teal' },
  tan: { key: 'tan', label: 'Tan' },
  orange: { key: 'orange', label: 'Ember orange' },
} satisfies Record<string, Colour>

interface ProductSpec {
  key: string
  categoryId: string
  name: string
  brand: string
  description: string
  price: number
  compareAt?: number
  attributes: SeedProduct['attributes']
  /** Reviews generated for this product (4–20) and how well it is liked. */
  reviews: { count: number; mood: Mood }
}

/** A colour-variant product (headphones, backpacks): one variant and one image per colour. */
function colourProduct(spec: ProductSpec, colours: Array<[Colour, number]>, noun: string): SeedProduct {
  return {
    ...base(spec),
    images: colours.map(([colour]) => image(spec.key, colour.key, `${spec.name} ${noun} in ${colour.label.toLowerCase()}`)),
    variants: colours.map(([colour, stock]) => ({ id: `${spec.key}-${colour.key}`, label: colour.label, stock })),
  }
}

const SHOE_SIZES = [40, 41, 42, 43, 44, 45] as const

/** A running shoe in one colourway: a side view and a pair view, one variant per EU size. */
function shoe(spec: ProductSpec, colour: Colour, stockBySize: readonly number[]): SeedProduct {
  return {
    ...base(spec),
    images: [
      image(spec.key, colour.key, `${spec.name} running shoe in ${colour.label.toLowerCase()}, side view`),
      image(spec.key, `${colour.key}-pair`, `A pair of ${spec.name} running shoes in ${colour.label.toLowerCase()}`),
    ],
    variants: SHOE_SIZES.map((size, index) => ({ id: `${spec.key}-eu${size}`, label: `EU ${size}`, stock: stockBySize[index] ?? 0 })),
  }
}

function base(spec: ProductSpec): Omit<SeedProduct, 'images' | 'variants'> {
  return {
    id: spec.key,
    slug: spec.key,
    categoryId: spec.categoryId,
    name: spec.name,
    brand: spec.brand,
    description: spec.description,
    price: spec.price,
    ...(spec.compareAt ? { compareAt: spec.compareAt } : {}),
    attributes: spec.attributes,
  }
}

function image(productKey: string, variantKey: string, alt: string): SeedImage {
  return { src: `/images/${productKey}-${variantKey}.svg`, alt }
}

type Mood = 'loved' | 'liked' | 'mixed'

// Product ids double as slugs: short, readable and stable in /compare?ids=… links.
const SPECS = {
  aurora5: {
    key: 'aurora-5',
    categoryId: 'headphones',
    name: 'Aurora 5',
    brand: 'Halden Audio',
    description:
      'Our best over-ear noise cancelling: adaptive ANC that tunes itself to the train, the plane or the open-plan office, 30 hours of battery and memory-foam cushions you can wear through a long-haul flight.',
    price: 34900,
    compareAt: 39900,
    attributes: { driverSize: 40, noiseCancelling: true, transparencyMode: true, codecs: 'LDAC, AAC, SBC', batteryLife: 30, chargeTime: 120, quickCharge: '10 min → 5 h', fit: 'Over-ear', weight: 254, foldable: true, waterResistance: null, bluetooth: '5.3', multipoint: true, wired: true },
    reviews: { count: 20, mood: 'loved' },
  },
  aurora3: {
    key: 'aurora-3',
    categoryId: 'headphones',
    name: 'Aurora 3',
    brand: 'Halden Audio',
    description:
      'The Aurora sound and noise cancelling at a friendlier price: 40 hours of battery, a warm, detailed tuning and a fold-flat frame that slips into a laptop bag.',
    price: 19900,
    attributes: { driverSize: 40, noiseCancelling: true, transparencyMode: true, codecs: 'AAC, SBC', batteryLife: 40, chargeTime: 150, quickCharge: '10 min → 3 h', fit: 'Over-ear', weight: 268, foldable: true, waterResistance: null, bluetooth: '5.2', multipoint: false, wired: true },
    reviews: { count: 14, mood: 'liked' },
  },
  drift: {
    key: 'drift-anc',
    categoryId: 'headphones',
    name: 'Drift ANC',
    brand: 'Sonora',
    description:
      'Soft, light over-ears with a relaxed clamp for all-day wear at a desk. Hybrid noise cancelling, multipoint pairing and a clear boom-less microphone for calls.',
    price: 27900,
    attributes: { driverSize: 38, noiseCancelling: true, transparencyMode: true, codecs: 'aptX Adaptive, AAC, SBC', batteryLife: 35, chargeTime: 110, quickCharge: '5 min → 2 h', fit: 'Over-ear', weight: 239, foldable: false, waterResistance: null, bluetooth: '5.3', multipoint: true, wired: true },
    reviews: { count: 11, mood: 'liked' },
  },
  studioPro: {
    key: 'studio-pro',
    categoryId: 'headphones',
    name: 'Studio Pro',
    brand: 'Sonora',
    description:
      'Large 50 mm drivers and a neutral, reference-style tuning for people who listen closely. Replaceable velour pads and a detachable cable for wired sessions.',
    price: 39900,
    attributes: { driverSize: 50, noiseCancelling: true, transparencyMode: false, codecs: 'LDAC, aptX HD, AAC, SBC', batteryLife: 25, chargeTime: 180, quickCharge: null, fit: 'Over-ear', weight: 320, foldable: false, waterResistance: null, bluetooth: '5.2', multipoint: true, wired: true },
    reviews: { count: 7, mood: 'loved' },
  },
  trailBuds: {
    key: 'trail-buds',
    categoryId: 'headphones',
    name: 'Trail Buds',
    brand: 'Kestrel',
    description:
      'Sweat- and rain-proof earbuds with wing tips that stay put on rough descents. An ambient mode keeps you aware of cyclists and cars on shared paths.',
    price: 12900,
    compareAt: 14900,
    attributes: { driverSize: 10, noiseCancelling: true, transparencyMode: true, codecs: 'AAC, SBC', batteryLife: 8, chargeTime: 60, quickCharge: '10 min → 1 h', fit: 'In-ear', weight: 6, foldable: null, waterResistance: 'IPX5', bluetooth: '5.3', multipoint: false, wired: false },
    reviews: { count: 16, mood: 'liked' },
  },
  openRun: {
    key: 'open-run',
    categoryId: 'headphones',
    name: 'Open Run',
    brand: 'Kestrel',
    description:
      'Open-ear headphones that sit in front of your ears instead of in them, so you hear traffic, your running partner and your music at the same time.',
    price: 9900,
    attributes: { driverSize: null, noiseCancelling: false, transparencyMode: null, codecs: 'SBC', batteryLife: 10, chargeTime: 90, quickCharge: null, fit: 'Open-ear', weight: 28, foldable: null, waterResistance: 'IP67', bluetooth: '5.3', multipoint: true, wired: false },
    reviews: { count: 9, mood: 'mixed' },
  },
  nomad: {
    key: 'nomad',
    categoryId: 'headphones',
    name: 'Nomad',
    brand: 'Fjord Sound',
    description:
      'Compact on-ear headphones with a battery that simply does not quit — 55 hours — and a folding frame for weekend bags. No noise cancelling, no fuss.',
    price: 8900,
    compareAt: 10900,
    attributes: { driverSize: 32, noiseCancelling: false, transparencyMode: false, codecs: 'AAC, SBC', batteryLife: 55, chargeTime: 120, quickCharge: '10 min → 4 h', fit: 'On-ear', weight: 182, foldable: true, waterResistance: null, bluetooth: '5.1', multipoint: false, wired: true },
    reviews: { count: 12, mood: 'mixed' },
  },
  pebble: {
    key: 'pebble-anc',
    categoryId: 'headphones',
    name: 'Pebble ANC',
    brand: 'Fjord Sound',
    description:
      'Pocketable noise-cancelling earbuds in a pebble-smooth charging case. Three sizes of ear tips, wireless charging and six hours per charge.',
    price: 14900,
    attributes: { driverSize: 11, noiseCancelling: true, transparencyMode: true, codecs: 'AAC, SBC', batteryLife: 6, chargeTime: 70, quickCharge: '5 min → 1 h', fit: 'In-ear', weight: 5, foldable: null, waterResistance: 'IPX4', bluetooth: '5.3', multipoint: true, wired: false },
    reviews: { count: 10, mood: 'liked' },
  },

  tempoGlide: {
    key: 'tempo-glide',
    categoryId: 'running-shoes',
    name: 'Tempo Glide',
    brand: 'Stride Lab',
    description:
      'A daily road trainer with a lively, balanced foam that handles easy miles and Thursday intervals alike. Engineered mesh upper made from recycled yarn.',
    price: 13900,
    compareAt: 15900,
    attributes: { weight: 258, drop: 8, stackHeight: 36, widths: 'Regular, Wide', terrain: 'Road', cushioning: 'Balanced', plate: null, lugDepth: null, waterproof: false, recycledUpper: true },
    reviews: { count: 18, mood: 'loved' },
  },
  carbonRush: {
    key: 'carbon-rush',
    categoryId: 'running-shoes',
    name: 'Carbon Rush',
    brand: 'Stride Lab',
    description:
      'Race-day shoe with a full-length carbon plate and a bouncy PEBA midsole. Built for 10 km to marathon PBs, not for everyday wear.',
    price: 22900,
    attributes: { weight: 199, drop: 8, stackHeight: 39.5, widths: 'Regular', terrain: 'Road', cushioning: 'Max', plate: 'Carbon', lugDepth: null, waterproof: false, recycledUpper: false },
    reviews: { count: 8, mood: 'loved' },
  },
  ridgeline: {
    key: 'ridgeline-gtx',
    categoryId: 'running-shoes',
    name: 'Ridgeline GTX',
    brand: 'Trailhead',
    description:
      'A waterproof trail shoe for wet autumns: membrane-lined upper, 5 mm lugs that bite into mud and a rock plate for stony paths.',
    price: 16900,
    attributes: { weight: 318, drop: 6, stackHeight: 30, widths: 'Regular', terrain: 'Trail', cushioning: 'Firm', plate: 'Rock plate', lugDepth: 5, waterproof: true, recycledUpper: false },
    reviews: { count: 13, mood: 'liked' },
  },
  scree: {
    key: 'scree-2',
    categoryId: 'running-shoes',
    name: 'Scree 2',
    brand: 'Trailhead',
    description:
      'Light, nimble trail shoe with a precise fit for technical terrain. Sticky rubber, 4 mm lugs and a quick-drying upper that sheds water at stream crossings.',
    price: 14900,
    compareAt: 16900,
    attributes: { weight: 276, drop: 4, stackHeight: 27, widths: 'Regular', terrain: 'Trail', cushioning: 'Firm', plate: null, lugDepth: 4, waterproof: false, recycledUpper: true },
    reviews: { count: 10, mood: 'liked' },
  },
  pulse: {
    key: 'pulse',
    categoryId: 'running-shoes',
    name: 'Pulse',
    brand: 'Vektor',
    description:
      'A light, low-profile trainer for faster sessions and parkrun. Firm and responsive, with a roomy toe box and a nylon plate for snappy toe-offs.',
    price: 11900,
    attributes: { weight: 221, drop: 6, stackHeight: 30, widths: 'Regular', terrain: 'Road', cushioning: 'Firm', plate: 'Nylon', lugDepth: null, waterproof: false, recycledUpper: null },
    reviews: { count: 6, mood: 'mixed' },
  },
  cloudline: {
    key: 'cloudline-max',
    categoryId: 'running-shoes',
    name: 'Cloudline Max',
    brand: 'Vektor',
    description:
      'Maximum cushioning for long, slow runs and recovery days. A wide, stable base and a rocker shape that rolls you forward when the legs are tired.',
    price: 15900,
    attributes: { weight: 295, drop: 5, stackHeight: 42, widths: 'Regular, Wide', terrain: 'Road', cushioning: 'Max', plate: null, lugDepth: null, waterproof: false, recycledUpper: true },
    reviews: { count: 15, mood: 'loved' },
  },
  everyday: {
    key: 'everyday-runner',
    categoryId: 'running-shoes',
    name: 'Everyday Runner',
    brand: 'Pace & Co',
    description:
      'The honest first running shoe: comfortable out of the box, durable rubber where you wear through it, and a price that leaves room for a race entry.',
    price: 9900,
    compareAt: 11900,
    attributes: { weight: 272, drop: 10, stackHeight: 33, widths: 'Regular, Wide, Extra wide', terrain: 'Road', cushioning: 'Balanced', plate: null, lugDepth: null, waterproof: false, recycledUpper: false },
    reviews: { count: 20, mood: 'liked' },
  },
  forestLoop: {
    key: 'forest-loop',
    categoryId: 'running-shoes',
    name: 'Forest Loop',
    brand: 'Pace & Co',
    description:
      'A road-to-trail hybrid for runs that start on pavement and end in the woods. Shallow 3 mm lugs grip gravel without feeling clumsy on tarmac.',
    price: 12900,
    attributes: { weight: 284, drop: 8, stackHeight: 32, widths: 'Regular', terrain: 'Road to trail', cushioning: 'Balanced', plate: null, lugDepth: 3, waterproof: false, recycledUpper: true },
    reviews: { count: 5, mood: 'mixed' },
  },

  daypack: {
    key: 'daypack-22',
    categoryId: 'backpacks',
    name: 'Daypack 22',
    brand: 'Northwind',
    description:
      'Our own everyday hiking pack: 22 litres, a ventilated mesh back, hip-belt pockets for snacks and a stowable rain cover for when the forecast was wrong.',
    price: 8900,
    attributes: { volume: 22, weight: 780, laptopSize: null, dimensions: '50 × 28 × 20 cm', material: 'Recycled ripstop nylon', waterResistance: 'Water-repellent coating', rainCover: true, hipBelt: true, ventilatedBack: true, hydration: true, carryOn: true },
    reviews: { count: 17, mood: 'loved' },
  },
  commuter: {
    key: 'commuter-28',
    categoryId: 'backpacks',
    name: 'Commuter 28',
    brand: 'Northwind',
    description:
      'A clean, structured bike-and-train pack with a padded 16-inch laptop compartment, a clamshell main opening and reflective details for dark winter mornings.',
    price: 12900,
    compareAt: 14900,
    attributes: { volume: 28, weight: 1150, laptopSize: 16, dimensions: '48 × 31 × 18 cm', material: 'Recycled polyester 600D', waterResistance: 'Water-resistant, sealed zips', rainCover: false, hipBelt: false, ventilatedBack: false, hydration: false, carryOn: true },
    reviews: { count: 14, mood: 'liked' },
  },
  rolltop: {
    key: 'roll-top-25',
    categoryId: 'backpacks',
    name: 'Roll-top 25',
    brand: 'Alder & Pine',
    description:
      'A fully waterproof roll-top made from welded tarpaulin — cycling through a downpour, your laptop stays dry. Expands from 20 to 25 litres when you roll it out.',
    price: 10900,
    attributes: { volume: 25, weight: 950, laptopSize: 15, dimensions: '55 × 30 × 15 cm', material: 'PVC-free tarpaulin', waterResistance: 'Waterproof (welded seams)', rainCover: false, hipBelt: false, ventilatedBack: false, hydration: false, carryOn: true },
    reviews: { count: 12, mood: 'liked' },
  },
  weekender: {
    key: 'canvas-weekender',
    categoryId: 'backpacks',
    name: 'Canvas Weekender',
    brand: 'Alder & Pine',
    description:
      'Waxed cotton canvas and leather trims that age beautifully. Big enough for two nights away, with a separate shoe pocket at the bottom.',
    price: 13900,
    attributes: { volume: 30, weight: 1400, laptopSize: 15, dimensions: '52 × 34 × 19 cm', material: 'Waxed cotton canvas', waterResistance: 'Showerproof wax', rainCover: false, hipBelt: false, ventilatedBack: false, hydration: null, carryOn: true },
    reviews: { count: 8, mood: 'mixed' },
  },
  ascent: {
    key: 'ascent-40',
    categoryId: 'backpacks',
    name: 'Ascent 40',
    brand: 'Summit Supply',
    description:
      'A hut-to-hut trekking pack with an aluminium frame that moves the load to your hips, an adjustable back length and a floating lid for the small things.',
    price: 18900,
    attributes: { volume: 40, weight: 1450, laptopSize: null, dimensions: '68 × 32 × 24 cm', material: 'Robic nylon 210D', waterResistance: 'Water-repellent coating', rainCover: true, hipBelt: true, ventilatedBack: true, hydration: true, carryOn: false },
    reviews: { count: 11, mood: 'loved' },
  },
  ridge: {
    key: 'ridge-30',
    categoryId: 'backpacks',
    name: 'Ridge 30',
    brand: 'Summit Supply',
    description:
      'Fast-and-light day pack for big mountain days: stretch side pockets for bottles, ice-axe loops and a suspended mesh back that keeps the sweat down.',
    price: 15900,
    compareAt: 17900,
    attributes: { volume: 30, weight: 990, laptopSize: null, dimensions: '58 × 29 × 22 cm', material: 'Ripstop nylon 100D', waterResistance: 'Water-repellent coating', rainCover: true, hipBelt: true, ventilatedBack: true, hydration: true, carryOn: true },
    reviews: { count: 9, mood: 'liked' },
  },
  travel: {
    key: 'travel-carry-on-35',
    categoryId: 'backpacks',
    name: 'Travel Carry-on 35',
    brand: 'Rova',
    description:
      'A suitcase-style backpack that opens flat for packing, with stowable shoulder straps and a lockable laptop compartment. Sized for cabin luggage.',
    price: 16900,
    attributes: { volume: 35, weight: 1380, laptopSize: 16, dimensions: '55 × 35 × 20 cm', material: 'Recycled polyester 900D', waterResistance: 'Water-resistant', rainCover: false, hipBelt: false, ventilatedBack: false, hydration: false, carryOn: true },
    reviews: { count: 19, mood: 'loved' },
  },
  sling: {
    key: 'city-sling-8',
    categoryId: 'backpacks',
    name: 'City Sling 8',
    brand: 'Rova',
    description:
      'A small cross-body sling for phone, wallet, keys and a tablet. Wear it on your back, your chest or your hip — the strap swaps sides in a second.',
    price: 4900,
    attributes: { volume: 8, weight: 420, laptopSize: 11, dimensions: '38 × 22 × 9 cm', material: 'Nylon 420D', waterResistance: 'Water-repellent coating', rainCover: false, hipBelt: null, ventilatedBack: false, hydration: null, carryOn: true },
    reviews: { count: 4, mood: 'mixed' },
  },
} satisfies Record<string, ProductSpec>

export const PRODUCTS: SeedProduct[] = [
  colourProduct(SPECS.aurora5, [[C.black, 24], [C.sand, 2]], 'headphones'),
  colourProduct(SPECS.aurora3, [[C.black, 31], [C.navy, 12]], 'headphones'),
  colourProduct(SPECS.drift, [[C.stone, 9], [C.forest, 3]], 'headphones'),
  colourProduct(SPECS.studioPro, [[C.graphite, 0]], 'headphones'),
  colourProduct(SPECS.trailBuds, [[C.black, 40], [C.coral, 7]], 'earbuds'),
  colourProduct(SPECS.openRun, [[C.stone, 15], [C.blue, 1]], 'headphones'),
  colourProduct(SPECS.nomad, [[C.white, 22], [C.black, 18], [C.sage, 5]], 'headphones'),
  colourProduct(SPECS.pebble, [[C.white, 28], [C.black, 0]], 'earbuds'),

  shoe(SPECS.tempoGlide, C.blue, [6, 12, 15, 14, 9, 4]),
  shoe(SPECS.carbonRush, C.orange, [2, 5, 8, 6, 0, 3]),
  shoe(SPECS.ridgeline, C.forest, [4, 7, 9, 9, 6, 2]),
  shoe(SPECS.scree, C.red, [3, 6, 6, 5, 4, 1]),
  shoe(SPECS.pulse, C.black, [5, 8, 10, 10, 7, 5]),
  shoe(SPECS.cloudline, C.white, [7, 11, 13, 12, 10, 6]),
  shoe(SPECS.everyday, C.navy, [10, 14, 18, 18, 12, 8]),
  shoe(SPECS.forestLoop, C.sage, [1, 4, 6, 5, 3, 2]),

  colourProduct(SPECS.daypack, [[C.slate, 26], [C.rust, 11]], 'backpack'),
  colourProduct(SPECS.commuter, [[C.black, 19], [C.olive, 8]], 'backpack'),
  colourProduct(SPECS.rolltop, [[C.mustard, 14], [C.black, 16], [C.navy, 2]], 'backpack'),
  colourProduct(SPECS.weekender, [[C.olive, 6], [C.tan, 4]], 'backpack'),
  colourProduct(SPECS.ascent, [[C.red, 9], [C.slate, 7]], 'backpack'),
  colourProduct(SPECS.ridge, [[C.blue, 10], [C.black, 3]], 'backpack'),
  colourProduct(SPECS.travel, [[C.black, 21], [C.sand, 9]], 'backpack'),
  colourProduct(SPECS.sling, [[C.black, 30], [C.teal, 12]], 'sling'),
]

// ---------------------------------------------------------------------------------------------
// Reviews: phrases per category combined by a seeded random generator, so the seed is stable.

interface ReviewPhrases {
  /** What people praise, one sentence each. */
  praise: string[]
  /** Where and how they use it. */
  context: string[]
  /** Small complaints in otherwise good reviews. */
  caveat: string[]
  /** Real problems, for low ratings. */
  problem: string[]
  /** A customer photo of the product in use. */
  photo: SeedImage
}

const PHRASES: Record<string, ReviewPhrases> = {
  headphones: {
    praise: [
      'The noise cancelling is genuinely good — the hum of the office air conditioning just disappears.',
      'Battery life is ridiculous. I charge them maybe once a week with daily commuting.',
      'Sound is warm without being muddy; the bass is there but never drowns out vocals.',
      'Light enough that I forget I am wearing them during long video calls.',
      'Switching between my laptop and my phone works without any fiddling, which I did not expect.',
      'Call quality is clear — colleagues said I sound better than on my old headset.',
      'The default tuning is already spot on for podcasts and audiobooks, I never touched the EQ.',
      'Pairing took ten seconds and they reconnect instantly every morning.',
      'Build quality feels solid, the hinges have no creaks at all.',
      'They stay in place even when I shake my head, no adjusting every five minutes.',
      'Plenty of detail in acoustic tracks, I keep hearing things in albums I thought I knew.',
    ],
    context: [
      'I use them on a 40-minute train commute every day.',
      'Bought them for a long-haul flight to Singapore and they earned their price on the first leg.',
      'Mostly for working from home with two kids around.',
      'I wear them on every run, three times a week.',
      'Used them for a month now, at the gym and in the office.',
      'Got them as a birthday present from my partner.',
      'They replaced a pair I had for five years.',
      'I listen to a lot of jazz and classical, so I am picky about sound.',
      'I cycle to work and wanted something for the ride home.',
    ],
    caveat: [
      'The ear pads get a little warm after a couple of hours.',
      'Touch controls are a bit too sensitive; I have paused the music just by adjusting my hair.',
      'I wish the case had a magnetic lid.',
      'The app wants you to create an account, which feels unnecessary.',
      'Clamping force is firm for the first week before it loosens up.',
      'Wind noise is noticeable when cycling.',
      'The voice prompts are loud and cannot be turned down.',
    ],
    problem: [
      'The left side started crackling after six weeks.',
      'Bluetooth kept dropping whenever my phone was in my back pocket.',
      'Far too tight for my head, I got a headache after an hour.',
      'The noise cancelling creates a pressure feeling in my ears that I could not get used to.',
      'Battery life is nowhere near the advertised figure with noise cancelling on.',
    ],
    photo: { src: '/images/review-headphones-desk.svg', alt: 'Customer photo: the headphones resting on a desk next to a laptop' },
  },
  'running-shoes': {
    praise: [
      'Comfortable straight out of the box, no break-in needed.',
      'The foam feels bouncy on tempo runs but still protective at the end of a long run.',
      'True to size for me — I took my usual EU 42 and it fits perfectly.',
      'Grip on wet cobblestones is far better than my previous pair.',
      'The heel lockdown is excellent, no slipping even on steep climbs.',
      'After 400 km the outsole barely shows any wear.',
      'The toe box is roomy enough that my toes can splay, which helps my bunion.',
      'Breathable upper — my feet stayed cool during a 25-degree half marathon.',
      'Ran a 4-minute PB at my local 10 km in them.',
      'They feel light and fast without being unstable on corners.',
      'Laces stay tied, which sounds trivial until you have owned a pair that does not.',
    ],
    context: [
      'I run about 40 km a week, mostly on roads and park paths.',
      'Training for my first marathon in the spring.',
      'I use them for parkrun every Saturday and two easy runs during the week.',
      'Bought them for trail runs in the hills behind our house.',
      'I am a heavier runner (95 kg) and need shoes that hold up.',
      'Coming back from a calf injury, so cushioning matters to me.',
      'Mostly treadmill in winter and canal paths in summer.',
      'I run with a club twice a week, intervals on Tuesdays.',
    ],
    caveat: [
      'They run slightly narrow, so wide feet might want the wide version.',
      'The tongue is thin and I can feel the laces if I pull them tight.',
      'The white parts got dirty very quickly.',
      'A bit stiff for the first 20 km.',
      'The insole slides a little; a drop of glue fixed it.',
      'Not the prettiest shoe, but I did not buy them for looks.',
    ],
    problem: [
      'The upper tore near the little toe after only 150 km.',
      'Sizing is off — I had to return them and go a full size up.',
      'Gave me blisters on both heels on every run longer than 10 km.',
      'Slippery on wet rocks, which is a problem for a trail shoe.',
      'The foam felt flat after a couple of months.',
    ],
    photo: { src: '/images/review-shoes-trail.svg', alt: 'Customer photo: running shoes on a muddy forest trail' },
  },
  backpacks: {
    praise: [
      'Fits everything I need for a full day without looking bulky.',
      'The back panel keeps my shirt noticeably less sweaty on warm days.',
      'The laptop sleeve is well padded and sits off the bottom, so it is protected when I drop the bag.',
      'Zips run smoothly and the fabric shrugged off a proper downpour.',
      'Lots of small pockets, so my keys and charger are never lost at the bottom.',
      'Comfortable even fully loaded; the shoulder straps are nicely shaped.',
      'Looks smart enough for client meetings, not just the trail.',
      'Opens wide, so packing and finding things is easy.',
      'Feels tough — it has been thrown in car boots and under plane seats without a mark.',
      'The hip belt actually takes weight off my shoulders on long hikes.',
    ],
    context: [
      'I cycle 12 km to work every day with it.',
      'Took it on a week of hut-to-hut hiking in the Dolomites.',
      'I use it as my only bag for weekend city trips.',
      'Bought it for school runs and day trips with two small children.',
      'I travel for work twice a month, mostly with budget airlines.',
      'Used it daily for about three months now.',
      'My old bag finally fell apart after eight years, so the bar was high.',
    ],
    caveat: [
      'The side bottle pockets are a little tight for a 1-litre bottle.',
      'I wish there were a small key clip inside the top pocket.',
      'The colour is slightly darker than in the photos.',
      'Without a hip belt it gets heavy on longer walks.',
      'The chest strap slides up a bit too easily.',
      'It is heavier than it looks when empty.',
    ],
    problem: [
      'One of the zip pullers broke off within the first month.',
      'Water got in through the front pocket in steady rain.',
      'The shoulder straps dig in with anything heavier than a laptop.',
      'Much smaller inside than the listed volume suggests.',
      'The stitching on the grab handle started coming loose.',
    ],
    photo: { src: '/images/review-backpack-mountain.svg', alt: 'Customer photo: a backpack on a rock with mountains in the background' },
  },
}

const TITLES: Record<SeedReview['rating'], string[]> = {
  5: ['Best purchase this year', 'Exactly what I hoped for', 'Worth every cent', 'Brilliant all-rounder', 'Could not be happier', 'Second pair, still love them', 'Highly recommended', 'Better than expected'],
  4: ['Very good, one small gripe', 'Great, with minor niggles', 'Happy overall', 'Solid choice', 'Almost perfect', 'Does the job really well'],
  3: ['Decent but not amazing', 'Okay for the price', 'Mixed feelings', 'Good, not great'],
  2: ['Disappointing', 'Expected more', 'Not for me'],
  1: ['Returned it', 'Stopped working', 'Would not buy again'],
}

const CLOSERS = [
  'Would buy the {name} again.',
  'Already recommended the {name} to two friends.',
  'For the price, hard to beat.',
  'Delivery was quick too, arrived in two days.',
  'Very happy with it.',
  '{brand} clearly thought about the details.',
]

const MERCHANT_REPLIES = [
  'Sorry to hear that, {first}. This is covered by our two-year warranty — reply to your order confirmation and we will send a replacement straight away. — Lena, Northwind customer care',
  'Thank you for the honest review, {first}. We have passed your notes on to {brand}; if you would like to exchange it, returns are free within 30 days. — Jonas, Northwind',
  'Thanks for taking the time to write this, {first}. Our team has emailed you about a free exchange. — Northwind customer care',
]

const REVIEWERS = [
  'Maja K.', 'Tom R.', 'Sofia L.', 'Jonas W.', 'Emma D.', 'Lukas B.', 'Chiara M.', 'Pieter V.', 'Anna S.', 'Oliver H.',
  'Ines F.', 'Mateo G.', 'Hannah P.', 'Noah J.', 'Léa C.', 'Finn O.', 'Sara N.', 'Elias T.', 'Marta Z.', 'Daniel E.',
  'Freya A.', 'Ravi P.', 'Julia K.', 'Hugo M.', 'Nora L.', 'Ben C.', 'Amira H.', 'Tobias F.', 'Clara V.', 'Mikkel S.',
]

/** Rating weights for 5…1 stars by how well a product is liked. */
const MOODS: Record<Mood, readonly number[]> = {
  loved: [0.68, 0.22, 0.06, 0.02, 0.02],
  liked: [0.45, 0.33, 0.12, 0.06, 0.04],
  mixed: [0.28, 0.3, 0.22, 0.12, 0.08],
}

/** mulberry32: a tiny seeded PRNG, so the generated reviews are the same on every seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generateReviews(): SeedReview[] {
  const random = seededRandom(20260101)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const pickTwo = <T>(list: readonly T[]): [T, T] => {
    const first = Math.floor(random() * list.length)
    const second = (first + 1 + Math.floor(random() * (list.length - 1))) % list.length
    return [list[first]!, list[second]!]
  }
  const specs: ProductSpec[] = Object.values(SPECS)
  const reviews: SeedReview[] = []
  const yearStart = Date.UTC(2026, 0, 3)
  const yearSpan = Date.UTC(2026, 10, 18) - yearStart

  for (const spec of specs) {
    const product = PRODUCTS.find((candidate) => candidate.id === spec.key)!
    const phrases = PHRASES[spec.categoryId]!
    const fill = (text: string, first = '') => text.replace('{name}', spec.name).replace('{brand}', spec.brand).replace('{first}', first)
    for (let index = 0; index < spec.reviews.count; index++) {
      const rating = drawRating(random(), MOODS[spec.reviews.mood])
      const author = pick(REVIEWERS)
      const [praise, otherPraise] = pickTwo(phrases.praise)
      const [caveat, otherCaveat] = pickTwo(phrases.caveat)
      const sentences =
        rating === 5
          ? [pick(phrases.context), praise, otherPraise, random() < 0.5 ? fill(pick(CLOSERS)) : '']
          : rating === 4
            ? [pick(phrases.context), praise, caveat]
            : rating === 3
              ? [praise, caveat, otherCaveat]
              : rating === 2
                ? [pick(phrases.context), pick(phrases.problem), caveat]
                : [pick(phrases.problem), 'Sent it back for a refund.']
      const verified = random() < 0.72
      const withPhoto = rating >= 4 && random() < 0.12
      const replied = (rating <= 2 && random() < 0.7) || (rating === 3 && random() < 0.3)
      reviews.push({
        id: `rv-${spec.key}-${String(index + 1).padStart(2, '0')}`,
        productId: spec.key,
        rating,
        title: pick(TITLES[rating]),
        body: sentences.filter(Boolean).join(' '),
        authorName: author,
        verified,
        ...(verified ? { variantLabel: pick(product.variants).label } : {}),
        photos: withPhoto ? [phrases.photo] : [],
        // The warranty reply answers a defect (1–2 stars); a lukewarm review gets a thank-you.
        ...(replied ? { merchantReply: fill(rating <= 2 ? pick(MERCHANT_REPLIES) : pick(MERCHANT_REPLIES.slice(1)), author.split(' ')[0]) } : {}),
        helpfulCount: Math.floor(random() ** 2.5 * 42),
        createdAt: new Date(yearStart + Math.floor(random() * yearSpan)).toISOString(),
      })
    }
  }
  return reviews
}

function drawRating(roll: number, weights: readonly number[]): SeedReview['rating'] {
  let cumulative = 0
  for (const [index, weight] of weights.entries()) {
    cumulative += weight
    if (roll < cumulative) return (5 - index) as SeedReview['rating']
  }
  return 1
}

export const REVIEWS: SeedReview[] = generateReviews()

export const COUPONS: SeedCoupon[] = [
  { code: 'WELCOME10', kind: 'percent', value: 10 },
  { code: 'FREESHIP', kind: 'free_shipping', value: 0, minSubtotal: 5000 },
  { code: 'SUMMER5', kind: 'fixed', value: 500, expiresAt: '2026-09-01T00:00:00.000Z' },
]
