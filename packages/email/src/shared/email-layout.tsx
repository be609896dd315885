'use client'
import { Body, Container, Head, Hr, Html, Link, Preview, Text } from '@react-email/components'
import { useLocale, useMessages } from '@journeykit/ui'
import type { ReactNode } from 'react'
import { useEmailLink } from './email-context'
import { layoutMessages } from './messages'
import { styles } from './styles'

export interface EmailShop {
  /** Shown at the top and in the footer, e.g. "Northwind Outfitters". */
  name: string
  /** The shop's home page, absolute (e.g. https://shop.example.com/). */
  url: string
}

/** The frame of every email: document language, preview line, shop name, content and a footer. */
export function EmailLayout({ shop, preview, footer, children }: { shop: EmailShop; preview: string; footer: string; children: ReactNode }) {
  const { locale } = useLocale()
  const t = useMessages(layoutMessages)
  const link = useEmailLink()
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.shopName}>{shop.name}</Text>
          {children}
          <Hr style={styles.rule} />
          <Text style={styles.muted}>{footer}</Text>
          <Text style={styles.muted}>
            <Link href={link(shop.url, 'footer')} style={styles.link}>
              {t('email.layout.visitShop', { shopName: shop.name })}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  )
}
