import { beacon } from '@journeykit/core'

/** The first-party collector's destination: its own chunk, which `JourneyClient` loads once analytics is allowed. */
export const collectorDestination = () => beacon({ url: '/api/events' })
