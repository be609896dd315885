export { JourneyProvider, useJourney, type JourneyProviderProps } from './journey-provider'
