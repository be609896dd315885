'use client'
import type { ComponentProps } from 'react'
import type { Money as MoneyValue } from '@journeykit/core'
import { useFormat } from '../locale/format'

export interface MoneyProps extends Omit<ComponentProps<'span'>, 'children'> {
  /** Integer minor units with the currency: `{ amount: 1999, currency: 'EUR' }`. */
  value: MoneyValue
  /**
   * Renders an `<s>`: a price that is no longer accurate, such as a compare-at price. Screen
   * readers do not announce the strike, so give it context in the surrounding text ("Was").
   */
  strikethrough?: boolean
}

/** An amount of money formatted for the current locale ("€19.99", "19,99 €"). */
export function Money({ value, strikethrough = false, ref, ...props }: MoneyProps) {
  const format = useFormat()
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
}
