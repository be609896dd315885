export { LoyaltyPanel, type LoyaltyPanelProps } from './loyalty-panel'
