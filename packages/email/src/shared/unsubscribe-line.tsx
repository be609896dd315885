'use client'
import { defineMessages, useMessages } from '@journeykit/ui'
import { Link, Text } from '@react-email/components'
import { styles } from './styles'

export const unsubscribeMessages = defineMessages({
  en: {
    'email.marketing.unsubscribe': 'Unsubscribe from these emails',
  },
})

/**
 * The unsubscribe link every marketing email shows in its body (besides the List-Unsubscribe header the
 * app sends). It is the shop's own page and carries no utm parameters: leaving is not a visit to attribute.
 */
export function UnsubscribeLine({ href }: { href: string }) {
  const t = useMessages(unsubscribeMessages)
  return (
    <Text style={styles.muted}>
      <Link href={href} style={styles.link}>
        {t('email.marketing.unsubscribe')}
      </Link>
    </Text>
  )
}
