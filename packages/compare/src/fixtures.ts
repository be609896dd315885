// Realistic data shared by the tests, the stories and the benchmark. Not part of the package's API.
import type { AttributeGroup, ComparisonProduct } from './comparison-table/types'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

// Inline pictures, so stories and tests never need the network.
const picture = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="8" fill="#f4f4f5"/><path d="M16 38a16 16 0 0 1 32 0" fill="none" stroke="${color}" stroke-width="5"/><rect x="12" y="34" width="9" height="16" rx="3" fill="${color}"/><rect x="43" y="34" width="9" height="16" rx="3" fill="${color}"/></svg>`)}`

export const headphoneGroups: AttributeGroup[] = [
  {
    id: 'sound',
    label: 'Sound',
    attributes: [
      { id: 'driver', label: 'Driver size', kind: 'number', unit: 'millimeter', better: 'higher' },
      { id: 'frequency', label: 'Frequency response', kind: 'text' },
      { id: 'anc', label: 'Active noise cancelling', kind: 'boolean', better: 'higher' },
      { id: 'ldac', label: 'LDAC hi-res codec', kind: 'boolean', description: 'Streams up to 990 kbps from Android phones' },
    ],
  },
  {
    id: 'battery',
    label: 'Battery',
    attributes: [
      { id: 'battery', label: 'Battery life (ANC on)', kind: 'number', unit: 'hour', better: 'higher' },
      { id: 'charge', label: 'Full charge time', kind: 'number', unit: 'minute', better: 'lower' },
      { id: 'capacity', label: 'Battery capacity', kind: 'number', unit: 'mAh' },
    ],
  },
  {
    id: 'comfort',
    label: 'Comfort',
    attributes: [
      { id: 'weight', label: 'Weight', kind: 'number', unit: 'gram', better: 'lower' },
      { id: 'foldable', label: 'Folds flat', kind: 'boolean' },
      { id: 'comfortScore', label: 'Comfort (reviewers)', kind: 'rating', better: 'higher' },
    ],
  },
  {
    id: 'connectivity',
    label: 'Connectivity',
    attributes: [
      { id: 'bluetooth', label: 'Bluetooth', kind: 'text' },
      { id: 'multipoint', label: 'Multipoint pairing', kind: 'boolean', better: 'higher' },
      { id: 'cable', label: 'Spare cable price', kind: 'price', better: 'lower' },
    ],
  },
]

export const headphones: ComparisonProduct[] = [
  {
    id: 'hp-aurora-5',
    name: 'Northwind Aurora 5',
    href: '/products/northwind-aurora-5',
    image: { src: picture('#18181b'), alt: 'Black over-ear headphones with a matte finish' },
    price: eur(34900),
    compareAtPrice: eur(39900),
    rating: { value: 4.6, count: 212 },
    brand: 'Northwind',
    category: 'Headphones',
    values: {
      driver: 40,
      frequency: '4 Hz – 40 kHz',
      anc: true,
      ldac: true,
      battery: 30,
      charge: 180,
      capacity: 700,
      weight: 250,
      foldable: false,
      comfortScore: 4.5,
      bluetooth: '5.3',
      multipoint: true,
      cable: eur(1990),
    },
  },
  {
    id: 'hp-kestrel-studio',
    name: 'Kestrel Studio Pro',
    href: '/products/kestrel-studio-pro',
    image: { src: picture('#a1a1aa'), alt: 'Silver headphones with walnut ear cups' },
    price: eur(29900),
    rating: { value: 4.3, count: 87 },
    brand: 'Kestrel',
    category: 'Headphones',
    values: {
      driver: 50,
      frequency: '10 Hz – 40 kHz',
      anc: true,
      ldac: false,
      battery: 24,
      charge: 120,
      capacity: 600,
      weight: 312,
      foldable: true,
      comfortScore: 4.1,
      bluetooth: '5.3',
      multipoint: true,
      cable: eur(2490),
    },
  },
  {
    id: 'hp-lumen-air-2',
    name: 'Lumen Air 2',
    href: '/products/lumen-air-2',
    image: { src: picture('#d4d4d8'), alt: 'White lightweight headphones' },
    price: eur(17900),
    rating: { value: 4.0, count: 1046 },
    brand: 'Lumen',
    category: 'Headphones',
    available: false,
    values: {
      driver: 40,
      frequency: '20 Hz – 20 kHz',
      anc: false,
      battery: 45,
      charge: 90,
      weight: 198,
      foldable: true,
      comfortScore: 4.4,
      bluetooth: '5.3',
      multipoint: false,
      // No LDAC, capacity or spare cable data from this brand: shown as "not available".
    },
  },
]

/** `products` columns × `attributes` rows (in groups of 10) of varied kinds, for load tests and the benchmark. */
export function largeComparison(products = 4, attributes = 60): { products: ComparisonProduct[]; groups: AttributeGroup[] } {
  const kinds = ['number', 'text', 'boolean', 'rating', 'price'] as const
  const groups: AttributeGroup[] = []
  for (let a = 0; a < attributes; a++) {
    if (a % 10 === 0) groups.push({ id: `group-${a / 10}`, label: `Specification group ${a / 10 + 1}`, attributes: [] })
    const kind = kinds[a % kinds.length]!
    groups[groups.length - 1]!.attributes.push({
      id: `attr-${a}`,
      label: `Attribute ${a + 1}`,
      kind,
      ...(kind === 'number' ? { unit: 'gram', better: 'lower' as const } : {}),
      ...(kind === 'rating' ? { better: 'higher' as const } : {}),
    })
  }
  const list = Array.from({ length: products }, (_, p): ComparisonProduct => {
    const values: ComparisonProduct['values'] = {}
    for (let a = 0; a < attributes; a++) {
      const kind = kinds[a % kinds.length]
      // Every third row is the same for all products, so "show differences only" hides rows.
      const same = a % 3 === 0
      const v = same ? 1 : p + 1
      values[`attr-${a}`] =
        kind === 'number' ? v * 100 : kind === 'text' ? `Variant ${v}` : kind === 'boolean' ? v % 2 === 0 : kind === 'rating' ? 3 + v / 4 : eur(v * 1000)
    }
    return { id: `sku-${p + 1}`, name: `Product ${p + 1}`, href: `/p/${p + 1}`, price: eur(10000 + p * 2500), values }
  })
  return { products: list, groups }
}
