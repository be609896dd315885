export { LiveActivity, type LiveActivityProps } from './live-activity'
export type { Activity } from './activity'
