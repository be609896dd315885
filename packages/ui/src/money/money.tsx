'use client'
import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import type { Money as MoneyValue } from '@journeykit/core'
import { useNumberFormat } from '../locale/number-format'

export interface MoneyProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** Integer minor units with the currency: `{ amount: 1999, currency: 'EUR' }`. */
  value: MoneyValue
  /**
   * Renders an `<s>`: a price that is no longer accurate, such as a compare-at price. Screen
   * readers do not announce the strike, so give it context in the surrounding text ("Was").
   */
  strikethrough?: boolean
}

/** An amount of money formatted for the current locale ("€19.99", "19,99 €"). */
export const Money = forwardRef<HTMLElement, MoneyProps>(function Money({ value, strikethrough = false, ...props }, ref) {
  const format = useNumberFormat()
  const text = format.money(value)
  const attributes = { 'data-jk-money': '', 'data-currency': value.currency, ...props }
  return strikethrough ? (
    <s {...attributes} data-strikethrough="" ref={ref}>
      {text}
    </s>
  ) : (
    <span {...attributes} ref={ref}>
      {text}
    </span>
  )
})
