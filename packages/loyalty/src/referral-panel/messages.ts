import { defineMessages } from '@journeykit/ui'

export const referralPanelMessages = defineMessages({
  en: {
    'loyalty.referralPanel.offer': 'Give {give}, get {get}',
    'loyalty.referralPanel.explain': 'Your friend gets {give} off their first order. You get {get} once they have placed it.',
    'loyalty.referralPanel.link': 'Your referral link',
    'loyalty.referralPanel.code': 'Your referral code',
    'loyalty.referralPanel.copyLink': 'Copy link',
    'loyalty.referralPanel.copyCode': 'Copy code',
    'loyalty.referralPanel.share': 'Share…',
    'loyalty.referralPanel.shareVia': 'Share via',
    'loyalty.referralPanel.email': 'Email',
    'loyalty.referralPanel.whatsapp': 'WhatsApp',
    'loyalty.referralPanel.x': 'X',
    'loyalty.referralPanel.subject': 'A gift for you: {give} off your first order',
    'loyalty.referralPanel.message': 'I shop here and think you’ll like it. Use my code {code} for {give} off your first order.',
    'loyalty.referralPanel.stats': 'Your referrals',
    'loyalty.referralPanel.invited': 'Invited',
    'loyalty.referralPanel.converted': 'Ordered',
    'loyalty.referralPanel.earned': 'Earned',
  },
})
