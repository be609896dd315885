'use client'
export { CompareTray, type CompareTrayProps } from './compare-tray'
export { compareTrayMessages, type CompareTrayMessageKey } from './messages'
