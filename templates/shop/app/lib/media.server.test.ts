// @vitest-environment node
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db.server'
import { IMAGE_MAX_BYTES, MediaUploadError, mediaResponse, storeImage } from './media.server'
import { openTestDatabase } from './test-database.server'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array<number>(20).fill(0)])
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(20)])
const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.alloc(4), Buffer.from('avifmif1miaf'), Buffer.alloc(16)])

const refusal = (bytes: Uint8Array) => storeImage(db, bytes).then(
  () => undefined,
  (error: unknown) => error,
)
const request = (headers: Record<string, string> = {}) => new Request('http://shop.test/media/x', { headers })

describe('storing an image', () => {
  it('accepts JPEG, PNG, WebP and AVIF by their bytes, each under the address of its SHA-256, once', async () => {
    const stored = await Promise.all([JPEG, PNG, WEBP, AVIF].map((bytes) => storeImage(db, bytes)))
    expect(stored.map((media) => media.contentType)).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])
    expect(stored.map((media) => media.url.replace(/^\/media\/[0-9a-f]{64}/, ''))).toEqual(['.jpg', '.png', '.webp', '.avif'])
    expect(stored[1]!.sha256).toBe(createHash('sha256').update(PNG).digest('hex'))
    await storeImage(db, PNG)
    expect((await db.query('SELECT count(*)::int AS n FROM media')).rows).toEqual([{ n: 4 }])
  })

  it('refuses another format (415), whatever the file claims to be, and anything above 1 MB (413), storing nothing', async () => {
    const before = (await db.query('SELECT count(*)::int AS n FROM media')).rows
    const gif = await refusal(Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]))
    expect(gif).toBeInstanceOf(MediaUploadError)
    expect(gif).toMatchObject({ status: 415, message: 'Upload a JPEG, PNG, WebP or AVIF image; this file is none of them.' })
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatchObject({ status: 415 })
    const large = Buffer.concat([PNG, Buffer.alloc(IMAGE_MAX_BYTES)])
    expect(await refusal(large)).toMatchObject({ status: 413, message: 'The image is larger than 1 MB: make it smaller and upload it again.' })
    expect((await db.query('SELECT count(*)::int AS n FROM media')).rows).toEqual(before)
  })
})

describe('serving an image', () => {
  it('answers with the bytes, a strong ETag and a year of immutable caching; 304 on If-None-Match; 404 for an unknown hash or wrong extension', async () => {
    const { sha256, url } = await storeImage(db, PNG)
    const file = url.slice('/media/'.length)
    const response = await mediaResponse(db, file, request())
    expect(response.status).toBe(200)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(PNG.byteLength),
      etag: `"${sha256}"`,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    })
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true)

    const revalidated = await mediaResponse(db, file, request({ 'If-None-Match': `"other", "${sha256}"` }))
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('ETag')).toBe(`"${sha256}"`)
    expect(await revalidated.text()).toBe('')
    expect((await mediaResponse(db, file, request({ 'If-None-Match': '"other"' }))).status).toBe(200)

    expect((await mediaResponse(db, `${sha256}.jpg`, request())).status).toBe(404)
    expect((await mediaResponse(db, `${'0'.repeat(64)}.png`, request())).status).toBe(404)
    expect((await mediaResponse(db, '../etc/passwd', request())).status).toBe(404)
  })
})
