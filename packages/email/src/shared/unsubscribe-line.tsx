'use client'
import { useMessages } from '@journeykit/ui'
import { Link, Text } from '@react-email/components'
import { useEmailLink } from './email-context'
import { unsubscribeMessages } from './messages'
import { styles } from './styles'

/**
 * The unsubscribe link every marketing email shows in its body (besides the List-Unsubscribe header the
 * app sends), tagged like every other link (`utm_content=unsubscribe`) so the dashboard sees where people leave.
 */
export function UnsubscribeLine({ href }: { href: string }) {
  const t = useMessages(unsubscribeMessages)
  const link = useEmailLink()
  return (
    <Text style={styles.muted}>
      <Link href={link(href, 'unsubscribe')} style={styles.link}>
        {t('email.marketing.unsubscribe')}
      </Link>
    </Text>
  )
}
