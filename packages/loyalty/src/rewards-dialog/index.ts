export { RewardsDialog, type RewardRedemption, type RewardsDialogProps } from './rewards-dialog'
