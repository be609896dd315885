import { describe, expect, it } from 'vitest'
import { isValidPackageName, packageNameFromFolder } from './package-name'

describe('packageNameFromFolder', () => {
  it.each([
    ['my-shop', 'my-shop'],
    ['My Shop', 'my-shop'],
    ['Café Émile', 'cafe-emile'],
    ['.dotted_shop', 'dotted_shop'],
    ['acme shop (2026)!', 'acme-shop-2026'],
  ])('turns the folder %j into %j', (folder, name) => {
    expect(packageNameFromFolder(folder)).toBe(name)
  })

  it.each(['...', '!!!', '商店', 'node_modules', 'a'.repeat(215)])('finds no package name in %j', (folder) => {
    expect(packageNameFromFolder(folder)).toBeUndefined()
  })
})

describe('isValidPackageName', () => {
  it('accepts npm names, scoped or not', () => {
    expect(isValidPackageName('my-shop')).toBe(true)
    expect(isValidPackageName('@acme/shop.v2')).toBe(true)
  })

  it('rejects capitals, spaces, leading dots and over-long names', () => {
    expect(isValidPackageName('MyShop')).toBe(false)
    expect(isValidPackageName('my shop')).toBe(false)
    expect(isValidPackageName('.shop')).toBe(false)
    expect(isValidPackageName('a'.repeat(215))).toBe(false)
  })
})
