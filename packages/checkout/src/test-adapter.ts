'use client'
export { createTestAdapter, type TestAdapterOptions } from './test-adapter/test-adapter'
