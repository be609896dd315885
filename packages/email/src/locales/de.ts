import type { MessageValue, Translation } from '@journeykit/ui'
import type { EmailMessageKey } from './keys'

const messages: Record<EmailMessageKey, MessageValue> = {
  'email.layout.visitShop': '{shopName} besuchen',
  'email.orderConfirmation.subject': 'Deine Bestellung {orderNumber} ist bestätigt',
  'email.orderConfirmation.preview': 'Danke für deine Bestellung {orderNumber}. Hier siehst du, was du gekauft hast und wie es weitergeht.',
  'email.orderConfirmation.heading': 'Danke für deine Bestellung',
  'email.orderConfirmation.greeting': 'Hallo {name},',
  'email.orderConfirmation.intro': 'wir haben deine Zahlung für die Bestellung {orderNumber} vom {date} erhalten.',
  'email.orderConfirmation.itemsHeading': 'Deine Bestellung',
  'email.orderConfirmation.quantity': '{count} × {price}',
  'email.orderConfirmation.subtotal': 'Zwischensumme',
  'email.orderConfirmation.discount': 'Rabatt',
  'email.orderConfirmation.shipping': 'Versand',
  'email.orderConfirmation.taxIncluded': 'Enthaltene MwSt.',
  'email.orderConfirmation.tax': 'Steuer',
  'email.orderConfirmation.total': 'Gesamt',
  'email.orderConfirmation.addressHeading': 'Lieferadresse',
  'email.orderConfirmation.nextHeading': 'Wie es weitergeht',
  'email.orderConfirmation.next': 'Wir packen deine Bestellung jetzt. Sobald sie verschickt ist, bekommst du eine E-Mail mit dem Link zur Sendungsverfolgung.',
  'email.orderConfirmation.viewOrder': 'Bestellung ansehen',
  'email.orderConfirmation.pointsEarned': {
    one: 'Mit dieser Bestellung hast du {count} Treuepunkt gesammelt.',
    other: 'Mit dieser Bestellung hast du {count} Treuepunkte gesammelt.',
  },
  'email.orderConfirmation.footer': 'Du erhältst diese E-Mail, weil du bei {shopName} bestellt hast. Bewahre sie als Bestellbestätigung auf.',
  'email.newsletterConfirmation.subject': 'Bitte bestätige dein Abonnement bei {shopName}',
  'email.newsletterConfirmation.preview': 'Ein Klick, und du bekommst unsere Neuigkeiten und Angebote. Ohne ihn schicken wir nichts weiter.',
  'email.newsletterConfirmation.heading': 'Bitte bestätige dein Abonnement',
  'email.newsletterConfirmation.intro': 'Jemand, hoffentlich du, möchte Neuigkeiten und Angebote von {shopName} an {email} erhalten.',
  'email.newsletterConfirmation.confirm': 'Ja, ich möchte den Newsletter',
  'email.newsletterConfirmation.ignore': 'Wenn du das nicht warst, ignoriere diese E-Mail: Du wirst nicht angemeldet, und wir schreiben dir nicht wieder.',
  'email.newsletterConfirmation.unsubscribe': 'Jeder Newsletter enthält einen Abmeldelink, du kannst ihn also jederzeit abbestellen.',
  'email.newsletterConfirmation.footer': 'Du erhältst diese E-Mail, weil diese Adresse im Newsletter-Formular von {shopName} eingegeben wurde.',
}

export default { locale: 'de', messages } satisfies Translation
