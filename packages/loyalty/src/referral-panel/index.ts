export { ReferralPanel, type ReferralChannel, type ReferralPanelProps, type ReferralStats } from './referral-panel'
