import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { newsletterSignupMessages } from '../newsletter-signup/messages'
import type { promoBannerMessages } from '../promo-banner/messages'

type Key =
  | MessageKey<typeof newsletterSignupMessages>
  | MessageKey<typeof promoBannerMessages>

const messages: Record<Key, MessageValue> = {
  'promo.newsletterSignup.title': 'Melde dich für unseren Newsletter an',
  'promo.newsletterSignup.emailLabel': 'E-Mail-Adresse',
  'promo.newsletterSignup.emailRequired': 'Gib deine E-Mail-Adresse ein.',
  'promo.newsletterSignup.emailInvalid': 'Gib eine E-Mail-Adresse wie name@beispiel.de ein.',
  'promo.newsletterSignup.consentLabel': 'Schickt mir Neuigkeiten und Angebote per E-Mail. Abmelden geht jederzeit.',
  'promo.newsletterSignup.consentRequired': 'Setze das Häkchen, um dich anzumelden.',
  'promo.newsletterSignup.privacyLink': 'Unsere Datenschutzerklärung lesen',
  'promo.newsletterSignup.submit': 'Abonnieren',
  'promo.newsletterSignup.success': 'Danke! Du bist angemeldet.',
  'promo.newsletterSignup.failure': 'Die Anmeldung hat nicht geklappt. Bitte versuche es erneut.',
  'promo.newsletterSignup.summaryTitle': { one: 'Bitte korrigiere 1 Angabe, um dich anzumelden', other: 'Bitte korrigiere {count} Angaben, um dich anzumelden' },
  'promo.promoBanner.dismiss': 'Aktion ausblenden: {name}',
  'promo.promoBanner.endsOn': 'Endet am {date}',
}

export default { locale: 'de', messages } satisfies Translation
