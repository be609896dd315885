import { defineMessages } from '@journeykit/ui'

export const newsletterSignupMessages = defineMessages({
  en: {
    'promo.newsletterSignup.title': 'Sign up for our newsletter',
    'promo.newsletterSignup.emailLabel': 'Email address',
    'promo.newsletterSignup.emailRequired': 'Enter your email address.',
    'promo.newsletterSignup.emailInvalid': 'Enter an email address like name@example.com.',
    'promo.newsletterSignup.consentLabel': 'Yes, send me news and offers by email. I can unsubscribe at any time.',
    'promo.newsletterSignup.consentRequired': 'Tick the box to agree to receive our emails.',
    'promo.newsletterSignup.privacyLink': 'Read our privacy policy',
    'promo.newsletterSignup.submit': 'Subscribe',
    'promo.newsletterSignup.success': 'Thank you! You are now subscribed to our newsletter.',
    'promo.newsletterSignup.failure': 'We could not sign you up just now. Please try again.',
  },
  de: {
    'promo.newsletterSignup.title': 'Melde dich für unseren Newsletter an',
    'promo.newsletterSignup.emailLabel': 'E-Mail-Adresse',
    'promo.newsletterSignup.emailRequired': 'Gib deine E-Mail-Adresse ein.',
    'promo.newsletterSignup.emailInvalid': 'Gib eine E-Mail-Adresse wie name@beispiel.de ein.',
    'promo.newsletterSignup.consentLabel':
      'Ja, schickt mir Neuigkeiten und Angebote per E-Mail. Ich kann mich jederzeit abmelden.',
    'promo.newsletterSignup.consentRequired': 'Setze das Häkchen, um unseren E-Mails zuzustimmen.',
    'promo.newsletterSignup.privacyLink': 'Unsere Datenschutzerklärung lesen',
    'promo.newsletterSignup.submit': 'Abonnieren',
    'promo.newsletterSignup.success': 'Danke! Du hast unseren Newsletter jetzt abonniert.',
    'promo.newsletterSignup.failure': 'Die Anmeldung hat gerade nicht geklappt. Bitte versuche es erneut.',
  },
  'zh-CN': {
    'promo.newsletterSignup.title': '订阅我们的新闻邮件',
    'promo.newsletterSignup.emailLabel': '电子邮件地址',
    'promo.newsletterSignup.emailRequired': '请输入您的电子邮件地址。',
    'promo.newsletterSignup.emailInvalid': '请输入有效的电子邮件地址，例如 name@example.com。',
    'promo.newsletterSignup.consentLabel': '是的，请通过电子邮件向我发送新闻和优惠。我可以随时退订。',
    'promo.newsletterSignup.consentRequired': '请勾选此项，以同意接收我们的邮件。',
    'promo.newsletterSignup.privacyLink': '阅读我们的隐私政策',
    'promo.newsletterSignup.submit': '订阅',
    'promo.newsletterSignup.success': '谢谢！您已成功订阅我们的新闻邮件。',
    'promo.newsletterSignup.failure': '暂时无法完成订阅，请重试。',
  },
  ro: {
    'promo.newsletterSignup.title': 'Abonează-te la newsletterul nostru',
    'promo.newsletterSignup.emailLabel': 'Adresa de e-mail',
    'promo.newsletterSignup.emailRequired': 'Introdu adresa de e-mail.',
    'promo.newsletterSignup.emailInvalid': 'Introdu o adresă de e-mail de forma nume@exemplu.ro.',
    'promo.newsletterSignup.consentLabel':
      'Da, vreau să primesc noutăți și oferte pe e-mail. Mă pot dezabona oricând.',
    'promo.newsletterSignup.consentRequired': 'Bifează căsuța pentru a accepta să primești e-mailurile noastre.',
    'promo.newsletterSignup.privacyLink': 'Citește politica noastră de confidențialitate',
    'promo.newsletterSignup.submit': 'Abonează-te',
    'promo.newsletterSignup.success': 'Mulțumim! Te-ai abonat la newsletterul nostru.',
    'promo.newsletterSignup.failure': 'Nu te-am putut abona acum. Te rugăm să încerci din nou.',
  },
})
