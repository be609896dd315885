import { describe, expect, it, vi } from 'vitest'
import { headphoneGroups, headphones } from '../fixtures'
import { buildRow, buildSections, formerPrice, toItem, visibleProducts } from './comparison-rows'
import type { Attribute, ComparisonProduct } from './types'

const product = (id: string, values: ComparisonProduct['values']): ComparisonProduct => ({
  id,
  name: id,
  price: { amount: 1000, currency: 'EUR' },
  values,
})

function row(attribute: Attribute, ...values: ComparisonProduct['values'][string][]) {
  const products = values.map((value, index) => product(`p${index}`, { [attribute.id]: value }))
  return buildRow(attribute, products, (p) => p.values[attribute.id])
}

describe('buildRow', () => {
  it('marks the highest value best when higher is better', () => {
    const result = row({ id: 'battery', label: 'Battery', kind: 'number', better: 'higher' }, 30, 45, 24)
    expect(result.best).toEqual([false, true, false])
  })

  it('marks every product tied for the lowest value when lower is better', () => {
    const result = row({ id: 'weight', label: 'Weight', kind: 'number', better: 'lower' }, 198, 250, 198)
    expect(result.best).toEqual([true, false, true])
  })

  it('marks true best for a boolean where higher is better', () => {
    expect(row({ id: 'anc', label: 'ANC', kind: 'boolean', better: 'higher' }, true, false).best).toEqual([true, false])
  })

  it('compares prices by amount, but marks nothing across currencies', () => {
    const attribute: Attribute = { id: 'cable', label: 'Cable', kind: 'price', better: 'lower' }
    expect(row(attribute, { amount: 1990, currency: 'EUR' }, { amount: 2490, currency: 'EUR' }).best).toEqual([true, false])
    expect(row(attribute, { amount: 1990, currency: 'EUR' }, { amount: 2490, currency: 'USD' }).best).toEqual([false, false])
  })

  it('marks nothing when all values are equal, only one is present, or no direction is given', () => {
    expect(row({ id: 'a', label: 'A', kind: 'number', better: 'higher' }, 5, 5).best).toEqual([false, false])
    expect(row({ id: 'a', label: 'A', kind: 'number', better: 'higher' }, 5, null).best).toEqual([false, false])
    expect(row({ id: 'a', label: 'A', kind: 'number' }, 5, 7).best).toEqual([false, false])
    expect(row({ id: 'a', label: 'A', kind: 'text', better: 'higher' }, 'x', 'y').best).toEqual([false, false])
  })

  it('flags rows whose values are all present and equal, treating a missing value as different', () => {
    const attribute: Attribute = { id: 'bt', label: 'Bluetooth', kind: 'text' }
    expect(row(attribute, '5.3', '5.3').same).toBe(true)
    expect(row(attribute, '5.3', '5.2').same).toBe(false)
    expect(row(attribute, '5.3', undefined).same).toBe(false)
    expect(row({ id: 'c', label: 'C', kind: 'price' }, { amount: 1, currency: 'EUR' }, { amount: 1, currency: 'EUR' }).same).toBe(true)
  })

  it('shows a value of the wrong type as missing, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const result = row({ id: 'weight', label: 'Weight', kind: 'number', better: 'lower' }, '250 g', Number.NaN, 198)
    expect(result.values).toEqual([undefined, undefined, 198])
    expect(result.best).toEqual([false, false, false])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"weight" of product "p0" is not a valid number'))
  })
})

describe('buildSections', () => {
  it('builds one row per attribute in each group, in column order, missing values undefined', () => {
    const sections = buildSections(headphoneGroups, headphones)
    expect(sections.map((section) => section.rows.length)).toEqual([4, 3, 3, 3])
    const ldac = sections[0]!.rows[3]!
    expect(ldac.values).toEqual([true, false, undefined])
  })

  it('survives a product without values and a group without attributes', () => {
    const broken = { id: 'x', name: 'X', price: { amount: 1, currency: 'EUR' } } as ComparisonProduct
    const groups = [...headphoneGroups, { id: 'empty' } as never]
    const sections = buildSections(groups, [headphones[0]!, broken])
    expect(sections[0]!.rows[0]!.values).toEqual([40, undefined])
    expect(sections[4]!.rows).toEqual([])
  })
})

describe('visibleProducts', () => {
  it('drops removed products and duplicate ids, and keeps at most max with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const [a, b, c] = headphones as [ComparisonProduct, ComparisonProduct, ComparisonProduct]
    expect(visibleProducts([a, b, a, c], [], 4).map((p) => p.id)).toEqual([a.id, b.id, c.id])
    expect(visibleProducts([a, b, c], [b.id], 4).map((p) => p.id)).toEqual([a.id, c.id])
    expect(warn).not.toHaveBeenCalled()
    expect(visibleProducts([a, b, c], [], 2).map((p) => p.id)).toEqual([a.id, b.id])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('showing the first 2 of 3 products'))
  })
})

describe('formerPrice', () => {
  const price = { amount: 29900, currency: 'EUR' }
  it('returns a higher former price in the same currency', () => {
    expect(formerPrice({ ...product('a', {}), price, compareAtPrice: { amount: 39900, currency: 'EUR' } })).toEqual({ amount: 39900, currency: 'EUR' })
    expect(formerPrice({ ...product('a', {}), price })).toBeUndefined()
  })

  it('ignores an equal or lower one, another currency or invalid money, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const compareAtPrice of [price, { amount: 19900, currency: 'EUR' }, { amount: 39900, currency: 'USD' }, { amount: Number.NaN, currency: 'EUR' }]) {
      expect(formerPrice({ ...product('a', {}), price, compareAtPrice })).toBeUndefined()
    }
    expect(warn).toHaveBeenCalledTimes(4)
  })
})

describe('toItem', () => {
  it('describes a product as an event item of the comparison list', () => {
    expect(toItem(headphones[1]!, 1)).toEqual({
      id: 'hp-kestrel-studio',
      name: 'Kestrel Studio Pro',
      price: { amount: 29900, currency: 'EUR' },
      brand: 'Kestrel',
      category: 'Headphones',
      position: 2,
      listId: 'comparison',
    })
  })
})
