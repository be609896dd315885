export { Impression, type ImpressionProps } from './impression'
export { useImpression, type ImpressionOptions } from './use-impression'
