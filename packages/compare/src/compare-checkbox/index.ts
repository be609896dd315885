'use client'
export { CompareCheckbox, type CompareCheckboxProps } from './compare-checkbox'
