// No hooks or handlers: renders on the server as well as the client.
import type { ComponentProps } from 'react'
import { productJsonLd, serializeJsonLd, type ProductJsonLdInput } from './product-json-ld'

export interface ProductJsonLdProps extends Omit<ComponentProps<'script'>, 'children' | 'type' | 'dangerouslySetInnerHTML'> {
  /** The product to describe; see `productJsonLd`. */
  product: ProductJsonLdInput
}

/** The product's schema.org structured data in a safely serialised `<script type="application/ld+json">`. */
export function ProductJsonLd({ product, ...props }: ProductJsonLdProps) {
  return <script type="application/ld+json" {...props} dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product)) }} />
}
