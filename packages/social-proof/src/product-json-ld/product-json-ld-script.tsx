// No hooks or handlers: renders on the server as well as the client.
import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { productJsonLd, serializeJsonLd, type ProductJsonLdInput } from './product-json-ld'

export interface ProductJsonLdProps extends Omit<ComponentPropsWithoutRef<'script'>, 'children' | 'type' | 'dangerouslySetInnerHTML'> {
  /** The product to describe; see `productJsonLd`. */
  product: ProductJsonLdInput
}

/** The product's schema.org structured data in a safely serialised `<script type="application/ld+json">`. */
export const ProductJsonLd = forwardRef<HTMLScriptElement, ProductJsonLdProps>(function ProductJsonLd({ product, ...props }, ref) {
  return <script type="application/ld+json" {...props} ref={ref} dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product)) }} />
})
