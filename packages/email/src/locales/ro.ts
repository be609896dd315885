import type { MessageValue, Translation } from '@journeykit/ui'
import type { EmailMessageKey } from './keys'

const messages: Record<EmailMessageKey, MessageValue> = {
  'email.layout.visitShop': 'Vizitează {shopName}',
  'email.orderConfirmation.subject': 'Comanda ta {orderNumber} este confirmată',
  'email.orderConfirmation.preview': 'Îți mulțumim pentru comanda {orderNumber}. Iată ce ai cumpărat și ce urmează.',
  'email.orderConfirmation.heading': 'Îți mulțumim pentru comandă',
  'email.orderConfirmation.greeting': 'Bună, {name},',
  'email.orderConfirmation.intro': 'am primit plata pentru comanda {orderNumber}, plasată pe {date}.',
  'email.orderConfirmation.itemsHeading': 'Comanda ta',
  'email.orderConfirmation.quantity': '{count} × {price}',
  'email.orderConfirmation.subtotal': 'Subtotal',
  'email.orderConfirmation.discount': 'Reducere',
  'email.orderConfirmation.shipping': 'Livrare',
  'email.orderConfirmation.taxIncluded': 'TVA inclus',
  'email.orderConfirmation.tax': 'Taxe',
  'email.orderConfirmation.total': 'Total',
  'email.orderConfirmation.addressHeading': 'Adresa de livrare',
  'email.orderConfirmation.nextHeading': 'Ce urmează',
  'email.orderConfirmation.next': 'Îți pregătim acum comanda. Imediat ce o expediem, îți trimitem un e-mail cu linkul de urmărire.',
  'email.orderConfirmation.viewOrder': 'Vezi comanda',
  'email.orderConfirmation.pointsEarned': {
    one: 'Ai câștigat {count} punct de fidelitate cu această comandă.',
    few: 'Ai câștigat {count} puncte de fidelitate cu această comandă.',
    other: 'Ai câștigat {count} de puncte de fidelitate cu această comandă.',
  },
  'email.orderConfirmation.footer': 'Primești acest e-mail pentru că ai plasat o comandă la {shopName}. Păstrează-l drept confirmare a comenzii.',
  'email.newsletterConfirmation.subject': 'Te rugăm să confirmi abonarea la {shopName}',
  'email.newsletterConfirmation.preview': 'Un clic și primești noutățile și ofertele noastre. Fără el, nu îți mai trimitem nimic.',
  'email.newsletterConfirmation.heading': 'Te rugăm să confirmi abonarea',
  'email.newsletterConfirmation.intro': 'Cineva, sperăm că tu, a cerut să primească noutăți și oferte de la {shopName} la {email}.',
  'email.newsletterConfirmation.confirm': 'Da, vreau să mă abonez',
  'email.newsletterConfirmation.ignore': 'Dacă nu ai cerut asta, ignoră acest e-mail: nu vei fi abonat și nu îți vom mai scrie.',
  'email.newsletterConfirmation.unsubscribe': 'Fiecare newsletter are un link de dezabonare, așa că te poți opri oricând.',
  'email.newsletterConfirmation.footer': 'Primești acest e-mail pentru că această adresă a fost introdusă în formularul de newsletter al {shopName}.',
}

export default { locale: 'ro', messages } satisfies Translation
