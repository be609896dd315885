import { createHash } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import { matchesIfNoneMatch } from './cache.server'
import type { Queryable } from './db.server'
import { IMAGE_MAX_BYTES, IMAGE_TYPES } from './media-types'

export { IMAGE_MAX_BYTES, IMAGE_TYPES }

/**
 * Uploaded images (product pictures from the back office), kept in the database's `media` table
 * (migration 017) under the SHA-256 of their bytes and served at `/media/<sha256>.<ext>`. The same bytes
 * always have the same address, so a response never changes: browsers and CDNs keep it for a year.
 */

/** An upload refused: 413 too large, 415 not one of the accepted image formats. */
export class MediaUploadError extends Error {
  override name = 'MediaUploadError'
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

export interface StoredMedia {
  sha256: string
  contentType: string
  /** Where the shop serves it: `/media/<sha256>.<ext>`. */
  url: string
}

const mediaUrl = (sha256: string, contentType: string) => `/media/${sha256}.${IMAGE_TYPES[contentType]}`

/** @throws {MediaUploadError} 413 above `IMAGE_MAX_BYTES`: an upload's size is checked before its bytes are read. */
export function checkImageSize(bytes: number): void {
  if (bytes > IMAGE_MAX_BYTES) throw new MediaUploadError(413, `The image is larger than ${IMAGE_MAX_BYTES / 1_000_000} MB: make it smaller and upload it again.`)
}

/**
 * Stores an image, its type read from its bytes (magic numbers), never from its name or the browser's
 * claim. Storing the same bytes twice keeps one row. @throws {MediaUploadError}
 */
export async function storeImage(db: Queryable, bytes: Uint8Array): Promise<StoredMedia> {
  checkImageSize(bytes.byteLength)
  const type = await fileTypeFromBuffer(bytes)
  if (!type || !IMAGE_TYPES[type.mime]) throw new MediaUploadError(415, 'Upload a JPEG, PNG, WebP or AVIF image; this file is none of them.')
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  await db.query('INSERT INTO media (sha256, content_type, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha256, type.mime, bytes])
  return { sha256, contentType: type.mime, url: mediaUrl(sha256, type.mime) }
}

const MEDIA_FILE = /^([0-9a-f]{64})\.([a-z]+)$/

/**
 * The response for `/media/<file>`: the image with a strong ETag (its hash) and a year of caching, 304 when
 * the client already holds it, 404 for an unknown file or an extension that is not the stored type's.
 */
export async function mediaResponse(db: Queryable, file: string, request: Request): Promise<Response> {
  const match = MEDIA_FILE.exec(file)
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if (!match) return notFound()
  const [, sha256, extension] = match as unknown as [string, string, string]
  const etag = `"${sha256}"`
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' }
  const fresh = matchesIfNoneMatch(request.headers.get('If-None-Match'), etag)
  // a client revalidating its copy gets no bytes: they are not read either
  const { rows } = await db.query<{ content_type: string; bytes: Uint8Array<ArrayBuffer> | null }>('SELECT content_type, CASE WHEN $2 THEN NULL ELSE bytes END AS bytes FROM media WHERE sha256 = $1', [
    sha256,
    fresh,
  ])
  const media = rows[0]
  if (!media || IMAGE_TYPES[media.content_type] !== extension) return notFound()
  if (fresh || !media.bytes) return new Response(null, { status: 304, headers })
  return new Response(media.bytes, { headers: { ...headers, 'Content-Type': media.content_type, 'Content-Length': String(media.bytes.byteLength) } })
}
