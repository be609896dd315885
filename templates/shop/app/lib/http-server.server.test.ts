// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isFilePath } from './http-server.server'

describe('isFilePath', () => {
  it('sends paths with an extension in their last segment to the static files', () => {
    expect(isFilePath('/assets/root-Ab12.js')).toBe(true)
    expect(isFilePath('/favicon.svg')).toBe(true)
    expect(isFilePath('/images/products/aurora-5-1.webp')).toBe(true)
    expect(isFilePath('/favicon%2Esvg')).toBe(true)
  })

  it('sends page paths straight to the renderer', () => {
    expect(isFilePath('/')).toBe(false)
    expect(isFilePath('/p/aurora-5')).toBe(false)
    expect(isFilePath('/c/headphones')).toBe(false)
    expect(isFilePath('/v1.2/page')).toBe(false)
  })
})
