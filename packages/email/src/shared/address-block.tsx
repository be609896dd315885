'use client'
import { useLocale } from '@journeykit/ui'
import { Text } from '@react-email/components'
import { styles } from './styles'
import type { EmailAddress } from './types'

function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** A postal address, one part a line, the country named in the email's language. */
export function AddressBlock({ address }: { address: EmailAddress }) {
  const { locale } = useLocale()
  const lines = [address.name, address.line1, address.line2, [address.postalCode, address.city, address.region].filter(Boolean).join(' '), countryName(locale, address.country)]
  return (
    <Text style={styles.text}>
      {lines
        .filter((line): line is string => Boolean(line))
        .flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))}
    </Text>
  )
}
