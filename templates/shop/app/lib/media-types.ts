/** What the shop accepts as an uploaded image (app/lib/media.server.ts), shared with the upload form. */
export const IMAGE_MAX_BYTES = 1_000_000

/** The image formats accepted, by the MIME type read from the bytes, with the extension they are served under. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' }
