'use client'
export { CompareCheckbox, type CompareCheckboxProps } from './compare-checkbox'
export { compareCheckboxMessages, type CompareCheckboxMessageKey } from './messages'
