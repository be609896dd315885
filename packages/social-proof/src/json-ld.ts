// Server-safe entry (no "use client"): structured data for product pages, usable from a server
// component or a route's head without pulling in the client blocks.
export * from './product-json-ld'
