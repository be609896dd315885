export { productJsonLd, serializeJsonLd, type ProductAvailability, type ProductJsonLdInput } from './product-json-ld'
export { ProductJsonLd, type ProductJsonLdProps } from './product-json-ld-script'
