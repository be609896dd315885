import { useState } from 'react'

export interface GalleryImage {
  src: string
  alt: string
}

export interface ProductGalleryProps {
  images: GalleryImage[]
  /** The product's name, for the thumbnails' labels and the fallback when there is no image. */
  productName: string
  /** The image shown (controlled), e.g. the selected colour's. */
  index?: number
  /** Called when a thumbnail is chosen. */
  onIndexChange?: (index: number) => void
}

/**
 * The product's images: one large image and, when there are several, thumbnail buttons that
 * switch it. Each thumbnail says which image it shows; the chosen one is marked `aria-current`.
 */
export function ProductGallery({ images, productName, index, onIndexChange }: ProductGalleryProps) {
  const [ownIndex, setOwnIndex] = useState(0)
  const current = Math.min(Math.max(index ?? ownIndex, 0), Math.max(images.length - 1, 0))
  const image = images[current]

  const choose = (next: number) => {
    if (index === undefined) setOwnIndex(next)
    onIndexChange?.(next)
  }

  return (
    <div className="pdp-gallery">
      <figure className="pdp-gallery-main">
        {image ? (
          <img src={image.src} alt={image.alt} width={720} height={720} />
        ) : (
          <div className="pdp-gallery-empty" role="img" aria-label={`No photo of ${productName} yet`} />
        )}
      </figure>
      {images.length > 1 && (
        <ul className="pdp-gallery-thumbs" aria-label={`${productName} images`}>
          {images.map((thumb, position) => (
            <li key={thumb.src}>
              <button
                type="button"
                className="pdp-gallery-thumb"
                aria-current={position === current || undefined}
                aria-label={`Show image ${position + 1} of ${images.length}: ${thumb.alt}`}
                onClick={() => choose(position)}
              >
                <img src={thumb.src} alt="" width={72} height={72} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The image of a variant, when the catalog names images after variant ids
 * (`/images/aurora-5-black.svg` for variant `aurora-5-black`); undefined otherwise.
 */
export function imageIndexForVariant(images: readonly GalleryImage[], variantId: string): number | undefined {
  const position = images.findIndex((image) => image.src.split('/').pop()?.replace(/\.[a-z]+$/i, '') === variantId)
  return position >= 0 ? position : undefined
}
