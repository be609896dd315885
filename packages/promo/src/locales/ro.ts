import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { newsletterSignupMessages } from '../newsletter-signup/messages'
import type { promoBannerMessages } from '../promo-banner/messages'

type Key =
  | MessageKey<typeof newsletterSignupMessages>
  | MessageKey<typeof promoBannerMessages>

const messages: Record<Key, MessageValue> = {
  'promo.newsletterSignup.title': 'Abonează-te la newsletterul nostru',
  'promo.newsletterSignup.emailLabel': 'Adresa de e-mail',
  'promo.newsletterSignup.emailRequired': 'Introdu adresa de e-mail.',
  'promo.newsletterSignup.emailInvalid': 'Introdu o adresă de e-mail de forma nume@exemplu.ro.',
  'promo.newsletterSignup.consentLabel': 'Trimiteți-mi noutăți și oferte pe e-mail. Mă pot dezabona oricând.',
  'promo.newsletterSignup.consentRequired': 'Bifează căsuța pentru a te abona.',
  'promo.newsletterSignup.privacyLink': 'Citește politica noastră de confidențialitate',
  'promo.newsletterSignup.submit': 'Abonează-te',
  'promo.newsletterSignup.success': 'Mulțumim! Te-ai abonat.',
  'promo.newsletterSignup.failure': 'Nu te-am putut abona. Te rugăm să încerci din nou.',
  'promo.newsletterSignup.summaryTitle': { one: 'Corectează 1 problemă pentru a te abona', few: 'Corectează {count} probleme pentru a te abona', other: 'Corectează {count} de probleme pentru a te abona' },
  'promo.promoBanner.dismiss': 'Închide promoția: {name}',
  'promo.promoBanner.endsOn': 'Se încheie pe {date}',
}

export default { locale: 'ro', messages } satisfies Translation
