export { TrustBadges, type TrustBadge, type TrustBadgeKind, type TrustBadgesProps } from './trust-badges'
